"""Activities: created under a result through the logframe tree, dates checked against the
project period, moved on the chronogramme, deleted and restored with everything they held."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desk.domain.attendance import AttendanceMeasure, Grid
from desk.domain.enums import ActivityStatus, AgeGroup, AuditAction, Sex
from desk.domain.errors import DomainError, ErrorCode
from desk.models import Activity, AuditEntry, LogframeNode
from desk.services.activities.activities import (
    ActivityData,
    Dates,
    create_activity,
    delete_activity,
    get_activity_data,
    restore_activity,
    set_dates,
    update_activity,
)
from desk.services.activities.choices import project_results
from desk.services.activities.indicators import link_indicator
from desk.services.activities.sessions import SessionData, add_session
from desk.services.browse.chronogramme import chronogramme
from desk.store import AssoFile
from tests.services.calendar_helpers import make_calendar_project

WORKSHOP = ActivityData(
    title="Atelier droits des femmes",
    planned_start=date(2025, 3, 1),
    planned_end=date(2025, 3, 8),
    place="Salé",
    responsible="Aminata",
)


def test_activity_gets_its_node_under_the_chosen_result(new_asso: AssoFile) -> None:
    p = make_calendar_project(new_asso)
    assert [c.code for c in project_results(new_asso, p.project_id)] == ["R1.1", "R1.2"]
    first = create_activity(new_asso, p.project_id, _with(WORKSHOP, result_id=p.results[1]))
    second = create_activity(
        new_asso, p.project_id, _with(WORKSHOP, title="Formation", result_id=p.results[1])
    )
    with new_asso.reader() as s:
        nodes = {
            a.title: s.get_one(LogframeNode, a.logframe_node_id)
            for a in s.scalars(select(Activity))
        }
        assert nodes["Atelier droits des femmes"].code == "A1.2.1"
        assert nodes["Formation"].code == "A1.2.2"
        assert nodes["Formation"].statement == "Formation"
        actions = [
            e.action
            for e in s.scalars(select(AuditEntry).where(AuditEntry.table_name == "activity"))
        ]
        assert actions == [AuditAction.CREATE, AuditAction.CREATE]
    # Moving the first activity to result R1.1 renumbers; the title follows to the node.
    data = get_activity_data(new_asso, first)
    assert data.result_id == p.results[1]
    before = update_activity(
        new_asso, first, _with(data, result_id=p.results[0], title="Atelier 8 mars")
    )
    assert before.title == "Atelier droits des femmes"
    view = chronogramme(new_asso, p.project_id)
    assert [(g.code, [a.code for a in g.activities]) for g in view.groups] == [
        ("R1.1", ["A1.1.1"]),
        ("R1.2", ["A1.2.1"]),
    ]
    assert view.groups[0].activities[0].title == "Atelier 8 mars"
    assert second in [a.id for a in view.activities]


def _with(data: ActivityData, **changes: object) -> ActivityData:
    return ActivityData(**({f: getattr(data, f) for f in data.__slots__} | changes))


@pytest.mark.parametrize(
    ("changes", "code", "field"),
    [
        ({"planned_end": date(2025, 2, 1)}, ErrorCode.CALENDAR_END_BEFORE_START, "planned_end"),
        ({"planned_start": date(2024, 12, 1)}, ErrorCode.CALENDAR_OUTSIDE_PROJECT, "planned_start"),
        ({"planned_end": date(2027, 1, 5)}, ErrorCode.CALENDAR_OUTSIDE_PROJECT, "planned_end"),
        (
            {"actual_start": date(2025, 3, 9), "actual_end": date(2025, 3, 2)},
            ErrorCode.CALENDAR_END_BEFORE_START,
            "actual_end",
        ),
        ({"title": "  "}, ErrorCode.REQUIRED, "title"),
    ],
)
def test_bad_dates_are_refused_and_nothing_is_written(
    new_asso: AssoFile, changes: dict[str, object], code: ErrorCode, field: str
) -> None:
    p = make_calendar_project(new_asso)
    with pytest.raises(DomainError) as caught:
        create_activity(new_asso, p.project_id, _with(WORKSHOP, result_id=p.results[0], **changes))
    assert (caught.value.code, caught.value.field) == (code, field)
    with new_asso.reader() as s:
        assert s.scalars(select(Activity)).all() == []
        assert s.scalars(select(LogframeNode).where(LogframeNode.depth == 3)).all() == []


def test_a_result_must_be_a_result_of_this_project(new_asso: AssoFile) -> None:
    p = make_calendar_project(new_asso)
    with new_asso.reader() as s:
        objective = s.scalar(select(LogframeNode.id).where(LogframeNode.depth == 1))
    with pytest.raises(DomainError) as caught:
        create_activity(new_asso, p.project_id, _with(WORKSHOP, result_id=objective))
    assert caught.value.code is ErrorCode.CALENDAR_NOT_A_RESULT


def test_set_dates_moves_and_returns_the_old_dates(new_asso: AssoFile) -> None:
    p = make_calendar_project(new_asso)
    ident = create_activity(new_asso, p.project_id, WORKSHOP)
    old = set_dates(new_asso, ident, Dates(date(2025, 4, 1), date(2025, 4, 8)))
    assert old == Dates(date(2025, 3, 1), date(2025, 3, 8))
    assert get_activity_data(new_asso, ident).planned_start == date(2025, 4, 1)
    with pytest.raises(DomainError) as caught:
        set_dates(new_asso, ident, Dates(date(2026, 12, 30), date(2027, 1, 6)))
    assert caught.value.code is ErrorCode.CALENDAR_OUTSIDE_PROJECT
    assert get_activity_data(new_asso, ident).planned_end == date(2025, 4, 8)


def test_delete_and_restore_keep_sessions_links_and_node(new_asso: AssoFile) -> None:
    p = make_calendar_project(new_asso)
    ident = create_activity(
        new_asso, p.project_id, _with(WORKSHOP, result_id=p.results[0], status=ActivityStatus.DONE)
    )
    link_indicator(new_asso, ident, p.women_indicator, AttendanceMeasure.WOMEN)
    grid = Grid.of({(Sex.FEMALE, AgeGroup.FROM_18_TO_35): 12, (Sex.MALE, AgeGroup.UNKNOWN): 3})
    add_session(new_asso, ident, SessionData(date(2025, 3, 8), "Matin", attendance=grid))
    snap = delete_activity(new_asso, ident)
    view = chronogramme(new_asso, p.project_id)
    assert view.activities == ()
    with new_asso.reader() as s:
        assert s.scalars(select(LogframeNode).where(LogframeNode.depth == 3)).all() == []
    restore_activity(new_asso, snap)
    view = chronogramme(new_asso, p.project_id)
    (activity,) = view.activities
    assert (activity.id, activity.code, activity.session_days) == (
        ident,
        "A1.1.1",
        (date(2025, 3, 8),),
    )
