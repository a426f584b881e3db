"""Treasury entry in plain words: the service API of the entry forms, undo and imports.

`create_entry` / `update_entry` / `delete_entry` / `restore_entry` write balanced double
entries from an `EntryInput`; every write checks the financial year is open, refuses a
reconciled transaction unless `unreconcile=True`, and is audited with before/after.
"""

from __future__ import annotations

from desk.domain.entry import EntryKind, Part
from desk.services.entry.guard import (
    check_year_open,
    is_reconciled,
    is_transaction_reconciled,
    writable_transaction,
)
from desk.services.entry.lookup import (
    Category,
    Choice,
    EntryChoices,
    LoadedEntry,
    entry_choices,
    load_entry,
    payee_suggestions,
    suggest_receipt_number,
)
from desk.services.entry.model import EntryInput, EntryResult, NewAttachment, TransactionSnapshot
from desk.services.entry.reassign import Assignment, reassign, restore_assignments
from desk.services.entry.write import (
    create_entry,
    delete_entry,
    restore_entry,
    to_transaction_input,
    update_entry,
)

__all__ = [
    "Assignment",
    "Category",
    "Choice",
    "EntryChoices",
    "EntryInput",
    "EntryKind",
    "EntryResult",
    "LoadedEntry",
    "NewAttachment",
    "Part",
    "TransactionSnapshot",
    "check_year_open",
    "create_entry",
    "delete_entry",
    "entry_choices",
    "is_reconciled",
    "is_transaction_reconciled",
    "load_entry",
    "payee_suggestions",
    "reassign",
    "restore_assignments",
    "restore_entry",
    "suggest_receipt_number",
    "to_transaction_input",
    "update_entry",
    "writable_transaction",
]
