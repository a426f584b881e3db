"""The budget builder driven as a user would: a signed budget is frozen, a new version is made,
a line is typed in place (quantity, unit cost) and the totals and co-funding follow; the EU
layout's cap is checked live; bad input is refused in French; every edit can be undone."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLineEdit

from desk.store import AssoFile, open_file
from desk.ui.pages.budget_tree import BudgetColumn
from desk.ui.undo import edits_for
from tests.ui.pages_data import find, make

DISPLAY = Qt.ItemDataRole.DisplayRole
NB = "\u202f"  # narrow no-break space between thousands
EUR = "\u00a0EUR"


@pytest.fixture
def asso(demo_copy: Path) -> Iterator[AssoFile]:
    handle = open_file(demo_copy, auto_backup=False)
    yield handle
    handle.close()


@pytest.fixture
def page(qtbot: Any, asso: AssoFile, french: None) -> Any:
    from desk.ui.pages.budgets import BudgetsPage

    page = make(qtbot, BudgetsPage, asso)
    page.resize(1400, 900)
    page.show()
    page.projects_table.selectRow([p.code for p in page.projects.rows].index("JDF-2025"))
    assert page.editor.budget is not None and page.editor.budget.version == 1
    return page


def type_into(qtbot: Any, view: Any, index: QModelIndex, text: str) -> None:
    """Open the cell's editor as a double click would, type `text`, press Enter."""
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.focusWidget()
    assert isinstance(editor, QLineEdit), editor
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(20)  # the delegate commits in a queued call


def cell(model: Any, code: str, column: int) -> str:
    index = find(model, BudgetColumn.CODE, code)
    assert index.isValid(), code
    return str(index.siblingAtColumn(column).data(DISPLAY))


def new_version(qtbot: Any, page: Any) -> Any:
    editor = page.editor
    assert not editor.budget.editable
    assert editor.notice.isVisibleTo(page)
    assert "signée" in editor.notice.text()
    editor.toolbar.new_version.trigger()
    qtbot.waitUntil(lambda: editor.budget.version == 2)
    qtbot.wait(20)  # the reload queued after the command
    assert editor.budget.editable and not editor.notice.isVisibleTo(page)
    return editor


def test_typing_a_new_line_updates_totals_and_cofunding(
    qtbot: Any, page: Any, qtmodeltester: Any
) -> None:
    editor = new_version(qtbot, page)
    model, view = editor.model, editor.view
    funders = [f.short for f in editor.budget.funders]
    feme = len(BudgetColumn) + funders.index("FEME")
    ahss = len(BudgetColumn) + funders.index("AHSS")
    view.setCurrentIndex(find(model, BudgetColumn.CODE, "3.2"))
    editor.toolbar.add.trigger()
    qtbot.waitUntil(lambda: find(model, BudgetColumn.CODE, "3.3").isValid())
    line = find(model, BudgetColumn.CODE, "3.3")
    type_into(qtbot, view, line.siblingAtColumn(BudgetColumn.LABEL), "Chaises pliantes")
    qtbot.waitUntil(lambda: cell(model, "3.3", BudgetColumn.LABEL) == "Chaises pliantes")
    type_into(
        qtbot,
        view,
        find(model, BudgetColumn.CODE, "3.3").siblingAtColumn(BudgetColumn.QUANTITY),
        "12",
    )
    qtbot.waitUntil(lambda: cell(model, "3.3", BudgetColumn.QUANTITY) == "12")
    type_into(
        qtbot,
        view,
        find(model, BudgetColumn.CODE, "3.3").siblingAtColumn(BudgetColumn.UNIT_COST),
        "35,50",
    )
    qtbot.waitUntil(lambda: cell(model, "3.3", BudgetColumn.TOTAL) == f"426,00{EUR}")
    # the heading, the co-funding (85 % / 15 % like the line above) and the totals follow
    assert cell(model, "3", BudgetColumn.TOTAL) == f"1{NB}471,00{EUR}"
    assert cell(model, "3.3", feme) == f"362,10{EUR}"
    assert cell(model, "3.3", ahss) == f"63,90{EUR}"
    # 10 156,00 of direct costs + 710,92 of indirect costs (7 %, EU line 8)
    assert f"Total : 10{NB}866,92{EUR}" in editor.totals.text()
    assert f"FEME : 9{NB}196,08{EUR} (84{NB}%)" in editor.totals.text()
    qtmodeltester.check(model)
    # undo three edits and the line itself, one by one, through the file's history
    stack = edits_for(page.asso).stack
    for _ in range(4):
        stack.undo()
    editor.reload()
    assert not find(model, BudgetColumn.CODE, "3.3").isValid()
    assert cell(model, "3", BudgetColumn.TOTAL) == f"1{NB}045,00{EUR}"
    stack.redo()
    editor.reload()
    assert cell(model, "3.3", BudgetColumn.LABEL) == "Nouvelle ligne"


