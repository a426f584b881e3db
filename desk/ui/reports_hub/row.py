"""One line of the Rapports page: a registered export with its title and description, the
choices it needs (project, period, format) and "Generate…", which asks where to save, builds
in the background and then says where the file went, with a button to open the folder.

Used by the page for every export and, alone in a small dialog, by the treasury's "More" menu
(receipts of a period). The controls sit in fixed-width slots so that rows line up.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desk.domain.errors import DomainError
from desk.i18n.messages import describe_error
from desk.reports.exports import Exporter, ExportRequest
from desk.services.browse.projects import ProjectSummary, list_projects
from desk.services.browse.treasury import financial_years
from desk.store import AssoFile
from desk.ui.reports_hub.catalog import (
    default_stem,
    file_filter,
    report_text,
    tr,
    translate,
)
from desk.ui.widgets import style
from desk.ui.widgets.date_field import DateField
from desk.ui.widgets.formatting import ui_language
from desk.ui.widgets.jobs import run_in_background
from desk.ui.widgets.project_selector import ProjectSelector

PROJECT_WIDTH, DATE_WIDTH, FORMAT_WIDTH = 250, 104, 76
ERROR_CSS = f"color: {style.NEGATIVE.name()};"


def current_year_period(asso: AssoFile, today: date) -> tuple[date, date]:
    """The financial year holding `today`, else the latest one started before it, else the
    first; the calendar year when the file has none."""
    years = sorted(financial_years(asso), key=lambda y: y.start)
    for year in years:
        if year.start <= today <= year.end:
            return year.start, year.end
    before = [y for y in years if y.start <= today]
    chosen = before[-1] if before else (years[0] if years else None)
    if chosen is None:
        return date(today.year, 1, 1), date(today.year, 12, 31)
    return chosen.start, chosen.end


def _slot(widget: QWidget | None, width: int) -> QWidget:
    """`widget` at a fixed width, or an empty placeholder keeping the column aligned."""
    holder = widget or QWidget()
    holder.setFixedWidth(width)
    return holder


class ReportRow(QWidget):
    """Emits `generated(path)` once a file is written."""

    generated = Signal(Path)
    last_folder: Path | None = None  # shared by all rows: the folder chosen last time

    def __init__(
        self, asso: AssoFile, name: str, exporter: Exporter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.asso, self.name, self.exporter = asso, name, exporter
        self.setObjectName(f"report-{name}")
        self.output: Path | None = None  # the last file written
        self.busy = False
        self._codes: dict[int, str] = {}
        self.title, self.description, self.message = QLabel(), QLabel(), QLabel()
        self.title.setStyleSheet("font-weight: 600;")
        self.description.setWordWrap(True)
        self.description.setStyleSheet(style.MUTED_CSS)
        self.message.setWordWrap(True)
        self.message.hide()
        self.open_folder = QPushButton()
        self.open_folder.setFlat(True)
        self.open_folder.setStyleSheet(f"color: {style.ACCENT.name()}; text-align: left;")
        self.open_folder.clicked.connect(self.show_folder)
        self.open_folder.hide()
        message_line = QHBoxLayout()
        message_line.addWidget(self.message, 1)
        message_line.addWidget(self.open_folder)
        text_box = QWidget()
        text_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        text_box.setMinimumWidth(280)
        texts = QVBoxLayout(text_box)
        texts.setContentsMargins(0, 0, 0, 0)
        texts.setSpacing(2)
        texts.addWidget(self.title)
        texts.addWidget(self.description)
        texts.addLayout(message_line)

        self.project = ProjectSelector() if exporter.takes_project else None
        if self.project is not None:
            self.project.setMinimumContentsLength(12)
            # "CODE — Title" is Latin text: read from its start in Arabic too.
            self.project.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.start = DateField() if exporter.takes_period else None
        self.end = DateField() if exporter.takes_period else None
        self.period_label = QLabel()
        self.format = QComboBox()
        for fmt in exporter.formats:
            self.format.addItem(fmt.upper(), fmt)
        self.format_label = QLabel(exporter.formats[0].upper())
        self.format_label.setStyleSheet(style.MUTED_CSS)
        self.button = QPushButton()
        self.button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.button.clicked.connect(self.generate)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(10)
        layout.addWidget(text_box, 1)
        layout.addWidget(_slot(self.project, PROJECT_WIDTH))
        period: QWidget | None = None
        if self.start is not None and self.end is not None:
            period = QWidget()
            line = QHBoxLayout(period)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(self.start)
            line.addWidget(self.period_label)
            line.addWidget(self.end)
        layout.addWidget(_slot(period, 2 * DATE_WIDTH + 50))
        several = len(exporter.formats) > 1
        layout.addWidget(_slot(self.format if several else self.format_label, FORMAT_WIDTH))
        layout.addWidget(self.button)
        self._no_project = False
        self.retranslate()

    # -- filling --------------------------------------------------------------------------

    def set_projects(self, projects: Sequence[ProjectSummary]) -> None:
        """The projects to choose from; an export that needs one is disabled without any."""
        self._codes = {p.id: p.code for p in projects}
        if self.project is not None:
            keep = self.project.project_id
            self.project.set_projects(projects)
            if not self.exporter.needs_project:  # "all projects" first, chosen by default
                self.project.insertItem(0, translate("ReportsHub", "All projects"), 0)
                self.project.setCurrentIndex(max(self.project.findData(keep), 0) if keep else 0)
        self._no_project = self.exporter.needs_project and not projects
        self._update_enabled()

    def set_period(self, start: date, end: date) -> None:
        if self.start is not None and self.end is not None:
            self.start.set_value(start)
            self.end.set_value(end)

    def load(self, today: date | None = None) -> None:
        """Fill projects and the current financial year from the file (the dialog's use)."""
        self.set_projects(list_projects(self.asso))
        self.set_period(*current_year_period(self.asso, today or date.today()))

    def retranslate(self) -> None:
        text = report_text(self.name)
        self.title.setText(tr(text.title))
        self.description.setText(tr(text.description) if text.description else "")
        self.period_label.setText(translate("ReportsHub", "to"))
        if self.project is not None and self.project.count() and self.project.itemData(0) == 0:
            self.project.setItemText(0, translate("ReportsHub", "All projects"))
        self.button.setText(translate("ReportsHub", "Generate…"))
        self.open_folder.setText(translate("ReportsHub", "Open the folder"))
        if self.start is not None and self.end is not None:
            self.start.setToolTip(translate("ReportsHub", "First day of the period"))
            self.end.setToolTip(translate("ReportsHub", "Last day of the period"))
        self._update_enabled()

    def _update_enabled(self) -> None:
        self.button.setEnabled(not self._no_project and not self.busy)
        if self.project is not None:
            self.project.setEnabled(not self._no_project)
        why = translate("ReportsHub", "This report is about a project: create one first.")
        self.button.setToolTip(why if self._no_project else "")
        if self._no_project:
            self._say(why, error=False)
        elif self.message.text() == why:  # a project was created since
            self.message.hide()

    # -- what the user chose --------------------------------------------------------------

    @property
    def project_code(self) -> str | None:
        ident = self.project.project_id if self.project is not None else 0
        return self._codes.get(ident) if ident else None

    @property
    def period(self) -> tuple[date | None, date | None]:
        if self.start is None or self.end is None:
            return None, None
        return self.start.day(), self.end.day()

    @property
    def chosen_format(self) -> str:
        return str(self.format.currentData() or self.exporter.formats[0])

    # -- generating -----------------------------------------------------------------------

    def generate(self) -> None:
        """Ask where to save, then build the file in the background."""
        start, end = self.period
        if start is not None and end is not None and start > end:
            self._say(translate("ReportsHub", "The period starts after it ends."), error=True)
            return
        fmt = self.chosen_format
        stem = default_stem(self.name, self.project_code, start, end, date.today())
        folder = ReportRow.last_folder or Path.home()
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.title.text(), str(folder / f"{stem}.{fmt}"), file_filter(fmt)
        )
        if not chosen:
            return
        out = Path(chosen)
        if not self.exporter.writes(out):
            out = out.with_name(f"{out.name}.{fmt}")
        ReportRow.last_folder = out.parent
        request = ExportRequest(self.asso, out, self.project_code, ui_language(), None, start, end)
        self.busy = True
        self.output = None
        self._update_enabled()
        self._say(translate("ReportsHub", "Generating…"), error=False)
        run_in_background(
            self,
            translate("ReportsHub", "Generating %1…").replace("%1", self.title.text()),
            lambda: self.exporter.run(request),
            self._done,
            self._failed,
        )

    def _done(self, written: object) -> None:
        self.busy = False
        self.output = Path(str(written))
        self._update_enabled()
        self._say(translate("ReportsHub", "Saved: %1").replace("%1", str(self.output)), error=False)
        self.open_folder.show()
        self.generated.emit(self.output)

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self._update_enabled()
        reason = describe_error(error) if isinstance(error, DomainError) else str(error)
        self._say(translate("ReportsHub", "Not generated: %1").replace("%1", reason), error=True)

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_CSS if error else style.MUTED_CSS)
        self.message.setProperty("error", error)
        self.message.show()
        self.open_folder.hide()

    def show_folder(self) -> None:
        if self.output is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.output.parent)))
