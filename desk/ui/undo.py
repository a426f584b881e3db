"""Undo/redo and change notification for one open file, shared by every page.

Contract
--------
``edits_for(asso) -> FileEdits`` gives the one ``FileEdits`` of an open file (created on first
use). It holds:

- ``stack``: the file's ``QUndoStack``; the main window's Edit menu undoes and redoes it, so
  every page's edits share one history, like in any office program;
- ``changed = Signal(str)``: emitted with an area name (``"ledger"``, ``"budget"``,
  ``"logframe"``, ``"calendar"``, ``"organisation"``…) after anything was written; the
  workspace reloads the visible page and marks the others stale.

``ServiceCommand`` is the base of every undoable edit. A subclass implements ``apply()`` and
``revert()`` by calling services (never a Session). ``FileEdits.run(command)`` applies it at once
and pushes it only if that worked: a ``DomainError`` (a closed year, a wrong amount) reaches the
caller, which shows it next to the field at fault, and the history stays clean. Later undo/redo
failures (someone else changed the data meanwhile) are reported through ``failed``.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desk.domain.errors import DomainError

if TYPE_CHECKING:
    from desk.store import AssoFile

__all__ = ["FileEdits", "ServiceCommand", "edits_for", "forget"]


class ServiceCommand(QUndoCommand):
    """An undoable edit that calls services. `area` names what it changes (see module doc)."""

    area = "*"

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.edits: FileEdits | None = None
        self._first = True

    def apply(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def revert(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def redo(self) -> None:
        if self._first:  # already applied by FileEdits.run
            self._first = False
            return
        self._guarded(self.apply)

    def undo(self) -> None:
        self._guarded(self.revert)

    def _guarded(self, step: object) -> None:
        assert callable(step)
        try:
            step()
        except DomainError as error:
            if self.edits is not None:
                self.edits.failed.emit(error)
            self.setObsolete(True)  # cannot be replayed any more
            return
        if self.edits is not None:
            self.edits.changed.emit(self.area)


class FileEdits(QObject):
    """The undo history and change signal of one open file."""

    changed = Signal(str)
    failed = Signal(object)  # a DomainError raised while undoing or redoing

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(200)

    def run(self, command: ServiceCommand) -> None:
        """Apply `command` now (a DomainError propagates, nothing is pushed), then push it."""
        command.edits = self
        command.apply()
        self.stack.push(command)
        self.changed.emit(command.area)

    def notify(self, area: str = "*") -> None:
        """Say that the file changed outside the undo history (an import, a year closing)."""
        self.changed.emit(area)


_EDITS: dict[int, tuple[weakref.ref[AssoFile], FileEdits]] = {}


def edits_for(asso: AssoFile) -> FileEdits:
    """The FileEdits of `asso`, created on first use."""
    entry = _EDITS.get(id(asso))
    if entry is not None and entry[0]() is asso:
        return entry[1]
    edits = FileEdits()
    _EDITS[id(asso)] = (weakref.ref(asso), edits)
    return edits


def forget(asso: AssoFile) -> None:
    """Drop the history of a file being closed (its commands refer to its records)."""
    entry = _EDITS.pop(id(asso), None)
    if entry is not None:
        entry[1].stack.clear()
        entry[1].deleteLater()
