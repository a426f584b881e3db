"""The one date field of the forms: dd/MM/yyyy with a calendar pop-up, a default day, an
optional range, and an `optional` mode where "—" means "no date" (e.g. actual dates not known
yet). `value()` / `set_value()` speak `datetime.date`; `to_qdate` / `from_qdate` convert.

It does not handle Enter itself (QDateEdit passes it on), so forms that move to the next
field on Enter keep doing so.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QWidget

DAY_FORMAT = "dd/MM/yyyy"
MONTH_FORMAT = "MM/yyyy"
_EARLIEST = date(1900, 1, 1)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class DateField(QDateEdit):
    """A day (default: `day`, else today; None when optional). `optional` shows "—" for no
    date: that is one day before `minimum` (or 01/01/1900), which the field keeps as its floor.
    """

    def __init__(
        self,
        day: date | None = None,
        parent: QWidget | None = None,
        *,
        optional: bool = False,
        minimum: date | None = None,
        maximum: date | None = None,
        display_format: str = DAY_FORMAT,
    ) -> None:
        super().__init__(parent)
        self.optional = optional
        self._none = to_qdate(_EARLIEST)
        # A right-to-left layout would show the sections as 2026/12/31; Moroccan Arabic writes
        # dates day first like French, so the field stays left-to-right (set before the format:
        # QDateTimeEdit orders its sections when the format is set).
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setCalendarPopup(True)
        self.setDisplayFormat(display_format)
        if optional:
            self.setSpecialValueText("—")
        self.set_range(minimum, maximum)
        self.set_value(day if day is not None or optional else date.today())

    def set_range(self, minimum: date | None = None, maximum: date | None = None) -> None:
        """Limit the days that can be chosen (None: no limit on that side)."""
        floor = minimum or _EARLIEST
        if self.optional:
            self._none = to_qdate(floor - timedelta(days=1) if minimum else floor)
            self.setMinimumDate(self._none)
        else:
            self.setMinimumDate(to_qdate(floor))
        if maximum is None:
            self.clearMaximumDate()
        else:
            self.setMaximumDate(to_qdate(maximum))

    def value(self) -> date | None:
        """The day shown; None for "—" in an optional field."""
        if self.optional and self.date() == self._none:
            return None
        return from_qdate(self.date())

    def day(self) -> date:
        """The day of a field that always has one (ValueError for "—")."""
        value = self.value()
        if value is None:
            raise ValueError("no date")
        return value

    def set_value(self, day: date | None) -> None:
        """Show `day`; None shows "—" (optional) or leaves a required field unchanged."""
        if day is not None:
            self.setDate(to_qdate(day))
        elif self.optional:
            self.setDate(self._none)
