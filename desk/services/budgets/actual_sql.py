"""The grant's splits as budget vs actual needs them: base-currency sums by month, line and
rate bucket, with the first and last day of each group, and the expenses outside the grant
period. Read from the split table in one pass when many splits are tagged to the grant, from
the line and project indexes when few are."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    ScalarSelect,
    Subquery,
    bindparam,
    case,
    func,
    or_,
    select,
    text,
    union,
    union_all,
)
from sqlalchemy.orm import Session

from desk.domain.budget_rules import RateTable
from desk.domain.enums import RatePolicy
from desk.models import Split, Transaction
from desk.services.budgets.actual_types import OutsideExpense


def spending(
    session: Session, project_id: int, codes: dict[int, str], rates: RateTable
) -> list[tuple[int | None, date, date, int]]:
    """(line, first day, last day, base amount) of the grant's splits (tagged to one of its
    lines, or expenses tagged to the project alone: line None), grouped by month, line and
    rate bucket: the days of one group share their rate (for the rate of each transfer, the
    bucket is the number of distinct transfer dates on or before the day, worked out in SQL).
    """
    connection = session.connection()
    lines = list(codes)
    # An upper bound of the splits wanted, from two covering indexes, against the largest
    # split id (about how many the file holds): well under a millisecond on 100k transactions
    by_line, by_project, largest = connection.execute(
        select(
            _count(Split.budget_line_id.in_(lines)),
            _count(Split.project_id == project_id),
            select(func.max(Split.id)).scalar_subquery(),
        )
    ).one()
    scan = (by_line + by_project) * SCAN_SHARE > (largest or 0)
    source = _scanned(project_id, lines) if scan else _looked_up(project_id, lines)
    line, tx, amount = source.c.line, source.c.tx, source.c.amount
    day = Transaction.date
    keys: list[Any] = [func.substr(day, 1, 7), line]
    if rates.policy is RatePolicy.PER_TRANSFER and rates.transfers:
        changes = sorted({d for d, _ in rates.transfers}, reverse=True)
        keys.append(case(*((day >= d, len(changes) - i) for i, d in enumerate(changes)), else_=0))
    statement = (
        select(line, func.min(day), func.max(day), func.sum(amount))
        .select_from(source)
        # + 0: each split's transaction by its key, never the splits from the transactions
        .join(Transaction, Transaction.id == tx + 0)
        .group_by(*keys)
    )
    return [
        (line_id, first, last, int(total))
        for line_id, first, last, total in connection.execute(statement)
    ]


# Past one split in SCAN_SHARE tagged to the grant, one pass over the split table in rowid
# order beats the indexes: each split's transaction is then looked up in key order, once,
# instead of once per line in random order (17k tagged splits out of 200k: about 27 ms
# against 50 ms).
SCAN_SHARE = 20


def _count(condition: ColumnElement[bool]) -> ScalarSelect[int]:
    return select(func.count()).select_from(Split).where(condition).scalar_subquery()


# One pass over the split table: NOT INDEXED (SQLite) rules out walking an index of split in
# its order, and the test on either tag first rejects the many untagged splits cheaply.
_SCANNED = text(
    """SELECT budget_line_id AS line, transaction_id AS tx, amount_minor AS amount
    FROM split NOT INDEXED
    WHERE coalesce(budget_line_id, project_id) IS NOT NULL
    AND (budget_line_id IN :lines OR (project_id = :project AND amount_minor > 0))"""
).bindparams(bindparam("lines", expanding=True, type_=Integer), bindparam("project", type_=Integer))


def _scanned(project_id: int, lines: list[int]) -> Subquery:
    """The grant's splits from one pass over the split table."""
    return (
        _SCANNED.bindparams(lines=lines, project=project_id)
        .columns(line=Integer, tx=Integer, amount=Integer)
        .subquery()
    )


def _looked_up(project_id: int, lines: list[int]) -> Subquery:
    """The same splits from the line and the project indexes (few splits tagged)."""
    columns = (
        Split.budget_line_id.label("line"),
        Split.transaction_id.label("tx"),
        Split.amount_minor.label("amount"),
    )
    return union_all(
        select(*columns).where(Split.budget_line_id.in_(lines)),
        select(*columns).where(
            Split.project_id == project_id,
            Split.amount_minor > 0,
            or_(Split.budget_line_id.is_(None), Split.budget_line_id.not_in(lines)),
        ),
    ).subquery()


def outside_period(
    session: Session,
    project_id: int,
    line_ids: set[int],
    start: date,
    end: date,
) -> tuple[OutsideExpense, ...]:
    """Expenses tagged to the grant (by line or by project) outside its period."""
    base = (
        select(Transaction.id, Transaction.date, Transaction.label, Split.amount_minor)
        .join(Split, Split.transaction_id == Transaction.id)
        # expenses only: the grant's own transfer may well come before the period
        .where(Split.amount_minor > 0, or_(Transaction.date < start, Transaction.date > end))
    )
    both = union(
        base.where(Split.budget_line_id.in_(list(line_ids))),
        base.where(Split.project_id == project_id),
    ).subquery()
    rows = session.execute(select(both).order_by(both.c.date, both.c.id)).all()
    seen: dict[int, OutsideExpense] = {}
    for tx_id, day, label, amount in rows:
        if tx_id not in seen:
            seen[tx_id] = OutsideExpense(tx_id, day, label, amount, start, end)
    return tuple(seen.values())
