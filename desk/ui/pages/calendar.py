"""Calendrier: the selected project's chronogramme (activities by result over its months, with
deadlines, Moroccan holidays and Ramadan; bars dragged to move or resize, with undo), the month
calendar of sessions, deadlines and holidays, and the list of activities and deadlines.

Writes go through undoable commands (desk/ui/calendar/commands.py); a read-only file shows
everything and changes nothing.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.domain.errors import DomainError
from desk.domain.timeline import add_months
from desk.i18n.translators import current_language
from desk.services.activities.activities import Dates
from desk.services.activities.indicators import project_reach
from desk.services.browse.calendar import deadlines, project_activities
from desk.services.browse.chronogramme import Chronogramme, chronogramme, month_events
from desk.services.browse.projects import list_projects
from desk.store import AssoFile
from desk.ui.calendar.activity_dialog import ActivityDialog
from desk.ui.calendar.commands import MoveActivity
from desk.ui.calendar.deadline_dialog import DeadlineDialog
from desk.ui.calendar.export_action import ask_and_export
from desk.ui.calendar.gantt import GanttView
from desk.ui.calendar.lists import (  # noqa: F401 (ActivityColumn, DeadlineColumn: tests)
    ActivityColumn,
    CalendarLists,
    DeadlineColumn,
)
from desk.ui.calendar.month import MonthCalendar
from desk.ui.calendar.session_dialog import SessionDialog
from desk.ui.pages.base import BasePage
from desk.ui.undo import edits_for
from desk.ui.widgets import style
from desk.ui.widgets.empty_state import EmptyState, ListStack
from desk.ui.widgets.error_label import ErrorLabel
from desk.ui.widgets.project_selector import ProjectSelector


class CalendarPage(BasePage):
    key = "calendar"

    def __init__(
        self, asso: AssoFile, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(asso, parent)
        self._today = today or date.today()
        self.project_id = 0
        self.chrono: Chronogramme | None = None
        self.month_first = self._today.replace(day=1)
        self.selector = ProjectSelector()
        self.header_tools.addWidget(self.selector)
        self.new_activity = QPushButton()
        self.new_session = QPushButton()
        self.new_deadline = QPushButton()
        self.export_button = QPushButton()
        actions = QHBoxLayout()
        for button in (self.new_activity, self.new_session, self.new_deadline, self.export_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.reach_label = QLabel()
        self.reach_label.setStyleSheet(style.MUTED_CSS)
        actions.addWidget(self.reach_label)
        self.error_label = ErrorLabel()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._gantt_tab(), "")
        self.tabs.addTab(self._month_tab(), "")
        self.tabs.addTab(self._list_tab(), "")
        self.body.addLayout(actions)
        self.body.addWidget(self.error_label)
        self.body.addWidget(self.tabs, 1)
        self.selector.project_changed.connect(self._show_project)
        self.new_activity.clicked.connect(lambda: self.edit_activity(None))
        self.new_session.clicked.connect(lambda: self.edit_session(None))
        self.new_deadline.clicked.connect(lambda: self.edit_deadline(None))
        self.export_button.clicked.connect(self.export)
        edits_for(asso).changed.connect(lambda _area: self.invalidate())
        self._set_texts()

    # -- tabs ---------------------------------------------------------------------------------

    def _gantt_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        tools = QHBoxLayout()
        self.zoom_out, self.zoom_in, self.today_button = (
            QPushButton("−"),
            QPushButton("+"),
            QPushButton(),
        )
        self.scale_combo = QComboBox()
        self.scale_combo.addItems(["", ""])
        for widget in (self.zoom_out, self.zoom_in, self.scale_combo, self.today_button):
            tools.addWidget(widget)
        tools.addStretch(1)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        tools.addWidget(self.legend)
        self.gantt = GanttView()
        self.gantt_empty = EmptyState(icon=QStyle.StandardPixmap.SP_FileDialogContentsView)
        self.gantt_stack = ListStack(self.gantt, self.gantt_empty)
        layout.addLayout(tools)
        layout.addWidget(self.gantt_stack, 1)
        self.zoom_out.clicked.connect(lambda: self.gantt.zoom(-1))
        self.zoom_in.clicked.connect(lambda: self.gantt.zoom(1))
        self.scale_combo.currentIndexChanged.connect(lambda i: self.gantt.set_weeks(i == 1))
        self.today_button.clicked.connect(lambda: self.gantt.scroll_to(self._today))
        self.gantt.dates_requested.connect(self.move_activity)
        self.gantt.activity_activated.connect(self.edit_activity)
        return tab

    def _month_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        nav = QHBoxLayout()
        self.previous_month, self.next_month = QPushButton("‹"), QPushButton("›")
        self.month_label = QLabel()
        self.month_label.setStyleSheet("font-size: 13pt; font-weight: 600;")
        nav.addWidget(self.previous_month)
        nav.addWidget(self.month_label)
        nav.addWidget(self.next_month)
        nav.addStretch(1)
        self.month = MonthCalendar()
        layout.addLayout(nav)
        layout.addWidget(self.month, 1)
        self.previous_month.clicked.connect(
            lambda: self.show_month(add_months(self.month_first, -1))
        )
        self.next_month.clicked.connect(lambda: self.show_month(add_months(self.month_first, 1)))
        self.month.session_activated.connect(lambda ident: self.edit_session(ident))
        self.month.deadline_activated.connect(self.edit_deadline)
        self.month.day_activated.connect(lambda day: self.edit_session(None, day=day))
        return tab

    def _list_tab(self) -> QWidget:
        self.lists = CalendarLists(self._today)
        # The list's models and stacks, under the names the page always had.
        self.activities, self.deadlines = self.lists.activities, self.lists.deadlines
        self.activities_stack = self.lists.activities_stack
        self.deadlines_stack = self.lists.deadlines_stack
        self.lists.activity_activated.connect(self.edit_activity)
        self.lists.deadline_activated.connect(self.edit_deadline)
        return self.lists

    def _set_texts(self) -> None:
        self.new_activity.setText(self.tr("New activity"))
        self.new_session.setText(self.tr("New session"))
        self.new_deadline.setText(self.tr("New deadline"))
        self.export_button.setText(self.tr("Export…"))
        for index, text in enumerate((self.tr("Chronogramme"), self.tr("Month"), self.tr("List"))):
            self.tabs.setTabText(index, text)
        self.scale_combo.setItemText(0, self.tr("Months"))
        self.scale_combo.setItemText(1, self.tr("Weeks"))
        self.today_button.setText(self.tr("Today"))
        self.zoom_in.setToolTip(self.tr("Zoom in (Ctrl + wheel)"))
        self.zoom_out.setToolTip(self.tr("Zoom out (Ctrl + wheel)"))
        self.legend.setText(
            "<span style='color:#1F6F8B'>▬</span> "
            + self.tr("planned")
            + " &nbsp; <span style='color:#1B7F3B'>▬</span> "
            + self.tr("actual")
            + " &nbsp; <span style='color:#6A3D9A'>◆</span> "
            + self.tr("deadline")
            + " &nbsp; <span style='color:#D67800'>▮</span> "
            + self.tr("public holiday")
            + " &nbsp; <span style='color:#2E8B57'>▮</span> "
            + self.tr("Ramadan")
            + " &nbsp; <span style='color:#B42318'>│</span> "
            + self.tr("today")
        )

    def retranslate(self) -> None:
        self._set_texts()
        super().retranslate()

    # -- loading ------------------------------------------------------------------------------

    def load(self) -> None:
        editable = not self.asso.read_only
        for button in (self.new_activity, self.new_session, self.new_deadline):
            button.setEnabled(editable)
        self.gantt.set_editable(editable)
        # Emits project_changed (which fills everything); prefers a project with activities.
        self.selector.set_projects(list_projects(self.asso), lambda p: p.activities > 0)

    def _show_project(self, project_id: int) -> None:
        first_time = project_id != self.project_id
        self.project_id = project_id
        self.error_label.show_error(None)
        lang = current_language() or "fr"
        self.chrono = chronogramme(self.asso, project_id, lang) if project_id else None
        has_project = self.chrono is not None
        self.new_activity.setEnabled(has_project and not self.asso.read_only)
        self.new_deadline.setEnabled(has_project and not self.asso.read_only)
        self.new_session.setEnabled(
            has_project and not self.asso.read_only and bool(self.chrono and self.chrono.activities)
        )
        self.export_button.setEnabled(has_project)
        self.gantt.set_chronogramme(self.chrono, self._today)
        self.gantt_stack.show_empty(self.chrono is None)
        if self.chrono is None:
            self.gantt_empty.set_text(
                self.tr("No project yet"), self.tr("Create a project to plan its activities.")
            )
        elif first_time:
            self.gantt.scroll_to(min(max(self._today, self.chrono.start), self.chrono.end))
            if not self.chrono.start <= self.month_first <= self.chrono.end:
                self.month_first = self.chrono.start.replace(day=1)
        self._show_reach()
        self.show_month(self.month_first)
        self._show_lists(project_id)

    def _show_reach(self) -> None:
        if not self.project_id:
            self.reach_label.clear()
            return
        reach = project_reach(self.asso, self.project_id)
        locale = QLocale()
        self.reach_label.setText(
            self.tr("Reached: %1 women, %2 men (%3 people, %4 sessions)")
            .replace("%1", locale.toString(reach.people.women))
            .replace("%2", locale.toString(reach.people.men))
            .replace("%3", locale.toString(reach.people.total))
            .replace("%4", locale.toString(reach.sessions))
        )
        self.reach_label.setToolTip(
            self.tr(
                "People on a participant list are counted once, however many sessions they came to."
            )
        )

    def show_month(self, first: date) -> None:
        self.month_first = first.replace(day=1)
        last = add_months(self.month_first, 1).replace(day=1)
        events = (
            month_events(
                self.asso,
                self.month_first - timedelta(days=7),
                last + timedelta(days=14),
                self.project_id or None,
                current_language() or "fr",
            )
            if self.project_id
            else None
        )
        self.month.set_month(self.month_first, events, self._today)
        name = QLocale().standaloneMonthName(self.month_first.month)
        self.month_label.setText(f"{name[:1].upper()}{name[1:]} {self.month_first.year}")

    def _show_lists(self, project_id: int) -> None:
        activities = project_activities(self.asso, project_id) if project_id else ()
        due = deadlines(self.asso, project_id) if project_id else ()
        self.lists.show(bool(project_id), activities, due)

    # -- editing ------------------------------------------------------------------------------

    def move_activity(self, activity_id: int, dates: Dates) -> None:
        """A bar was dragged: save the new dates as an undoable edit."""
        self.error_label.show_error(None)
        text = self.tr("Move an activity")
        try:
            edits_for(self.asso).run(MoveActivity(self.asso, activity_id, dates, text))
        except DomainError as error:
            self.error_label.show_error(error)
            self.gantt.viewport().update()

    def edit_activity(self, activity_id: int | None) -> None:
        if not self.project_id or self.chrono is None:
            return
        start = min(max(self._today, self.chrono.start), self.chrono.end)
        dialog = ActivityDialog(
            self.asso, self.project_id, activity_id, self, period=(start, start)
        )
        dialog.exec()

    def edit_session(self, session_id: int | None, day: date | None = None) -> None:
        if self.chrono is None or not self.chrono.activities:
            return
        dialog = SessionDialog(
            self.asso,
            self.project_id,
            self.chrono.activities,
            session_id=session_id,
            day=day or self._today,
            parent=self,
        )
        dialog.exec()

    def edit_deadline(self, deadline_id: int | None) -> None:
        if not self.project_id:
            return
        DeadlineDialog(self.asso, self.project_id, deadline_id, self, day=self._today).exec()

    def export(self) -> None:
        if self.chrono is None:
            return

        def done(path: object) -> None:
            self.status_message.emit(self.tr("Written: %1").replace("%1", str(path)))

        def failed(error: Exception) -> None:
            if isinstance(error, DomainError):
                self.error_label.show_error(error)
            else:
                self.error_label.show_text(str(error))

        ask_and_export(
            self,
            self.asso,
            self.chrono,
            lang=current_language() or "fr",
            today=self._today,
            done=done,
            failed=failed,
        )
