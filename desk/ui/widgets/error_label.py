"""The red sentence of a form or panel that is not tied to one field (FieldErrors in
desk/ui/dialogs/fields.py puts errors under their field): hidden until there is something to
say, word-wrapped, styled by the application's `#fieldError` rule."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from desk.domain.errors import DomainError
from desk.i18n.messages import describe_error


class ErrorLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.hide()

    def show_error(self, error: DomainError | None) -> None:
        """Show the translated sentence of `error`; None clears and hides the label."""
        self.show_text("" if error is None else describe_error(error))

    def show_text(self, text: str) -> None:
        """Show `text` (already translated); an empty text clears and hides the label."""
        if text:
            self.setText(text)
            self.show()
        else:
            self.clear()
            self.hide()
