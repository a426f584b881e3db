"""Attendance feeds the linked indicators and the women/men reached, without counting twice a
listed person who came to several sessions (acceptance of issue 6)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from desk.domain.attendance import AttendanceMeasure, Grid
from desk.domain.enums import AgeGroup, Sex
from desk.domain.errors import DomainError, ErrorCode
from desk.models import Attendance, IndicatorValue, Participant
from desk.services.activities.activities import ActivityData, create_activity, delete_activity
from desk.services.activities.indicators import (
    activity_indicators,
    link_indicator,
    project_reach,
    unlink_indicator,
)
from desk.services.activities.sessions import (
    ParticipantData,
    SessionData,
    add_session,
    delete_session,
    get_session,
    project_participants,
    restore_session,
    update_session,
)
from desk.services.browse.logframe import project_logframe
from desk.store import AssoFile
from tests.services.calendar_helpers import CalendarProject, make_calendar_project

F, M, U = Sex.FEMALE, Sex.MALE, Sex.UNKNOWN
YOUNG, OLDER, NA = AgeGroup.FROM_18_TO_35, AgeGroup.FROM_36_TO_59, AgeGroup.UNKNOWN


def _training(asso: AssoFile) -> tuple[CalendarProject, int]:
    p = make_calendar_project(asso)
    ident = create_activity(
        asso,
        p.project_id,
        ActivityData(
            "Formation des femmes relais",
            date(2025, 9, 1),
            date(2025, 9, 30),
            result_id=p.results[0],
        ),
    )
    link_indicator(asso, ident, p.women_indicator, AttendanceMeasure.WOMEN)
    return p, ident


def _actual(asso: AssoFile, p: CalendarProject) -> tuple[Decimal | None, date | None]:
    view = project_logframe(asso, p.project_id)
    assert view is not None
    (row,) = [i for n in view.nodes for i in n.indicators if i.id == p.women_indicator]
    return (row.latest.total if row.latest else None), row.latest_date


def test_two_sessions_without_a_list_add_their_counts(new_asso: AssoFile) -> None:
    p, ident = _training(new_asso)
    assert _actual(new_asso, p) == (None, None)
    add_session(
        new_asso,
        ident,
        SessionData(
            date(2025, 9, 6),
            "Jour 1",
            attendance=Grid.of({(F, YOUNG): 10, (F, OLDER): 4, (M, YOUNG): 3, (U, NA): 1}),
        ),
    )
    assert _actual(new_asso, p) == (Decimal(14), date(2025, 9, 6))
    second = add_session(
        new_asso,
        ident,
        SessionData(
            date(2025, 9, 13), "Jour 2", attendance=Grid.of({(F, YOUNG): 12, (M, YOUNG): 2})
        ),
    )
    assert _actual(new_asso, p) == (Decimal(26), date(2025, 9, 13))
    # Both sessions fall in Q3 2025: one value for the quarter, dated and stamped by the last
    # session (never by the clock: recomputing gives the same rows).
    with new_asso.reader() as s:
        computed = [
            (v.period_end, v.sex, v.value, v.session_id, v.source, v.recorded_at)
            for v in s.scalars(select(IndicatorValue).order_by(IndicatorValue.id))
        ]
    moment = datetime(2025, 9, 13, tzinfo=UTC)
    source = "Feuilles de présence : 2 séances"
    assert computed == [
        (date(2025, 9, 13), Sex.TOTAL, Decimal(26), second, source, moment),
        (date(2025, 9, 13), F, Decimal(26), second, source, moment),
    ]
    reach = project_reach(new_asso, p.project_id)
    assert (reach.people.women, reach.people.men, reach.people.total) == (26, 5, 32)
    assert reach.sessions == 2 and reach.listed_sessions == 0
    # Correcting a count corrects the indicator; deleting a session too; undo puts it back.
    update_session(
        new_asso,
        second,
        SessionData(date(2025, 9, 13), "Jour 2", attendance=Grid.of({(F, YOUNG): 11})),
    )
    assert _actual(new_asso, p) == (Decimal(25), date(2025, 9, 13))
    snap = delete_session(new_asso, second)
    assert _actual(new_asso, p) == (Decimal(14), date(2025, 9, 6))
    restore_session(new_asso, snap)
    assert _actual(new_asso, p) == (Decimal(25), date(2025, 9, 13))
    # Values typed by hand stay; unlinking removes only what attendance wrote.
    with new_asso.unit_of_work() as s:
        s.add(
            IndicatorValue(
                indicator_id=p.women_indicator,
                period_end=date(2025, 6, 30),
                value=Decimal(3),
                source="Enquête",
            )
        )
    unlink_indicator(new_asso, ident, p.women_indicator)
    assert _actual(new_asso, p) == (Decimal(3), date(2025, 6, 30))
    assert activity_indicators(new_asso, ident) == ()


def test_a_listed_person_at_two_sessions_counts_once(new_asso: AssoFile) -> None:
    p, ident = _training(new_asso)
    people = (
        ParticipantData("A.K.", F, YOUNG, "Côte d'Ivoire"),
        ParticipantData("M.D.", F, OLDER, "Guinée"),
        ParticipantData("B.T.", M, YOUNG, "Mali"),
    )
    first = add_session(new_asso, ident, SessionData(date(2025, 9, 6), participants=people))
    listed = {r.initials: r.id for r in project_participants(new_asso, p.project_id)}
    assert sorted(listed) == ["A.K.", "B.T.", "M.D."]
    again = (
        ParticipantData("A.K.", F, YOUNG, "Côte d'Ivoire", id=listed["A.K."]),
        ParticipantData("F.S.", F, YOUNG, "Sénégal"),
    )
    add_session(new_asso, ident, SessionData(date(2025, 9, 13), participants=again))
    # Women: A.K., M.D., F.S. = 3, not 4 (A.K. came twice).
    assert _actual(new_asso, p) == (Decimal(3), date(2025, 9, 13))
    reach = project_reach(new_asso, p.project_id)
    assert (reach.people.women, reach.people.men) == (3, 1)
    assert (reach.headcount.women, reach.headcount.total) == (4, 5)
    # The attendance grid of a listed session is its list.
    with new_asso.reader() as s:
        rows = {
            (a.sex, a.age_group): a.count
            for a in s.scalars(select(Attendance).where(Attendance.session_id == first))
        }
    assert rows == {(F, YOUNG): 1, (F, OLDER): 1, (M, YOUNG): 1}
    snap = get_session(new_asso, first)
    assert [x.initials for x in snap.data.participants] == ["A.K.", "B.T.", "M.D."]
    # Deleting the activity takes its values away.
    delete_activity(new_asso, ident)
    assert _actual(new_asso, p) == (None, None)


def test_bad_attendance_and_lists_are_refused(new_asso: AssoFile) -> None:
    p, ident = _training(new_asso)
    with pytest.raises(DomainError) as caught:
        add_session(
            new_asso, ident, SessionData(date(2025, 9, 6), attendance=Grid((((F, YOUNG), -2),)))
        )
    assert (caught.value.code, caught.value.field) == (
        ErrorCode.CALENDAR_NEGATIVE_ATTENDANCE,
        "attendance",
    )
    with pytest.raises(DomainError) as caught:
        add_session(
            new_asso,
            ident,
            SessionData(
                date(2025, 9, 6), participants=(ParticipantData("Aminata Koné Diallo", F),)
            ),
        )
    assert caught.value.code is ErrorCode.CALENDAR_PARTICIPANT_INVALID
    assert caught.value.params["row"] == 1
    with pytest.raises(DomainError) as caught:
        add_session(new_asso, ident, SessionData(date(2027, 2, 1)))
    assert caught.value.code is ErrorCode.CALENDAR_SESSION_OUTSIDE_PROJECT
    with new_asso.reader() as s:
        assert s.scalars(select(Participant)).all() == []
    assert _actual(new_asso, p) == (None, None)


def test_participants_measure_writes_sex_buckets(new_asso: AssoFile) -> None:
    p, ident = _training(new_asso)
    link_indicator(new_asso, ident, p.women_indicator, AttendanceMeasure.PARTICIPANTS)
    add_session(
        new_asso,
        ident,
        SessionData(
            date(2025, 9, 6), attendance=Grid.of({(F, YOUNG): 5, (M, YOUNG): 2, (U, NA): 1})
        ),
    )
    view = project_logframe(new_asso, p.project_id)
    assert view is not None
    (row,) = [i for n in view.nodes for i in n.indicators]
    assert row.latest is not None
    assert row.latest.total == 8
    assert dict(row.latest.by_sex) == {F: 5, M: 2, U: 1}
