"""Indicators fed by attendance, and the "femmes / hommes touchés" of a project.

An indicator linked to one or more activities (`indicator_activity`) takes its actual value from
their sessions: the people reached (each listed participant once; sessions without a list add
their head counts) measured as women, men, all participants or the number of sessions. An
indicator counts one thing: linking it again with another measure changes it for every link.

The value is written as the cumulative figure to date, dated by the last session: one row for
the total and one per sex bucket (and per age group when the indicator is disaggregated by
age), each with `session_id` = that last session. Rows with a `session_id` are the ones that
attendance wrote; they are replaced on every change of a linked session. Values typed by hand
(no session) are never touched.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desk.domain.attendance import (
    AGE_GROUPS,
    AttendanceMeasure,
    Bucket,
    Grid,
    SessionCount,
    headcount,
    measure,
    reach,
)
from desk.domain.enums import AgeGroup, AuditAction, Sex
from desk.domain.errors import DomainError, ErrorCode
from desk.models import (
    Activity,
    Attendance,
    Indicator,
    IndicatorValue,
    Logframe,
    LogframeNode,
    Participant,
    session_participants,
)
from desk.models import Session as Meeting
from desk.models.calendar import IndicatorActivity
from desk.services import audit
from desk.services.activities.common import get_activity
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


def session_counts(
    session: Session, activity_ids: Iterable[int]
) -> tuple[list[tuple[Meeting, SessionCount]], dict[int, Bucket]]:
    """The sessions of `activity_ids` (by date) with their counts, and the buckets of their
    listed participants."""
    ids = list(activity_ids)
    meetings = list(
        session.scalars(
            select(Meeting).where(Meeting.activity_id.in_(ids)).order_by(Meeting.date, Meeting.id)
        )
    )
    meeting_ids = [m.id for m in meetings]
    grids: dict[int, dict[Bucket, int]] = defaultdict(dict)
    for row in session.scalars(select(Attendance).where(Attendance.session_id.in_(meeting_ids))):
        grids[row.session_id][(row.sex, row.age_group)] = row.count
    listed: dict[int, set[int]] = defaultdict(set)
    people: dict[int, Bucket] = {}
    for meeting_id, person in session.execute(
        select(session_participants.c.session_id, Participant)
        .join(Participant, Participant.id == session_participants.c.participant_id)
        .where(session_participants.c.session_id.in_(meeting_ids))
    ).all():
        listed[meeting_id].add(person.id)
        people[person.id] = (person.sex, person.age_group)
    counts = [
        (
            m,
            SessionCount(
                Grid.of(grids.get(m.id, {})),
                frozenset(listed[m.id]) if m.id in listed else None,
            ),
        )
        for m in meetings
    ]
    return counts, people


def _rows(
    kind: AttendanceMeasure, people: Grid, sessions: int, by_age: bool
) -> list[tuple[Sex, AgeGroup, int]]:
    """(sex, age group, value) rows of one measured figure."""
    total = measure(kind, people, sessions)
    rows: list[tuple[Sex, AgeGroup, int]] = [(Sex.TOTAL, AgeGroup.ALL, total)]
    if kind is AttendanceMeasure.SESSIONS:
        return rows
    sexes = {
        AttendanceMeasure.WOMEN: (Sex.FEMALE,),
        AttendanceMeasure.MEN: (Sex.MALE,),
        AttendanceMeasure.PARTICIPANTS: (Sex.FEMALE, Sex.MALE, Sex.UNKNOWN),
    }[kind]
    for sex in sexes:
        rows.append((sex, AgeGroup.ALL, people.count(sex)))
        if by_age:
            rows += [(sex, age, people.count(sex, age)) for age in AGE_GROUPS]
    return rows


def refresh_indicators(session: Session, indicator_ids: Iterable[int]) -> None:
    """Rewrite the attendance-fed values of `indicator_ids` from their linked sessions."""
    for indicator_id in sorted(set(indicator_ids)):
        indicator = session.get(Indicator, indicator_id)
        if indicator is None:
            continue
        session.execute(
            delete(IndicatorValue).where(
                IndicatorValue.indicator_id == indicator_id, IndicatorValue.session_id.is_not(None)
            )
        )
        links = list(
            session.scalars(
                select(IndicatorActivity).where(IndicatorActivity.indicator_id == indicator_id)
            )
        )
        if not links:
            continue
        counts, people = session_counts(session, [link.activity_id for link in links])
        if not counts:
            continue
        last = counts[-1][0]
        reached = reach((c for _, c in counts), people)
        n = len(counts)
        source = f"Feuilles de présence ({n} séance{'s' if n > 1 else ''})"
        for sex, age, value in _rows(links[0].measure, reached, n, indicator.disaggregate_by_age):
            session.add(
                IndicatorValue(
                    indicator_id=indicator_id,
                    period_end=last.date,
                    sex=sex,
                    age_group=age,
                    value=Decimal(value),
                    source=source,
                    session_id=last.id,
                )
            )
        session.flush()


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
