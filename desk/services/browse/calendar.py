"""Activities of a project with their sessions and attendance, and the deadlines to come.

Attendance is counted in SQL (one grouped query per project), so a project with hundreds of
sessions still shows its women/men figures at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select

from desk.domain.enums import ActivityStatus, DeadlineKind, Sex
from desk.models import Activity, Attendance, Deadline, LogframeNode, Project, Session
from desk.store import AssoFile


@dataclass(frozen=True, slots=True)
class ActivityRow:
    id: int
    code: str  # the logframe code (A1.2.3), empty when not placed in the logframe
    title: str
    planned_start: date
    planned_end: date
    actual_start: date | None
    actual_end: date | None
    place: str
    responsible: str
    status: ActivityStatus
    sessions: int
    women: int
    men: int
    participants: int  # women, men and people whose sex was not recorded


Day = date  # the field `date` of DeadlineRow hides the type inside the class body


@dataclass(frozen=True, slots=True)
class DeadlineRow:
    id: int
    date: date
    title: str
    kind: DeadlineKind
    done: bool
    project_code: str

    def overdue(self, today: Day) -> bool:
        return not self.done and self.date < today


def project_activities(asso: AssoFile, project_id: int) -> tuple[ActivityRow, ...]:
    """The project's activities in logframe order (then by planned start)."""
    sessions = (
        select(Session.activity_id, func.count(Session.id).label("n"))
        .group_by(Session.activity_id)
        .subquery()
    )
    people = (
        select(
            Session.activity_id,
            func.sum(case((Attendance.sex == Sex.FEMALE, Attendance.count), else_=0)).label("w"),
            func.sum(case((Attendance.sex == Sex.MALE, Attendance.count), else_=0)).label("m"),
            func.sum(Attendance.count).label("all"),
        )
        .join(Attendance, Attendance.session_id == Session.id)
        .group_by(Session.activity_id)
        .subquery()
    )
    with asso.reader() as session:
        rows = session.execute(
            select(
                Activity,
                LogframeNode.code,
                func.coalesce(sessions.c.n, 0),
                func.coalesce(people.c.w, 0),
                func.coalesce(people.c.m, 0),
                func.coalesce(people.c.all, 0),
            )
            .outerjoin(LogframeNode, LogframeNode.id == Activity.logframe_node_id)
            .outerjoin(sessions, sessions.c.activity_id == Activity.id)
            .outerjoin(people, people.c.activity_id == Activity.id)
            .where(Activity.project_id == project_id)
        ).all()
        # Built inside the session: the reader's rollback expires the loaded activities.
        result = [
            ActivityRow(
                id=a.id,
                code=code or "",
                title=a.title,
                planned_start=a.planned_start,
                planned_end=a.planned_end,
                actual_start=a.actual_start,
                actual_end=a.actual_end,
                place=a.place,
                responsible=a.responsible,
                status=a.status,
                sessions=int(n),
                women=int(w),
                men=int(m),
                participants=int(total),
            )
            for a, code, n, w, m, total in rows
        ]
    # Codes sort by their numbers (A1.10 after A1.9), activities outside the logframe last.
    result.sort(key=lambda r: (r.code == "", code_key(r.code), r.planned_start, r.id))
    return tuple(result)


def code_key(code: str) -> tuple[tuple[int, int | str], ...]:
    parts: list[tuple[int, int | str]] = []
    for piece in code.replace("-", ".").split("."):
        head = piece.rstrip("0123456789")
        digits = piece[len(head) :]
        if head:
            parts.append((1, head))
        if digits:
            parts.append((0, int(digits)))
    return tuple(parts)


def deadlines(
    asso: AssoFile, project_id: int | None = None, *, include_done: bool = False
) -> tuple[DeadlineRow, ...]:
    """Deadlines by date (of one project, or of all), the ones not done yet unless asked."""
    query = (
        select(Deadline, Project.code)
        .join(Project, Project.id == Deadline.project_id)
        .order_by(Deadline.date, Deadline.id)
    )
    if project_id is not None:
        query = query.where(Deadline.project_id == project_id)
    if not include_done:
        query = query.where(Deadline.done.is_(False))
    with asso.reader() as session:
        return tuple(
            DeadlineRow(d.id, d.date, d.title, d.kind, d.done, code)
            for d, code in session.execute(query)
        )
