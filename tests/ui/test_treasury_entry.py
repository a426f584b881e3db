"""Recording an expense the way a user does (typing, Enter, Ctrl+Enter, attaching a photo),
finding it in the ledger with the right balance, then undoing and redoing it from the Edit
menu's shortcuts; the split remainder; drag-and-drop; inline errors; read-only files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.domain.entry import EntryKind
from desk.models import Attachment, Split, Transaction
from desk.store import open_file
from desk.ui.main_window import MainWindow
from desk.ui.pages.treasury import LedgerColumn, TreasuryPage
from desk.ui.settings import Settings
from desk.ui.treasury.entry_dialog import EntryDialog
from desk.ui.treasury.images import MAX_SIDE


def photo(path: Path, width: int = 3000, height: int = 2000) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#f4efe1"))
    image.save(str(path), "JPG", 95)
    return path


def labels(page: TreasuryPage) -> list[str]:
    model = page.model
    return [str(model.data(model.index(r, LedgerColumn.LABEL))) for r in range(model.rowCount())]


def type_expense(qtbot: QtBot, dialog: EntryDialog, image: Path) -> None:
    form = dialog.form
    form.date.setDate(QDate(2025, 3, 8))
    form.amount.setFocus()
    qtbot.keyClicks(form.amount, "1 234,50")
    qtbot.keyClick(form.amount, Qt.Key.Key_Return)  # Enter moves on
    assert QApplication.focusWidget() is not form.amount
    form.category.setCurrentIndex(form.category.findText("Transport"))
    assert form.treasury.currentText() == "Caisse"  # the caisse comes first
    qtbot.keyClicks(form.label, "Taxi pour l'atelier du 8 mars")
    qtbot.keyClicks(form.payee, "Taxi Rabat")
    form.attachments.add_paths([image])
    qtbot.keyClick(form.label, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_record_find_undo_redo_an_expense(
    qtbot: QtBot, asso_path: Path, shell_settings: Settings, tmp_path: Path, french: None
) -> None:
    window = MainWindow(open_file(asso_path), settings=shell_settings)
    qtbot.addWidget(window)
    window.show()
    assert window.workspace is not None
    window.workspace.show_page("treasury")
    page = window.workspace.pages["treasury"]
    assert isinstance(page, TreasuryPage)
    dialog = page.entry_dialog(EntryKind.EXPENSE)
    dialog.show()
    assert dialog.form.receipt_number.text() == ""  # today is outside the file's years
    dialog.form.date.setDate(QDate(2025, 3, 8))
    assert dialog.form.receipt_number.text() == "2025-0001"
    type_expense(qtbot, dialog, photo(tmp_path / "ticket.jpg"))
    assert dialog.saved == 1
    assert dialog.form.amount.text() == "" and dialog.form.label.text() == ""  # the next one
    assert dialog.form.receipt_number.text() == "2025-0002"
    dialog.reject()

    assert labels(page) == ["Taxi pour l'atelier du 8 mars"]
    amount = page.model.data(page.model.index(0, LedgerColumn.AMOUNT))
    assert amount == "-1\u202f234,50\u00a0MAD"
    assert page.model.data(page.model.index(0, LedgerColumn.RECEIPT)) == "✓"
    combo = page.filter_bar.account
    combo.setCurrentIndex(combo.findText("Caisse"))
    assert page.model.data(page.model.index(0, LedgerColumn.BALANCE)) == "-1\u202f234,50\u00a0MAD"
    assert not page.table.isColumnHidden(LedgerColumn.BALANCE)
    asso = page.asso
    with asso.reader() as session:
        tx = session.scalars(select(Transaction)).one()
        assert (tx.receipt_number, tx.payee, tx.date) == (
            "2025-0001",
            "Taxi Rabat",
            date(2025, 3, 8),
        )
        assert sorted(s.amount_minor for s in tx.splits) == [-123450, 123450]
        (receipt,) = session.scalars(select(Attachment)).all()
        assert receipt.mime_type == "image/jpeg"
        reduced = QImage.fromData(receipt.data)
        assert (reduced.width(), reduced.height()) == (MAX_SIDE, MAX_SIDE * 2 // 3)

    window.activateWindow()  # the entry dialog had the focus
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=3000)
    with asso.reader() as session:
        assert session.scalars(select(Transaction)).all() == []
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(page.table, Qt.Key.Key_Z, redo)
    qtbot.waitUntil(lambda: labels(page) == ["Taxi pour l'atelier du 8 mars"], timeout=3000)
    with asso.reader() as session:
        tx = session.scalars(select(Transaction)).one()
        assert tx.receipt_number == "2025-0001" and len(tx.attachments) == 1
    window.close()


@pytest.fixture
def page(qtbot: QtBot, asso_path: Path, french: None) -> TreasuryPage:
    asso = open_file(asso_path)
    page = TreasuryPage(asso, today=date(2025, 6, 1))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    yield page  # type: ignore[misc]
    asso.close()


def test_split_shows_the_remainder_as_you_type(qtbot: QtBot, page: TreasuryPage) -> None:
    dialog = page.entry_dialog(EntryKind.EXPENSE)
    dialog.show()
    form = dialog.form
    qtbot.keyClicks(form.amount, "1 000")
    form.split.setChecked(True)
    editor = form.parts
    assert editor.table.rowCount() == 1
    assert editor.remainder_label.text() == "Entièrement réparti"
    first = editor.table.cellWidget(0, 0)
    first.clear()
    qtbot.keyClicks(first, "600")
    assert editor.remainder_label.text() == "Reste à répartir : 400,00\u00a0MAD"
    editor.add_line()
    assert editor.remainder_label.text() == "Entièrement réparti"
    second = editor.table.cellWidget(1, 0)
    second.clear()
    qtbot.keyClicks(second, "500")
    assert editor.remainder_label.text() == "Réparti en trop de 100,00\u00a0MAD"
    for row, name in ((0, "Transport"), (1, "Téléphone et internet")):
        combo = editor.table.cellWidget(row, 1)
        combo.setCurrentIndex(combo.findText(name))
    qtbot.keyClicks(form.label, "Frais de l'atelier")
    assert not dialog.save()
    assert "100" in form.errors.text("parts")
    second.clear()
    qtbot.keyClicks(second, "400")
    assert dialog.save()
    with page.asso.reader() as session:
        amounts = session.scalars(select(Split.amount_minor).order_by(Split.id)).all()
    assert amounts == [60000, 40000, -100000]


def test_errors_appear_next_to_the_field_and_nothing_is_lost(
    qtbot: QtBot, page: TreasuryPage
) -> None:
    dialog = page.entry_dialog(EntryKind.EXPENSE)
    dialog.show()
    form = dialog.form
    qtbot.keyClicks(form.amount, "12,3,4")
    assert not dialog.save()
    assert "n'est pas un montant" in form.errors.text("amount")
    assert form.amount.text() == "12,3,4"
    form.amount.clear()
    qtbot.keyClicks(form.amount, "50")
    form.category.setCurrentIndex(form.category.findText("Transport"))
    assert not dialog.save()
    assert form.errors.text("label") == "Ce champ est obligatoire."
    qtbot.keyClicks(form.label, "Taxi")
    form.receipt_number.setText("X-1")
    assert dialog.save()
    dialog = page.entry_dialog(EntryKind.EXPENSE)
    form = dialog.form
    qtbot.keyClicks(form.amount, "50")
    form.category.setCurrentIndex(form.category.findText("Transport"))
    qtbot.keyClicks(form.label, "Taxi")
    form.receipt_number.setText("X-1")
    assert not dialog.save()
    assert "X-1" in form.errors.text("receipt_number")


def test_drop_a_receipt_file_and_edit_then_undo(
    qtbot: QtBot, page: TreasuryPage, tmp_path: Path
) -> None:
    dialog = page.entry_dialog(EntryKind.INCOME)
    dialog.show()
    form = dialog.form
    pdf = tmp_path / "recu.pdf"
    pdf.write_bytes(b"%PDF-1.4 fake receipt")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(pdf))])
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(form.attachments, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(form.attachments, drop)
    assert form.attachments.count() == 1
    qtbot.keyClicks(form.amount, "200")
    form.category.setCurrentIndex(form.category.findText("Cotisations des membres"))
    qtbot.keyClicks(form.label, "Cotisation de Fatou")
    assert dialog.save()
    assert labels(page) == ["Cotisation de Fatou"]
    edit = page.rows.edit_dialog(0)
    assert edit is not None
    assert edit.form.amount.text() == "200,00"
    assert edit.form.attachments.count() == 1
    edit.form.amount.setText("250")
    assert edit.save()
    assert page.model.data(page.model.index(0, LedgerColumn.AMOUNT)) == "+250,00\u00a0MAD"
    from desk.ui.undo import edits_for

    edits_for(page.asso).stack.undo()
    assert page.model.data(page.model.index(0, LedgerColumn.AMOUNT)) == "+200,00\u00a0MAD"
    with page.asso.reader() as session:
        (receipt,) = session.scalars(select(Attachment)).all()
        assert receipt.data == b"%PDF-1.4 fake receipt"


def test_read_only_file_disables_every_write(qtbot: QtBot, asso_path: Path, french: None) -> None:
    with open_file(asso_path, read_only=True) as asso:
        page = TreasuryPage(asso)
        qtbot.addWidget(page)
        assert not any(b.isEnabled() for b in page.kind_buttons.values())
        menu = page.more.menu()
        enabled = {a.objectName(): a.isEnabled() for a in menu.actions()}
        assert enabled == {
            "CashCountDialog": False,
            "ReconciliationDialog": False,
            "BankImportWizard": False,
            "YearClosingDialog": False,
            "ReceiptsExportDialog": True,  # exporting reads only
            "AuditLogDialog": True,
        }
