"""The bookkeeping dialogs driven as a treasurer does: counting the caisse and booking the
difference in one click (then undoing it), reconciling a statement typed in French, closing and
reopening a year, and a read-only file that offers no write."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from desk.domain.enums import AuditAction, TransactionKind, YearStatus
from desk.models import Account, AuditEntry, CashCount, FinancialYear, Split
from desk.services.ledger import SplitInput, TransactionInput, record_transaction
from desk.store import AssoFile, open_file
from desk.ui.bookkeeping.cash_count import CashCountDialog
from desk.ui.bookkeeping.reconciliation import TICK, ReconciliationDialog
from desk.ui.bookkeeping.year_closing import YearClosingDialog
from desk.ui.undo import edits_for
from tests.ui.conftest import DialogAnswers, click_button

NNBSP = "\u202f"


@pytest.fixture
def asso(asso_path: Path) -> Iterator[AssoFile]:
    asso = open_file(asso_path, auto_backup=False)
    for day, label, legs in (
        (date(2025, 1, 5), "Cotisations", [("5161", 100000), ("7181", -100000)]),
        (date(2025, 2, 10), "Transport", [("6142", 15000), ("5161", -15000)]),
        (date(2025, 1, 20), "Subvention", [("5141", 2000000), ("7132", -2000000)]),
        (date(2025, 1, 28), "Frais bancaires", [("6147", 4550), ("5141", -4550)]),
    ):
        record_transaction(
            asso,
            TransactionInput(
                date=day,
                kind=TransactionKind.INCOME if legs[0][1] > 0 and legs[0][0][0] == "5"
                else TransactionKind.EXPENSE,
                label=label,
                splits=[SplitInput(code, amount) for code, amount in legs],
            ),
        )  # fmt: skip
    yield asso
    asso.close()


def test_cash_count_books_the_shortage_in_one_click_and_undoes(
    qtbot, asso: AssoFile, french: None
) -> None:  # type: ignore[no-untyped-def]
    dialog = CashCountDialog(asso)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Comptage de caisse"
    dialog.date_edit.set_value(date(2025, 3, 31))
    # 4 × 200 + 1 × 50 = 850,00 counted for 850,00 in the books: nothing to book.
    dialog.spins[20000].setValue(4)
    dialog.spins[5000].setValue(1)
    assert dialog.book_label.text() == "850,00\u00a0MAD"
    assert dialog.difference_label.text() == "0,00\u00a0MAD"
    assert not dialog.save_adjust_button.isEnabled()
    # One 0,50 coin short of 2 DH less: 848,00 → manque de 2,00.
    dialog.spins[5000].setValue(0)
    dialog.spins[2000].setValue(2)
    dialog.spins[500].setValue(1)
    dialog.spins[200].setValue(1)
    dialog.spins[100].setValue(1)
    assert dialog.counted_label.text() == "848,00\u00a0MAD"
    assert dialog.difference_label.text() == "-2,00\u00a0MAD"
    assert "Manque de 2,00\u00a0MAD" in dialog.proposal.text()
    assert "Débit 6588" in dialog.proposal.text() and "Crédit 5161" in dialog.proposal.text()
    assert dialog.line_totals[2000].text() == "40,00\u00a0MAD"
    qtbot.keyClicks(dialog.counted_by, "Awa Diallo")
    qtbot.mouseClick(dialog.save_adjust_button, Qt.MouseButton.LeftButton)

    with asso.reader() as session:
        count = session.scalars(select(CashCount)).one()
        legs = dict(
            session.execute(
                select(Account.code, Split.amount_minor)
                .join(Split, Split.account_id == Account.id)
                .where(Split.transaction_id == count.adjustment_transaction_id)
            ).all()
        )
    assert (count.counted_minor, count.book_minor, count.counted_by) == (84800, 85000, "Awa Diallo")
    assert legs == {"6588": 200, "5161": -200}
    assert dialog.history.rowCount() == 1
    assert dialog.history.data(dialog.history.index(0, 3)) == "-2,00\u00a0MAD"
    assert dialog.spins[20000].value() == 0  # ready for the next count

    stack = edits_for(asso).stack
    assert stack.undoText() == "Comptage de caisse du 31/03/2025"
    stack.undo()
    with asso.reader() as session:
        assert session.scalars(select(CashCount)).all() == []
        assert session.scalar(select(Split.id).where(Split.amount_minor == 200)) is None


def test_difference_of_a_saved_count_booked_later(qtbot, asso: AssoFile, french: None) -> None:  # type: ignore[no-untyped-def]
    dialog = CashCountDialog(asso)
    qtbot.addWidget(dialog)
    dialog.date_edit.set_value(date(2025, 3, 31))
    dialog.spins[20000].setValue(5)  # 1 000,00 counted for 850,00: excédent de 150,00
    assert dialog.save(adjust=False)
    assert not dialog.post_button.isEnabled()
    dialog.history_table.selectRow(0)
    assert dialog.post_button.isEnabled()
    assert dialog.post_selected()
    with asso.reader() as session:
        tx_id = session.scalars(select(CashCount.adjustment_transaction_id)).one()
        legs = dict(
            session.execute(
                select(Account.code, Split.amount_minor)
                .join(Split, Split.account_id == Account.id)
                .where(Split.transaction_id == tx_id)
            ).all()
        )
    assert legs == {"5161": 15000, "7588": -15000}
    dialog.history_table.selectRow(0)
    assert not dialog.post_button.isEnabled()  # already booked
    edits_for(asso).stack.undo()
    with asso.reader() as session:
        assert session.scalars(select(CashCount.adjustment_transaction_id)).one() is None


def test_reconciliation_with_a_french_amount(qtbot, asso: AssoFile, french: None) -> None:  # type: ignore[no-untyped-def]
    dialog = ReconciliationDialog(asso)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Rapprochement bancaire"
    assert dialog.start_button.text() == "Commencer"
    dialog.date_edit.set_value(date(2025, 1, 31))
    dialog.balance_edit.setText("19 954,50 DH")  # 20 000,00 − 45,50
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.current is not None
    assert [line.label for line in dialog.current.lines] == ["Subvention", "Frais bancaires"]
    assert dialog.difference_label.text() == f"19{NNBSP}954,50\u00a0MAD"
    assert not dialog.finish_button.isEnabled()

    model = dialog.lines
    model.setData(model.index(0, TICK), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert dialog.difference_label.text() == "-45,50\u00a0MAD"
    assert not dialog.finish_button.isEnabled()
    model.setData(model.index(1, TICK), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert dialog.difference_label.text() == "0,00\u00a0MAD"
    assert dialog.finish_button.isEnabled()
    # Ticking is undoable from the Edit menu.
    edits_for(asso).stack.undo()
    dialog.load()
    assert dialog.difference_label.text() == "-45,50\u00a0MAD"
    assert not dialog.finish_button.isEnabled()
    edits_for(asso).stack.redo()
    dialog.load()
    assert dialog.finish_button.isEnabled()
    qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    assert dialog.current is None
    assert dialog.history.rowCount() == 1
    assert dialog.history.data(dialog.history.index(0, 1)) == f"19{NNBSP}954,50\u00a0MAD"
    assert dialog.undo_last_button.isEnabled()

    # A bad amount is explained next to the form, nothing is started.
    dialog.date_edit.set_value(date(2025, 2, 28))
    dialog.balance_edit.setText("12,3,4")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.current is None
    assert "n'est pas un montant" in dialog.error.text()


def test_close_then_reopen_a_year(
    qtbot, asso: AssoFile, french: None, dialogs: DialogAnswers
) -> None:  # type: ignore[no-untyped-def]
    dialog = YearClosingDialog(asso)
    qtbot.addWidget(dialog)
    dialog.today = date(2026, 1, 10)
    dialog.refresh()
    assert dialog.windowTitle() == "Clôturer l'exercice"
    text = dialog.report.toPlainText()
    assert "Soldes reportés sur 2026" in text and "L'exercice 2026 sera créé." in text
    html = dialog.report.toHtml()
    assert "954,50" in text and "Banque" in text and "850,00" in text
    assert "Caisse" in html
    assert dialog.close_button.isEnabled() and not dialog.reopen_button.isVisible()
    dialogs.answer(click_button("Oui"))
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    with asso.reader() as session:
        assert session.scalars(select(FinancialYear.status).order_by(FinancialYear.id)).all() == [
            YearStatus.CLOSED,
            YearStatus.OPEN,
        ]
    assert dialog.year_combo.currentText() == "2025 (clôturé)"
    assert "Clôturé le" in dialog.report.toPlainText()

    # The cash count of a closed year says why it is refused, in French.
    count = CashCountDialog(asso)
    qtbot.addWidget(count)
    count.date_edit.set_value(date(2025, 12, 31))
    count.spins[100].setValue(1)
    count.save(adjust=False)
    assert count.error.text().startswith("L'exercice 2025 est clôturé")

    assert dialog.reason.isVisibleTo(dialog) and not dialog.reopen_button.isEnabled()
    dialog.reason.setPlainText("Facture de décembre oubliée")  # keyClicks aborts on non-ASCII
    assert dialog.reopen_button.isEnabled()
    qtbot.mouseClick(dialog.reopen_button, Qt.MouseButton.LeftButton)
    with asso.reader() as session:
        year = session.scalars(select(FinancialYear).order_by(FinancialYear.id)).first()
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == AuditAction.REOPEN)
        ).one()
    assert year is not None and year.status is YearStatus.OPEN
    assert entry.reason == "Facture de décembre oubliée"
    assert dialog.year_combo.currentText() == "2025 (ouvert)"


def test_read_only_file_offers_no_write(qtbot, asso_path: Path, french: None) -> None:  # type: ignore[no-untyped-def]
    with open_file(asso_path, read_only=True) as asso:
        widgets: list[QWidget] = []
        count = CashCountDialog(asso)
        reconcile = ReconciliationDialog(asso)
        closing = YearClosingDialog(asso)
        closing.today = date(2026, 1, 10)
        closing.refresh()
        widgets += [count, reconcile, closing]
        for widget in widgets:
            qtbot.addWidget(widget)
        count.spins[100].setValue(3)
        assert not count.save_button.isEnabled() and not count.save_adjust_button.isEnabled()
        assert not reconcile.start_button.isEnabled()
        assert not closing.close_button.isEnabled()
        assert count.save(adjust=False) is False
