"""The activity dialog: title, result of the logframe, planned and actual dates, place, who is
responsible, status, the budget lines it consumes, the indicators its sessions feed, notes.

Saving runs an undoable command; a refusal (an end before the start, a date outside the
project) appears under the field at fault and nothing typed is lost. A read-only file shows the
activity without letting anyone change it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.domain.attendance import AttendanceMeasure
from desk.domain.enums import ActivityStatus
from desk.domain.errors import DomainError
from desk.services.activities.activities import ActivityData, get_activity_data
from desk.services.activities.choices import project_budget_lines, project_results
from desk.services.activities.indicators import activity_indicators, project_indicators
from desk.store import AssoFile
from desk.ui.calendar.commands import CreateActivity, EditActivity, Links
from desk.ui.calendar.words import word
from desk.ui.dialogs.fields import FieldErrors
from desk.ui.undo import edits_for
from desk.ui.widgets.date_field import DateField
from desk.ui.widgets.error_label import ErrorLabel
from desk.ui.widgets.labels import label


class ActivityDialog(QDialog):
    """New activity (`activity_id` None) or an existing one. `default_start` places a new one."""

    def __init__(
        self,
        asso: AssoFile,
        project_id: int,
        activity_id: int | None = None,
        parent: QWidget | None = None,
        *,
        period: tuple[date, date] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("activityDialog")
        self.asso, self.project_id, self.activity_id = asso, project_id, activity_id
        self.setWindowTitle(self.tr("New activity") if activity_id is None else self.tr("Activity"))
        self.setMinimumWidth(640)
        self.errors = FieldErrors()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title_edit = QLineEdit()
        self.errors.add_row(form, self.tr("Title"), "title", self.title_edit)
        self.result_combo = QComboBox()
        self.result_combo.addItem(self.tr("— Outside the logframe —"), None)
        for choice in project_results(asso, project_id):
            self.result_combo.addItem(f"{choice.code}  {choice.label}", choice.id)
        self.errors.add_row(form, self.tr("Result"), "result", self.result_combo)
        self.planned_start, self.planned_end = DateField(), DateField()
        self.actual_start, self.actual_end = DateField(optional=True), DateField(optional=True)
        for text, field, widget in (
            (self.tr("Planned start"), "planned_start", self.planned_start),
            (self.tr("Planned end"), "planned_end", self.planned_end),
            (self.tr("Actual start"), "actual_start", self.actual_start),
            (self.tr("Actual end"), "actual_end", self.actual_end),
        ):
            self.errors.add_row(form, text, field, widget)
        self.place_edit, self.responsible_edit = QLineEdit(), QLineEdit()
        self.errors.add_row(form, self.tr("Place"), "place", self.place_edit)
        self.errors.add_row(form, self.tr("Responsible"), "responsible", self.responsible_edit)
        self.status_combo = QComboBox()
        for status in ActivityStatus:
            self.status_combo.addItem(label(status), status)
        form.addRow(self.tr("Status"), self.status_combo)
        self.lines = QListWidget()
        self.lines.setMaximumHeight(110)
        for line in project_budget_lines(asso, project_id):
            item = QListWidgetItem(f"{line.code}  {line.label}")
            item.setData(Qt.ItemDataRole.UserRole, line.id)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.lines.addItem(item)
        self.errors.add_row(form, self.tr("Budget lines"), "budget_lines", self.lines)
        self.indicators = QTableWidget(0, 2)
        self.indicators.setHorizontalHeaderLabels([self.tr("Indicator"), self.tr("Fed with")])
        self.indicators.horizontalHeader().setStretchLastSection(False)
        self.indicators.horizontalHeader().setSectionResizeMode(
            0, self.indicators.horizontalHeader().ResizeMode.Stretch
        )
        self.indicators.verticalHeader().hide()
        self.indicators.setMaximumHeight(130)
        self._indicator_ids: list[int] = []
        for indicator in project_indicators(asso, project_id):
            row = self.indicators.rowCount()
            self.indicators.insertRow(row)
            cell = QTableWidgetItem(f"{indicator.code}  {indicator.statement}".strip())
            cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.indicators.setItem(row, 0, cell)
            combo = QComboBox()
            combo.addItem("—", None)
            for kind in AttendanceMeasure:
                combo.addItem(word(kind), kind)
            self.indicators.setCellWidget(row, 1, combo)
            self._indicator_ids.append(indicator.id)
        self.indicators.setColumnWidth(1, 170)
        self.errors.add_row(form, self.tr("Indicators"), "indicator", self.indicators)
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(70)
        form.addRow(self.tr("Notes"), self.notes)
        self.general_error = ErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        if activity_id is not None:
            self._fill(get_activity_data(asso, activity_id))
        else:
            start, end = period or (date.today(), date.today())
            self.planned_start.set_value(start)
            self.planned_end.set_value(end)
        if asso.read_only:
            for child in self.findChildren(QWidget):
                if child is not self.buttons and not isinstance(child, QLabel):
                    child.setEnabled(False)
            self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
            self.buttons.rejected.connect(self.reject)

    def _fill(self, data: ActivityData) -> None:
        self.title_edit.setText(data.title)
        index = self.result_combo.findData(data.result_id)
        self.result_combo.setCurrentIndex(max(0, index))
        self.planned_start.set_value(data.planned_start)
        self.planned_end.set_value(data.planned_end)
        self.actual_start.set_value(data.actual_start)
        self.actual_end.set_value(data.actual_end)
        self.place_edit.setText(data.place)
        self.responsible_edit.setText(data.responsible)
        self.status_combo.setCurrentIndex(self.status_combo.findData(data.status))
        self.notes.setPlainText(data.notes)
        for row in range(self.lines.count()):
            item = self.lines.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in data.budget_line_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        assert self.activity_id is not None
        links = {
            link.indicator_id: link.measure
            for link in activity_indicators(self.asso, self.activity_id)
        }
        for row, indicator_id in enumerate(self._indicator_ids):
            combo = self.indicators.cellWidget(row, 1)
            assert isinstance(combo, QComboBox)
            combo.setCurrentIndex(max(0, combo.findData(links.get(indicator_id))))

    def data(self) -> ActivityData:
        planned_start, planned_end = self.planned_start.value(), self.planned_end.value()
        assert planned_start is not None and planned_end is not None
        lines = tuple(
            self.lines.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.lines.count())
            if self.lines.item(r).checkState() == Qt.CheckState.Checked
        )
        return ActivityData(
            title=self.title_edit.text(),
            planned_start=planned_start,
            planned_end=planned_end,
            actual_start=self.actual_start.value(),
            actual_end=self.actual_end.value(),
            place=self.place_edit.text(),
            responsible=self.responsible_edit.text(),
            status=ActivityStatus(self.status_combo.currentData()),
            notes=self.notes.toPlainText(),
            result_id=self.result_combo.currentData(),
            budget_line_ids=lines,
        )

    def links(self) -> Links:
        wanted: Links = {}
        for row, indicator_id in enumerate(self._indicator_ids):
            combo = self.indicators.cellWidget(row, 1)
            assert isinstance(combo, QComboBox)
            if combo.currentData() is not None:
                wanted[indicator_id] = AttendanceMeasure(combo.currentData())
        return wanted

    def save(self) -> None:
        self.errors.clear()
        self.general_error.show_error(None)
        data = self.data()
        if self.activity_id is None:
            command: CreateActivity | EditActivity = CreateActivity(
                self.asso,
                self.project_id,
                data,
                self.links(),
                self.tr("New activity “%1”").replace("%1", data.title.strip()),
            )
        else:
            command = EditActivity(
                self.asso,
                self.activity_id,
                data,
                self.links(),
                self.tr("Change activity “%1”").replace("%1", data.title),
            )
        try:
            edits_for(self.asso).run(command)
        except DomainError as error:
            if not self.errors.show(error):
                self.general_error.show_error(error)
            return
        if isinstance(command, CreateActivity):
            self.activity_id = command.activity_id
        self.accept()
