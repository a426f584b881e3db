"""Tests of desk.domain.budget_math: exact line totals, headings, EU subtotals and percentage
lines, co-funding shares that always add up."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal

from hypothesis import given
from hypothesis import strategies as st

from desk.domain.budget_math import (
    FundingSpec,
    LineSpec,
    amount_total,
    budget_total,
    compute_totals,
    divide_rounded,
    funding_totals,
    percent_of,
    share_used,
)
from desk.domain.enums import BudgetLineKind

H, A, P, C = (
    BudgetLineKind.HEADING,
    BudgetLineKind.AMOUNT,
    BudgetLineKind.PERCENTAGE,
    BudgetLineKind.COMPUTED,
)


def eu_budget() -> list[LineSpec]:
    """1 RH (1.1 = 6 × 3 000,00; 1.2 = 2,5 × 800,00), 2 Voyages (2.1 = 30 × 50,00 × 2),
    7 subtotal, 8 = 7 % indirect, 9 = total, 10 = 5 % contingency, 11 = total."""
    return [
        LineSpec(1, None, H),
        LineSpec(11, 1, A, 6000, 300_000),
        LineSpec(12, 1, A, 2500, 80_000),
        LineSpec(2, None, H),
        LineSpec(21, 2, A, 30_000, 5_000, 2000),
        LineSpec(7, None, C),
        LineSpec(8, None, P, percent_bp=700),
        LineSpec(9, None, C),
        LineSpec(10, None, P, percent_bp=500),
        LineSpec(11_0, None, C),
    ]


def test_amount_line_is_quantity_times_unit_cost_times_duration() -> None:
    assert amount_total(6000, 300_000) == 1_800_000
    assert amount_total(2500, 80_000) == 200_000  # 2,5 days
    assert amount_total(30_000, 5_000, 2000) == 300_000  # 30 people × 50,00 × 2 days
    assert amount_total(1000, 12_345, 0) == 0


def test_amount_rounds_half_to_even_once() -> None:
    assert amount_total(500, 1) == 0  # 0,5 centime -> 0
    assert amount_total(1500, 1) == 2  # 1,5 -> 2
    assert amount_total(2500, 1) == 2  # 2,5 -> 2
    assert amount_total(333, 100) == 33  # 0,333 × 1,00


@given(st.integers(-(10**15), 10**15), st.integers(1, 10**9))
def test_divide_rounded_matches_decimal(numerator: int, denominator: int) -> None:
    expected = (Decimal(numerator) / Decimal(denominator)).quantize(
        Decimal(1), rounding=ROUND_HALF_EVEN
    )
    assert divide_rounded(numerator, denominator) == int(expected)


def test_headings_sum_children_and_subtotals_run() -> None:
    totals = compute_totals(eu_budget())
    assert totals[1] == 2_000_000
    assert totals[2] == 300_000
    assert totals[7] == 2_300_000  # direct costs
    assert totals[8] == 161_000  # 7 % of the direct costs
    assert totals[9] == 2_461_000
    assert totals[10] == 115_000  # 5 % of the direct costs, not of line 9
    assert totals[110] == 2_576_000
    assert budget_total(eu_budget()) == 2_576_000  # subtotal lines are not added again


def test_a_heading_ignores_the_subtotal_lines_under_it() -> None:
    lines = [
        LineSpec(1, None, H),
        LineSpec(2, 1, A, 1000, 100),
        LineSpec(3, 1, C),
        LineSpec(4, 1, A, 1000, 50),
    ]
    totals = compute_totals(lines)
    assert totals[3] == 100
    assert totals[1] == 150


def test_orphans_and_cycles_do_not_hang_nor_vanish() -> None:
    lines = [LineSpec(1, 99, A, 1000, 700), LineSpec(2, 3, A, 1000, 1), LineSpec(3, 2, H)]
    totals = compute_totals(lines)
    assert totals[1] == 700  # missing parent: treated as a top-level line
    assert 1 in totals


def test_percent_and_share_used() -> None:
    assert percent_of(2_300_000, 700) == 161_000
    assert percent_of(5, 5000) == 2  # 2,5 -> 2 (half to even)
    assert share_used(45, 100) == Decimal("0.45")
    assert share_used(10, 0) is None


def test_funding_shares_fixed_amounts_and_rollup() -> None:
    lines = eu_budget()
    fundings = [
        FundingSpec(11, 100, share_bp=8000),
        FundingSpec(11, 200, share_bp=2000),
        FundingSpec(12, 100, amount_minor=200_000),
        FundingSpec(21, 100, share_bp=10_000),
        FundingSpec(8, 100, share_bp=10_000),
    ]
    per = funding_totals(lines, fundings)
    assert per[11] == {100: 1_440_000, 200: 360_000}
    assert per[1] == {100: 1_640_000, 200: 360_000}  # heading = its children
    assert per[7] == {100: 1_940_000, 200: 360_000}  # subtotal = running sum
    assert per[9] == {100: 2_101_000, 200: 360_000}
    assert per[10] == {}  # nobody funds the contingency line


@given(
    st.integers(0, 10**12),
    st.lists(st.integers(1, 10_000), min_size=1, max_size=6).filter(lambda s: sum(s) <= 10_000),
)
def test_shares_of_a_line_add_up_exactly(total: int, shares: list[int]) -> None:
    lines = [LineSpec(1, None, A, 1000, total)]
    if sum(shares) < 10_000:
        shares = [*shares, 10_000 - sum(shares)]
    fundings = [FundingSpec(1, funder, share_bp=bp) for funder, bp in enumerate(shares)]
    parts = funding_totals(lines, fundings)[1]
    assert sum(parts.values()) == total
    for funder, bp in enumerate(shares):
        assert abs(parts[funder] * 10_000 - total * bp) <= 10_000  # within one centime
