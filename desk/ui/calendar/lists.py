"""The list view of the calendar page: the project's activities (planned and actual dates,
place, who is responsible, status, sessions held and women/men reached) and its deadlines to
meet. A double click opens the activity or the deadline."""

from __future__ import annotations

from datetime import date
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QSplitter, QStyle, QVBoxLayout, QWidget

from desk.domain.enums import ActivityStatus
from desk.services.browse.calendar import ActivityRow, DeadlineRow
from desk.ui.widgets import style
from desk.ui.widgets.empty_state import EmptyState, ListStack
from desk.ui.widgets.formatting import format_date_ui, format_period_ui
from desk.ui.widgets.labels import label
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


class CalendarLists(QSplitter):
    """Activities above, deadlines to meet below."""

    activity_activated = Signal(int)
    deadline_activated = Signal(int)

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
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
        self.activities_table.doubleClicked.connect(self._activity)
        self.activities_empty = EmptyState(icon=QStyle.StandardPixmap.SP_FileDialogContentsView)
        self.activities_stack = ListStack(self.activities_table, self.activities_empty)
        self.deadlines: RowTableModel[DeadlineRow] = RowTableModel(deadline_columns(today), self)
        self.deadlines_table = make_table(
            self.deadlines,
            widths={DeadlineColumn.DATE: 100, DeadlineColumn.KIND: 160, DeadlineColumn.STATE: 110},
            stretch=DeadlineColumn.TITLE,
        )
        self.deadlines_table.doubleClicked.connect(self._deadline)
        self.deadlines_empty = EmptyState(icon=QStyle.StandardPixmap.SP_DialogApplyButton)
        self.deadlines_stack = ListStack(self.deadlines_table, self.deadlines_empty)
        self.deadlines_title = section_title()
        self.addWidget(self.activities_stack)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 4, 0, 0)
        lower_layout.addWidget(self.deadlines_title)
        lower_layout.addWidget(self.deadlines_stack, 1)
        self.addWidget(lower)
        self.setSizes([420, 220])

    def _activity(self, index: QModelIndex) -> None:
        self.activity_activated.emit(self.activities.row_at(index.row()).id)

    def _deadline(self, index: QModelIndex) -> None:
        self.deadline_activated.emit(self.deadlines.row_at(index.row()).id)

    def show(  # type: ignore[override]
        self, has_project: bool, activities: tuple[ActivityRow, ...], due: tuple[DeadlineRow, ...]
    ) -> None:
        """Fill both lists (and their empty states)."""
        self.deadlines_title.setText(self.tr("Deadlines to meet"))
        self.deadlines_empty.set_text(
            self.tr("No deadline to meet"),
            self.tr("Report due dates, instalments and milestones of the project appear here."),
        )
        self.activities.set_rows(activities)
        if has_project:
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
        self.deadlines.set_rows(due)
        self.deadlines_stack.show_empty(not due)
