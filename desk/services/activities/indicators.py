"""Indicators fed by attendance, and the "femmes / hommes touchés" of a project.

An indicator linked to one or more activities (`indicator_activity`) takes its actual value from
their sessions: the people reached (each listed participant once; sessions without a list add
their head counts) measured as women, men, all participants or the number of sessions. An
indicator counts one thing: linking it again with another measure changes it for every link.

The values keep their history, one per quarter with sessions (rules and computation in
`desk.services.activities.indicator_values`). Values typed by hand (no session) are never
touched.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desk.domain.attendance import AttendanceMeasure, Grid, headcount, reach
from desk.domain.enums import AuditAction
from desk.domain.errors import DomainError, ErrorCode
from desk.models import Activity, Indicator, IndicatorValue, Logframe, LogframeNode
from desk.models.calendar import IndicatorActivity
from desk.services import audit
from desk.services.activities.common import get_activity
from desk.services.activities.indicator_values import (
    refresh_indicators as refresh_indicators,  # re-exported: the sessions and the demo call it
)
from desk.services.activities.indicator_values import session_counts
from desk.store import AssoFile


@dataclass(frozen=True, slots=True)
class Reach:
    """People reached by a set of sessions."""

    people: Grid  # unique when lists are kept
    headcount: Grid  # session by session
    sessions: int
    listed_sessions: int  # sessions that keep a participant list


@dataclass(frozen=True, slots=True)
class IndicatorChoice:
    id: int
    code: str
    statement: str


@dataclass(frozen=True, slots=True)
class IndicatorLink:
    indicator_id: int
    code: str
    statement: str
    measure: AttendanceMeasure


def forget_sessions(session: Session, session_ids: Iterable[int]) -> tuple[dict[str, Any], ...]:
    """Drop the values that sessions about to be deleted wrote (the foreign key would only
    unlink them, and they would then pass for values typed by hand); returns them, for undo."""
    ids = list(session_ids)
    values = session.scalars(select(IndicatorValue).where(IndicatorValue.session_id.in_(ids))).all()
    kept = tuple({c.key: getattr(v, c.key) for c in v.__mapper__.column_attrs} for v in values)
    if ids:
        session.execute(delete(IndicatorValue).where(IndicatorValue.session_id.in_(ids)))
    return kept


def put_back_values(session: Session, values: Iterable[dict[str, Any]]) -> None:
    """Restore values removed by `forget_sessions` (those of linked indicators are rewritten
    by `refresh_indicators` anyway)."""
    for row in values:
        if session.get(IndicatorValue, row["id"]) is None:
            session.add(IndicatorValue(**row))
    session.flush()


def linked_indicator_ids(session: Session, activity_ids: Iterable[int]) -> set[int]:
    ids = list(activity_ids)
    return set(
        session.scalars(
            select(IndicatorActivity.indicator_id).where(IndicatorActivity.activity_id.in_(ids))
        )
    )


def _project_indicator(session: Session, activity: Activity, indicator_id: int) -> Indicator:
    indicator = session.get(Indicator, indicator_id)
    project = session.scalar(
        select(Logframe.project_id)
        .join(LogframeNode, LogframeNode.logframe_id == Logframe.id)
        .where(LogframeNode.id == (indicator.node_id if indicator else -1))
    )
    if indicator is None or project != activity.project_id:
        raise DomainError(ErrorCode.NOT_FOUND, field="indicator", id=indicator_id)
    return indicator


def link_indicator(
    asso: AssoFile, activity_id: int, indicator_id: int, kind: AttendanceMeasure
) -> AttendanceMeasure | None:
    """Feed `indicator_id` from the sessions of `activity_id` with `kind`; returns the previous
    measure of this link (None when it is new) so that the change can be undone."""
    kind = AttendanceMeasure(kind)  # a combo box may hand over the plain string
    with asso.unit_of_work() as session:
        activity = get_activity(session, activity_id)
        _project_indicator(session, activity, indicator_id)
        link = session.get(IndicatorActivity, (indicator_id, activity_id))
        before = None if link is None else link.measure
        if link is None:
            link = IndicatorActivity(indicator_id=indicator_id, activity_id=activity_id)
            session.add(link)
        link.measure = kind
        for other in session.scalars(
            select(IndicatorActivity).where(IndicatorActivity.indicator_id == indicator_id)
        ):
            other.measure = kind  # one indicator counts one thing
        session.flush()
        audit.record(
            session,
            AuditAction.CREATE if before is None else AuditAction.UPDATE,
            table="indicator_activity",
            record_id=indicator_id,
            before=None if before is None else {"measure": before.value},
            after={"activity_id": activity_id, "measure": kind.value},
        )
        refresh_indicators(session, [indicator_id])
        return before


def unlink_indicator(asso: AssoFile, activity_id: int, indicator_id: int) -> AttendanceMeasure:
    """Stop feeding the indicator from this activity; returns the measure it had."""
    with asso.unit_of_work() as session:
        link = session.get(IndicatorActivity, (indicator_id, activity_id))
        if link is None:
            raise DomainError(ErrorCode.NOT_FOUND, field="indicator", id=indicator_id)
        before = link.measure
        session.delete(link)
        audit.record(
            session,
            AuditAction.DELETE,
            table="indicator_activity",
            record_id=indicator_id,
            before={"activity_id": activity_id, "measure": before.value},
        )
        session.flush()
        refresh_indicators(session, [indicator_id])
        return before


def activity_indicators(asso: AssoFile, activity_id: int) -> tuple[IndicatorLink, ...]:
    with asso.reader() as session:
        rows = session.execute(
            select(Indicator, IndicatorActivity.measure)
            .join(IndicatorActivity, IndicatorActivity.indicator_id == Indicator.id)
            .where(IndicatorActivity.activity_id == activity_id)
            .order_by(Indicator.code, Indicator.id)
        ).all()
        return tuple(IndicatorLink(i.id, i.code, i.statement, m) for i, m in rows)


def project_indicators(asso: AssoFile, project_id: int) -> tuple[IndicatorChoice, ...]:
    """The indicators of the project's logframe, by code (the ones an activity may feed)."""
    with asso.reader() as session:
        rows = session.scalars(
            select(Indicator)
            .join(LogframeNode, LogframeNode.id == Indicator.node_id)
            .join(Logframe, Logframe.id == LogframeNode.logframe_id)
            .where(Logframe.project_id == project_id)
            .order_by(LogframeNode.depth, LogframeNode.code, Indicator.position)
        ).all()
        return tuple(IndicatorChoice(i.id, i.code, i.statement) for i in rows)


def project_reach(asso: AssoFile, project_id: int) -> Reach:
    """Women and men reached by the project's sessions, without counting twice a listed person
    who came to several sessions."""
    with asso.reader() as session:
        activity_ids = session.scalars(
            select(Activity.id).where(Activity.project_id == project_id)
        ).all()
        counts, people = session_counts(session, activity_ids)
    items = [c for _, c in counts]
    return Reach(
        people=reach(items, people),
        headcount=headcount(items),
        sessions=len(items),
        listed_sessions=sum(1 for c in items if c.participants is not None),
    )
