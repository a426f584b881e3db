"""A file to open: its path in a line (typed or pasted) and a "Choose…" button that opens the
file dialog in the folder of the path already there. The import wizards use it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget


class OpenFileRow(QWidget):
    """`path_edit` and `browse_button`; `chosen(path)` when a file is picked in the dialog.

    Texts come already translated: `button` ("Choose…"), the dialog's `caption` and its
    `filters` ("Excel workbooks (*.xlsx);;All files (*)")."""

    chosen = Signal(str)

    def __init__(
        self,
        button: str,
        caption: str,
        filters: str,
        parent: QWidget | None = None,
        *,
        name: str = "path",
    ) -> None:
        super().__init__(parent)
        self.caption, self.filters = caption, filters
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName(name)
        self.browse_button = QPushButton(button)
        self.browse_button.setObjectName("browse")
        self.browse_button.clicked.connect(self.browse)
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.path_edit, 1)
        line.addWidget(self.browse_button)

    def path(self) -> str:
        """The path as typed, without surrounding spaces ("" when empty)."""
        return self.path_edit.text().strip()

    def browse(self) -> None:
        current = self.path()
        path, _ = QFileDialog.getOpenFileName(
            self, self.caption, str(Path(current).parent) if current else "", self.filters
        )
        if path:
            self.path_edit.setText(path)
            self.chosen.emit(path)
