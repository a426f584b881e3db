"""The calendar dialogs as a user drives them: an activity refused with a French message under
the field at fault, a session with its attendance grid then with a participant list (the linked
indicator follows, a listed person counts once), a deadline, and the month calendar."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from desk.domain.attendance import AttendanceMeasure
from desk.domain.enums import AgeGroup, DeadlineKind, Sex
from desk.services.activities.activities import ActivityData, create_activity
from desk.services.activities.indicators import link_indicator, project_reach
from desk.services.browse.chronogramme import chronogramme, month_events
from desk.services.browse.logframe import project_logframe
from desk.store import AssoFile, open_file
from desk.ui.undo import edits_for, forget
from tests.services.calendar_helpers import CalendarProject, make_calendar_project


@pytest.fixture
def asso(asso_path: Path) -> Iterator[AssoFile]:
    opened = open_file(asso_path, auto_backup=False)
    yield opened
    forget(opened)
    opened.close()


def _women_formed(asso: AssoFile, p: CalendarProject) -> Decimal | None:
    view = project_logframe(asso, p.project_id)
    assert view is not None
    (row,) = [i for n in view.nodes for i in n.indicators if i.id == p.women_indicator]
    return row.latest.total if row.latest else None


def test_activity_dialog_shows_a_french_message_under_the_field(
    qtbot, asso: AssoFile, french: None
) -> None:  # type: ignore[no-untyped-def]
    from desk.ui.calendar.activity_dialog import ActivityDialog

    p = make_calendar_project(asso)
    dialog = ActivityDialog(asso, p.project_id, period=(date(2025, 3, 10), date(2025, 3, 10)))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title_edit, "Atelier")
    dialog.planned_end.set_value(date(2025, 3, 1))
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    message = dialog.errors.text("planned_end")
    assert message.startswith("La fin (") and "est avant le début" in message
    assert dialog.title_edit.text() == "Atelier"  # nothing typed is lost
    assert edits_for(asso).stack.count() == 0
    dialog.planned_end.set_value(date(2027, 3, 1))
    dialog.save()
    assert "période du projet" in dialog.errors.text("planned_end")
    dialog.planned_end.set_value(date(2025, 3, 12))
    indicator_row = dialog._indicator_ids.index(p.women_indicator)
    combo = dialog.indicators.cellWidget(indicator_row, 1)
    combo.setCurrentIndex(combo.findData(AttendanceMeasure.WOMEN))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert edits_for(asso).stack.undoText() == "Nouvelle activité « Atelier »"
    edits_for(asso).stack.undo()  # creating is undoable too
    assert chronogramme(asso, p.project_id).activities == ()
    edits_for(asso).stack.redo()
    assert [a.title for a in chronogramme(asso, p.project_id).activities] == ["Atelier"]


def test_sessions_with_grid_then_list_feed_the_indicator(
    qtbot, asso: AssoFile, french: None
) -> None:  # type: ignore[no-untyped-def]
    from desk.services.activities.sessions import ParticipantData
    from desk.ui.calendar.session_dialog import SessionDialog

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
    activities = chronogramme(asso, p.project_id).activities

    first = SessionDialog(asso, p.project_id, activities, day=date(2025, 9, 6))
    qtbot.addWidget(first)
    first.grid.spins[(Sex.FEMALE, AgeGroup.FROM_18_TO_35)].setValue(12)
    first.grid.spins[(Sex.MALE, AgeGroup.UNKNOWN)].setValue(3)
    first.grid.spins[(Sex.UNKNOWN, AgeGroup.UNKNOWN)].setValue(1)
    assert first.grid.total.text() == "16"
    assert first.grid.sex_totals[Sex.UNKNOWN].text() == "1"
    assert first.grid.age_totals[AgeGroup.UNKNOWN].text() == "4"
    assert first.grid.sex_totals[Sex.FEMALE].text() == "12"
    first.save()
    assert first.result() == first.DialogCode.Accepted
    assert _women_formed(asso, p) == 12

    second = SessionDialog(asso, p.project_id, activities, day=date(2025, 9, 13))
    qtbot.addWidget(second)
    second.keep_list.setChecked(True)
    second.people.add(ParticipantData("A.K.", Sex.FEMALE, AgeGroup.FROM_18_TO_35, "Mali"))
    second.people.add(ParticipantData("B.T.", Sex.MALE, AgeGroup.FROM_18_TO_35, "Guinée"))
    assert second.grid.total.text() == "2"  # the grid follows the list
    assert second.grid.spins[(Sex.FEMALE, AgeGroup.FROM_18_TO_35)].minimum() == 1
    second.save()
    assert _women_formed(asso, p) == 13

    third = SessionDialog(asso, p.project_id, activities, day=date(2025, 9, 20))
    qtbot.addWidget(third)
    third.keep_list.setChecked(True)
    third.people.pick.setCurrentIndex(third.people.pick.findText("A.K. · Mali"))
    third.people.pick.activated.emit(third.people.pick.currentIndex())
    assert [x.initials for x in third.people.people()] == ["A.K."]
    third.save()
    # A.K. came twice: still 13 women; the head count says 14.
    assert _women_formed(asso, p) == 13
    reach = project_reach(asso, p.project_id)
    assert (reach.people.women, reach.headcount.women) == (13, 14)
    edits_for(asso).stack.undo()
    assert project_reach(asso, p.project_id).sessions == 2


def test_session_refuses_a_full_name(qtbot, asso: AssoFile, french: None) -> None:  # type: ignore[no-untyped-def]
    from desk.services.activities.sessions import ParticipantData
    from desk.ui.calendar.session_dialog import SessionDialog

    p = make_calendar_project(asso)
    create_activity(asso, p.project_id, ActivityData("A", date(2025, 9, 1), date(2025, 9, 30)))
    dialog = SessionDialog(
        asso, p.project_id, chronogramme(asso, p.project_id).activities, day=date(2025, 9, 6)
    )
    qtbot.addWidget(dialog)
    dialog.keep_list.setChecked(True)
    dialog.people.add(ParticipantData("Aminata Diallo Koné", Sex.FEMALE))
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.participants_error.text().startswith("Participant 1 : indiquez seulement")


def test_deadline_dialog_and_month_calendar(qtbot, asso: AssoFile, french: None) -> None:  # type: ignore[no-untyped-def]
    from desk.ui.calendar.deadline_dialog import DeadlineDialog
    from desk.ui.calendar.month import MonthCalendar

    p = make_calendar_project(asso)
    dialog = DeadlineDialog(asso, p.project_id, day=date(2025, 3, 31))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title_edit, "Rapport trimestriel")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(DeadlineKind.REPORT))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    events = month_events(asso, date(2025, 3, 1), date(2025, 3, 31), p.project_id, "fr")
    assert [d.title for d in events.deadlines] == ["Rapport trimestriel"]
    month = MonthCalendar()
    qtbot.addWidget(month)
    month.resize(900, 600)
    month.show()
    month.set_month(date(2025, 3, 1), events, date(2025, 3, 15))
    month.grab()  # paints (and records where each item is)
    (item,) = [i for i in month._items if i.kind == "deadline"]
    with qtbot.waitSignal(month.deadline_activated) as clicked:
        from PySide6.QtCore import Qt

        qtbot.mouseClick(month, Qt.MouseButton.LeftButton, pos=item.rect.center().toPoint())
    assert clicked.args == [events.deadlines[0].id]
    assert month.day_at(item.rect.center()) == date(2025, 3, 31)


def test_page_exports_the_chronogramme_and_the_ics(
    qtbot, asso: AssoFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, french: None
) -> None:  # type: ignore[no-untyped-def]
    from icalendar import Calendar
    from PySide6.QtWidgets import QFileDialog

    from desk.ui.pages.calendar import CalendarPage

    p = make_calendar_project(asso)
    create_activity(asso, p.project_id, ActivityData("Atelier", date(2025, 3, 1), date(2025, 3, 8)))
    page = CalendarPage(asso, today=date(2025, 6, 1))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.tabs.tabText(0) == "Chronogramme" and page.export_button.text() == "Exporter…"
    assert page.reach_label.text() == "Touchés : 0 femmes, 0 hommes (0 personnes, 0 séances)"
    for name, chosen in (
        ("plan.xlsx", "Chronogramme, Excel (*.xlsx)"),
        ("agenda", "Agenda pour téléphones et ordinateurs (*.ics)"),
    ):
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda *args, n=name, c=chosen: (str(tmp_path / n), c)
        )
        messages: list[str] = []
        page.status_message.connect(messages.append)
        page.export()
        qtbot.waitUntil(lambda seen=messages: bool(seen), timeout=10_000)
        page.status_message.disconnect()
    assert (tmp_path / "plan.xlsx").stat().st_size > 3000
    events = Calendar.from_ical((tmp_path / "agenda.ics").read_bytes()).walk("VEVENT")
    assert [str(e.get("summary")) for e in events] == ["[JDF] Atelier"]
