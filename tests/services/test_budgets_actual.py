"""Budget vs actual against an independent computation (raw SQL on the same file, Decimal
arithmetic) for the demo's EUR grant under each rate policy, the MAD grant, the expenses
outside the grant period and the drill-down to transactions."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path

import pytest

from desk.domain.enums import BudgetLineKind, RatePolicy, TransactionKind
from desk.domain.errors import ErrorCode
from desk.services.budgets.actual import BudgetVsActual, budget_vs_actual
from desk.services.budgets.grant_ledger import line_transactions
from desk.services.budgets.grants import grant, set_monthly_rate, update_grant
from desk.services.ledger import SplitInput, TransactionInput, record_transaction
from desk.store import AssoFile, open_file

TODAY = date(2026, 6, 30)
JDF, JDF_BUDGET, AGR_BUDGET = 1, 1, 2


@pytest.fixture
def asso(demo_copy: Path) -> Iterator[AssoFile]:
    handle = open_file(demo_copy, auto_backup=False)
    yield handle
    handle.close()


def raw_sums(path: Path, project_id: int) -> list[tuple[str, str, int]]:
    """(line code, ISO date, MAD amount) of every split tagged to a line of the project, by
    plain SQL on the file."""
    with sqlite3.connect(path) as db:
        return db.execute(
            """
            SELECT l.code, t.date, SUM(s.amount_minor)
            FROM split s
            JOIN "transaction" t ON t.id = s.transaction_id
            JOIN budget_line l ON l.id = s.budget_line_id
            JOIN budget b ON b.id = l.budget_id
            WHERE b.project_id = ?
            GROUP BY l.code, t.date
            """,
            (project_id,),
        ).fetchall()


def convert(mad: int, rate: Decimal) -> int:
    return int((Decimal(mad) / rate).quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


def leaves(result: BudgetVsActual) -> dict[str, int]:
    """Actual of the lines without children, subtotals (EU lines 7, 9, 11, 13) left out."""
    parents = {ln.line.parent_id for ln in result.lines}
    return {
        ln.line.code: ln.actual_minor
        for ln in result.lines
        if ln.line.id not in parents and ln.line.kind is not BudgetLineKind.COMPUTED
    }


def check_rollup(result: BudgetVsActual) -> None:
    by_id = {ln.line.id: ln for ln in result.lines}
    for ln in result.lines:
        kids = [k for k in result.lines if k.line.parent_id == ln.line.id]
        if kids:
            assert ln.actual_minor == sum(k.actual_minor for k in kids), ln.line.code
    top = [
        ln
        for ln in result.lines
        if ln.line.parent_id is None and ln.line.kind is not BudgetLineKind.COMPUTED
    ]
    assert result.total_actual_minor == sum(ln.actual_minor for ln in top)
    assert by_id  # the result is not empty


def test_fixed_rate_matches_raw_sql(asso: AssoFile, demo_copy: Path) -> None:
    result = budget_vs_actual(asso, JDF_BUDGET, TODAY)
    expected: dict[str, int] = defaultdict(int)
    mad: dict[str, int] = defaultdict(int)
    for code, _day, amount in raw_sums(demo_copy, JDF):
        mad[code] += amount
    for code, amount in mad.items():
        expected[code] = convert(amount, Decimal("10.85"))
    got = leaves(result)
    assert {c: got[c] for c in expected} == dict(expected)
    assert all(got[c] == 0 for c in got if c not in expected)
    check_rollup(result)
    assert result.total_actual_base_minor == sum(mad.values())
    assert result.currency == "EUR" and result.policy is RatePolicy.FIXED
    assert result.elapsed == 1  # the period ended on 31/12/2025
    one = next(ln for ln in result.lines if ln.line.code == "1.1.1")
    assert one.variance_minor == one.budget_minor - one.actual_minor
    # funders share the actual like the budget: FEME + AHSS = everything spent on lines
    assert sum(f.actual_minor for f in result.funders) == result.total_actual_minor
    # monthly figures add up to the whole period's plan
    assert sum(m.planned_minor for m in result.months) == result.total_budget_minor


def test_monthly_rate_table_matches_raw_sql(asso: AssoFile, demo_copy: Path) -> None:
    data = grant(asso, JDF).data
    from dataclasses import replace

    update_grant(asso, JDF, replace(data, rate_policy=RatePolicy.MONTHLY))
    rates = {}
    for index in range(24):
        month = date(2025 + index // 12, index % 12 + 1, 1)
        rates[month] = Decimal("10.70") + Decimal(index) / 100
        set_monthly_rate(asso, JDF, month, rates[month])
    per_month: dict[tuple[str, date], int] = defaultdict(int)
    for code, day, amount in raw_sums(demo_copy, JDF):
        when = date.fromisoformat(day)
        per_month[(code, when.replace(day=1))] += amount
    expected: dict[str, int] = defaultdict(int)
    for (code, month), amount in per_month.items():
        expected[code] += convert(amount, rates[month])
    result = budget_vs_actual(asso, JDF_BUDGET, TODAY)
    got = leaves(result)
    assert {c: got[c] for c in expected} == dict(expected)
    check_rollup(result)
    assert result.rate_errors == ()
    # a month without a rate: its expenses are left out and reported, never guessed
    set_monthly_rate(asso, JDF, date(2025, 3, 1), None)
    missing = budget_vs_actual(asso, JDF_BUDGET, TODAY)
    assert [e.code for e in missing.rate_errors] == [ErrorCode.BUDGET_RATE_MISSING]
    assert missing.rate_errors[0].params["currency"] == "EUR"
    assert missing.total_actual_minor < result.total_actual_minor


def test_rate_of_each_transfer_matches_raw_sql(asso: AssoFile, demo_copy: Path) -> None:
    from dataclasses import replace

    update_grant(asso, JDF, replace(grant(asso, JDF).data, rate_policy=RatePolicy.PER_TRANSFER))
    second = date(2025, 6, 2)
    record_transaction(
        asso,
        TransactionInput(
            second,
            TransactionKind.INCOME,
            "Subvention FEME — 2e tranche",
            [
                SplitInput(
                    "5141", 1_102_00, original_minor=100_00, original_currency="EUR", rate="11.02"
                ),
                SplitInput("7132", -1_102_00, project_id=JDF),
            ],
        ),
    )
    expected: dict[str, int] = defaultdict(int)
    buckets: dict[tuple[str, Decimal], int] = defaultdict(int)
    for code, day, amount in raw_sums(demo_copy, JDF):
        rate = Decimal("11.02") if date.fromisoformat(day) >= second else Decimal("10.85")
        buckets[(code, rate)] += amount
    for (code, rate), amount in buckets.items():
        expected[code] += convert(amount, rate)
    result = budget_vs_actual(asso, JDF_BUDGET, TODAY)
    got = leaves(result)
    assert {c: got[c] for c in expected} == dict(expected)
    check_rollup(result)


def test_mad_grant_and_state(asso: AssoFile, demo_copy: Path) -> None:
    result = budget_vs_actual(asso, AGR_BUDGET, TODAY)
    mad: dict[str, int] = defaultdict(int)
    for code, _day, amount in raw_sums(demo_copy, 2):
        mad[code] += amount
    got = leaves(result)
    assert {c: got[c] for c in mad} == dict(mad)
    assert Decimal("0.66") < result.elapsed < Decimal("0.67")  # 242 days of 365
    for line in result.lines:
        if line.used is not None and line.used > 1:
            assert line.state == "over"


def test_expense_outside_the_grant_period_is_flagged(asso: AssoFile) -> None:
    line = next(
        ln.line.id
        for ln in budget_vs_actual(asso, JDF_BUDGET, TODAY).lines
        if ln.line.code == "5.6"
    )
    recorded = record_transaction(
        asso,
        TransactionInput(
            date(2026, 2, 15),
            TransactionKind.EXPENSE,
            "Évaluation finale — solde",
            [
                SplitInput("6136", 500_00, project_id=JDF, budget_line_id=line),
                SplitInput("5141", -500_00),
            ],
        ),
    )
    result = budget_vs_actual(asso, JDF_BUDGET, TODAY)
    assert [(o.transaction_id, o.date) for o in result.outside_period] == [
        (recorded.id, date(2026, 2, 15))
    ]
    error = result.outside_period[0].error
    assert error.code is ErrorCode.BUDGET_OUTSIDE_GRANT_PERIOD
    assert (error.params["start"], error.params["end"]) == (date(2025, 1, 15), date(2025, 12, 31))
    rows = line_transactions(asso, JDF_BUDGET, line)
    assert [r.outside_period for r in rows if r.transaction_id == recorded.id] == [True]
    assert sum(r.amount_base_minor for r in rows) == next(
        ln.actual_base_minor for ln in result.lines if ln.line.id == line
    )


def test_drill_down_of_a_heading_lists_its_lines_expenses(asso: AssoFile, demo_copy: Path) -> None:
    result = budget_vs_actual(asso, JDF_BUDGET, TODAY)
    heading = next(ln for ln in result.lines if ln.line.code == "1")
    rows = line_transactions(asso, JDF_BUDGET, heading.line.id)
    assert {r.line_code for r in rows} <= {
        "1",
        "1.1",
        "1.1.1",
        "1.1.2",
        "1.2",
        "1.2.1",
        "1.3",
        "1.3.1",
        "1.3.2",
        "1.3.3",
    }
    assert sum(r.amount_base_minor for r in rows) == heading.actual_base_minor
    assert rows == tuple(sorted(rows, key=lambda r: (r.date, r.transaction_id)))
