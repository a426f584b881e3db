"""The ledger's new filters, orders, totals and running balance on the demo file, each checked
against plain SQL on the same file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desk.services.browse.treasury import (
    LedgerFilters,
    LedgerOrder,
    LedgerRow,
    cursor_of,
    ledger_page,
    ledger_totals,
)
from desk.store import AssoFile, open_file
from tests.ui.pages_data import query

PER_TX = """SELECT s.transaction_id, SUM(s.amount_minor) FROM split s
    JOIN treasury_account ta ON ta.account_id = s.account_id {where} GROUP BY s.transaction_id"""


@pytest.fixture(scope="module")
def demo(demo_file: Path) -> Iterator[AssoFile]:
    asso = open_file(demo_file, read_only=True)
    yield asso
    asso.close()


def walk(asso: AssoFile, f: LedgerFilters, order: LedgerOrder, limit: int = 37) -> list[LedgerRow]:
    rows: list[LedgerRow] = []
    after = None
    while True:
        window = ledger_page(asso, f, after, limit, order)
        rows.extend(window)
        if len(window) < limit:
            return rows
        after = cursor_of(window[-1], order)


def kept(path: Path, where: str, *params: object) -> set[int]:
    return {i for (i,) in query(path, f'SELECT id FROM "transaction" t WHERE {where}', *params)}


def test_project_budget_line_activity_and_category_filters(demo: AssoFile, demo_file: Path) -> None:
    (project,) = query(demo_file, "SELECT project_id FROM split WHERE project_id IS NOT NULL")[0:1]
    (line,) = query(demo_file, "SELECT budget_line_id FROM split WHERE budget_line_id > 0")[0:1]
    has = "EXISTS (SELECT 1 FROM split s WHERE s.transaction_id = t.id AND s.{} = ?)"
    cases = [
        (LedgerFilters(project_id=project[0]), has.format("project_id"), project[0]),
        (LedgerFilters(budget_line_id=line[0]), has.format("budget_line_id"), line[0]),
    ]
    activity = query(demo_file, "SELECT activity_id FROM split WHERE activity_id > 0 LIMIT 1")
    if activity:
        cases.append(
            (LedgerFilters(activity_id=activity[0][0]), has.format("activity_id"), activity[0][0])
        )
    (account,) = query(demo_file, "SELECT id FROM account WHERE code = '6142'")[0]
    cases.append((LedgerFilters(category_code="6142"), has.format("account_id"), account))
    for filters, where, value in cases:
        expected = kept(demo_file, where, value)
        assert expected, where
        rows = walk(demo, filters, LedgerOrder.NEWEST)
        assert {r.id for r in rows} == expected
        assert ledger_totals(demo, filters).count == len(expected)


def test_totals_of_a_project_match_sql(demo: AssoFile, demo_file: Path) -> None:
    (project,) = query(demo_file, "SELECT MIN(project_id) FROM split")[0]
    where = "WHERE s.transaction_id IN (SELECT transaction_id FROM split WHERE project_id = ?)"
    nets = [net for _tx, net in query(demo_file, PER_TX.format(where=where), project)]
    totals = ledger_totals(demo, LedgerFilters(project_id=project))
    assert totals.income_minor == sum(n for n in nets if n > 0)
    assert totals.expense_minor == sum(n for n in nets if n < 0)


@pytest.mark.parametrize("order", list(LedgerOrder))
def test_every_order_walks_the_ledger_once_in_order(demo: AssoFile, order: LedgerOrder) -> None:
    rows = walk(demo, LedgerFilters(), order, limit=50)
    assert len({r.id for r in rows}) == len(rows) == ledger_totals(demo, LedgerFilters()).count
    if order.by_date:
        keys = [(r.date, r.id) for r in rows]
    elif order in (LedgerOrder.RECEIPT, LedgerOrder.RECEIPT_DESC):
        keys = [(r.receipt_number, r.id) for r in rows]  # type: ignore[misc]
    else:
        keys = [(r.label, r.id) for r in rows]  # type: ignore[misc]
    assert keys == sorted(keys, reverse=order.descending)


@pytest.mark.parametrize("order", [LedgerOrder.NEWEST, LedgerOrder.OLDEST])
def test_running_balance_of_one_account_matches_sql(
    demo: AssoFile, demo_file: Path, order: LedgerOrder
) -> None:
    ((account_id, treasury_id),) = query(
        demo_file, "SELECT account_id, id FROM treasury_account WHERE name = 'Caisse'"
    )
    movements = query(
        demo_file,
        """SELECT t.id, SUM(s.amount_minor) FROM "transaction" t JOIN split s
           ON s.transaction_id = t.id WHERE s.account_id = ? GROUP BY t.id
           ORDER BY t.date, t.id""",
        account_id,
    )
    expected: dict[int, int] = {}
    balance = 0
    for tx_id, net in movements:
        balance += net
        expected[tx_id] = balance
    rows = walk(demo, LedgerFilters(treasury_account_id=treasury_id), order, limit=23)
    assert {r.id: r.balance_minor for r in rows} == expected
    # With a text filter too, each kept row still shows the account's true balance.
    some = walk(demo, LedgerFilters(treasury_account_id=treasury_id, text="a"), order, limit=7)
    assert some and all(r.balance_minor == expected[r.id] for r in some)
    # No balance without one account filtered.
    assert ledger_page(demo, LedgerFilters(), None, 5)[0].balance_minor is None
