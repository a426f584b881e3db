"""Tests of desk.services.browse.treasury on real files: keyset windows, filters in SQL,
totals, balances; expected values are computed with plain SQL on the same file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desk.services.browse.treasury import (
    LedgerFilters,
    LedgerRow,
    ReceiptState,
    financial_years,
    ledger_page,
    ledger_totals,
    treasury_accounts,
)
from desk.services.overview import count_missing_receipts
from desk.store import AssoFile, open_file
from tests.ui.pages_data import (  # noqa: F401 (the *_fixture names register fixtures)
    build,
    demo_path,
    query,
    sample_fixture,
    sample_path_fixture,
)

NEWEST_FIRST = 'SELECT id FROM "transaction" ORDER BY date DESC, id DESC'
# Net treasury movement of each transaction (transfers net to zero).
PER_TX_NET = """
    SELECT s.transaction_id, SUM(s.amount_minor) FROM split s
    JOIN treasury_account ta ON ta.account_id = s.account_id {where} GROUP BY s.transaction_id
"""


def walk(asso: AssoFile, filters: LedgerFilters, limit: int) -> list[LedgerRow]:
    rows: list[LedgerRow] = []
    after = None
    while True:
        window = ledger_page(asso, filters, after, limit)
        assert len(window) <= limit
        rows.extend(window)
        if len(window) < limit:
            return rows
        after = window[-1].cursor


def by_label(rows: tuple[LedgerRow, ...] | list[LedgerRow], label: str) -> LedgerRow:
    return next(r for r in rows if r.label == label)


def test_first_window_is_newest_first(sample: AssoFile, sample_path: Path) -> None:
    rows = ledger_page(sample, LedgerFilters())
    assert [r.id for r in rows] == [i for (i,) in query(sample_path, NEWEST_FIRST)]
    assert rows[0].label == "Cotisations de janvier"


def test_keyset_windows_cover_the_ledger_once_even_on_equal_dates(
    sample: AssoFile, sample_path: Path
) -> None:
    # Two transactions share 08/03/2025: a window boundary between them must lose neither.
    for limit in (1, 2, 3, 4):
        rows = walk(sample, LedgerFilters(), limit)
        assert [r.id for r in rows] == [i for (i,) in query(sample_path, NEWEST_FIRST)]


def test_rows_say_what_happened_in_plain_words(sample: AssoFile) -> None:
    rows = ledger_page(sample, LedgerFilters())
    taxi = by_label(rows, "Transport des participantes")
    assert (taxi.amount_minor, taxi.treasury, taxi.category, taxi.project, taxi.payee) == (
        -35_000,
        "Caisse",
        "Transport",
        "JDF25",
        "Taxi Salé",
    )
    assert taxi.receipt is ReceiptState.MISSING and taxi.receipt_number == "2025-0002"
    hall = by_label(rows, "Salle et repas de l'atelier")
    # A category name with a comma survives (no comma-joined SQL aggregate).
    assert hall.category == "Déplacements, repas et réceptions, Loyer et location de salles"
    assert (hall.amount_minor, hall.receipt, hall.attachments) == (
        -123_450,
        ReceiptState.ATTACHED,
        1,
    )
    transfer = by_label(rows, "Retrait pour la caisse")
    assert (transfer.treasury, transfer.amount_minor) == ("Banque → Caisse", 200_000)
    fees = by_label(rows, "Frais de tenue de compte")
    assert fees.receipt is ReceiptState.NOT_REQUIRED
    assert by_label(rows, "Avance mal saisie").receipt is ReceiptState.NOT_APPLICABLE


def test_filter_by_treasury_account_shows_that_account_movement(
    sample: AssoFile, sample_path: Path
) -> None:
    caisse = next(a for a in treasury_accounts(sample) if a.name == "Caisse")
    rows = ledger_page(sample, LedgerFilters(treasury_account_id=caisse.id))
    expected = query(
        sample_path,
        """SELECT DISTINCT t.id FROM "transaction" t JOIN split s ON s.transaction_id = t.id
           JOIN treasury_account ta ON ta.account_id = s.account_id WHERE ta.id = ?
           ORDER BY t.date DESC, t.id DESC""",
        caisse.id,
    )
    assert [r.id for r in rows] == [i for (i,) in expected]
    # Seen from the caisse, the withdrawal is money in.
    assert by_label(rows, "Retrait pour la caisse").amount_minor == 200_000


def test_filters_by_period_and_text(sample: AssoFile) -> None:
    year_2026 = LedgerFilters(start=date(2026, 1, 1), end=date(2026, 12, 31))
    assert [r.label for r in ledger_page(sample, year_2026)] == ["Cotisations de janvier"]
    march = LedgerFilters(start=date(2025, 3, 1), end=date(2025, 3, 8))
    assert {r.label for r in ledger_page(sample, march)} == {
        "Transport des participantes",
        "Per diems atelier du 8 mars",
    }
    assert [r.payee for r in ledger_page(sample, LedgerFilters(text="TAXI"))] == ["Taxi Salé"]
    assert [r.receipt_number for r in ledger_page(sample, LedgerFilters(text="2025-0004"))] == [
        "2025-0004"
    ]
    assert ledger_page(sample, LedgerFilters(text="%")) == ()  # a literal %, not "anything"


def test_without_receipt_keeps_only_missing_receipts(sample: AssoFile, sample_path: Path) -> None:
    rows = ledger_page(sample, LedgerFilters(missing_receipt_only=True))
    assert {r.label for r in rows} == {"Transport des participantes", "Cotisations de janvier"}
    assert all(r.receipt is ReceiptState.MISSING and r.attachments == 0 for r in rows)
    with sample.reader() as session:  # the same rule as the dashboard's count
        assert len(rows) == count_missing_receipts(session)
    attached = {i for (i,) in query(sample_path, "SELECT transaction_id FROM attachment")}
    assert not attached & {r.id for r in rows}


@pytest.mark.parametrize(
    "filters",
    [
        LedgerFilters(),
        LedgerFilters(start=date(2025, 3, 1), end=date(2025, 4, 30)),
        LedgerFilters(treasury_account_id=1),
        LedgerFilters(missing_receipt_only=True),
    ],
)
def test_totals_count_and_net_what_is_filtered(
    sample: AssoFile, sample_path: Path, filters: LedgerFilters
) -> None:
    totals = ledger_totals(sample, filters)
    shown = {r.id for r in walk(sample, filters, 200)}
    assert totals.count == len(shown)
    where = (
        ""
        if filters.treasury_account_id is None
        else f"WHERE ta.id = {filters.treasury_account_id}"
    )
    nets = {i: n for i, n in query(sample_path, PER_TX_NET.format(where=where)) if i in shown}
    assert totals.income_minor == sum(n for n in nets.values() if n > 0)
    assert totals.expense_minor == sum(n for n in nets.values() if n < 0)
    assert totals.currency == "MAD"


def test_transfers_are_neither_in_nor_out_of_all_treasury(sample: AssoFile) -> None:
    march = LedgerFilters(start=date(2025, 3, 15), end=date(2025, 3, 15))
    totals = ledger_totals(sample, march)
    assert (totals.count, totals.income_minor, totals.expense_minor) == (1, 0, 0)


def test_treasury_accounts_balances_caisse_first(sample: AssoFile, sample_path: Path) -> None:
    accounts = treasury_accounts(sample)
    assert [a.name for a in accounts] == ["Caisse", "Banque", "Compte de Fatou"]
    expected = dict(
        query(
            sample_path,
            """SELECT ta.name, COALESCE(SUM(s.amount_minor), 0) FROM treasury_account ta
               LEFT JOIN split s ON s.account_id = ta.account_id GROUP BY ta.id""",
        )
    )
    assert {a.name: a.balance_minor for a in accounts} == expected
    assert [a.held_by_member for a in accounts] == [False, False, True]


def test_financial_years_latest_first(sample: AssoFile) -> None:
    assert [y.label for y in financial_years(sample)] == ["2026", "2025"]


def test_demo_ledger_walks_whole_and_totals_match_balances(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = demo_path(request, tmp_path_factory)
    with open_file(path, read_only=True) as demo:
        rows = walk(demo, LedgerFilters(), 50)
        assert [r.id for r in rows] == [i for (i,) in query(path, NEWEST_FIRST)]
        totals = ledger_totals(demo, LedgerFilters())
        assert totals.count == len(rows)
        assert totals.net_minor == sum(a.balance_minor for a in treasury_accounts(demo))
        missing = ledger_page(demo, LedgerFilters(missing_receipt_only=True), limit=500)
        with demo.reader() as session:
            assert len(missing) == count_missing_receipts(session) > 0