def test_indirect_costs_above_the_cap_are_flagged_in_the_page(qtbot: Any, page: Any) -> None:
    editor = new_version(qtbot, page)
    model, view = editor.model, editor.view
    editor.toolbar.eu_layout.trigger()  # the demo's budget is complete already: adds nothing
    qtbot.wait(20)  # the reload queued after the command
    assert find(model, BudgetColumn.CODE, "13").isValid()
    assert cell(model, "7", BudgetColumn.TOTAL) == f"9{NB}730,00{EUR}"
    assert cell(model, "8", BudgetColumn.TOTAL) == f"681,10{EUR}"  # 7 % of 9 730,00
    assert cell(model, "8", BudgetColumn.QUANTITY) == f"7{NB}%"
    eight = find(model, BudgetColumn.CODE, "8")
    assert eight.data(Qt.ItemDataRole.DecorationRole) is None
    type_into(qtbot, view, eight.siblingAtColumn(BudgetColumn.QUANTITY), "8")
    qtbot.waitUntil(lambda: cell(model, "8", BudgetColumn.TOTAL) == f"778,40{EUR}")
    eight = find(model, BudgetColumn.CODE, "8")
    assert eight.data(Qt.ItemDataRole.DecorationRole) is not None  # the warning icon
    tip = eight.data(Qt.ItemDataRole.ToolTipRole)
    assert "représente 8\u202f% des coûts directs : le bailleur accepte au plus 7\u202f%" in tip
    panel = editor.check_texts()
    assert tip in panel
    # clicking the check selects the line at fault
    editor.checks.clicked.emit(editor.checks_model.index(panel.index(tip), 0))
    assert model.row(view.currentIndex()).code == "8"


def test_bad_input_is_refused_in_french(qtbot: Any, page: Any) -> None:
    editor = new_version(qtbot, page)
    model, view = editor.model, editor.view
    one = find(model, BudgetColumn.CODE, "1.1.1")
    type_into(qtbot, view, one.siblingAtColumn(BudgetColumn.QUANTITY), "-3")
    assert editor.error.text() == "La quantité ne peut pas être négative (-3)."
    assert cell(model, "1.1.1", BudgetColumn.QUANTITY) == "11"  # nothing changed
    funders = [f.short for f in editor.budget.funders]
    feme = len(BudgetColumn) + funders.index("FEME")
    type_into(qtbot, view, find(model, BudgetColumn.CODE, "1.1.1").siblingAtColumn(feme), "120 %")
    assert editor.error.text() == (
        "Un pourcentage doit être compris entre 0 et 100 % (120 % saisi)."
    )
    type_into(
        qtbot,
        view,
        find(model, BudgetColumn.CODE, "1.1.1").siblingAtColumn(BudgetColumn.UNIT_COST),
        "douze",
    )
    assert "n'est pas un montant" in editor.error.text()
    # a co-funding share that leaves a gap is flagged next to the line
    type_into(qtbot, view, find(model, BudgetColumn.CODE, "1.1.1").siblingAtColumn(feme), "80 %")
    qtbot.waitUntil(
        lambda: (
            find(model, BudgetColumn.CODE, "1.1.1").data(Qt.ItemDataRole.DecorationRole) is not None
        )
    )
    tip = find(model, BudgetColumn.CODE, "1.1.1").data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Le cofinancement de la ligne 1.1.1 fait")


def test_signed_budget_cells_are_read_only(page: Any) -> None:
    from PySide6.QtCore import Qt as _Qt

    editor = page.editor
    index = find(editor.model, BudgetColumn.CODE, "1.1.1").siblingAtColumn(BudgetColumn.QUANTITY)
    assert not editor.model.flags(index) & _Qt.ItemFlag.ItemIsEditable
    assert not editor.toolbar.add.isEnabled()
