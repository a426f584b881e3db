"""Sessions: the events that really took place (a workshop day), with their attendance by sex
× age group and, optionally, a pseudonymised participant list (initials, sex, age group,
nationality — nothing more).

When a session keeps a list, each attendance count is at least the number of listed people of
its bucket (a list may name only some of those who came: the others are counted as they are),
and a person picked again at another session (same participant id) is counted once in the
reach. Every change refreshes the indicators fed by the session's activity.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from desk.domain.attendance import Grid, clean_initials, grid_of_people
from desk.domain.enums import AgeGroup, AuditAction, Sex
from desk.domain.errors import DomainError, ErrorCode
from desk.models import Attendance, Participant, session_participants
from desk.models import Session as Meeting
from desk.services import audit
from desk.services.activities.common import clean_text, get_activity, get_project
from desk.services.activities.indicators import (
    forget_sessions,
    linked_indicator_ids,
    put_back_values,
    refresh_indicators,
)
from desk.store import AssoFile


@dataclass(frozen=True, slots=True)
class ParticipantData:
    """One person of a list; `id` set when picked from the project's earlier participants."""

    initials: str
    sex: Sex = Sex.UNKNOWN
    age_group: AgeGroup = AgeGroup.UNKNOWN
    nationality: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class SessionData:
    date: date
    title: str = ""
    place: str = ""
    facilitator: str = ""
    notes: str = ""
    attendance: Grid = field(default_factory=Grid)
    participants: tuple[ParticipantData, ...] = ()  # empty: no list kept

    @property
    def keeps_list(self) -> bool:
        return bool(self.participants)


@dataclass(frozen=True, slots=True)
class SessionSnapshot:
    id: int
    activity_id: int
    data: SessionData
    values: tuple[dict[str, Any], ...] = ()  # indicator values the session had written


def _meeting(session: Session, session_id: int) -> Meeting:
    meeting = session.get(Meeting, session_id)
    if meeting is None:
        raise DomainError(ErrorCode.NOT_FOUND, field="session", id=session_id)
    return meeting


def _people(
    session: Session, project_id: int, people: tuple[ParticipantData, ...]
) -> list[Participant]:
    """The participants of a list, created or updated; duplicates kept once."""
    result: list[Participant] = []
    for row, person in enumerate(people, start=1):
        initials = clean_initials(person.initials, row)
        sex, age = Sex(person.sex), AgeGroup(person.age_group)
        nationality = clean_text(person.nationality, "participants", 60)
        if sex is Sex.TOTAL or age is AgeGroup.ALL:
            raise DomainError(ErrorCode.INVALID_VALUE, field="participants", row=row)
        if person.id is not None:
            found = session.get(Participant, person.id)
            if found is None or found.project_id != project_id:
                raise DomainError(ErrorCode.NOT_FOUND, field="participants", id=person.id)
            found.initials, found.sex, found.age_group = initials, sex, age
            found.nationality = nationality
        else:
            found = Participant(
                project_id=project_id,
                initials=initials,
                sex=sex,
                age_group=age,
                nationality=nationality,
            )
            session.add(found)
            session.flush()
            audit.record(session, AuditAction.CREATE, found)
        if all(found is not p for p in result):
            result.append(found)
    return result


def _write(session: Session, meeting: Meeting, project_id: int, data: SessionData) -> None:
    project = get_project(session, project_id)
    if not project.start_date <= data.date <= project.end_date:
        raise DomainError(
            ErrorCode.CALENDAR_SESSION_OUTSIDE_PROJECT,
            field="date",
            day=data.date,
            project_start=project.start_date,
            project_end=project.end_date,
        )
    meeting.date = data.date
    meeting.title = clean_text(data.title, "title", 300)
    meeting.place = clean_text(data.place, "place", 200)
    meeting.facilitator = clean_text(data.facilitator, "facilitator", 100)
    meeting.notes = data.notes
    grid = Grid.of(data.attendance.as_dict())  # checked again: never a negative count
    session.flush()
    session.execute(
        delete(session_participants).where(session_participants.c.session_id == meeting.id)
    )
    if data.participants:
        people = _people(session, project_id, data.participants)
        listed = grid_of_people((p.sex, p.age_group) for p in people).as_dict()
        counted = grid.as_dict()
        # A list may name only some of those who came: each count is at least its list.
        grid = Grid.of({b: max(counted.get(b, 0), listed.get(b, 0)) for b in counted | listed})
        session.execute(
            insert(session_participants),
            [{"session_id": meeting.id, "participant_id": p.id} for p in people],
        )
    session.execute(delete(Attendance).where(Attendance.session_id == meeting.id))
    for (sex, age), count in grid.counts:
        session.add(Attendance(session_id=meeting.id, sex=sex, age_group=age, count=count))
    session.flush()


