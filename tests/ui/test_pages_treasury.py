"""The treasury page on a real file: the newest transactions first, windows fetched on demand,
filters applied in SQL, totals and balances, empty state."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from desk.domain.money import format_minor
from desk.store import AssoFile, open_file
from desk.ui.pages.treasury import LedgerColumn, LedgerModel, TreasuryPage
from tests.ui.pages_data import (  # noqa: F401 (the *_fixture names register fixtures)
    build,
    demo_path,
    query,
    sample_fixture,
    sample_path_fixture,
)

TODAY = date(2026, 11, 23)
NEWEST = 'SELECT label FROM "transaction" ORDER BY date DESC, id DESC'


def cell(model: LedgerModel, row: int, column: LedgerColumn) -> str:
    return str(model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole))


def footer_shows(qtbot, page: TreasuryPage, text: str) -> None:  # type: ignore[no-untyped-def]
    """The totals are computed in the background: wait for them."""
    qtbot.waitUntil(lambda: text in page.footer.text(), timeout=5000)


def labels(model: LedgerModel) -> list[str]:
    return [cell(model, r, LedgerColumn.LABEL) for r in range(model.rowCount())]


@pytest.fixture
def page(qtbot, sample: AssoFile, french: None) -> TreasuryPage:  # type: ignore[no-untyped-def]
    page = TreasuryPage(sample, today=TODAY, page_size=3)
    qtbot.addWidget(page)
    page.refresh()
    return page


def test_newest_transaction_first_and_more_on_demand(  # type: ignore[no-untyped-def]
    qtbot, page: TreasuryPage, sample_path: Path
) -> None:
    newest = [label for (label,) in query(sample_path, NEWEST)]
    model = page.model
    assert model.rowCount() == 3
    assert labels(model) == newest[:3]
    assert cell(model, 0, LedgerColumn.AMOUNT) == "+" + format_minor(60_000, "MAD", "fr")
    assert cell(model, 0, LedgerColumn.DATE) == "20/01/2026"
    assert cell(model, 0, LedgerColumn.RECEIPT) == "manquant"
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert labels(model) == newest[:6]
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert labels(model) == newest  # every transaction once, in order
    footer_shows(qtbot, page, "9 opérations")


def test_amounts_are_formatted_signed_and_right_aligned(page: TreasuryPage) -> None:
    model = page.model
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    row = labels(model).index("Salle et repas de l'atelier")
    assert cell(model, row, LedgerColumn.AMOUNT) == "-1\u202f234,50\u00a0MAD"
    alignment = model.data(model.index(row, LedgerColumn.AMOUNT), Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight
    assert cell(model, row, LedgerColumn.CATEGORY).startswith("Déplacements, repas et réceptions")
    transfer = labels(model).index("Retrait pour la caisse")
    assert cell(model, transfer, LedgerColumn.ACCOUNT) == "Banque → Caisse"


def test_without_receipt_filter_keeps_only_missing_receipts(  # type: ignore[no-untyped-def]
    qtbot, page: TreasuryPage, sample_path: Path
) -> None:
    page.filter_bar.missing.setChecked(True)
    expected = {
        label
        for (label,) in query(
            sample_path,
            """SELECT label FROM "transaction" t WHERE receipt_not_required = 0
               AND kind IN ('expense', 'income', 'advance_settlement', 'reimbursement')
               AND NOT EXISTS (SELECT 1 FROM attachment a WHERE a.transaction_id = t.id)""",
        )
    }
    assert (
        set(labels(page.model))
        == expected
        == {
            "Transport des participantes",
            "Cotisations de janvier",
        }
    )
    assert {cell(page.model, r, LedgerColumn.RECEIPT) for r in range(2)} == {"manquant"}
    footer_shows(qtbot, page, "2 opérations ·")


def test_search_and_account_filters(qtbot, page: TreasuryPage) -> None:  # type: ignore[no-untyped-def]
    page.filter_bar.search.setText("taxi")
    qtbot.waitUntil(lambda: labels(page.model) == ["Transport des participantes"], timeout=3000)
    page.filter_bar.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=3000)
    combo = page.filter_bar.account
    combo.setCurrentIndex(combo.findText("Caisse"))
    while page.model.canFetchMore(QModelIndex()):
        page.model.fetchMore(QModelIndex())
    accounts = {cell(page.model, r, LedgerColumn.ACCOUNT) for r in range(page.model.rowCount())}
    assert all("Caisse" in a for a in accounts)
    assert page.model.rowCount() == 5


def test_period_filter_by_financial_year(qtbot, page: TreasuryPage) -> None:  # type: ignore[no-untyped-def]
    period = page.filter_bar.period
    period.setCurrentIndex(period.findText("Exercice 2026"))
    assert labels(page.model) == ["Cotisations de janvier"]
    footer_shows(qtbot, page, "1 opération ·")


def test_balances_of_each_treasury_account(  # type: ignore[no-untyped-def]
    qtbot, page: TreasuryPage, sample_path: Path
) -> None:
    from desk.ui.widgets.card import Card

    # Computed in the background: the rows are shown first.
    qtbot.waitUntil(lambda: len(page.findChildren(Card)) >= 3, timeout=5000)
    cards = {c.title_label.text(): c for c in page.findChildren(Card)}
    (caisse,) = query(
        sample_path,
        """SELECT SUM(amount_minor) FROM split s JOIN treasury_account ta
           ON ta.account_id = s.account_id WHERE ta.name = 'Caisse'""",
    )[0]
    assert cards["Caisse"].value_label.text() == format_minor(caisse, "MAD", "fr")
    assert cards["Compte de Fatou"].hint_label.text() == "détenu par un membre"


def test_ledger_model_is_a_sound_qt_model(qtmodeltester, french: None, sample: AssoFile) -> None:  # type: ignore[no-untyped-def]
    model = LedgerModel(sample, page_size=4)
    model.reload()
    qtmodeltester.check(model)


def test_empty_file_shows_the_empty_state(qtbot, french: None, asso_path: Path) -> None:  # type: ignore[no-untyped-def]
    with open_file(asso_path) as asso:
        page = TreasuryPage(asso, today=TODAY)
        qtbot.addWidget(page)
        page.refresh()
        assert page.list.is_empty
        assert page.empty.title_label.text() == "Aucune opération pour l'instant"
        page.filter_bar.missing.setChecked(True)
        assert page.empty.title_label.text() == "Aucune opération ne correspond à ces filtres"


def test_demo_first_window_and_totals(qtbot, french: None, request, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    path = demo_path(request, tmp_path_factory)
    with open_file(path, read_only=True) as demo:
        page = TreasuryPage(demo, today=TODAY)
        qtbot.addWidget(page)
        page.refresh()
        newest = [label for (label,) in query(path, NEWEST)]
        assert labels(page.model) == newest[: page.model.page_size]
        footer_shows(qtbot, page, f"{len(newest)} opérations")


def test_big_ledger_totals_and_balances_come_in_the_background(  # type: ignore[no-untyped-def]
    qtbot, french: None, sample: AssoFile
) -> None:
    from desk.ui.widgets.card import Card

    page = TreasuryPage(sample, today=TODAY, page_size=3)
    page.sync_below = 0  # as on a file with a million splits
    qtbot.addWidget(page)
    page.refresh()
    assert page.model.rowCount() == 3  # the rows first
    assert page.footer.text() == "Calcul des totaux…"
    assert page.findChildren(Card) == []
    footer_shows(qtbot, page, "9 opérations ·")
    qtbot.waitUntil(lambda: len(page.findChildren(Card)) >= 3, timeout=5000)
