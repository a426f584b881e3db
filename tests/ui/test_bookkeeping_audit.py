"""The change log dialog: an edited transaction shows its values before and after (money in
French), per transaction and for the whole file, filtered by text; the Tools menu opens it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desk.domain.enums import TransactionKind
from desk.services.ledger import SplitInput, TransactionInput, record_transaction
from desk.store import AssoFile, open_file
from desk.ui.bookkeeping.audit_view import AuditLogDialog
from desk.ui.main_window import MainWindow
from desk.ui.settings import Settings
from tests.services.test_bookkeeping_audit import edit_label_and_amount
from tests.ui.conftest import DialogAnswers, close_dialog


@pytest.fixture
def asso(asso_path: Path) -> Iterator[AssoFile]:
    asso = open_file(asso_path, auto_backup=False)
    yield asso
    asso.close()


def _record(asso: AssoFile, label: str, amount: int) -> int:
    return record_transaction(
        asso,
        TransactionInput(
            date=date(2025, 3, 8),
            kind=TransactionKind.EXPENSE,
            label=label,
            splits=[SplitInput("6142", amount), SplitInput("5161", -amount)],
        ),
    ).id


def cell(dialog: AuditLogDialog, row: int, column: int) -> str:
    model = dialog.model
    return str(model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole))


def test_edited_transaction_before_and_after(qtbot, asso: AssoFile, french: None) -> None:  # type: ignore[no-untyped-def]
    tx_id = _record(asso, "Transport atelier", 35000)
    _record(asso, "Papeterie", 5000)
    edit_label_and_amount(asso, tx_id, "Transport atelier du 8 mars", 142050)

    dialog = AuditLogDialog(asso, transaction_id=tx_id)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Journal des modifications d'une opération"
    assert dialog.model.rowCount() == 2  # the edit, then the creation: not the other expense
    assert cell(dialog, 0, 2) == "Modification"
    assert cell(dialog, 0, 3) == "Opération"
    assert cell(dialog, 0, 5).startswith(
        "Libellé : Transport atelier → Transport atelier du 8 mars; Lignes : 6142 Transport "
        "350,00\u00a0MAD"
    )
    assert "1\u202f420,50\u00a0MAD" in cell(dialog, 0, 5)
    assert dialog.count_label.text() == "Modifications : 2"
    detail = dialog.detail.toPlainText()  # the first row is selected
    for text in ("Champ", "Avant", "Après", "Transport atelier du 8 mars", "5161 Caisse"):
        assert text in detail
    assert "350,00" in detail and "420,50" in detail

    dialog.whole_file.click()
    assert dialog.model.rowCount() == 4  # the association's creation + 2 creations + 1 edit
    dialog.search.setText("papeterie")
    dialog.reload()
    assert dialog.model.rowCount() == 1 and "Papeterie" in cell(dialog, 0, 4)


def test_tools_menu_opens_the_bookkeeping_dialogs(  # type: ignore[no-untyped-def]
    qtbot, asso: AssoFile, french: None, shell_settings: Settings, dialogs: DialogAnswers
) -> None:
    window = MainWindow(None, pages=[], settings=shell_settings, remember=False)
    qtbot.addWidget(window)
    assert window.action_audit_log.text().replace("&", "") == "Journal des modifications…"
    assert window.action_close_year.text().replace("&", "") == "Clôturer l'exercice…"
    assert not window.action_audit_log.isEnabled()  # no file open
    window.asso = asso  # the slots only need the open file
    for action in (window.action_audit_log, window.action_close_year):
        action.setEnabled(True)
    dialogs.answer(close_dialog)
    window.action_audit_log.trigger()
    dialogs.answer(close_dialog)
    window.action_close_year.trigger()
    assert [name for name, _text in dialogs.seen] == ["AuditLogDialog", "YearClosingDialog"]
    window.asso = None
