"""What the entry forms send and what the entry services give back (plain frozen data)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desk.domain.entry import EntryKind, Part


@dataclass(frozen=True, slots=True)
class NewAttachment:
    """A receipt file to store: its bytes as they should be kept (images already reduced)."""

    name: str
    mime_type: str
    data: bytes


@dataclass(frozen=True, slots=True)
class EntryInput:
    """A transaction described in plain words (see desk.domain.entry for the legs).

    `treasury_account_id` is the caisse/bank paid from or received into (the source of a
    transfer); `to_treasury_account_id` the destination of a transfer. Without `parts`, the
    whole amount goes to `category_code` with the project/budget line/activity given here.
    """

    kind: EntryKind
    date: date
    amount_minor: int
    label: str
    treasury_account_id: int | None = None
    category_code: str = ""
    payee: str = ""
    receipt_number: str = ""  # empty: the next number of the year
    project_id: int | None = None
    budget_line_id: int | None = None
    activity_id: int | None = None
    parts: tuple[Part, ...] = ()
    notes: str = ""
    member_id: int | None = None
    to_treasury_account_id: int | None = None
    returned_minor: int = 0
    receipt_not_required: bool = False
    attachments: tuple[NewAttachment, ...] = ()
    remove_attachment_ids: tuple[int, ...] = ()

    def effective_parts(self) -> tuple[Part, ...]:
        if self.parts:
            return self.parts
        if not self.category_code and self.kind is not EntryKind.MEMBER_ADVANCE:
            return ()
        if self.amount_minor <= 0:
            return ()
        return (
            Part(
                self.amount_minor,
                self.category_code,
                self.project_id,
                self.budget_line_id,
                self.activity_id,
            ),
        )


@dataclass(frozen=True, slots=True)
class EntryResult:
    id: int
    receipt_number: str | None
    attachment_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class TransactionSnapshot:
    """A transaction exactly as stored (row, splits and attachments with their bytes), enough
    to put it back with the same ids: what undo needs after a delete or an edit."""

    id: int
    row: dict[str, Any]
    splits: tuple[dict[str, Any], ...]
    attachments: tuple[dict[str, Any], ...] = field(default=())

    @property
    def date(self) -> date:
        value = self.row["date"]
        assert isinstance(value, date)
        return value
