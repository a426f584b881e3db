"""Form rows with an inline error: the red sentence under the field at fault, as the
architecture asks ("errors next to the field"), without ever clearing what was typed."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from desk.domain.errors import DomainError
from desk.ui.widgets.error_label import ErrorLabel


class FieldErrors:
    """The error labels of one form, by field name (the `field` of DomainError)."""

    def __init__(self) -> None:
        self._labels: dict[str, ErrorLabel] = {}
        self._widgets: dict[str, QWidget] = {}

    def add_row(self, form: QFormLayout, label: str, field: str, widget: QWidget) -> QLabel:
        """Add `label: widget` to `form` with a hidden error label under the widget."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = ErrorLabel()
        column.addWidget(error)
        form.addRow(label, box)
        self._labels[field] = error
        self._widgets[field] = widget
        return error

    def clear(self) -> None:
        for label in self._labels.values():
            label.show_error(None)

    def text(self, field: str) -> str:
        label = self._labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def knows(self, field: str | None) -> bool:
        return field is not None and field in self._labels

    def show(self, error: DomainError) -> bool:
        """Show `error` under its field and focus that field; False if the field is unknown
        (the caller then shows it elsewhere)."""
        if error.field is None or error.field not in self._labels:
            return False
        self._labels[error.field].show_error(error)
        self._widgets[error.field].setFocus()
        return True
