"""The session dialog: an event that really took place (date, activity, title, place,
facilitator, notes), its attendance by sex × age group and, when wanted, its participant list.
Saving runs an undoable command and updates the indicators the activity feeds."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk.domain.attendance import grid_of_people
from desk.domain.errors import DomainError
from desk.services.activities.sessions import (
    SessionData,
    get_session,
    project_participants,
)
from desk.services.browse.chronogramme import GanttActivity
from desk.store import AssoFile
from desk.ui.calendar.attendance import AttendanceGrid, ParticipantList
from desk.ui.calendar.commands import DeleteSession, SaveSession
from desk.ui.dialogs.fields import FieldErrors
from desk.ui.undo import edits_for
from desk.ui.widgets.date_field import DateField
from desk.ui.widgets.error_label import ErrorLabel


class SessionDialog(QDialog):
    """A new session of one of `activities` (or of `activity_id`), or `session_id`."""

    def __init__(
        self,
        asso: AssoFile,
        project_id: int,
        activities: tuple[GanttActivity, ...],
        *,
        session_id: int | None = None,
        activity_id: int | None = None,
        day: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionDialog")
        self.asso, self.session_id = asso, session_id
        self.setWindowTitle(self.tr("New session") if session_id is None else self.tr("Session"))
        self.setMinimumWidth(720)
        self.errors = FieldErrors()
        form = QFormLayout()
        self.activity_combo = QComboBox()
        for a in activities:
            self.activity_combo.addItem(f"{a.code}  {a.title}".strip(), a.id)
        self.errors.add_row(form, self.tr("Activity"), "activity", self.activity_combo)
        self.date_edit = DateField()
        self.date_edit.set_value(day or date.today())
        self.errors.add_row(form, self.tr("Date"), "date", self.date_edit)
        self.title_edit, self.place_edit, self.facilitator_edit = (
            QLineEdit(),
            QLineEdit(),
            QLineEdit(),
        )
        self.errors.add_row(form, self.tr("Title"), "title", self.title_edit)
        self.errors.add_row(form, self.tr("Place"), "place", self.place_edit)
        self.errors.add_row(form, self.tr("Facilitator"), "facilitator", self.facilitator_edit)
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(60)
        form.addRow(self.tr("Notes"), self.notes)

        self.grid = AttendanceGrid()
        counts = QGroupBox(self.tr("Attendance"))
        box = QVBoxLayout(counts)
        box.addWidget(self.grid)
        self.attendance_error = ErrorLabel()
        box.addWidget(self.attendance_error)
        self.keep_list = QCheckBox(
            self.tr("Keep a list of participants (counted once across sessions)")
        )
        self.people = ParticipantList(project_participants(asso, project_id))
        self.people.setVisible(False)
        self.people.setMinimumHeight(160)
        self.keep_list.toggled.connect(self._list_toggled)
        self.people.changed.connect(self._from_list)
        self.participants_error, self.general_error = ErrorLabel(), ErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.delete_button = None
        if session_id is not None and not asso.read_only:
            self.delete_button = self.buttons.addButton(
                self.tr("Delete"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.delete_button.clicked.connect(self.delete)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(counts)
        layout.addWidget(self.keep_list)
        layout.addWidget(self.people, 1)
        layout.addWidget(self.participants_error)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        if activity_id is not None:
            self.activity_combo.setCurrentIndex(max(0, self.activity_combo.findData(activity_id)))
        if session_id is not None:
            self._fill()
        if asso.read_only:
            for child in self.findChildren(QWidget):
                if child is not self.buttons and not isinstance(child, (QLabel, QGroupBox)):
                    child.setEnabled(False)
            self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    def _fill(self) -> None:
        assert self.session_id is not None
        snap = get_session(self.asso, self.session_id)
        self.activity_combo.setCurrentIndex(max(0, self.activity_combo.findData(snap.activity_id)))
        self.activity_combo.setEnabled(False)
        d = snap.data
        self.date_edit.set_value(d.date)
        self.title_edit.setText(d.title)
        self.place_edit.setText(d.place)
        self.facilitator_edit.setText(d.facilitator)
        self.notes.setPlainText(d.notes)
        self.grid.set_grid(d.attendance)
        for person in d.participants:
            self.people.add(person)
        self.keep_list.setChecked(bool(d.participants))

    def _list_toggled(self, on: bool) -> None:
        self.people.setVisible(on)
        self._from_list()

    def _from_list(self) -> None:
        listed = grid_of_people(self.people.buckets()) if self.keep_list.isChecked() else None
        self.grid.set_minimums(listed or grid_of_people([]))

    def data(self) -> SessionData:
        day = self.date_edit.value()
        assert day is not None
        return SessionData(
            date=day,
            title=self.title_edit.text(),
            place=self.place_edit.text(),
            facilitator=self.facilitator_edit.text(),
            notes=self.notes.toPlainText(),
            attendance=self.grid.grid(),
            participants=self.people.people() if self.keep_list.isChecked() else (),
        )

    def _show(self, error: DomainError) -> None:
        targets = {"attendance": self.attendance_error, "participants": self.participants_error}
        target = targets.get(error.field or "")
        if target is None and self.errors.show(error):
            return
        (target or self.general_error).show_error(error)

    def save(self) -> None:
        self.errors.clear()
        for label in (self.attendance_error, self.participants_error, self.general_error):
            label.show_error(None)
        activity_id = self.activity_combo.currentData()
        if activity_id is None:
            return
        command = SaveSession(
            self.asso,
            activity_id,
            self.session_id,
            self.data(),
            self.tr("Session of %1").replace("%1", self.date_edit.text()),
        )
        try:
            edits_for(self.asso).run(command)
        except DomainError as error:
            self._show(error)
            return
        self.session_id = command.session_id
        self.accept()

    def delete(self) -> None:
        assert self.session_id is not None
        try:
            edits_for(self.asso).run(
                DeleteSession(self.asso, self.session_id, self.tr("Delete a session"))
            )
        except DomainError as error:
            self._show(error)
            return
        self.accept()
