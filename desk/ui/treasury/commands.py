"""Undoable treasury edits: each calls the entry services and keeps what undo needs (the
picture of the transaction before the change)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from desk.services.entry import (
    Assignment,
    EntryInput,
    TransactionSnapshot,
    create_entry,
    delete_entry,
    reassign,
    restore_assignments,
    restore_entry,
    update_entry,
)
from desk.store import AssoFile
from desk.ui.undo import ServiceCommand


class CreateEntry(ServiceCommand):
    area = "ledger"

    def __init__(self, asso: AssoFile, entry: EntryInput) -> None:
        super().__init__(
            QCoreApplication.translate("Treasury", "Record “%1”").replace("%1", entry.label.strip())
        )
        self.asso, self.entry = asso, entry
        self.transaction_id: int | None = None
        self.receipt_number: str | None = None
        self._deleted: TransactionSnapshot | None = None

    def apply(self) -> None:
        if self._deleted is not None:  # redo: the same transaction, same ids and number
            restore_entry(self.asso, self._deleted)
            return
        done = create_entry(self.asso, self.entry)
        self.transaction_id, self.receipt_number = done.id, done.receipt_number

    def revert(self) -> None:
        assert self.transaction_id is not None
        self._deleted = delete_entry(self.asso, self.transaction_id)


class UpdateEntry(ServiceCommand):
    area = "ledger"

    def __init__(
        self, asso: AssoFile, transaction_id: int, entry: EntryInput, unreconcile: bool = False
    ) -> None:
        super().__init__(
            QCoreApplication.translate("Treasury", "Change “%1”").replace("%1", entry.label.strip())
        )
        self.asso, self.transaction_id, self.entry = asso, transaction_id, entry
        self.unreconcile = unreconcile
        self._before: TransactionSnapshot | None = None
        self._after: TransactionSnapshot | None = None

    def apply(self) -> None:
        if self._after is not None:
            restore_entry(self.asso, self._after)
            return
        self._before = update_entry(
            self.asso, self.transaction_id, self.entry, unreconcile=self.unreconcile
        )

    def revert(self) -> None:
        assert self._before is not None
        self._after = restore_entry(self.asso, self._before)


class DeleteEntry(ServiceCommand):
    area = "ledger"

    def __init__(
        self, asso: AssoFile, transaction_id: int, label: str, unreconcile: bool = False
    ) -> None:
        super().__init__(QCoreApplication.translate("Treasury", "Delete “%1”").replace("%1", label))
        self.asso, self.transaction_id, self.unreconcile = asso, transaction_id, unreconcile
        self._deleted: TransactionSnapshot | None = None

    def apply(self) -> None:
        self._deleted = delete_entry(self.asso, self.transaction_id, unreconcile=self.unreconcile)

    def revert(self) -> None:
        assert self._deleted is not None
        restore_entry(self.asso, self._deleted)


class ReassignEntries(ServiceCommand):
    area = "ledger"

    def __init__(
        self,
        asso: AssoFile,
        transaction_ids: Sequence[int],
        project_id: int | None,
        budget_line_id: int | None,
    ) -> None:
        count = len(transaction_ids)
        super().__init__(
            QCoreApplication.translate("Treasury", "Re-assign %n transaction(s)", "", count)
        )
        self.asso, self.ids = asso, tuple(transaction_ids)
        self.project_id, self.budget_line_id = project_id, budget_line_id
        self._previous: tuple[Assignment, ...] = ()

    def apply(self) -> None:
        self._previous = reassign(self.asso, self.ids, self.project_id, self.budget_line_id)

    def revert(self) -> None:
        restore_assignments(self.asso, self._previous)