def add_session(
    asso: AssoFile, activity_id: int, data: SessionData, *, ident: int | None = None
) -> int:
    """Record a session of `activity_id`; `ident` re-creates one with its old id (undo)."""
    with asso.unit_of_work() as session:
        activity = get_activity(session, activity_id)
        meeting = Meeting(id=ident, activity_id=activity_id, date=data.date)
        session.add(meeting)
        session.flush()
        _write(session, meeting, activity.project_id, data)
        audit.record(session, AuditAction.CREATE, meeting)
        refresh_indicators(session, linked_indicator_ids(session, [activity_id]))
        return meeting.id


def get_session(asso: AssoFile, session_id: int) -> SessionSnapshot:
    with asso.reader() as session:
        return _snapshot(session, _meeting(session, session_id))


def _snapshot(session: Session, meeting: Meeting) -> SessionSnapshot:
    grid = Grid.of({(a.sex, a.age_group): a.count for a in meeting.attendance})
    people = session.scalars(
        select(Participant)
        .join(session_participants, session_participants.c.participant_id == Participant.id)
        .where(session_participants.c.session_id == meeting.id)
        .order_by(Participant.initials, Participant.id)
    ).all()
    data = SessionData(
        date=meeting.date,
        title=meeting.title,
        place=meeting.place,
        facilitator=meeting.facilitator,
        notes=meeting.notes,
        attendance=grid,
        participants=tuple(
            ParticipantData(p.initials, p.sex, p.age_group, p.nationality, p.id) for p in people
        ),
    )
    return SessionSnapshot(meeting.id, meeting.activity_id, data)


def update_session(asso: AssoFile, session_id: int, data: SessionData) -> SessionData:
    """Change a session; returns its previous data (undo)."""
    with asso.unit_of_work() as session:
        meeting = _meeting(session, session_id)
        before = _snapshot(session, meeting)
        old = audit.snapshot(meeting)
        activity = get_activity(session, meeting.activity_id)
        _write(session, meeting, activity.project_id, data)
        audit.record(session, AuditAction.UPDATE, meeting, before=old)
        refresh_indicators(session, linked_indicator_ids(session, [activity.id]))
        return before.data


def delete_session(asso: AssoFile, session_id: int) -> SessionSnapshot:
    with asso.unit_of_work() as session:
        meeting = _meeting(session, session_id)
        snap = _snapshot(session, meeting)
        before = audit.snapshot(meeting)
        snap = replace(snap, values=forget_sessions(session, [session_id]))
        session.delete(meeting)
        session.flush()
        audit.record(
            session, AuditAction.DELETE, table="session", record_id=session_id, before=before
        )
        refresh_indicators(session, linked_indicator_ids(session, [snap.activity_id]))
        return snap


def restore_session(asso: AssoFile, snap: SessionSnapshot) -> int:
    """Put back a session removed by `delete_session` (undo), with the values it had written."""
    ident = add_session(asso, snap.activity_id, snap.data, ident=snap.id)
    if snap.values:
        with asso.unit_of_work() as session:
            put_back_values(session, snap.values)
            refresh_indicators(session, linked_indicator_ids(session, [snap.activity_id]))
    return ident


@dataclass(frozen=True, slots=True)
class ParticipantRow:
    id: int
    initials: str
    sex: Sex
    age_group: AgeGroup
    nationality: str


def project_participants(asso: AssoFile, project_id: int) -> tuple[ParticipantRow, ...]:
    """The project's listed people, to pick again at a later session."""
    with asso.reader() as session:
        return tuple(
            ParticipantRow(p.id, p.initials, p.sex, p.age_group, p.nationality)
            for p in session.scalars(
                select(Participant)
                .where(Participant.project_id == project_id)
                .order_by(Participant.initials, Participant.id)
            )
        )
