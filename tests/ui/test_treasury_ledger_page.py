"""The treasury page's other paths: a closed year refused in French next to the date, sorting
by a header, bulk re-assign and its undo, the receipt viewer, and the "More" menu and the
row's change history opening the bookkeeping and import dialogs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.domain.entry import EntryKind
from desk.domain.enums import YearStatus
from desk.models import FinancialYear, Project, Split, TreasuryAccount
from desk.services.entry import EntryInput, NewAttachment, create_entry
from desk.store import AssoFile, open_file
from desk.ui.pages.treasury import LedgerColumn, TreasuryPage
from desk.ui.undo import edits_for, forget
from tests.ui.conftest import DialogAnswers, click_button, close_dialog


def _png(width: int, height: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


@pytest.fixture
def asso(asso_path: Path) -> Iterator[AssoFile]:
    asso = open_file(asso_path)
    with asso.unit_of_work() as s:
        s.add(Project(code="P1", title="Atelier", start_date=date(2025, 1, 1),
                      end_date=date(2025, 12, 31)))  # fmt: skip
        caisse = s.scalar(select(TreasuryAccount.id).where(TreasuryAccount.name == "Caisse"))
    for day, label, amount in ((5, "Bus", 1000), (9, "Atelier", 3000), (7, "Café", 2000)):
        files = (NewAttachment("t.png", "image/png", _png(40, 30)),) if label == "Bus" else ()
        create_entry(
            asso,
            EntryInput(
                kind=EntryKind.EXPENSE, date=date(2025, 3, day), amount_minor=amount,
                label=label, treasury_account_id=caisse, category_code="6142",
                attachments=files,
            ),
        )  # fmt: skip
    yield asso
    forget(asso)
    asso.close()


@pytest.fixture
def page(qtbot: QtBot, asso: AssoFile, french: None) -> TreasuryPage:
    page = TreasuryPage(asso, today=date(2025, 6, 1))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


def labels(page: TreasuryPage) -> list[str]:
    m = page.model
    return [str(m.data(m.index(r, LedgerColumn.LABEL))) for r in range(m.rowCount())]


def test_a_closed_year_is_refused_in_french_next_to_the_date(
    qtbot: QtBot, page: TreasuryPage
) -> None:
    with page.asso.unit_of_work() as s:
        year = s.scalars(select(FinancialYear)).one()
        year.status = YearStatus.CLOSED
    dialog = page.entry_dialog(EntryKind.EXPENSE)
    form = dialog.form
    form.date.setDate(form.date.date().addDays(-60))  # 2 April 2025
    qtbot.keyClicks(form.amount, "10")
    form.category.setCurrentIndex(form.category.findText("Transport"))
    qtbot.keyClicks(form.label, "Bus")
    assert not dialog.save()
    assert (
        form.errors.text("date")
        == "L'exercice 2025 est clôturé\u00a0: il ne peut plus être modifié."
    )
    assert len(labels(page)) == 3
    assert not edits_for(page.asso).stack.canUndo()


def test_header_click_sorts_in_sql(page: TreasuryPage) -> None:
    assert labels(page) == ["Atelier", "Café", "Bus"]  # newest first
    page.table.sortByColumn(LedgerColumn.LABEL, Qt.SortOrder.AscendingOrder)
    assert labels(page) == ["Atelier", "Bus", "Café"]
    page.table.sortByColumn(LedgerColumn.DATE, Qt.SortOrder.AscendingOrder)
    assert labels(page) == ["Bus", "Café", "Atelier"]


def test_bulk_reassign_then_undo(page: TreasuryPage, dialogs: DialogAnswers) -> None:
    def choose_project(dialog: QWidget) -> None:
        dialog.project.setCurrentIndex(dialog.project.findText("P1 — Atelier"))  # type: ignore[attr-defined]
        dialog.accept()  # type: ignore[attr-defined]

    dialogs.answer(choose_project)
    page.rows.reassign_rows([0, 2])
    assert {page.model.data(page.model.index(r, LedgerColumn.PROJECT)) for r in (0, 2)} == {"P1"}
    assert page.model.data(page.model.index(1, LedgerColumn.PROJECT)) == ""
    with page.asso.reader() as s:
        tagged = s.scalars(select(Split.project_id).where(Split.project_id.is_not(None))).all()
    assert len(tagged) == 2
    edits_for(page.asso).stack.undo()
    assert {page.model.data(page.model.index(r, LedgerColumn.PROJECT)) for r in range(3)} == {""}


def test_receipt_viewer_shows_the_image(page: TreasuryPage) -> None:
    row = labels(page).index("Bus")
    assert page.model.data(page.model.index(row, LedgerColumn.RECEIPT)) == "✓"
    viewer = page.rows.receipts_viewer(row)
    assert viewer.shown == 1 and viewer.opened_outside == []


def test_more_menu_and_history_open_the_other_dialogs(
    page: TreasuryPage, dialogs: DialogAnswers
) -> None:
    for action in page.more.menu().actions():
        dialogs.answer(close_dialog)
        action.trigger()
    dialogs.answer(close_dialog)
    page.rows.history(0)
    assert [name for name, _text in dialogs.seen] == [
        "CashCountDialog",
        "ReconciliationDialog",
        "BankImportWizard",
        "YearClosingDialog",
        "ReceiptsExportDialog",
        "AuditLogDialog",
        "AuditLogDialog",
    ]


def test_changing_a_reconciled_transaction_asks_then_unreconciles(
    page: TreasuryPage, dialogs: DialogAnswers
) -> None:
    from desk.models import AuditEntry, BankReconciliation

    row = labels(page).index("Café")
    tx_id = page.model.row_at(row).id
    with page.asso.unit_of_work() as s:
        rec = BankReconciliation(
            treasury_account_id=1, statement_date=date(2025, 3, 31), closing_balance_minor=0
        )
        s.add(rec)
        s.flush()
        for split in s.scalars(select(Split).where(Split.transaction_id == tx_id)):
            split.reconciliation_id = rec.id
    dialogs.answer(click_button("Non"))
    assert page.rows.edit_dialog(row) is None
    dialogs.answer(click_button("Oui"))
    dialog = page.rows.edit_dialog(row)
    assert dialog is not None
    dialog.form.amount.setText("25")
    assert dialog.save()
    with page.asso.reader() as s:
        assert s.scalars(
            select(Split.reconciliation_id).where(Split.transaction_id == tx_id)
        ).all() == [None, None]
        reasons = s.scalars(select(AuditEntry.reason).where(AuditEntry.table_name == "split")).all()
    assert "unreconciled to change the transaction" in reasons
    assert "La modifier quand même" in dialogs.seen[0][1]
