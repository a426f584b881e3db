"""The entry dialog warns, as the treasurer types, about an expense dated outside the eligible
period of the grant it is tagged to (JDF-2025: 15/01/2025 – 31/12/2025 in the demo); the
warning never blocks saving, and incomes are not warned."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.domain.entry import EntryKind
from desk.models import Split, Transaction
from desk.services.entry import EntryInput, create_entry
from desk.store import AssoFile, open_file
from desk.ui.treasury.entry_dialog import EntryDialog
from desk.ui.treasury.entry_form import EntryForm
from desk.ui.treasury.split_editor import PROJECT

JDF_OUTSIDE = (
    "Cette dépense est hors de la période éligible de JDF-2025 "
    "(15/01/2025\u00a0–\u00a031/12/2025)\u00a0: le bailleur peut la refuser."
)


@pytest.fixture
def demo(demo_copy: Path) -> Iterator[AssoFile]:
    asso = open_file(demo_copy, auto_backup=False)
    try:
        yield asso
    finally:
        asso.close()


def project_id(form: EntryForm, code: str) -> int:
    return next(p.id for p in form.choices.projects if p.name.startswith(code))


def choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0
    combo.setCurrentIndex(index)


def warning(form: EntryForm) -> str:
    """The warning as the treasurer sees it ("" when it is not shown)."""
    return form.period_warning.text() if form.period_warning.isVisible() else ""


def open_dialog(qtbot: QtBot, asso: AssoFile, saved: list[EntryInput]) -> EntryDialog:
    def submit(entry: EntryInput) -> None:
        create_entry(asso, entry)
        saved.append(entry)

    dialog = EntryDialog(asso, submit, today=date(2026, 3, 1))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_expense_outside_the_grant_period_is_warned_live_and_still_saved(
    qtbot: QtBot, demo: AssoFile, french: None
) -> None:
    saved: list[EntryInput] = []
    dialog = open_dialog(qtbot, demo, saved)
    form = dialog.form
    assert dialog.windowTitle() == "Dépense" and warning(form) == ""
    form.amount.setFocus()
    qtbot.keyClicks(form.amount, "1 200,00")
    form.category.setCurrentIndex(1)
    qtbot.keyClicks(form.label, "Impression des affiches")
    qtbot.keyClicks(form.payee, "Imprimerie Al Amal")
    assert warning(form) == ""  # no project yet
    jdf = project_id(form, "JDF-2025")
    choose(form.project, jdf)
    assert warning(form) == JDF_OUTSIDE  # 01/03/2026: after the period
    form.date.setDate(QDate(2025, 3, 1))
    assert warning(form) == ""
    form.date.setDate(QDate(2026, 3, 1))
    assert warning(form) == JDF_OUTSIDE
    choose(form.project, None)  # the project removed: no grant, no warning
    assert warning(form) == ""
    choose(form.project, jdf)
    assert dialog.save() is True  # a warning, not a refusal
    assert [(e.date, e.project_id) for e in saved] == [(date(2026, 3, 1), jdf)]
    with demo.reader() as session:
        tagged = session.execute(
            select(Transaction.date, Split.amount_minor)
            .join(Split, Split.transaction_id == Transaction.id)
            .where(Transaction.label == "Impression des affiches", Split.project_id == jdf)
        ).all()
    assert tagged == [(date(2026, 3, 1), 120_000)]


def test_incomes_are_not_warned_and_splits_name_each_grant_outside(
    qtbot: QtBot, demo: AssoFile, french: None
) -> None:
    dialog = open_dialog(qtbot, demo, [])
    form = dialog.form
    jdf, agr = project_id(form, "JDF-2025"), project_id(form, "AGR-INDH-2026")
    choose(form.project, jdf)
    assert warning(form) == JDF_OUTSIDE
    choose(dialog.kind, EntryKind.INCOME.value)  # a donor's transfer may come early or late
    assert warning(form) == ""
    choose(dialog.kind, EntryKind.EXPENSE.value)
    assert warning(form) == JDF_OUTSIDE
    qtbot.keyClicks(form.amount, "900,00")
    form.split.setChecked(True)  # split: the projects are chosen per line
    assert warning(form) == ""
    choose(table_combo(form, 0), agr)  # AGR runs 01/11/2025 – 31/10/2026: inside
    assert warning(form) == ""
    form.parts.add_line()
    choose(table_combo(form, 1), jdf)
    assert warning(form) == JDF_OUTSIDE
    form.date.setDate(QDate(2026, 12, 1))  # now outside both grants: one sentence each
    lines = warning(form).split("\n")
    assert len(lines) == 2 and lines[1] == JDF_OUTSIDE
    assert lines[0].startswith("Cette dépense est hors de la période éligible de AGR-INDH-2026 ")
    assert "01/11/2025\u00a0–\u00a031/10/2026" in lines[0]
    qtbot.mouseClick(form.split, Qt.MouseButton.LeftButton)  # back to one project: JDF
    assert not form.split.isChecked() and warning(form) == JDF_OUTSIDE


def table_combo(form: EntryForm, row: int) -> QComboBox:
    widget = form.parts.table.cellWidget(row, PROJECT)
    assert isinstance(widget, QComboBox)
    return widget
