"""The chronogramme's time axis: month and day scales, bars, drags, holidays as ranges, pages."""

from __future__ import annotations

from datetime import date

import pytest

from desk.domain.timeline import (
    DateRange,
    DayScale,
    MonthScale,
    add_months,
    bar_span,
    clip,
    merge_days,
    months_between,
    page_slices,
    resize_end,
    resize_start,
    shift_months,
)


def test_month_scale_gives_every_month_the_same_width() -> None:
    scale = MonthScale(date(2025, 1, 15), date(2026, 12, 3), 30.0)
    assert scale.count == 24 and scale.width == 720.0
    columns = scale.columns()
    assert (columns[1].start, columns[1].end, columns[1].x) == (
        date(2025, 2, 1),
        date(2025, 2, 28),
        30.0,
    )
    assert scale.x(date(2025, 1, 1)) == 0.0
    assert scale.x(date(2025, 2, 15)) == pytest.approx(30 + 14 / 28 * 30)
    assert scale.date_at(scale.x(date(2025, 7, 19)) + 0.1) == date(2025, 7, 19)
    assert scale.date_at(-50) == date(2025, 1, 1)
    assert scale.date_at(10_000) == date(2026, 12, 31)
    page = scale.month_columns(12, 12)
    assert (page[0].start, page[0].x, len(page)) == (date(2026, 1, 1), 0.0, 12)


def test_day_scale_starts_on_a_monday() -> None:
    scale = DayScale(date(2025, 1, 1), date(2025, 1, 31), 4.0)
    assert scale.origin == date(2024, 12, 30)
    assert scale.x(date(2025, 1, 6)) == 28.0
    assert [c.start.weekday() for c in scale.columns()] == [0] * 5
    assert scale.date_at(29.0) == date(2025, 1, 6)


def test_bars_cover_their_last_day() -> None:
    scale = DayScale(date(2025, 3, 3), date(2025, 3, 30), 10.0)
    assert bar_span(scale, date(2025, 3, 4), date(2025, 3, 4)) == (10.0, 10.0)
    assert bar_span(scale, date(2025, 3, 4), date(2025, 3, 6)) == (10.0, 30.0)
    months = MonthScale(date(2025, 1, 1), date(2025, 12, 31), 31.0)
    assert bar_span(months, date(2025, 3, 1), date(2025, 3, 31)) == (62.0, pytest.approx(31.0))
    with pytest.raises(ValueError):
        bar_span(scale, date(2025, 3, 6), date(2025, 3, 4))


def test_month_arithmetic_and_drags() -> None:
    assert add_months(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert add_months(date(2025, 11, 15), 3) == date(2026, 2, 15)
    assert add_months(date(2025, 1, 15), -1) == date(2024, 12, 15)
    assert months_between(date(2025, 1, 31), date(2026, 12, 1)) == 24
    # Moving keeps the length in days; resizing never crosses the other end.
    assert shift_months(date(2025, 3, 1), date(2025, 3, 8), 1) == (
        date(2025, 4, 1),
        date(2025, 4, 8),
    )
    assert shift_months(date(2025, 1, 31), date(2025, 2, 2), 1) == (
        date(2025, 2, 28),
        date(2025, 3, 2),
    )
    assert resize_end(date(2025, 3, 5), date(2025, 3, 9), date(2025, 3, 1)) == (
        date(2025, 3, 5),
        date(2025, 3, 5),
    )
    assert resize_start(date(2025, 3, 5), date(2025, 3, 9), date(2025, 2, 1)) == (
        date(2025, 2, 1),
        date(2025, 3, 9),
    )


def test_holidays_merge_into_ranges_and_clip() -> None:
    eid = "Aïd al-Fitr"
    ranges = merge_days(
        [(date(2025, 3, 31), eid), (date(2025, 3, 30), eid), (date(2025, 5, 1), "Fête du Travail")]
    )
    assert ranges == [
        DateRange(date(2025, 3, 30), date(2025, 3, 31), eid),
        DateRange(date(2025, 5, 1), date(2025, 5, 1), "Fête du Travail"),
    ]
    assert clip(ranges, date(2025, 3, 31), date(2025, 4, 30)) == [
        DateRange(date(2025, 3, 31), date(2025, 3, 31), eid)
    ]
    with pytest.raises(ValueError):
        DateRange(date(2025, 3, 2), date(2025, 3, 1))


def test_pages_are_not_squeezed() -> None:
    assert page_slices(36, 12) == [(0, 12), (12, 12), (24, 12)]
    assert page_slices(24, 10) == [(0, 10), (10, 10), (20, 4)]
    assert page_slices(3, 0) == [(0, 1), (1, 1), (2, 1)]
