"""Budget vs actual reads the grant's splits one of two ways (one pass over the split table
when many are tagged, the line and project indexes when few): both give the numbers of an
independent raw SQL computation, the same expenses outside the period, the same unallocated
total and the same missing-rate messages."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path

import pytest

from desk.domain.enums import BudgetLineKind, RatePolicy, TransactionKind
from desk.domain.errors import ErrorCode
from desk.services.budgets import actual_sql
from desk.services.budgets.actual import BudgetVsActual, budget_vs_actual
from desk.services.budgets.grants import grant, set_monthly_rate, update_grant
from desk.services.ledger import SplitInput, TransactionInput, record_transaction
from desk.store import AssoFile, open_file

TODAY = date(2026, 6, 30)
JDF, JDF_BUDGET = 1, 1
WAYS = {"scan": 10**9, "indexes": 0}  # SCAN_SHARE forcing one way or the other


@pytest.fixture(params=sorted(WAYS))
def way(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(actual_sql, "SCAN_SHARE", WAYS[request.param])
    return str(request.param)


@pytest.fixture
def asso(demo_copy: Path) -> Iterator[AssoFile]:
    handle = open_file(demo_copy, auto_backup=False)
    yield handle
    handle.close()


def raw(path: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as db:
        return db.execute(sql).fetchall()


def leaves(result: BudgetVsActual) -> dict[str, int]:
    parents = {ln.line.parent_id for ln in result.lines}
    return {
        ln.line.code: ln.actual_minor
        for ln in result.lines
        if ln.line.id not in parents and ln.line.kind is not BudgetLineKind.COMPUTED
    }


def convert(mad: int, rate: Decimal) -> int:
    return int((mad / rate).quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


def line_id(asso: AssoFile, code: str) -> int:
    lines = budget_vs_actual(asso, JDF_BUDGET, TODAY).lines
    return next(ln.line.id for ln in lines if ln.line.code == code)


def expense(asso: AssoFile, day: date, amount: int, line: int | None = None) -> int:
    return record_transaction(
        asso,
        TransactionInput(
            day,
            TransactionKind.EXPENSE,
            f"Dépense {day}",
            [
                SplitInput("6136", amount, project_id=JDF, budget_line_id=line),
                SplitInput("5141", -amount),
            ],
        ),
    ).id


def test_rate_of_each_transfer_either_way(asso: AssoFile, demo_copy: Path, way: str) -> None:
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
    line = line_id(asso, "5.6")
    late = expense(asso, date(2026, 2, 15), 500_00, line)  # after the period
    expense(asso, date(2025, 6, 1), 300_00)  # the grant's, on no line
    expense(asso, date(2025, 6, 2), 200_00)
    # the same line either side of the transfer in one month: two rates in June
    expense(asso, date(2025, 6, 1), 1_234_56, line)
    expense(asso, date(2025, 6, 3), 6_543_21, line)
    rows = raw(
        demo_copy,
        """SELECT l.code, t.date, SUM(s.amount_minor) FROM split s
        JOIN "transaction" t ON t.id = s.transaction_id
        JOIN budget_line l ON l.id = s.budget_line_id
        JOIN budget b ON b.id = l.budget_id
        WHERE b.project_id = 1 GROUP BY l.code, t.date""",
    )
    buckets: dict[tuple[str, Decimal], int] = defaultdict(int)
    per_month: dict[tuple[date, Decimal], int] = defaultdict(int)
    for code, day, amount in rows:
        when = date.fromisoformat(str(day))
        rate = Decimal("11.02") if when >= second else Decimal("10.85")
        buckets[(str(code), rate)] += int(str(amount))
        per_month[(when.replace(day=1), rate)] += int(str(amount))
    expected: dict[str, int] = defaultdict(int)
    for (code, rate), amount in buckets.items():
        expected[code] += convert(amount, rate)
    months: dict[date, int] = defaultdict(int)
    for (month, rate), amount in per_month.items():
        months[month] += convert(amount, rate)
    [(unallocated,)] = raw(
        demo_copy,
        "SELECT SUM(amount_minor) FROM split WHERE project_id = 1 AND amount_minor > 0 "
        "AND budget_line_id IS NULL",
    )

    result = budget_vs_actual(asso, JDF_BUDGET, TODAY)

    got = leaves(result)
    assert {c: got[c] for c in expected} == dict(expected), way
    assert result.unallocated_base_minor == unallocated == 500_00
    assert [(o.transaction_id, o.date) for o in result.outside_period] == [
        (late, date(2026, 2, 15))
    ]
    assert {m.month: m.actual_minor for m in result.months if m.actual_minor} == months


def test_missing_month_either_way(asso: AssoFile, demo_copy: Path, way: str) -> None:
    update_grant(asso, JDF, replace(grant(asso, JDF).data, rate_policy=RatePolicy.MONTHLY))
    for index in range(24):
        month = date(2025 + index // 12, index % 12 + 1, 1)
        if month != date(2025, 3, 1):
            set_monthly_rate(asso, JDF, month, Decimal("10.70") + Decimal(index) / 100)
    [(first_in_march,)] = raw(
        demo_copy,
        """SELECT MIN(t.date) FROM split s
        JOIN "transaction" t ON t.id = s.transaction_id
        JOIN budget_line l ON l.id = s.budget_line_id
        JOIN budget b ON b.id = l.budget_id
        WHERE b.project_id = 1 AND t.date BETWEEN '2025-03-01' AND '2025-03-31'""",
    )
    assert first_in_march is not None  # the demo spends in March

    result = budget_vs_actual(asso, JDF_BUDGET, TODAY)

    assert [(e.code, e.params["date"]) for e in result.rate_errors] == [
        (ErrorCode.BUDGET_RATE_MISSING, date.fromisoformat(str(first_in_march)))
    ], way
    march = next(m for m in result.months if m.month == date(2025, 3, 1))
    assert march.actual_minor == 0


def test_both_ways_give_the_same_result(asso: AssoFile, monkeypatch: pytest.MonkeyPatch) -> None:
    line = line_id(asso, "5.6")
    expense(asso, date(2025, 1, 10), 120_00, line)  # before the period
    expense(asso, date(2025, 7, 14), 80_00)
    results = []
    for share in WAYS.values():
        monkeypatch.setattr(actual_sql, "SCAN_SHARE", share)
        results.append(budget_vs_actual(asso, JDF_BUDGET, TODAY))
    assert results[0] == results[1]
    assert len(results[0].outside_period) == 1
