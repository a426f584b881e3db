"""Calendrier: the selected project's activities (planned and actual dates, place, who is
responsible, status, sessions held and women/men reached) and its deadlines still to meet.
The Gantt chart (chronogramme) comes with a later issue."""

from __future__ import annotations

from datetime import date
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QSplitter, QStyle, QVBoxLayout, QWidget

from desk.domain.enums import ActivityStatus
from desk.services.browse.calendar import ActivityRow, DeadlineRow, deadlines, project_activities
from desk.services.browse.projects import list_projects
from desk.store import AssoFile
from desk.ui.pages.base import BasePage
from desk.ui.widgets import style
from desk.ui.widgets.empty_state import EmptyState, ListStack
from desk.ui.widgets.formatting import format_date_ui, format_period_ui
from desk.ui.widgets.labels import label
from desk.ui.widgets.project_selector import ProjectSelector
from desk.ui.widgets.table_model import Align, Column, RowTableModel
from desk.ui.widgets.views import make_table, refit_columns, section_title


class ActivityColumn(IntEnum):
    CODE = 0
    TITLE = 1
    PLANNED = 2
    ACTUAL = 3
    PLACE = 4
    RESPONSIBLE = 5
    STATUS = 6
    SESSIONS = 7
    WOMEN = 8
    MEN = 9
    TOTAL = 10


class DeadlineColumn(IntEnum):
    DATE = 0
    TITLE = 1
    KIND = 2
    STATE = 3


def _dates(start: date | None, end: date | None) -> str:
    if start is not None and start == end:
        return format_date_ui(start)  # a one-day workshop: one date is enough
    return format_period_ui(start, end)


_STATUS_COLORS = {
    ActivityStatus.DONE: style.POSITIVE,
    ActivityStatus.ONGOING: style.ACCENT,
    ActivityStatus.POSTPONED: style.WARNING,
    ActivityStatus.CANCELLED: style.MUTED,
}


def _count(attr: str, header: object, tip: object = "") -> Column[ActivityRow]:
    return Column(
        header,
        lambda r: getattr(r, attr),
        lambda r: str(getattr(r, attr)) if r.sessions else "",
        Align.NUMBER,
        header_tooltip=tip,
    )


ACTIVITY_COLUMNS: list[Column[ActivityRow]] = [
    Column(QT_TRANSLATE_NOOP("Pages", "Code"), lambda r: r.code),
    Column(QT_TRANSLATE_NOOP("Pages", "Activity"), lambda r: r.title),
    Column(
        QT_TRANSLATE_NOOP("Pages", "Planned dates"),
        lambda r: r.planned_start,
        lambda r: _dates(r.planned_start, r.planned_end),
    ),
    Column(
        QT_TRANSLATE_NOOP("Pages", "Actual dates"),
        lambda r: r.actual_start,
        lambda r: _dates(r.actual_start, r.actual_end),
    ),
    Column(QT_TRANSLATE_NOOP("Pages", "Place"), lambda r: r.place),
    Column(QT_TRANSLATE_NOOP("Pages", "Responsible"), lambda r: r.responsible),
    Column(
        QT_TRANSLATE_NOOP("Pages", "Status"),
        lambda r: r.status.value,
        lambda r: label(r.status),
        color=lambda r: _STATUS_COLORS.get(r.status),
    ),
    _count("sessions", QT_TRANSLATE_NOOP("Pages", "Sessions")),
    _count("women", QT_TRANSLATE_NOOP("Pages", "Women")),
    _count("men", QT_TRANSLATE_NOOP("Pages", "Men")),
    _count(
        "participants",
        QT_TRANSLATE_NOOP("Pages", "Total"),
        QT_TRANSLATE_NOOP("Pages", "All participants, including those whose sex was not recorded"),
    ),
]


