"""Financial years and other periods, as pure date arithmetic."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True, slots=True)
class Period:
    start: date
    end: date  # inclusive

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def elapsed_fraction(self, today: date) -> float:
        """Share of the period elapsed at `today`, between 0 and 1 (for display only)."""
        if today < self.start:
            return 0.0
        if today >= self.end:
            return 1.0
        return ((today - self.start).days + 1) / self.days


def fiscal_year(year: int, start_month: int = 1) -> Period:
    """The financial year that starts in `year` on the first day of `start_month`."""
    if not 1 <= start_month <= 12:
        raise ValueError("start_month must be within 1..12")
    start = date(year, start_month, 1)
    end_start = date(year + 1, start_month, 1) if start_month > 1 else date(year + 1, 1, 1)
    return Period(start, end_start - timedelta(days=1))


def fiscal_year_label(period: Period) -> str:
    """ "2025" for a calendar year, "2025-2026" for a year straddling two calendar years."""
    if period.start.year == period.end.year:
        return str(period.start.year)
    return f"{period.start.year}-{period.end.year}"


def month_start(day: date) -> date:
    return day.replace(day=1)
