"""The deadline dialog: a milestone, a report due date or an expected instalment of the
project, with its date and whether it was met. Undoable; a read-only file only shows it."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk.domain.enums import DeadlineKind
from desk.domain.errors import DomainError
from desk.services.activities.deadlines import DeadlineData, get_deadline
from desk.store import AssoFile
from desk.ui.calendar.commands import SaveDeadline
from desk.ui.dialogs.fields import FieldErrors
from desk.ui.undo import edits_for
from desk.ui.widgets.date_field import DateField
from desk.ui.widgets.error_label import ErrorLabel
from desk.ui.widgets.labels import label


class DeadlineDialog(QDialog):
    def __init__(
        self,
        asso: AssoFile,
        project_id: int,
        deadline_id: int | None = None,
        parent: QWidget | None = None,
        day: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deadlineDialog")
        self.asso, self.project_id, self.deadline_id = asso, project_id, deadline_id
        self.setWindowTitle(self.tr("New deadline") if deadline_id is None else self.tr("Deadline"))
        self.setMinimumWidth(460)
        self.errors = FieldErrors()
        form = QFormLayout()
        self.title_edit = QLineEdit()
        self.errors.add_row(form, self.tr("Title"), "title", self.title_edit)
        self.date_edit = DateField()
        self.date_edit.set_value(day or date.today())
        self.errors.add_row(form, self.tr("Date"), "date", self.date_edit)
        self.kind_combo = QComboBox()
        for kind in DeadlineKind:
            self.kind_combo.addItem(label(kind), kind)
        form.addRow(self.tr("Type"), self.kind_combo)
        self.done_check = QCheckBox(self.tr("Met"))
        form.addRow("", self.done_check)
        self.general_error = ErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        if deadline_id is not None and not asso.read_only:
            delete = self.buttons.addButton(
                self.tr("Delete"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            delete.clicked.connect(self.delete)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        if deadline_id is not None:
            _, data = get_deadline(asso, deadline_id)
            self.title_edit.setText(data.title)
            self.date_edit.set_value(data.date)
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(data.kind))
            self.done_check.setChecked(data.done)
        if asso.read_only:
            for child in (self.title_edit, self.date_edit, self.kind_combo, self.done_check):
                child.setEnabled(False)
            self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    def _run(self, data: DeadlineData | None, text: str) -> None:
        self.errors.clear()
        self.general_error.show_error(None)
        command = SaveDeadline(self.asso, self.project_id, self.deadline_id, data, text)
        try:
            edits_for(self.asso).run(command)
        except DomainError as error:
            if not self.errors.show(error):
                self.general_error.show_error(error)
            return
        self.accept()

    def save(self) -> None:
        day = self.date_edit.value()
        assert day is not None
        data = DeadlineData(
            day,
            self.title_edit.text(),
            DeadlineKind(self.kind_combo.currentData()),
            self.done_check.isChecked(),
        )
        self._run(data, self.tr("Deadline “%1”").replace("%1", data.title.strip()))

    def delete(self) -> None:
        self._run(None, self.tr("Delete a deadline"))