def deadline_columns(today: date) -> list[Column[DeadlineRow]]:
    def state(r: DeadlineRow) -> str:
        if r.done:
            return QCoreApplication.translate("Pages", "Met")
        if r.overdue(today):
            return QCoreApplication.translate("Pages", "Overdue")
        return QCoreApplication.translate("Pages", "To come")

    def color(r: DeadlineRow) -> QColor | None:
        return style.NEGATIVE if r.overdue(today) else None

    return [
        Column(
            QT_TRANSLATE_NOOP("Pages", "Date"), lambda r: r.date, lambda r: format_date_ui(r.date)
        ),
        Column(QT_TRANSLATE_NOOP("Pages", "Deadline"), lambda r: r.title),
        Column(QT_TRANSLATE_NOOP("Pages", "Type"), lambda r: r.kind.value, lambda r: label(r.kind)),
        Column(QT_TRANSLATE_NOOP("Pages", "State"), lambda r: r.overdue(today), state, color=color),
    ]


class CalendarPage(BasePage):
    key = "calendar"

    def __init__(
        self, asso: AssoFile, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(asso, parent)
        self._today = today or date.today()
        self.selector = ProjectSelector()
        self.header_tools.addWidget(self.selector)
        self.activities: RowTableModel[ActivityRow] = RowTableModel(ACTIVITY_COLUMNS, self)
        self.activities_table = make_table(
            self.activities,
            widths={
                ActivityColumn.CODE: 72,
                ActivityColumn.PLANNED: 172,
                ActivityColumn.ACTUAL: 172,
                ActivityColumn.STATUS: 84,
                ActivityColumn.SESSIONS: 66,
                ActivityColumn.WOMEN: 64,
                ActivityColumn.MEN: 64,
                ActivityColumn.TOTAL: 54,
            },
            stretch={
                ActivityColumn.TITLE: 5,
                ActivityColumn.PLACE: 2,
                ActivityColumn.RESPONSIBLE: 2,
            },
            sortable=True,
        )
        self.activities_empty = EmptyState(icon=QStyle.StandardPixmap.SP_FileDialogContentsView)
        self.activities_stack = ListStack(self.activities_table, self.activities_empty)
        self.deadlines: RowTableModel[DeadlineRow] = RowTableModel(
            deadline_columns(self._today), self
        )
        self.deadlines_table = make_table(
            self.deadlines,
            widths={DeadlineColumn.DATE: 100, DeadlineColumn.KIND: 160, DeadlineColumn.STATE: 110},
            stretch=DeadlineColumn.TITLE,
        )
        self.deadlines_empty = EmptyState(icon=QStyle.StandardPixmap.SP_DialogApplyButton)
        self.deadlines_stack = ListStack(self.deadlines_table, self.deadlines_empty)
        self.deadlines_title = section_title()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.activities_stack)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 4, 0, 0)
        lower_layout.addWidget(self.deadlines_title)
        lower_layout.addWidget(self.deadlines_stack, 1)
        splitter.addWidget(lower)
        splitter.setSizes([420, 220])
        self.body.addWidget(splitter, 1)
        self.selector.project_changed.connect(self._show_project)
        self._set_texts()

    def _set_texts(self) -> None:
        self.deadlines_title.setText(self.tr("Deadlines to meet"))
        self.deadlines_empty.set_text(
            self.tr("No deadline to meet"),
            self.tr("Report due dates, instalments and milestones of the project appear here."),
        )

    def retranslate(self) -> None:
        self._set_texts()
        super().retranslate()

    def load(self) -> None:
        # Emits project_changed; prefers a project that has activities.
        self.selector.set_projects(list_projects(self.asso), lambda p: p.activities > 0)

    def _show_project(self, project_id: int) -> None:
        activities = project_activities(self.asso, project_id) if project_id else ()
        self.activities.set_rows(activities)
        if project_id:
            self.activities_empty.set_text(
                self.tr("No activity planned for this project"),
                self.tr("Activities of the logframe, with their sessions, are listed here."),
            )
        else:
            self.activities_empty.set_text(
                self.tr("No project yet"), self.tr("Create a project to plan its activities.")
            )
        self.activities_stack.show_empty(not activities)
        # Activities outside the logframe have no code: no empty column for them.
        self.activities_table.setColumnHidden(
            ActivityColumn.CODE, not any(a.code for a in activities)
        )
        refit_columns(self.activities_table)
        due = deadlines(self.asso, project_id) if project_id else ()
        self.deadlines.set_rows(due)
        self.deadlines_stack.show_empty(not due)
