"""Small pieces the bookkeeping dialogs share: a money field that reads French amounts, a date
field in dd/mm/yyyy, an inline error label and the colour of a difference."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLabel, QLineEdit, QWidget

from desk.domain.errors import DomainError
from desk.domain.money import parse_money
from desk.i18n.messages import describe_error
from desk.ui.widgets import style
from desk.ui.widgets.formatting import format_money_ui


class MoneyEdit(QLineEdit):
    """Types "1 234,50", "1.234,50", "1234.5 DH"…; `minor()` reads it or raises DomainError."""

    def __init__(self, currency: str = "MAD", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.setPlaceholderText("0,00")

    def minor(self) -> int:
        return parse_money(self.text(), self.currency).minor

    def set_minor(self, minor: int) -> None:
        self.setText(
            format_money_ui(minor, self.currency, with_currency=False).strip("\u2066\u2069")
        )


def date_edit(day: date | None = None, parent: QWidget | None = None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    set_day(edit, day or date.today())
    return edit


def set_day(edit: QDateEdit, day: date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def day_of(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {style.NEGATIVE.name()};")
    label.hide()
    return label


def show_error(label: QLabel, error: DomainError | None) -> None:
    if error is None:
        label.clear()
        label.hide()
    else:
        label.setText(describe_error(error))
        label.show()


def difference_css(minor: int) -> str:
    color = style.POSITIVE if minor == 0 else style.NEGATIVE
    return f"color: {color.name()}; font-weight: 600;"
