"""Moroccan holidays (moving Islamic ones included) and the Ramadan band, and the month view."""

from __future__ import annotations

from datetime import date

from desk.domain.enums import DeadlineKind
from desk.services.activities.activities import ActivityData, create_activity
from desk.services.activities.deadlines import (
    DeadlineData,
    add_deadline,
    delete_deadline,
    update_deadline,
)
from desk.services.activities.holidays import moroccan_holidays, ramadan_periods
from desk.services.activities.sessions import SessionData, add_session
from desk.services.browse.chronogramme import month_events
from desk.store import AssoFile
from tests.services.calendar_helpers import make_calendar_project


def test_holidays_in_french_and_arabic_with_eid_as_one_range() -> None:
    fr = moroccan_holidays(date(2026, 1, 1), date(2026, 12, 31), "fr")
    names = {r.start: r.label for r in fr}
    assert names[date(2026, 7, 30)] == "Fête du Trône"
    assert names[date(2026, 11, 18)] == "Fête de l'indépendance"
    eid = [r for r in fr if r.label.startswith("Fête de la rupture du jeûne")]
    assert len(eid) == 1 and eid[0].days == 2  # two days, one band
    ar = moroccan_holidays(date(2026, 7, 1), date(2026, 7, 31), "ar")
    assert [r.label for r in ar] == ["عيد العرش"]


def test_ramadan_ends_the_day_before_eid_al_fitr() -> None:
    bands = ramadan_periods(date(2025, 1, 1), date(2026, 12, 31))
    assert [(b.start, b.end) for b in bands] == [
        (date(2025, 3, 1), date(2025, 3, 29)),
        (date(2026, 2, 18), date(2026, 3, 19)),
    ]
    eid = {
        r.start
        for r in moroccan_holidays(date(2025, 1, 1), date(2026, 12, 31), "en")
        if "Eid al-Fitr" in r.label
    }
    assert {b.end.toordinal() + 1 for b in bands} == {d.toordinal() for d in eid}
    assert all(29 <= b.days <= 30 for b in bands)
    # Clipped to the period asked for.
    assert ramadan_periods(date(2026, 3, 1), date(2026, 3, 31))[0].start == date(2026, 3, 1)


def test_month_events_and_deadlines(new_asso: AssoFile) -> None:
    p = make_calendar_project(new_asso)
    ident = create_activity(
        new_asso, p.project_id, ActivityData("Atelier", date(2025, 3, 1), date(2025, 3, 31))
    )
    add_session(new_asso, ident, SessionData(date(2025, 3, 8), "Journée du 8 mars"))
    deadline = add_deadline(
        new_asso,
        p.project_id,
        DeadlineData(date(2025, 3, 31), "Rapport trimestriel", DeadlineKind.REPORT),
    )
    events = month_events(new_asso, date(2025, 3, 1), date(2025, 3, 31), p.project_id)
    assert [(s.date, s.title, s.activity) for s in events.sessions] == [
        (date(2025, 3, 8), "Journée du 8 mars", "Atelier")
    ]
    assert [d.title for d in events.deadlines] == ["Rapport trimestriel"]
    assert [r.start for r in events.holidays] == [date(2025, 3, 30)]  # Eid al-Fitr
    assert events.ramadan[0].start == date(2025, 3, 1)
    before = update_deadline(
        new_asso,
        deadline,
        DeadlineData(date(2025, 4, 15), "Rapport trimestriel", DeadlineKind.REPORT, done=True),
    )
    assert before.date == date(2025, 3, 31)
    assert month_events(new_asso, date(2025, 3, 1), date(2025, 3, 31)).deadlines == ()
    project, data = delete_deadline(new_asso, deadline)
    assert (project, data.done) == (p.project_id, True)
