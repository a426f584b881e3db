"""The chronogramme as a user drives it: create an activity with the dialog, drag its bar one
month later, check the saved dates, undo (acceptance of issue 6); resize by an edge, the
mirrored chart in Arabic, a refused drag, and a read-only file."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QWidget

from desk.services.activities.activities import get_activity_data
from desk.store import AssoFile, open_file
from desk.ui.undo import edits_for, forget
from tests.services.calendar_helpers import CalendarProject, make_calendar_project

TODAY = date(2025, 6, 15)


@pytest.fixture
def asso(asso_path: Path) -> Iterator[AssoFile]:
    opened = open_file(asso_path, auto_backup=False)
    yield opened
    forget(opened)
    opened.close()


def _page(qtbot, asso: AssoFile, rtl: bool = False):  # type: ignore[no-untyped-def]
    from desk.ui.pages.calendar import CalendarPage

    page = CalendarPage(asso, today=TODAY)
    if rtl:
        page.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def _create(qtbot, asso: AssoFile, p: CalendarProject, title: str) -> int:  # type: ignore[no-untyped-def]
    from desk.ui.calendar.activity_dialog import ActivityDialog

    dialog = ActivityDialog(asso, p.project_id, period=(date(2025, 3, 1), date(2025, 3, 1)))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title_edit, title)
    dialog.result_combo.setCurrentIndex(dialog.result_combo.findData(p.results[0]))
    dialog.planned_end.set_value(date(2025, 3, 8))
    dialog.place_edit.setText("Salé")  # keyClicks types ASCII only
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.general_error.text()
    assert dialog.activity_id is not None
    return dialog.activity_id


def _drag(qtbot, view: QWidget, start: QPointF, dx: float) -> None:  # type: ignore[no-untyped-def]
    viewport = view.viewport()  # type: ignore[attr-defined]
    begin = start.toPoint()
    end = QPoint(round(start.x() + dx), begin.y())
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=begin)
    qtbot.mouseMove(viewport, pos=QPoint(begin.x() + round(dx / 2), begin.y()))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def test_create_drag_one_month_later_then_undo(qtbot, asso: AssoFile, french: None) -> None:  # type: ignore[no-untyped-def]
    p = make_calendar_project(asso)
    page = _page(qtbot, asso)
    page.refresh()
    ident = _create(qtbot, asso, p, "Atelier du 8 mars")
    # The page reloaded by itself (the edit notified it): the bar is there, under R1.1.
    assert [a.title for a in page.gantt.chrono.activities] == ["Atelier du 8 mars"]
    assert page.gantt.chrono.groups[0].code == "R1.1"
    _drag(qtbot, page.gantt, page.gantt.bar_center(ident), page.gantt.month_width)
    saved = get_activity_data(asso, ident)
    assert (saved.planned_start, saved.planned_end) == (date(2025, 4, 1), date(2025, 4, 8))
    assert edits_for(asso).stack.undoText() == "Déplacer une activité"
    edits_for(asso).stack.undo()
    saved = get_activity_data(asso, ident)
    assert (saved.planned_start, saved.planned_end) == (date(2025, 3, 1), date(2025, 3, 8))
    assert page.gantt.chrono.activities[0].planned_start == date(2025, 3, 1)
    edits_for(asso).stack.redo()
    assert get_activity_data(asso, ident).planned_start == date(2025, 4, 1)


def test_resize_by_the_end_and_mirrored_drag(qtbot, asso: AssoFile) -> None:  # type: ignore[no-untyped-def]
    p = make_calendar_project(asso)
    page = _page(qtbot, asso, rtl=True)
    page.refresh()
    ident = _create(qtbot, asso, p, "Formation")
    view = page.gantt
    view.zoom(3)  # wide months: a day is several pixels
    # Time runs right to left: dragging to the left moves later.
    _drag(qtbot, view, view.bar_center(ident), -2 * view.month_width)
    saved = get_activity_data(asso, ident)
    assert (saved.planned_start, saved.planned_end) == (date(2025, 5, 1), date(2025, 5, 8))
    # Grab the end edge (the left edge in Arabic) and pull it one week further.
    row = view.layout_.row_of(ident)
    bar = view.layout_.planned_rect(row)
    edge = view.to_view(QPointF(bar.left() + 1, bar.center().y()))
    per_day = view.month_width / 31
    _drag(qtbot, view, edge, -7 * per_day)
    saved = get_activity_data(asso, ident)
    assert (saved.planned_start, saved.planned_end) == (date(2025, 5, 1), date(2025, 5, 15))


def test_a_drag_outside_the_project_is_refused_in_french(
    qtbot, asso: AssoFile, french: None
) -> None:  # type: ignore[no-untyped-def]
    p = make_calendar_project(asso, start=date(2025, 1, 1), end=date(2025, 6, 30))
    page = _page(qtbot, asso)
    page.refresh()
    ident = _create(qtbot, asso, p, "Atelier")
    depth = edits_for(asso).stack.count()
    _drag(qtbot, page.gantt, page.gantt.bar_center(ident), 5 * page.gantt.month_width)
    assert get_activity_data(asso, ident).planned_start == date(2025, 3, 1)
    assert edits_for(asso).stack.count() == depth
    assert page.error_label.isVisible()
    assert "période du projet" in page.error_label.text()


def test_read_only_file_cannot_be_changed(qtbot, asso_path: Path) -> None:  # type: ignore[no-untyped-def]
    writable = open_file(asso_path, auto_backup=False)
    p = make_calendar_project(writable)
    from desk.services.activities.activities import ActivityData, create_activity

    ident = create_activity(
        writable, p.project_id, ActivityData("Atelier", date(2025, 3, 1), date(2025, 3, 8))
    )
    writable.close()
    asso = open_file(asso_path, read_only=True)
    try:
        page = _page(qtbot, asso)
        page.refresh()
        assert not page.new_activity.isEnabled() and not page.new_session.isEnabled()
        _drag(qtbot, page.gantt, page.gantt.bar_center(ident), page.gantt.month_width)
        assert get_activity_data(asso, ident).planned_start == date(2025, 3, 1)
        assert edits_for(asso).stack.count() == 0
    finally:
        forget(asso)
        asso.close()


def test_zoom_and_weeks_change_the_scale(qtbot, asso: AssoFile) -> None:  # type: ignore[no-untyped-def]
    make_calendar_project(asso)
    page = _page(qtbot, asso)
    page.refresh()
    view = page.gantt
    width = view.layout_.width
    page.zoom_in.click()
    assert view.layout_.width > width
    page.scale_combo.setCurrentIndex(1)
    assert view.weeks and view.layout_.scale.columns()[0].start.weekday() == 0
