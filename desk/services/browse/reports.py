"""The audit log as the reports page lists it: the latest changes, newest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from desk.domain.enums import AuditAction
from desk.models import AuditEntry
from desk.services.browse.records import record_labels, snapshot_label
from desk.store import AssoFile


@dataclass(frozen=True, slots=True)
class AuditRow:
    id: int
    at: datetime
    user: str
    machine: str
    action: AuditAction
    table: str
    record_id: int | None
    record_label: str  # what the record is now, or what it was when deleted
    reason: str


def audit_log(asso: AssoFile, limit: int = 200) -> tuple[AuditRow, ...]:
    """The latest `limit` audit entries, newest first."""
    with asso.reader() as session:
        entries = list(
            session.scalars(
                select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit)
            )
        )
        labels = record_labels(
            session, ((e.table_name, e.record_id) for e in entries if e.record_id is not None)
        )
        return tuple(
            AuditRow(
                id=e.id,
                at=e.at,
                user=e.user,
                machine=e.machine,
                action=e.action,
                table=e.table_name,
                record_id=e.record_id,
                record_label=labels.get((e.table_name, e.record_id or 0))
                or snapshot_label(e.after or e.before),
                reason=e.reason,
            )
            for e in entries
        )
