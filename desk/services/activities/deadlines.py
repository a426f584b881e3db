"""Deadlines of a project (milestones, report due dates, expected instalments): add, change,
delete and restore, audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from desk.domain.enums import AuditAction, DeadlineKind
from desk.domain.errors import DomainError, ErrorCode
from desk.models import Deadline
from desk.services import audit
from desk.services.activities.common import clean_text, get_project
from desk.store import AssoFile


@dataclass(frozen=True, slots=True)
class DeadlineData:
    date: date
    title: str
    kind: DeadlineKind = DeadlineKind.MILESTONE
    done: bool = False


def _get(session: Session, deadline_id: int) -> Deadline:
    deadline = session.get(Deadline, deadline_id)
    if deadline is None:
        raise DomainError(ErrorCode.NOT_FOUND, field="deadline", id=deadline_id)
    return deadline


def add_deadline(
    asso: AssoFile, project_id: int, data: DeadlineData, *, ident: int | None = None
) -> int:
    with asso.unit_of_work() as session:
        get_project(session, project_id)
        deadline = Deadline(
            id=ident,
            project_id=project_id,
            date=data.date,
            title=clean_text(data.title, "title", 300, required=True),
            kind=data.kind,
            done=data.done,
        )
        session.add(deadline)
        audit.record(session, AuditAction.CREATE, deadline)
        return deadline.id


def get_deadline(asso: AssoFile, deadline_id: int) -> tuple[int, DeadlineData]:
    """(project id, data) of a deadline."""
    with asso.reader() as session:
        d = _get(session, deadline_id)
        return d.project_id, DeadlineData(d.date, d.title, d.kind, d.done)


def update_deadline(asso: AssoFile, deadline_id: int, data: DeadlineData) -> DeadlineData:
    """Change a deadline; returns its previous data (undo)."""
    with asso.unit_of_work() as session:
        deadline = _get(session, deadline_id)
        before = DeadlineData(deadline.date, deadline.title, deadline.kind, deadline.done)
        old = audit.snapshot(deadline)
        deadline.title = clean_text(data.title, "title", 300, required=True)
        deadline.date, deadline.kind, deadline.done = data.date, data.kind, data.done
        audit.record(session, AuditAction.UPDATE, deadline, before=old)
        return before


def delete_deadline(asso: AssoFile, deadline_id: int) -> tuple[int, DeadlineData]:
    """Delete a deadline; returns (project id, data) to restore it with `add_deadline`."""
    with asso.unit_of_work() as session:
        deadline = _get(session, deadline_id)
        kept = (
            deadline.project_id,
            DeadlineData(deadline.date, deadline.title, deadline.kind, deadline.done),
        )
        before = audit.snapshot(deadline)
        session.delete(deadline)
        audit.record(
            session, AuditAction.DELETE, table="deadline", record_id=deadline_id, before=before
        )
        return kept
