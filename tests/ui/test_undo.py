"""The file's shared undo history: commands run through services, failures keep it clean,
the Edit menu names what it would undo, pages are told that the file changed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desk.domain.errors import DomainError, ErrorCode
from desk.store import AssoFile, open_file
from desk.ui.main_window import MainWindow
from desk.ui.settings import Settings
from desk.ui.undo import ServiceCommand, edits_for, forget
from tests.ui.test_shell_window import FakePage, FakeSpec


class Append(ServiceCommand):
    """Stands for a service call: appends to / removes from a list, may refuse."""

    area = "ledger"

    def __init__(self, log: list[str], item: str, refuse: bool = False) -> None:
        super().__init__(f"Dépense {item}")
        self.log, self.item, self.refuse = log, item, refuse

    def apply(self) -> None:
        if self.refuse:
            raise DomainError(ErrorCode.REQUIRED, field="amount")
        self.log.append(self.item)

    def revert(self) -> None:
        self.log.remove(self.item)


class CountingPage(FakePage):
    def __init__(self, key: str, asso: AssoFile, parent: QWidget | None) -> None:
        super().__init__(key, asso, parent)
        self.invalidated = 0
        QVBoxLayout(self)

    def invalidate(self) -> None:
        self.invalidated += 1


class CountingSpec(FakeSpec):
    @property
    def factory(self):  # type: ignore[no-untyped-def]
        def make(asso: AssoFile, parent: QWidget | None) -> QWidget:
            return CountingPage(self.key, asso, parent)

        return make


def test_run_applies_then_undo_redo_call_revert_and_apply(asso_path: Path) -> None:
    asso = open_file(asso_path)
    try:
        edits, log, areas = edits_for(asso), [], []
        assert edits_for(asso) is edits
        edits.changed.connect(areas.append)
        edits.run(Append(log, "a"))
        edits.run(Append(log, "b"))
        assert log == ["a", "b"] and areas == ["ledger", "ledger"]
        edits.stack.undo()
        assert log == ["a"]
        edits.stack.undo()
        edits.stack.redo()
        assert log == ["a"] and edits.stack.undoText() == "Dépense a"
        assert areas == ["ledger"] * 5
    finally:
        forget(asso)
        asso.close()


def test_a_refused_command_raises_and_is_not_in_the_history(asso_path: Path) -> None:
    asso = open_file(asso_path)
    try:
        edits, log = edits_for(asso), []
        with pytest.raises(DomainError) as caught:
            edits.run(Append(log, "x", refuse=True))
        assert caught.value.field == "amount"
        assert log == [] and edits.stack.count() == 0
    finally:
        forget(asso)
        asso.close()


def test_edit_menu_names_the_last_edit_and_pages_are_invalidated(
    qtbot: QtBot, asso_path: Path, shell_settings: Settings
) -> None:
    specs = (CountingSpec("first"), CountingSpec("second"))
    window = MainWindow(open_file(asso_path), settings=shell_settings, pages=specs)
    qtbot.addWidget(window)
    window.show()
    assert window.asso is not None and window.workspace is not None
    assert not window.action_undo.isEnabled() and not window.action_redo.isEnabled()
    log: list[str] = []
    edits_for(window.asso).run(Append(log, "2025-0042"))
    page = window.workspace.pages["first"]
    assert isinstance(page, CountingPage) and page.invalidated == 1
    assert window.action_undo.isEnabled()
    assert window.action_undo.text().endswith("Dépense 2025-0042")
    window.action_undo.trigger()
    assert log == [] and page.invalidated == 2
    assert window.action_redo.isEnabled() and not window.action_undo.isEnabled()
    window.action_redo.trigger()
    assert log == ["2025-0042"]
    window.close_file()
    assert not window.action_undo.isEnabled()
    window.close()
