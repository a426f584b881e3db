"""Rapports: every document a donor asks for, from the registry of exports
(`desk.reports.exports.EXPORTS`, also used by `assodesk export`), grouped as the treasurer
thinks of them, one `ReportRow` each; and the change log (who changed what, when) below.

Report builders import heavy libraries (openpyxl…) only when the user generates.
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desk.reports.exports import EXPORTS
from desk.services.browse.projects import list_projects
from desk.services.browse.reports import AuditRow, audit_log
from desk.store import AssoFile
from desk.ui.pages.base import BasePage
from desk.ui.reports_hub.catalog import grouped, tr
from desk.ui.reports_hub.row import ReportRow, current_year_period
from desk.ui.widgets.empty_state import EmptyState, ListStack
from desk.ui.widgets.formatting import format_datetime_ui
from desk.ui.widgets.labels import label, record_kind
from desk.ui.widgets.table_model import Column, RowTableModel
from desk.ui.widgets.views import make_table, section_title

AUDIT_LIMIT = 200
REPORT_LIST_CSS = (
    "QFrame#ReportList { background: palette(base); border: 1px solid palette(midlight);"
    " border-radius: 8px; }"
)


class AuditColumn(IntEnum):
    WHEN = 0
    USER = 1
    ACTION = 2
    KIND = 3
    RECORD = 4


AUDIT_COLUMNS: list[Column[AuditRow]] = [
    Column(QT_TRANSLATE_NOOP("Pages", "Date"), lambda r: r.at, lambda r: format_datetime_ui(r.at)),
    Column(
        QT_TRANSLATE_NOOP("Pages", "User"),
        lambda r: r.user,
        tooltip=lambda r: r.machine,
    ),
    Column(
        QT_TRANSLATE_NOOP("Pages", "Action"), lambda r: r.action.value, lambda r: label(r.action)
    ),
    Column(QT_TRANSLATE_NOOP("Pages", "Type"), lambda r: r.table, lambda r: record_kind(r.table)),
    Column(
        QT_TRANSLATE_NOOP("Pages", "Record"),
        lambda r: r.record_label,
        lambda r: r.record_label or (f"#{r.record_id}" if r.record_id is not None else ""),
        tooltip=lambda r: r.reason,
    ),
]


class ReportsPage(BasePage):
    key = "reports"

    def __init__(self, asso: AssoFile, parent: QWidget | None = None) -> None:
        super().__init__(asso, parent)
        self.today: date | None = None  # tests pin the day that picks the financial year
        self._period_set = False
        self.reports_title = section_title()
        self.body.addWidget(self.reports_title)
        self.report_frame = QFrame()
        self.report_frame.setObjectName("ReportList")
        self.report_frame.setStyleSheet(REPORT_LIST_CSS)
        lines = QVBoxLayout(self.report_frame)
        lines.setContentsMargins(14, 8, 14, 8)
        lines.setSpacing(2)
        self.rows: dict[str, ReportRow] = {}
        self._groups: list[tuple[str, QLabel]] = []
        for group, names in grouped(list(EXPORTS)):
            heading = section_title()
            lines.addWidget(heading)
            self._groups.append((group, heading))
            for name in names:
                row = ReportRow(asso, name, EXPORTS[name])
                row.generated.connect(
                    lambda out: self.status_message.emit(
                        self.tr("Report saved: %1").replace("%1", str(out))
                    )
                )
                lines.addWidget(row)
                self.rows[name] = row
        lines.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.report_frame)
        self.audit_title = section_title()
        self.audit: RowTableModel[AuditRow] = RowTableModel(AUDIT_COLUMNS, self)
        self.audit_table = make_table(
            self.audit,
            widths={
                AuditColumn.WHEN: 140,
                AuditColumn.USER: 190,
                AuditColumn.ACTION: 120,
                AuditColumn.KIND: 160,
            },
            stretch=AuditColumn.RECORD,
            sortable=True,
        )
        self.audit_empty = EmptyState(icon=QStyle.StandardPixmap.SP_FileDialogDetailedView)
        self.audit_stack = ListStack(self.audit_table, self.audit_empty)
        audit_box = QWidget()
        audit_lines = QVBoxLayout(audit_box)
        audit_lines.setContentsMargins(0, 0, 0, 0)
        audit_lines.addWidget(self.audit_title)
        audit_lines.addWidget(self.audit_stack, 1)
        # The reports first; the change log below gets what the user drags it to.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(audit_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.body.addWidget(self.splitter, 1)
        self._set_texts()

    @property
    def buttons(self) -> dict[str, QPushButton]:
        """The "Generate…" button of each report, by export name."""
        return {name: row.button for name, row in self.rows.items()}

    def _set_texts(self) -> None:
        self.reports_title.setText(self.tr("Documents for donors and the general assembly"))
        self.audit_title.setText(self.tr("Change log (latest %1)").replace("%1", str(AUDIT_LIMIT)))
        self.audit_empty.set_text(
            self.tr("No change recorded yet"),
            self.tr("Every change made to the file is traced here: who, when, what."),
        )
        for group, heading in self._groups:
            heading.setText(tr(group))
        for row in self.rows.values():
            row.retranslate()

    def retranslate(self) -> None:
        self._set_texts()
        super().retranslate()

    def load(self) -> None:
        entries = audit_log(self.asso, AUDIT_LIMIT)
        self.audit.set_rows(entries)
        self.audit_stack.show_empty(not entries)
        projects = list_projects(self.asso)
        period = (
            None if self._period_set else current_year_period(self.asso, self.today or date.today())
        )
        for row in self.rows.values():
            row.set_projects(projects)
            if period is not None:
                row.set_period(*period)
        self._period_set = True
