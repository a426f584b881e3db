"""What the chronogramme and the month calendar show: a project's activities grouped by result
(planned and actual dates, status, session days), its deadlines, and the Moroccan holidays and
Ramadan over its period. One read per call; the painters never query."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from desk.domain.enums import ActivityStatus
from desk.domain.errors import DomainError, ErrorCode
from desk.domain.timeline import DateRange
from desk.models import Activity, Attendance, LogframeNode, Project
from desk.models import Session as Meeting
from desk.services.activities.holidays import moroccan_holidays, ramadan_periods
from desk.services.browse.calendar import DeadlineRow, code_key, deadlines
from desk.store import AssoFile


@dataclass(frozen=True, slots=True)
class GanttActivity:
    id: int
    code: str
    title: str
    planned_start: date
    planned_end: date
    actual_start: date | None
    actual_end: date | None
    status: ActivityStatus
    responsible: str
    place: str
    session_days: tuple[date, ...]


@dataclass(frozen=True, slots=True)
class GanttGroup:
    """The activities of one result (`result_id` None: activities outside the logframe)."""

    result_id: int | None
    code: str
    statement: str
    activities: tuple[GanttActivity, ...]


@dataclass(frozen=True, slots=True)
class Chronogramme:
    project_id: int
    project_code: str
    project_title: str
    start: date
    end: date
    groups: tuple[GanttGroup, ...]
    deadlines: tuple[DeadlineRow, ...]
    holidays: tuple[DateRange, ...]
    ramadan: tuple[DateRange, ...]

    @property
    def activities(self) -> tuple[GanttActivity, ...]:
        return tuple(a for g in self.groups for a in g.activities)


def chronogramme(asso: AssoFile, project_id: int, lang: str = "fr") -> Chronogramme:
    """The project's chronogramme data (holiday names in `lang`)."""
    result = aliased(LogframeNode)
    with asso.reader() as session:
        project = session.get(Project, project_id)
        if project is None:
            raise DomainError(ErrorCode.NOT_FOUND, field="project", id=project_id)
        rows = session.execute(
            select(Activity, LogframeNode.code, result.id, result.code, result.statement)
            .outerjoin(LogframeNode, LogframeNode.id == Activity.logframe_node_id)
            .outerjoin(result, result.id == LogframeNode.parent_id)
            .where(Activity.project_id == project_id)
        ).all()
        days: dict[int, list[date]] = {}
        for activity_id, day in session.execute(
            select(Meeting.activity_id, Meeting.date)
            .join(Activity, Activity.id == Meeting.activity_id)
            .where(Activity.project_id == project_id)
            .order_by(Meeting.date)
        ):
            days.setdefault(activity_id, []).append(day)
        start, end = project.start_date, project.end_date
        code, title = project.code, project.title
        grouped: dict[int | None, tuple[str, str, list[GanttActivity]]] = {}
        for a, a_code, r_id, r_code, r_statement in rows:
            entry = grouped.setdefault(r_id, (r_code or "", r_statement or "", []))
            entry[2].append(
                GanttActivity(
                    a.id,
                    a_code or "",
                    a.title,
                    a.planned_start,
                    a.planned_end,
                    a.actual_start,
                    a.actual_end,
                    a.status,
                    a.responsible,
                    a.place,
                    tuple(days.get(a.id, ())),
                )
            )
    groups = [
        GanttGroup(
            r_id,
            r_code,
            statement,
            tuple(sorted(items, key=lambda x: (code_key(x.code), x.planned_start, x.id))),
        )
        for r_id, (r_code, statement, items) in grouped.items()
    ]
    groups.sort(key=lambda g: (g.result_id is None, code_key(g.code), g.statement))
    return Chronogramme(
        project_id=project_id,
        project_code=code,
        project_title=title,
        start=start,
        end=end,
        groups=tuple(groups),
        deadlines=deadlines(asso, project_id, include_done=True),
        holidays=moroccan_holidays(start, end, lang),
        ramadan=ramadan_periods(start, end),
    )


@dataclass(frozen=True, slots=True)
class SessionEvent:
    id: int
    activity_id: int
    date: date
    title: str
    activity: str
    place: str
    people: int


@dataclass(frozen=True, slots=True)
class MonthEvents:
    """Everything of one month for the calendar grid (of a project, or of all projects)."""

    first: date
    last: date
    sessions: tuple[SessionEvent, ...]
    deadlines: tuple[DeadlineRow, ...]
    holidays: tuple[DateRange, ...]
    ramadan: tuple[DateRange, ...]


def month_events(
    asso: AssoFile, first: date, last: date, project_id: int | None = None, lang: str = "fr"
) -> MonthEvents:
    """Sessions, deadlines, holidays and Ramadan between `first` and `last` inclusive."""

    people = (
        select(Attendance.session_id, func.sum(Attendance.count).label("n"))
        .group_by(Attendance.session_id)
        .subquery()
    )
    query = (
        select(Meeting, Activity.title, func.coalesce(people.c.n, 0))
        .join(Activity, Activity.id == Meeting.activity_id)
        .outerjoin(people, people.c.session_id == Meeting.id)
        .where(Meeting.date >= first, Meeting.date <= last)
        .order_by(Meeting.date, Meeting.id)
    )
    if project_id is not None:
        query = query.where(Activity.project_id == project_id)
    with asso.reader() as session:
        sessions = tuple(
            SessionEvent(m.id, m.activity_id, m.date, m.title, title, m.place, int(n))
            for m, title, n in session.execute(query)
        )
    due = tuple(
        d for d in deadlines(asso, project_id, include_done=True) if first <= d.date <= last
    )
    return MonthEvents(
        first,
        last,
        sessions,
        due,
        moroccan_holidays(first, last, lang),
        ramadan_periods(first, last),
    )
