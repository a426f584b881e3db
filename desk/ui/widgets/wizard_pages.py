"""Wizard pages more than one wizard needs: `MessagePage`, a title over a word-wrapped message
(the "done" page that ends an import)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizardPage


class MessagePage(QWizardPage):
    """`title` (already translated) over `message`, a word-wrapped label named "doneMessage"
    by default (set its text when the work is done)."""

    def __init__(
        self, title: str, parent: QWidget | None = None, *, name: str = "doneMessage"
    ) -> None:
        super().__init__(parent)
        self.setTitle(title)
        layout = QVBoxLayout(self)
        self.message = QLabel()
        self.message.setObjectName(name)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addStretch(1)
