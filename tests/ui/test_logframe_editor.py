"""Acceptance of the logframe editor: a small logframe built by typing and dragging; moving a
result renumbers its activities and its indicators follow; undo puts everything back."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from sqlalchemy import select

from desk.models import Indicator, LogframeNode, Project
from desk.store import AssoFile, open_file
from desk.ui.undo import edits_for, forget
from tests.ui.conftest import DialogAnswers, click_button

DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def asso(asso_path: Path) -> Iterator[AssoFile]:
    opened = open_file(asso_path, auto_backup=False)
    with opened.unit_of_work() as session:
        session.add(
            Project(
                code="JDF",
                title="Journée des droits",
                start_date=date(2025, 1, 1),
                end_date=date(2025, 12, 31),
            )
        )
    try:
        yield opened
    finally:
        forget(opened)
        opened.close()


def codes(asso: AssoFile) -> dict[str, str]:
    """Statement -> code of every node and indicator of the file."""
    with asso.reader() as s:
        nodes = dict(s.execute(select(LogframeNode.statement, LogframeNode.code)).all())
        nodes.update(s.execute(select(Indicator.statement, Indicator.code)).all())
    return nodes


def make_page(qtbot: Any, asso: AssoFile) -> Any:
    from desk.ui.pages.logframe import LogframePage

    page = LogframePage(asso, today=date(2025, 6, 30))
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def type_in_editor(qtbot: Any, view: Any, text: str) -> None:
    """Type into the cell editor that was just opened in `view`, then press Enter."""
    editors = [w for w in view.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1, editors
    editor = editors[0]
    for char in text:  # key events carrying the text (QTest's keyClicks is ASCII only)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(editor, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
    assert editor.text() == text
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def add_below(qtbot: Any, page: Any, asso: AssoFile, under: str, text: str) -> None:
    assert page.tree.select("node", node_id(asso, under))
    qtbot.mouseClick(page.tree.add_child, Qt.MouseButton.LeftButton)
    type_in_editor(qtbot, page.tree.view, text)
    qtbot.waitUntil(lambda: text in codes(asso))


def node_id(asso: AssoFile, statement: str) -> int:
    with asso.reader() as s:
        found = s.scalar(select(LogframeNode.id).where(LogframeNode.statement == statement))
    assert found is not None, statement
    return found


def test_build_by_typing_and_dragging_then_undo(
    qtbot: Any, asso: AssoFile, dialogs: DialogAnswers
) -> None:
    page = make_page(qtbot, asso)
    assert page.stack.is_empty
    page.new_template.setCurrentIndex(page.new_template.findData("UE 2004"))
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert not page.stack.is_empty

    # Type the overall objective in the tree (F2 on the selected row), then the levels below.
    tree = page.tree.view
    tree.setFocus()
    statement_cell = tree.currentIndex().siblingAtColumn(1)
    tree.setCurrentIndex(statement_cell)
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    type_in_editor(qtbot, tree, "Droits des femmes")
    qtbot.waitUntil(lambda: codes(asso).get("Droits des femmes") == "OG")
    add_below(qtbot, page, asso, "Droits des femmes", "Femmes informées")
    add_below(qtbot, page, asso, "Femmes informées", "Ateliers tenus")
    add_below(qtbot, page, asso, "Femmes informées", "Journée célébrée")
    add_below(qtbot, page, asso, "Ateliers tenus", "Animer les ateliers")
    add_below(qtbot, page, asso, "Ateliers tenus", "Mobiliser")
    add_below(qtbot, page, asso, "Journée célébrée", "Préparer la journée")

    # An indicator on the second result, written in the indicator editor.
    def write_indicator(dialog: QWidget) -> None:
        dialog.statement.setPlainText("Participants à la journée")  # type: ignore[attr-defined]
        dialog.baseline.setText("0")  # type: ignore[attr-defined]
        dialog.target.setText("150")  # type: ignore[attr-defined]
        click_button("OK")(dialog)

    assert page.tree.select("node", node_id(asso, "Journée célébrée"))
    dialogs.answer(write_indicator)
    qtbot.mouseClick(page.tree.add_indicator, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Participants à la journée" in codes(asso))
    before = {
        "Femmes informées": "OS1",
        "Ateliers tenus": "R1.1",
        "Animer les ateliers": "A1.1.1",
        "Mobiliser": "A1.1.2",
        "Journée célébrée": "R1.2",
        "Préparer la journée": "A1.2.1",
        "Participants à la journée": "I-R1.2-1",
    }
    assert codes(asso) == {"Droits des femmes": "OG", **before}
    model = page.tree.model
    journee = model.index_of("node", node_id(asso, "Journée célébrée"))
    assert journee.siblingAtColumn(0).data(DISPLAY) == "R1.2"

    # Drag the second result before the first (dropped between the rows of OS1).
    objective = model.index_of("node", node_id(asso, "Femmes informées"))
    mime = model.mimeData([journee])
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, objective)
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, objective)
    after = {
        "Journée célébrée": "R1.1",
        "Préparer la journée": "A1.1.1",
        "Participants à la journée": "I-R1.1-1",
        "Ateliers tenus": "R1.2",
        "Animer les ateliers": "A1.2.1",
        "Mobiliser": "A1.2.2",
    }
    qtbot.waitUntil(lambda: codes(asso)["Journée célébrée"] == "R1.1")
    assert {k: codes(asso)[k] for k in after} == after
    moved = model.index_of("node", node_id(asso, "Journée célébrée"))
    assert moved.data(DISPLAY) == "R1.1"
    assert model.index(0, 0, moved).data(DISPLAY) == "I-R1.1-1"  # the indicator came along
    # The matrix and the tracking table follow.
    assert "I-R1.1-1 Participants à la journée" in [
        page.matrix.model.index(r, 2).data(DISPLAY) for r in range(page.matrix.model.rowCount())
    ]
    assert [r.code for r in page.tracking.model.rows] == ["I-R1.1-1"]

    # Drop an activity onto the other result: it becomes its last activity.
    mime = model.mimeData([model.index_of("node", node_id(asso, "Mobiliser"))])
    model.dropMimeData(
        mime,
        Qt.DropAction.MoveAction,
        -1,
        0,
        model.index_of("node", node_id(asso, "Journée célébrée")),
    )
    qtbot.waitUntil(lambda: codes(asso)["Mobiliser"] == "A1.1.2")

    # Undo both moves: everything is back as typed; redo once.
    stack = edits_for(asso).stack
    stack.undo()
    stack.undo()
    assert {k: codes(asso)[k] for k in before} == before
    assert model.index_of("node", node_id(asso, "Journée célébrée")).data(DISPLAY) == "R1.2"
    stack.redo()
    assert codes(asso)["Participants à la journée"] == "I-R1.1-1"

    # Delete a result after confirming; undo brings it back with its activity.
    assert page.tree.select("node", node_id(asso, "Ateliers tenus"))
    dialogs.answer(click_button("Yes"))
    qtbot.mouseClick(page.tree.delete, Qt.MouseButton.LeftButton)
    assert "Ateliers tenus" not in codes(asso)
    assert any("Ateliers tenus" not in t for t in page.quality.texts())
    stack.undo()
    assert codes(asso)["Animer les ateliers"] == "A1.2.1"


def test_keyboard_moves_and_refused_drop(qtbot: Any, asso: AssoFile) -> None:
    from desk.services.logframe import edit

    lf = edit.create_logframe(asso, 1, "UE 2016")
    root = node_id(asso, "")
    first = edit.add_node(asso, lf, root, "Effet un")
    edit.add_node(asso, lf, root, "Effet deux")
    page = make_page(qtbot, asso)
    page.refresh()
    assert page.caption.text().startswith("Template UE 2016")
    assert page.tree.select("node", first)
    page.tree.view.setFocus()
    qtbot.keyClick(page.tree.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert codes(asso)["Effet un"] == "EF2"
    # A result cannot be dropped under the overall objective (it keeps its level).
    model = page.tree.model
    output = edit.add_node(asso, lf, first, "Produit")
    page.refresh()
    mime = model.mimeData([model.index_of("node", output)])
    assert not model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, model.index(0, 0))
    assert not model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())


def test_read_only_file_edits_nothing(qtbot: Any, asso: AssoFile, asso_path: Path) -> None:
    from desk.services.logframe import edit

    lf = edit.create_logframe(asso, 1, "UE 2004")
    edit.add_node(asso, lf, node_id(asso, ""), "Objectif spécifique")
    asso.close()
    with open_file(asso_path, read_only=True) as reader:
        page = make_page(qtbot, reader)
        page.refresh()
        assert page.tree.select("node", node_id(reader, "Objectif spécifique"))
        assert not page.tree.add_child.isEnabled() and not page.tree.delete.isEnabled()
        index = page.tree.model.index_of("node", node_id(reader, "Objectif spécifique"))
        assert not page.tree.model.flags(index.siblingAtColumn(1)) & Qt.ItemFlag.ItemIsEditable
        assert not page.tree.model.flags(index) & Qt.ItemFlag.ItemIsDragEnabled
        assert not page.import_button.isEnabled()
        assert page.details.fields["statement"].isReadOnly()
        forget(reader)
