"""Re-assigning the selected transactions to a project and budget line (undoable)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from desk.services.entry import EntryChoices
from desk.ui.treasury.split_editor import fill_combo


class ReassignDialog(QDialog):
    def __init__(self, choices: EntryChoices, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices
        self.setWindowTitle(self.tr("Re-assign to a project"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("%n transaction(s) selected.", "", count)))
        self.project, self.line = QComboBox(), QComboBox()
        fill_combo(self.project, [(p.name, p.id) for p in choices.projects], self.tr("No project"))
        self.project.currentIndexChanged.connect(lambda _i: self._lines())
        form.addRow(self.tr("Project"), self.project)
        form.addRow(self.tr("Budget line"), self.line)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._lines()

    def _lines(self) -> None:
        lines = self.choices.lines_of(self.project.currentData())
        fill_combo(self.line, [(b.name, b.id) for b in lines], self.tr("No budget line"))
        self.line.setEnabled(bool(lines))

    def choice(self) -> tuple[int | None, int | None]:
        return self.project.currentData(), self.line.currentData()
