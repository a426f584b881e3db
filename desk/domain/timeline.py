"""The time axis of the chronogramme, as pure arithmetic: month or week columns over a project
period, the x position of a day, bar geometry from dates, date shifts when a bar is dragged, and
holidays or Ramadan as date ranges.

Two scales:

- `MonthScale`: every month gets the same width (the way donors draw a chronogramme: one cell
  per month); a day sits inside its month in proportion to the month's length.
- `DayScale`: every day gets the same width (the week view); columns are weeks from Monday.

Positions are floats in pixels (or any unit: the PDF uses device points); x = 0 is the start
of the first column.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol


@dataclass(frozen=True, slots=True)
class DateRange:
    """An inclusive range of days with a name (a holiday, Ramadan, a bar)."""

    start: date
    end: date
    label: str = ""

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("a range ends on or after its start")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def overlaps(self, start: date, end: date) -> bool:
        return self.start <= end and start <= self.end


@dataclass(frozen=True, slots=True)
class TimeColumn:
    """A month or a week of the grid: its first and last day and its x span."""

    start: date
    end: date
    x: float
    width: float


def month_start(day: date) -> date:
    return day.replace(day=1)


def days_in_month(day: date) -> int:
    return calendar.monthrange(day.year, day.month)[1]


def add_months(day: date, months: int) -> date:
    """`day` moved by whole months, the day of month kept (clamped: 31 Jan + 1 = 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def months_between(start: date, end: date) -> int:
    """Number of month columns from the month of `start` to the month of `end` (inclusive)."""
    return (end.year - start.year) * 12 + end.month - start.month + 1


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


class Scale(Protocol):
    """What the painters need from a scale."""

    def x(self, day: date) -> float:
        """Left edge of `day`."""
        ...

    def date_at(self, x: float) -> date:
        """The day under `x` (clamped to the scale)."""
        ...

    def columns(self) -> list[TimeColumn]: ...

    @property
    def width(self) -> float: ...


@dataclass(frozen=True, slots=True)
class MonthScale:
    """One column of `month_width` per month, from the month of `first` to that of `last`."""

    first: date
    last: date
    month_width: float

    @property
    def origin(self) -> date:
        return month_start(self.first)

    @property
    def count(self) -> int:
        return max(1, months_between(self.first, self.last))

    @property
    def width(self) -> float:
        return self.count * self.month_width

    def x(self, day: date) -> float:
        index = months_between(self.origin, day) - 1
        return (index + (day.day - 1) / days_in_month(day)) * self.month_width

    def date_at(self, x: float) -> date:
        index = int(max(0.0, min(x, self.width - 1e-6)) // self.month_width)
        month = add_months(self.origin, index)
        within = (x - index * self.month_width) / self.month_width
        day = int(max(0.0, min(within, 0.999999)) * days_in_month(month)) + 1
        return month.replace(day=day)

    def columns(self) -> list[TimeColumn]:
        result = []
        for index in range(self.count):
            start = add_months(self.origin, index)
            end = start.replace(day=days_in_month(start))
            result.append(TimeColumn(start, end, index * self.month_width, self.month_width))
        return result

    def month_columns(self, first_index: int, count: int) -> list[TimeColumn]:
        """A slice of the columns (for a PDF page), x counted from the slice's start."""
        columns = self.columns()[first_index : first_index + count]
        return [
            TimeColumn(c.start, c.end, c.x - first_index * self.month_width, c.width)
            for c in columns
        ]


@dataclass(frozen=True, slots=True)
class DayScale:
    """Every day `day_width` wide; week columns from the Monday on or before `first`."""

    first: date
    last: date
    day_width: float

    @property
    def origin(self) -> date:
        return monday(self.first)

    @property
    def days(self) -> int:
        end = monday(self.last) + timedelta(days=6)
        return (end - self.origin).days + 1

    @property
    def width(self) -> float:
        return self.days * self.day_width

    def x(self, day: date) -> float:
        return (day - self.origin).days * self.day_width

    def date_at(self, x: float) -> date:
        index = int(max(0.0, min(x, self.width - 1e-6)) // self.day_width)
        return self.origin + timedelta(days=index)

    def columns(self) -> list[TimeColumn]:
        week = 7 * self.day_width
        return [
            TimeColumn(
                self.origin + timedelta(days=7 * i),
                self.origin + timedelta(days=7 * i + 6),
                i * week,
                week,
            )
            for i in range(self.days // 7)
        ]


def bar_span(scale: Scale, start: date, end: date) -> tuple[float, float]:
    """(x, width) of a bar from `start` to `end` inclusive; a one-day bar is a day wide."""
    if end < start:
        raise ValueError("a bar ends on or after its start")
    left = scale.x(start)
    right = scale.x(end + timedelta(days=1))
    return left, max(right - left, 1.0)


def shift_months(start: date, end: date, months: int) -> tuple[date, date]:
    """A period moved by whole months, keeping its length in days (a bar dragged on the month
    grid)."""
    new_start = add_months(start, months)
    return new_start, new_start + (end - start)


def shift_days(start: date, end: date, days: int) -> tuple[date, date]:
    delta = timedelta(days=days)
    return start + delta, end + delta


def resize_end(start: date, end: date, new_end: date) -> tuple[date, date]:
    """The period with its end moved (never before its start)."""
    return start, max(start, new_end)


def resize_start(start: date, end: date, new_start: date) -> tuple[date, date]:
    return min(end, new_start), end


def merge_days(days: list[tuple[date, str]]) -> list[DateRange]:
    """Holidays as ranges: consecutive days with the same name become one range (the two
    days of Eid al-Fitr are one band)."""
    ranges: list[DateRange] = []
    for day, name in sorted(days):
        last = ranges[-1] if ranges else None
        if last is not None and last.label == name and day == last.end + timedelta(days=1):
            ranges[-1] = DateRange(last.start, day, name)
        else:
            ranges.append(DateRange(day, day, name))
    return ranges


def clip(ranges: list[DateRange], start: date, end: date) -> list[DateRange]:
    """The parts of `ranges` within [start, end]."""
    return [
        DateRange(max(r.start, start), min(r.end, end), r.label)
        for r in ranges
        if r.overlaps(start, end)
    ]


def page_slices(total: int, per_page: int) -> list[tuple[int, int]]:
    """(first index, count) of each page when `total` columns are printed `per_page` at a time;
    the last page is not squeezed (it may hold fewer)."""
    per_page = max(1, per_page)
    return [(first, min(per_page, total - first)) for first in range(0, total, per_page)]
