"""Rapports: the reports AssoDesk can produce, each with a "Generate…" button, and the audit
log (who changed what, when).

Report builders live in `desk.reports` and import heavy libraries (openpyxl…): they are
imported only when the user generates, and a report whose builder is not installed yet is
shown disabled with a tooltip rather than hidden.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QStyle,
    QWidget,
)

from desk.domain.errors import DomainError
from desk.i18n.messages import describe_error
from desk.services.browse.reports import AuditRow, audit_log
from desk.store import AssoFile
from desk.ui.pages.base import BasePage
from desk.ui.widgets import style
from desk.ui.widgets.empty_state import EmptyState, ListStack
from desk.ui.widgets.formatting import format_datetime_ui, ui_language
from desk.ui.widgets.jobs import run_in_background
from desk.ui.widgets.labels import label, record_kind
from desk.ui.widgets.table_model import Column, RowTableModel
from desk.ui.widgets.views import make_table, section_title

AUDIT_LIMIT = 200


@dataclass(frozen=True)
class ReportSpec:
    key: str
    title: Callable[[], str]
    description: Callable[[], str]
    module: str
    function: str
    suffix: str
    file_filter: Callable[[], str]
    default_name: Callable[[], str]

    def available(self) -> bool:
        """The builder's module is installed (found without importing it)."""
        if self.module in sys.modules:
            return True
        try:
            return importlib.util.find_spec(self.module) is not None
        except (ImportError, ValueError):
            return False

    def builder(self) -> Callable[..., Any]:
        return getattr(importlib.import_module(self.module), self.function)  # type: ignore[no-any-return]


REPORTS: tuple[ReportSpec, ...] = (
    ReportSpec(
        key="summary",
        title=lambda: QCoreApplication.translate("Pages", "Summary of the financial year (XLSX)"),
        description=lambda: QCoreApplication.translate(
            "Pages",
            "Balances, income and expenses by category, projects and missing receipts, "
            "in an Excel workbook for the general assembly.",
        ),
        module="desk.reports.summary",
        function="export_summary",
        suffix=".xlsx",
        file_filter=lambda: QCoreApplication.translate("Pages", "Excel workbook (*.xlsx)"),
        default_name=lambda: QCoreApplication.translate("Pages", "summary-%1").replace(
            "%1", str(date.today().year)
        ),
    ),
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
        self.reports_title = section_title()
        self.body.addWidget(self.reports_title)
        self.report_frame = QFrame()
        self.report_frame.setObjectName("ReportList")
        self.report_frame.setStyleSheet(
            "QFrame#ReportList { background: palette(base); border: 1px solid palette(midlight);"
            " border-radius: 8px; }"
        )
        grid = QGridLayout(self.report_frame)
        grid.setContentsMargins(14, 10, 14, 10)
        grid.setColumnStretch(0, 1)
        self.buttons: dict[str, QPushButton] = {}
        self._labels: dict[str, tuple[QLabel, QLabel]] = {}
        for row, spec in enumerate(REPORTS):
            title, description = QLabel(), QLabel()
            title.setStyleSheet("font-weight: 600;")
            description.setWordWrap(True)
            description.setStyleSheet(style.MUTED_CSS)
            button = QPushButton()
            button.clicked.connect(lambda _checked=False, s=spec: self.generate(s))
            grid.addWidget(title, 2 * row, 0)
            grid.addWidget(description, 2 * row + 1, 0)
            grid.addWidget(button, 2 * row, 1, 2, 1)
            self.buttons[spec.key] = button
            self._labels[spec.key] = (title, description)
        self.body.addWidget(self.report_frame)
        self.audit_title = section_title()
        self.body.addWidget(self.audit_title)
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
        self.body.addWidget(self.audit_stack, 1)
        self._set_texts()

    def _set_texts(self) -> None:
        self.reports_title.setText(self.tr("Available reports"))
        self.audit_title.setText(self.tr("Change log (latest %1)").replace("%1", str(AUDIT_LIMIT)))
        self.audit_empty.set_text(
            self.tr("No change recorded yet"),
            self.tr("Every change made to the file is traced here: who, when, what."),
        )
        for spec in REPORTS:
            title, description = self._labels[spec.key]
            title.setText(spec.title())
            description.setText(spec.description())
            button = self.buttons[spec.key]
            button.setText(self.tr("Generate…"))
            available = spec.available()
            button.setEnabled(available)
            button.setToolTip(
                "" if available else self.tr("Not available yet in this version of AssoDesk.")
            )

    def retranslate(self) -> None:
        self._set_texts()
        super().retranslate()

    def load(self) -> None:
        entries = audit_log(self.asso, AUDIT_LIMIT)
        self.audit.set_rows(entries)
        self.audit_stack.show_empty(not entries)
        self._set_texts()  # a builder may have been installed since

    def generate(self, spec: ReportSpec) -> None:
        """Ask where to save, then build the report in the background."""
        start = Path.home() / f"{spec.default_name()}{spec.suffix}"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, spec.title(), str(start), spec.file_filter()
        )
        if not chosen:
            return
        out = Path(chosen)
        if out.suffix.lower() != spec.suffix:
            out = out.with_name(out.name + spec.suffix)
        build = spec.builder()
        language = ui_language()
        self.buttons[spec.key].setEnabled(False)
        run_in_background(
            self,
            self.tr("Generating %1…").replace("%1", spec.title()),
            lambda: build(self.asso, out, lang=language),
            lambda _result: self._generated(spec, out),
            lambda error: self._failed(spec, error),
        )

    def _generated(self, spec: ReportSpec, out: Path) -> None:
        self.buttons[spec.key].setEnabled(True)
        self.status_message.emit(self.tr("Report saved: %1").replace("%1", str(out)))

    def _failed(self, spec: ReportSpec, error: Exception) -> None:
        self.buttons[spec.key].setEnabled(True)
        reason = describe_error(error) if isinstance(error, DomainError) else str(error)
        self.status_message.emit(
            self.tr("The report could not be generated: %1").replace("%1", reason)
        )
