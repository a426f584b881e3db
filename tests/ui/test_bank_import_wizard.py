"""The bank import wizard driven as a treasurer does: file and account, columns (with a
correction), review with a category changed, import, then Ctrl+Z."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.models import Account, Split, Transaction
from desk.services.bank_import.mapping import saved_mappings
from desk.store import AssoFile, open_file
from desk.ui.bank_import.models import ReviewModel
from desk.ui.bank_import.wizard import DONE_PAGE, MAPPING_PAGE, REVIEW_PAGE, BankImportWizard
from desk.ui.undo import edits_for, forget
from tests.services.bank_import_fixtures import (
    GOOD_ROWS,
    GOOD_TOTAL_MINOR,
    transaction_count,
    write_statement,
)


@pytest.fixture
def asso(asso_path: Path) -> Iterator[AssoFile]:
    opened = open_file(asso_path, auto_backup=False)
    try:
        yield opened
    finally:
        forget(opened)
        opened.close()


def start(qtbot: QtBot, asso: AssoFile, statement: Path) -> BankImportWizard:
    wizard = BankImportWizard(asso)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(statement))
    assert wizard.file_page.account_combo.currentText() == "Banque"
    wizard.file_page.bank_edit.setText("Banque Populaire")
    wizard.next()
    assert wizard.currentId() == MAPPING_PAGE
    return wizard


def test_import_end_to_end_then_undo(
    qtbot: QtBot, asso: AssoFile, tmp_path: Path, french: None
) -> None:
    changed: list[str] = []
    edits_for(asso).changed.connect(changed.append)
    wizard = start(qtbot, asso, write_statement(tmp_path))
    page = wizard.mapping_page
    assert page.isComplete()
    assert page.model.rowCount() == 4
    assert page.model.index(1, 2).data() == "Régie publicitaire Casa"
    assert page.model.index(1, 3).data() == "-1\u202f234,50\u00a0MAD"
    wizard.next()
    assert wizard.currentId() == REVIEW_PAGE
    review = wizard.review_page
    assert "4 opération(s)" in review.counts.text()
    # The treasurer files the "Régie" row under communication instead of the default.
    index = review.model.index(1, ReviewModel.CATEGORY)
    review.table.edit(index)
    editor = review.table.findChild(QComboBox, "categoryEditor")
    assert editor is not None
    editor.setCurrentIndex(editor.findData("6144"))
    review.table.commitData(editor)
    assert review.model.chosen()[6] == "6144"
    assert index.data() == "Communication et visibilité"
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentId() == DONE_PAGE, timeout=5000)
    assert "4 opération(s)" in wizard.done_page.message.text()
    assert transaction_count(asso) == 4 and "ledger" in changed
    with asso.reader() as session:
        communication = session.scalar(
            select(Transaction.label).join(Split).join(Account).where(Account.code == "6144")
        )
        assert communication == "Régie publicitaire Casa"
        assert set(saved_mappings(session.connection())) == {"Banque Populaire"}
        total = session.scalar(
            select(Split.amount_minor).join(Account).where(Account.code == "5141").limit(1)
        )
        assert total is not None
    edits = edits_for(asso)
    assert edits.stack.count() == 1
    edits.stack.undo()
    assert transaction_count(asso) == 0
    edits.stack.redo()
    assert transaction_count(asso) == 4
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert not wizard.isVisible()


def test_errors_in_red_block_the_import(
    qtbot: QtBot, asso: AssoFile, tmp_path: Path, french: None
) -> None:
    rows = (*GOOD_ROWS[:2], ("3O/03/2025", "Date mal tapée", "10,00", ""))
    wizard = start(qtbot, asso, write_statement(tmp_path, rows=rows))
    page = wizard.mapping_page
    assert not page.isComplete()
    assert "1 erreur" in page.summary.text() or "1 erreurs" in page.summary.text()
    row = next(r for r in range(page.model.rowCount()) if page.model.index(r, 0).data() == "7")
    assert "3O/03/2025" in page.model.index(row, 2).data()
    assert page.model.index(row, 2).data(Qt.ItemDataRole.ForegroundRole).name() == "#b42318"
    assert transaction_count(asso) == 0


def test_duplicates_are_greyed_and_a_wrong_column_is_corrected(
    qtbot: QtBot, asso: AssoFile, tmp_path: Path
) -> None:
    statement = write_statement(tmp_path)
    wizard = start(qtbot, asso, statement)
    wizard.next()
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentId() == DONE_PAGE, timeout=5000)
    again = start(qtbot, asso, statement)
    page = again.mapping_page
    assert "Banque Populaire" in page.source_label.text()
    assert [page.model.index(r, 4).data() for r in range(4)] == ["Already in the books"] * 4
    assert not page.isComplete()  # nothing new to import
    assert "Nothing to import" in page.summary.text()
    # Debit and credit swapped by mistake: amounts change sign, rows become new again.
    page.combos["debit"].setCurrentIndex(page.combos["debit"].findData(3))
    page.combos["credit"].setCurrentIndex(page.combos["credit"].findData(2))
    page.refresh()
    assert page.plan is not None and page.plan.total_minor == -GOOD_TOTAL_MINOR
    assert transaction_count(asso) == 4


def test_models_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester: object, asso: AssoFile, tmp_path: Path
) -> None:
    rows = (*GOOD_ROWS, ("3O/03/2025", "Date mal tapée", "10,00", ""))
    wizard = start(qtbot, asso, write_statement(tmp_path, rows=rows))
    page = wizard.mapping_page
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    # The header line moved by hand: the column names follow, the choices stay.
    page.header_spin.setValue(1)
    assert page.combos["date"].currentText() == "A – Banque Populaire"
    page.header_spin.setValue(4)
    assert page.combos["debit"].currentText() == "C – Débit"
    assert page.plan is not None and [e.line for e in page.plan.errors] == [9]
    review = ReviewModel()
    plan = wizard.replan(page.current_mapping())
    review.set_plan(plan)
    qtmodeltester.check(review)  # type: ignore[attr-defined]
    assert review.rowCount() == 4
