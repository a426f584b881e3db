"""Receipts (pièces justificatives): files kept inside the AssoDesk file, attached to a
transaction. Images arrive already reduced by the UI (services do not draw); PDFs are kept
as they are. The receipts of a period or a project can be read one by one for a ZIP.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.domain.enums import AuditAction
from desk.domain.errors import DomainError, ErrorCode
from desk.models import Attachment, Project, Split, Transaction
from desk.services import audit
from desk.services.entry.guard import writable_transaction
from desk.services.entry.model import NewAttachment
from desk.store import AssoFile

MAX_BYTES = 20 * 1024 * 1024
ACCEPTED_PREFIXES = ("image/",)
ACCEPTED_TYPES = ("application/pdf",)


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    id: int
    transaction_id: int
    name: str
    mime_type: str
    size: int


@dataclass(frozen=True, slots=True)
class ReceiptFile:
    """One receipt to export: who it belongs to and its bytes."""

    transaction_id: int
    receipt_number: str
    date: date
    label: str
    name: str
    mime_type: str
    data: bytes


def check_attachment(new: NewAttachment) -> None:
    accepted = new.mime_type in ACCEPTED_TYPES or new.mime_type.startswith(ACCEPTED_PREFIXES)
    if not accepted:
        raise DomainError(ErrorCode.ATTACHMENT_UNSUPPORTED, field="attachments", name=new.name)
    if len(new.data) > MAX_BYTES:
        raise DomainError(
            ErrorCode.ATTACHMENT_TOO_LARGE,
            field="attachments",
            name=new.name,
            limit=MAX_BYTES // (1024 * 1024),
        )


def add_rows(session: Session, tx: Transaction, files: Sequence[NewAttachment]) -> list[int]:
    """Attach `files` to `tx` in the caller's session (checks done here, audit included)."""
    ids = []
    for new in files:
        check_attachment(new)
        row = Attachment(
            transaction_id=tx.id,
            original_name=new.name[:255],
            mime_type=new.mime_type,
            size=len(new.data),
            sha256=hashlib.sha256(new.data).hexdigest(),
            data=new.data,
        )
        session.add(row)
        audit.record(session, AuditAction.CREATE, row)
        ids.append(row.id)
    return ids


def attach(asso: AssoFile, transaction_id: int, files: Sequence[NewAttachment]) -> list[int]:
    """Attach receipt files to a transaction (its year must be open)."""
    with asso.unit_of_work() as session:
        tx = writable_transaction(session, transaction_id, unreconcile=True)
        return add_rows(session, tx, files)


def remove_rows(session: Session, attachment_ids: Sequence[int]) -> None:
    for attachment_id in attachment_ids:
        row = session.get(Attachment, attachment_id)
        if row is None:
            raise DomainError(ErrorCode.NOT_FOUND, field="attachments", id=attachment_id)
        before = audit.snapshot(row)
        session.delete(row)
        audit.record(
            session, AuditAction.DELETE, table="attachment", record_id=attachment_id, before=before
        )


def attachments_of(asso: AssoFile, transaction_id: int) -> tuple[AttachmentInfo, ...]:
    with asso.reader() as session:
        rows = session.execute(
            select(Attachment.id, Attachment.original_name, Attachment.mime_type, Attachment.size)
            .where(Attachment.transaction_id == transaction_id)
            .order_by(Attachment.id)
        ).all()
    return tuple(AttachmentInfo(r.id, transaction_id, r[1], r[2], r[3]) for r in rows)


def attachment_data(asso: AssoFile, attachment_id: int) -> bytes:
    with asso.reader() as session:
        data = session.scalar(select(Attachment.data).where(Attachment.id == attachment_id))
    if data is None:
        raise DomainError(ErrorCode.NOT_FOUND, id=attachment_id)
    return data


def iter_receipts(
    asso: AssoFile,
    *,
    start: date | None = None,
    end: date | None = None,
    project_code: str | None = None,
) -> Iterator[ReceiptFile]:
    """The receipts of the transactions dated in [start, end] (and touching the project),
    oldest first, read one at a time so that a big file never sits in memory."""
    with asso.reader() as session:
        query = select(Attachment.id).join(Transaction)
        if start is not None:
            query = query.where(Transaction.date >= start)
        if end is not None:
            query = query.where(Transaction.date <= end)
        if project_code:
            project_id = session.scalar(select(Project.id).where(Project.code == project_code))
            if project_id is None:
                raise DomainError(ErrorCode.NOT_FOUND, field="project", project=project_code)
            on_project = select(Split.id).where(
                Split.transaction_id == Transaction.id, Split.project_id == project_id
            )
            query = query.where(on_project.exists())
        ids = list(session.scalars(query.order_by(Transaction.date, Transaction.id, Attachment.id)))
        for attachment_id in ids:
            row = session.execute(
                select(
                    Attachment.transaction_id,
                    Transaction.receipt_number,
                    Transaction.date,
                    Transaction.label,
                    Attachment.original_name,
                    Attachment.mime_type,
                    Attachment.data,
                )
                .join(Transaction)
                .where(Attachment.id == attachment_id)
            ).one()
            yield ReceiptFile(row[0], row[1] or "", row[2], row[3], row[4], row[5], row[6])
