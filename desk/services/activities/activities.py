"""Activities of a project: create (with its node under a result of the logframe, through the
logframe tree service), change, move or resize their dates (the chronogramme's drag), delete
and restore (undo). Every write is audited.

Rules: planned dates are required, ordered and within the project period; actual dates, when
given, too. The activity's title is its node's statement.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from desk.domain.enums import ActivityStatus, AuditAction
from desk.domain.errors import DomainError, ErrorCode
from desk.models import (
    Activity,
    Attendance,
    Budget,
    BudgetLine,
    Logframe,
    LogframeNode,
    activity_budget_lines,
    session_participants,
)
from desk.models import Session as Meeting
from desk.models.calendar import IndicatorActivity
from desk.services import audit
from desk.services.activities.choices import result_level
from desk.services.activities.common import check_period, clean_text, get_activity, get_project
from desk.services.activities.indicators import (
    forget_sessions,
    linked_indicator_ids,
    put_back_values,
    refresh_indicators,
)
from desk.services.logframe import tree
from desk.store import AssoFile


@dataclass(frozen=True, slots=True)
class ActivityData:
    """What the activity dialog edits."""

    title: str
    planned_start: date
    planned_end: date
    actual_start: date | None = None
    actual_end: date | None = None
    place: str = ""
    responsible: str = ""
    status: ActivityStatus = ActivityStatus.PLANNED
    notes: str = ""
    result_id: int | None = None  # the logframe result the activity belongs to
    budget_line_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Dates:
    """Planned and actual dates of an activity (what a drag on the chronogramme changes)."""

    planned_start: date
    planned_end: date
    actual_start: date | None = None
    actual_end: date | None = None


@dataclass(frozen=True, slots=True)
class ActivitySnapshot:
    """A deleted activity with everything it held, to put back with the same ids."""

    columns: dict[str, Any]
    budget_line_ids: tuple[int, ...]
    indicators: tuple[tuple[int, str], ...]
    sessions: tuple[dict[str, Any], ...]
    attendance: tuple[dict[str, Any], ...]
    participants: tuple[tuple[int, int], ...]  # (session id, participant id)
    values: tuple[dict[str, Any], ...]  # indicator values written from its sessions
    node: tree.NodeSnapshot | None = field(default=None)


def _columns(obj: Any) -> dict[str, Any]:
    return {col.key: getattr(obj, col.key) for col in obj.__mapper__.column_attrs}


def _check_result(session: Session, project_id: int, result_id: int) -> LogframeNode:
    node = session.get(LogframeNode, result_id)
    logframe = None if node is None else session.get(Logframe, node.logframe_id)
    if (
        node is None
        or logframe is None
        or logframe.project_id != project_id
        or node.depth != result_level(session, logframe)
    ):
        raise DomainError(ErrorCode.CALENDAR_NOT_A_RESULT, field="result", id=result_id)
    return node


def _check_lines(session: Session, project_id: int, line_ids: tuple[int, ...]) -> None:
    if not line_ids:
        return
    found = set(
        session.scalars(
            select(BudgetLine.id)
            .join(Budget, Budget.id == BudgetLine.budget_id)
            .where(BudgetLine.id.in_(line_ids), Budget.project_id == project_id)
        )
    )
    missing = sorted(set(line_ids) - found)
    if missing:
        raise DomainError(ErrorCode.NOT_FOUND, field="budget_lines", id=missing[0])


def _validate(session: Session, project_id: int, data: ActivityData) -> ActivityData:
    project = get_project(session, project_id)
    data = replace(
        data,
        title=clean_text(data.title, "title", 300, required=True),
        place=clean_text(data.place, "place", 200),
        responsible=clean_text(data.responsible, "responsible", 100),
    )
    check_period(project, data.planned_start, data.planned_end, prefix="planned")
    if data.actual_end is not None and data.actual_start is None:
        raise DomainError(ErrorCode.REQUIRED, field="actual_start")
    check_period(project, data.actual_start, data.actual_end, prefix="actual")
    _check_lines(session, project_id, data.budget_line_ids)
    return data


def _set_lines(session: Session, activity_id: int, line_ids: tuple[int, ...]) -> None:
    session.execute(
        delete(activity_budget_lines).where(activity_budget_lines.c.activity_id == activity_id)
    )
    if line_ids:
        session.execute(
            insert(activity_budget_lines),
            [{"activity_id": activity_id, "budget_line_id": i} for i in sorted(set(line_ids))],
        )


def _parent_of(session: Session, activity: Activity) -> int | None:
    if activity.logframe_node_id is None:
        return None
    node = session.get(LogframeNode, activity.logframe_node_id)
    return None if node is None else node.parent_id


def create_activity(asso: AssoFile, project_id: int, data: ActivityData) -> int:
    """A new activity; with a result, its node is added under that result (last)."""
    with asso.unit_of_work() as session:
        data = _validate(session, project_id, data)
        node_id = None
        if data.result_id is not None:
            result = _check_result(session, project_id, data.result_id)
            node_id = tree.add_node(session, result.logframe_id, result.id, data.title).id
        activity = Activity(
            project_id=project_id,
            logframe_node_id=node_id,
            title=data.title,
            planned_start=data.planned_start,
            planned_end=data.planned_end,
            actual_start=data.actual_start,
            actual_end=data.actual_end,
            place=data.place,
            responsible=data.responsible,
            status=data.status,
            notes=data.notes,
        )
        session.add(activity)
        session.flush()
        _set_lines(session, activity.id, data.budget_line_ids)
        audit.record(session, AuditAction.CREATE, activity)
        return activity.id


def get_activity_data(asso: AssoFile, activity_id: int) -> ActivityData:
    with asso.reader() as session:
        a = get_activity(session, activity_id)
        lines = session.scalars(
            select(activity_budget_lines.c.budget_line_id).where(
                activity_budget_lines.c.activity_id == activity_id
            )
        ).all()
        return ActivityData(
            title=a.title,
            planned_start=a.planned_start,
            planned_end=a.planned_end,
            actual_start=a.actual_start,
            actual_end=a.actual_end,
            place=a.place,
            responsible=a.responsible,
            status=a.status,
            notes=a.notes,
            result_id=_parent_of(session, a),
            budget_line_ids=tuple(sorted(lines)),
        )


def update_activity(asso: AssoFile, activity_id: int, data: ActivityData) -> ActivityData:
    """Change an activity; returns its previous data (give it back to undo). A new result moves
    its node there (codes follow); an activity outside the logframe gets a node."""
    before = get_activity_data(asso, activity_id)
    with asso.unit_of_work() as session:
        activity = get_activity(session, activity_id)
        data = _validate(session, activity.project_id, data)
        old = audit.snapshot(activity)
        if data.result_id is not None and data.result_id != before.result_id:
            result = _check_result(session, activity.project_id, data.result_id)
            if activity.logframe_node_id is None:
                node = tree.add_node(session, result.logframe_id, result.id, data.title)
                activity.logframe_node_id = node.id
            else:
                tree.move_node(session, activity.logframe_node_id, result.id, 10**6)
        if activity.logframe_node_id is not None and data.title != activity.title:
            tree.update_node(session, activity.logframe_node_id, statement=data.title)
        for name in ("title", "planned_start", "planned_end", "actual_start", "actual_end"):
            setattr(activity, name, getattr(data, name))
        for name in ("place", "responsible", "status", "notes"):
            setattr(activity, name, getattr(data, name))
        _set_lines(session, activity_id, data.budget_line_ids)
        audit.record(session, AuditAction.UPDATE, activity, before=old)
    return before


def set_dates(asso: AssoFile, activity_id: int, dates: Dates) -> Dates:
    """Move or resize an activity on the chronogramme; returns the previous dates (undo)."""
    with asso.unit_of_work() as session:
        activity = get_activity(session, activity_id)
        project = get_project(session, activity.project_id)
        check_period(project, dates.planned_start, dates.planned_end, prefix="planned")
        check_period(project, dates.actual_start, dates.actual_end, prefix="actual")
        before = Dates(
            activity.planned_start, activity.planned_end, activity.actual_start, activity.actual_end
        )
        old = audit.snapshot(activity)
        activity.planned_start, activity.planned_end = dates.planned_start, dates.planned_end
        activity.actual_start, activity.actual_end = dates.actual_start, dates.actual_end
        audit.record(session, AuditAction.UPDATE, activity, before=old)
        return before


def delete_activity(asso: AssoFile, activity_id: int) -> ActivitySnapshot:
    """Delete an activity, its sessions and its node in the logframe; returns what
    `restore_activity` needs to put it back."""
    with asso.unit_of_work() as session:
        activity = get_activity(session, activity_id)
        meetings = list(session.scalars(select(Meeting).where(Meeting.activity_id == activity_id)))
        meeting_ids = [m.id for m in meetings]
        attendance = session.scalars(
            select(Attendance).where(Attendance.session_id.in_(meeting_ids))
        ).all()
        listed = session.execute(
            select(session_participants.c.session_id, session_participants.c.participant_id).where(
                session_participants.c.session_id.in_(meeting_ids)
            )
        ).all()
        lines = session.scalars(
            select(activity_budget_lines.c.budget_line_id).where(
                activity_budget_lines.c.activity_id == activity_id
            )
        ).all()
        links = session.execute(
            select(IndicatorActivity.indicator_id, IndicatorActivity.measure).where(
                IndicatorActivity.activity_id == activity_id
            )
        ).all()
        columns = _columns(activity)
        node_id = activity.logframe_node_id
        before = audit.snapshot(activity)
        values = forget_sessions(session, meeting_ids)
        session.delete(activity)
        session.flush()
        node = tree.delete_node(session, node_id) if node_id is not None else None
        audit.record(
            session, AuditAction.DELETE, table="activity", record_id=activity_id, before=before
        )
        refresh_indicators(session, [i for i, _ in links])
        return ActivitySnapshot(
            columns=columns,
            budget_line_ids=tuple(lines),
            indicators=tuple((i, m.value) for i, m in links),
            sessions=tuple(_columns(m) for m in meetings),
            attendance=tuple(_columns(a) for a in attendance),
            participants=tuple((s, p) for s, p in listed),
            values=values,
            node=node,
        )


def restore_activity(asso: AssoFile, snap: ActivitySnapshot) -> int:
    """Put back an activity removed by `delete_activity` (undo)."""
    with asso.unit_of_work() as session:
        if snap.node is not None:
            tree.restore_node(session, snap.node)
        session.add(Activity(**snap.columns))
        session.flush()
        for row in snap.sessions:
            session.add(Meeting(**row))
        session.flush()
        for row in snap.attendance:
            session.add(Attendance(**row))
        if snap.participants:
            session.execute(
                insert(session_participants),
                [{"session_id": s, "participant_id": p} for s, p in snap.participants],
            )
        _set_lines(session, snap.columns["id"], snap.budget_line_ids)
        for indicator_id, kind in snap.indicators:
            session.add(
                IndicatorActivity(
                    indicator_id=indicator_id, activity_id=snap.columns["id"], measure=kind
                )
            )
        session.flush()
        put_back_values(session, snap.values)
        activity = get_activity(session, snap.columns["id"])
        audit.record(session, AuditAction.CREATE, activity, reason="undo")
        refresh_indicators(session, linked_indicator_ids(session, [activity.id]))
        return activity.id
