"""The values that attendance writes for an indicator (see `desk.services.activities.indicators`).

The values keep their history: one value per calendar quarter that had sessions (the periods
of the tracking table, `desk.services.logframe.read.reporting_periods`; semesters and years are
made of quarters), dated by the last session of the quarter, with `session_id` = that session
and `recorded_at` = its date (midnight UTC: rebuilding gives the same rows). A cumulative
number records what the quarter brought (`desk.domain.indicators.series` adds the quarters
up): the people reached up to the end of the quarter — each listed person once over the whole
project — less those reached up to the end of the previous quarter. Any other indicator records
the figure of the quarter's sessions alone. Each quarter has one row for the total and one per
sex bucket (and per age group when the indicator is disaggregated by age), with the source
"Feuilles de présence : N séances" (the quarter's sessions). Rows with a
`session_id` are the ones that attendance wrote; they are all rewritten on every change of a
linked session. Values typed by hand (no session) are never touched.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, date, datetime, time
from decimal import Decimal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desk.domain.attendance import (
    AGE_GROUPS,
    AttendanceMeasure,
    Bucket,
    Grid,
    SessionCount,
    measure,
    reach,
)
from desk.domain.enums import AgeGroup, Sex
from desk.domain.indicators import is_summed
from desk.models import Attendance, Indicator, IndicatorValue, Participant, session_participants
from desk.models import Session as Meeting
from desk.models.calendar import IndicatorActivity


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


Dated = list[tuple[Meeting, SessionCount]]


def by_quarter(counts: Dated) -> list[Dated]:
    """Sessions in date order, grouped by calendar quarter (quarters without sessions left out)."""
    groups: list[Dated] = []
    current: tuple[int, int] | None = None
    for meeting, count in counts:
        quarter = (meeting.date.year, (meeting.date.month - 1) // 3)
        if quarter != current:
            groups.append([])
            current = quarter
        groups[-1].append((meeting, count))
    return groups


def attendance_source(sessions: int) -> str:
    return f"Feuilles de présence : {sessions} séance{'s' if sessions > 1 else ''}"


def recorded_moment(day: date) -> datetime:
    """When a value computed from a session counts as recorded: the session's day (a session
    has no time), so that recomputing never changes the rows."""
    return datetime.combine(day, time(0), tzinfo=UTC)


def quarter_rows(
    indicator: Indicator, kind: AttendanceMeasure, counts: Dated, people: dict[int, Bucket]
) -> list[tuple[Meeting, int, list[tuple[Sex, AgeGroup, int]]]]:
    """(last session, sessions, rows) of each quarter with sessions (see the module docstring)."""
    summed = is_summed(indicator.kind, indicator.cumulative)
    by_age = indicator.disaggregate_by_age
    held: list[SessionCount] = []
    before: dict[tuple[Sex, AgeGroup], int] = {}
    found: list[tuple[Meeting, int, list[tuple[Sex, AgeGroup, int]]]] = []
    for group in by_quarter(counts):
        items = [c for _, c in group]
        held += items
        if summed:
            to_date = _rows(kind, reach(held, people), len(held), by_age)
            rows = [(sex, age, n - before.get((sex, age), 0)) for sex, age, n in to_date]
            before = {(sex, age): n for sex, age, n in to_date}
        else:
            rows = _rows(kind, reach(items, people), len(items), by_age)
        found.append((group[-1][0], len(items), rows))
    return found


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
        for last, held, rows in quarter_rows(indicator, links[0].measure, counts, people):
            session.add_all(
                IndicatorValue(
                    indicator_id=indicator_id,
                    period_end=last.date,
                    sex=sex,
                    age_group=age,
                    value=Decimal(value),
                    source=attendance_source(held),
                    session_id=last.id,
                    recorded_at=recorded_moment(last.date),
                )
                for sex, age, value in rows
            )
        session.flush()
