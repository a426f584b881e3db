"""Preferences of this user on this computer (stored in QSettings, not in the file).

The language applies at once: the main window rebuilds its menus and pages in the new
language (the open file stays open), so no restart is needed.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desk.i18n.translators import LANGUAGE_NAMES, LANGUAGES, resolve_language
from desk.ui.app import named
from desk.ui.settings import Settings


class PreferencesDialog(QDialog):
    """Choose the language; `chosen_language` is set when the user accepts."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(420)
        self.settings = settings
        self.chosen_language: str | None = None

        self.language_combo = named(QComboBox(), "language")
        for lang in LANGUAGES:
            # Each language is written in itself, so that anyone finds their own.
            self.language_combo.addItem(LANGUAGE_NAMES[lang], lang)
        current = resolve_language(settings.language)
        self.language_combo.setCurrentIndex(LANGUAGES.index(current))

        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language_combo)
        hint = QLabel(self.tr("The language of AssoDesk’s menus, pages and messages."))
        hint.setObjectName("fileName")
        hint.setWordWrap(True)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.chosen_language = str(self.language_combo.currentData())
        self.settings.language = self.chosen_language
        super().accept()
