"""The grant rules as pure functions: caps of the EU layout, co-funding, transfer flexibility
between versions, rate policies and the refusals of bad line values."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desk.domain.budget_math import FundingSpec, LineSpec, compute_totals, funding_totals
from desk.domain.budget_rules import (
    GrantRules,
    RateTable,
    RuleLine,
    cap_findings,
    compare_headings,
    funding_findings,
    parse_rate,
    to_grant_currency,
    transfer_findings,
    validate_line_values,
)
from desk.domain.enums import BudgetLineKind as K
from desk.domain.enums import BudgetTemplate, RatePolicy
from desk.domain.errors import DomainError, ErrorCode


def _eu(indirect_bp: int, contingency_bp: int = 500) -> list[RuleLine]:
    specs = [
        LineSpec(1, None, K.AMOUNT, 1000, 100_000_00),
        LineSpec(2, None, K.AMOUNT, 1000, 20_000_00),
        LineSpec(7, None, K.COMPUTED),
        LineSpec(8, None, K.PERCENTAGE, percent_bp=indirect_bp),
        LineSpec(9, None, K.COMPUTED),
        LineSpec(10, None, K.PERCENTAGE, percent_bp=contingency_bp),
    ]
    totals = compute_totals(specs)
    return [RuleLine(s.id, None, str(s.id), f"L{s.id}", s.kind, totals[s.id]) for s in specs]


def test_caps_of_the_eu_layout() -> None:
    lines = _eu(700)
    assert {ln.code: ln.total_minor for ln in lines}["8"] == 8_400_00  # 7 % of 120 000
    assert cap_findings(lines, GrantRules(), BudgetTemplate.EU) == []
    over = cap_findings(_eu(750, 600), GrantRules(), BudgetTemplate.EU)
    assert [(f.line_id, f.error.code) for f in over] == [
        (8, ErrorCode.BUDGET_CAP_EXCEEDED),
        (10, ErrorCode.BUDGET_CAP_EXCEEDED),
    ]
    assert over[0].error.params["percent"] == "7,5\u202f%"
    assert over[0].error.params["cap"] == "7\u202f%"
    # a donor allowing 8 % accepts 7,5 %; the free template has no caps
    assert cap_findings(_eu(750), GrantRules(indirect_cap_bp=800), BudgetTemplate.EU) == []
    assert cap_findings(_eu(900), GrantRules(), BudgetTemplate.FREE) == []


def test_funding_must_add_up_to_the_line() -> None:
    specs = [LineSpec(1, None, K.AMOUNT, 3000, 100_00), LineSpec(2, None, K.AMOUNT, 1000, 50_00)]
    totals = compute_totals(specs)
    lines = [RuleLine(s.id, None, str(s.id), "", s.kind, totals[s.id]) for s in specs]
    good = [FundingSpec(1, 10, share_bp=8500), FundingSpec(1, 11, share_bp=1500)]
    bad = [*good, FundingSpec(2, 10, amount_minor=40_00)]
    assert funding_findings(lines, good[:0], {}) == []
    funded = funding_totals(specs, bad, totals)
    found = funding_findings(lines, bad, funded)
    assert [(f.line_id, f.error.params["funded"], f.error.params["total"]) for f in found] == [
        (2, "40,00", "50,00")
    ]


def test_transfer_flexibility_between_versions() -> None:
    before = [("1", "RH", 10_000_00), ("2", "Voyages", 4_000_00), ("3", "Équipement", 1_000_00)]
    after = [("1", "RH", 12_500_00), ("2", "Voyages", 2_900_00), ("4", "Bureau", 100_00)]
    changes = compare_headings(before, after, 2500)
    summary = {c.code: (c.change_bp, c.beyond) for c in changes}
    assert summary == {
        "1": (2500, False),  # exactly 25 %: allowed
        "2": (2750, True),
        "3": (10000, True),  # removed
        "4": (None, True),  # new heading
    }
    assert [f.error.params["line"] for f in transfer_findings(changes, 2500)] == ["2", "3", "4"]


def test_rate_policies() -> None:
    fixed = RateTable(RatePolicy.FIXED, "EUR", Decimal("10.85"))
    assert fixed.rate_on(date(2025, 3, 1)) == Decimal("10.85")
    assert to_grant_currency(10_850_00, Decimal("10.85")) == 1_000_00
    assert to_grant_currency(1_00, Decimal("10.85")) == 9  # 0,0921… rounds to 0,09
    transfers = RateTable(
        RatePolicy.PER_TRANSFER,
        "EUR",
        transfers=((date(2025, 2, 10), Decimal("10.85")), (date(2025, 9, 1), Decimal("11.02"))),
    )
    assert transfers.rate_on(date(2025, 1, 20)) == Decimal("10.85")  # before the first one
    assert transfers.rate_on(date(2025, 9, 1)) == Decimal("11.02")
    assert transfers.bucket(date(2025, 8, 31)) == date(2025, 2, 10)
    monthly = RateTable(RatePolicy.MONTHLY, "EUR", monthly={date(2025, 3, 1): Decimal("10.9")})
    assert monthly.rate_on(date(2025, 3, 31)) == Decimal("10.9")
    with pytest.raises(DomainError) as missing:
        monthly.rate_on(date(2025, 4, 2))
    assert missing.value.code is ErrorCode.BUDGET_RATE_MISSING
    assert missing.value.params == {"currency": "EUR", "date": date(2025, 4, 2)}
    with pytest.raises(DomainError):
        RateTable(RatePolicy.FIXED, "EUR").rate_on(date(2025, 1, 1))
    assert parse_rate("10,85") == Decimal("10.85")
    with pytest.raises(DomainError):
        parse_rate("-3")


@pytest.mark.parametrize(
    ("values", "code", "field"),
    [
        ({"quantity_milli": -1000}, ErrorCode.BUDGET_NEGATIVE_QUANTITY, "quantity"),
        ({"duration_milli": -500}, ErrorCode.BUDGET_NEGATIVE_QUANTITY, "duration"),
        ({"unit_cost_minor": -1}, ErrorCode.BUDGET_NEGATIVE_AMOUNT, "unit_cost"),
        ({"percent_bp": 10_001}, ErrorCode.BUDGET_PERCENT_RANGE, "percent"),
    ],
)
def test_bad_line_values_are_refused(values: dict[str, int], code: ErrorCode, field: str) -> None:
    with pytest.raises(DomainError) as refused:
        validate_line_values(**values)
    assert refused.value.code is code
    assert refused.value.field == field


def test_good_line_values_pass() -> None:
    validate_line_values(quantity_milli=0, unit_cost_minor=0, percent_bp=10_000)


def test_parse_quantity_and_percent() -> None:
    from desk.domain.budget_rules import parse_percent, parse_quantity

    assert parse_quantity("12") == 12_000
    assert parse_quantity("2,5") == 2_500
    assert parse_quantity("") == 0
    assert parse_percent("7") == 700
    assert parse_percent("7,5 %") == 750
    for text, code in (
        ("-3", ErrorCode.BUDGET_NEGATIVE_QUANTITY),
        ("abc", ErrorCode.INVALID_VALUE),
        ("0,0001", ErrorCode.INVALID_VALUE),
    ):
        with pytest.raises(DomainError) as refused:
            parse_quantity(text)
        assert refused.value.code is code
    with pytest.raises(DomainError) as over:
        parse_percent("120 %")
    assert over.value.code is ErrorCode.BUDGET_PERCENT_RANGE
    assert over.value.params == {"value": "120 %"}
