"""Moroccan public holidays (fixed and moving Islamic ones) and the Ramadan band, from the
`holidays` package.

- Holiday names come in the user's language: the package speaks Arabic (its default), French
  and American English for Morocco. Islamic dates are the package's estimates ("estimé"): the
  real day depends on the sighting of the moon and may differ by a day.
- Ramadan is not a public holiday, so the package does not list it for Morocco. The band ends
  the day before Eid al-Fitr (taken from the Moroccan holidays) and starts on the 1st of
  Ramadan given by the package's Hijri table when it has one for that year; otherwise 30 days
  before Eid (a lunar month is 29 or 30 days: the band may then start one day early).
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import holidays as holidays_package

from desk.domain.timeline import DateRange, clip, merge_days

LANGUAGES = {"fr": "fr", "ar": "ar", "en": "en_US"}


@lru_cache(maxsize=32)
def _holidays(years: tuple[int, ...], lang: str) -> tuple[tuple[date, str], ...]:
    found = holidays_package.country_holidays(
        "MA", years=list(years), language=LANGUAGES.get(lang, "fr")
    )
    days: list[tuple[date, str]] = []
    for day, names in sorted(found.items()):
        for name in str(names).split("; "):  # two holidays on one day (14 Aug 2027)
            days.append((day, name))
    return tuple(days)


def _years(start: date, end: date) -> tuple[int, ...]:
    return tuple(range(start.year, end.year + 1))


def moroccan_holidays(start: date, end: date, lang: str = "fr") -> tuple[DateRange, ...]:
    """Public holidays between `start` and `end`, consecutive days of one feast merged."""
    return tuple(clip(merge_days(list(_holidays(_years(start, end), lang))), start, end))


def _eid_al_fitr(years: tuple[int, ...]) -> list[date]:
    days = [d for d, name in _holidays(years, "en") if "Eid al-Fitr" in name]
    return [d for d in days if d - timedelta(days=1) not in days]  # first day of each feast


def _ramadan_first_day(eid: date) -> date:
    guess = eid - timedelta(days=30)
    try:  # the package's Hijri table (not public API: any failure falls back to the guess)
        from holidays.calendars.islamic import _IslamicLunar

        for day, _estimated in _IslamicLunar().ramadan_beginning_dates(eid.year):
            if timedelta(days=29) <= eid - day <= timedelta(days=30):
                return day
    except Exception:  # pragma: no cover - depends on the package's internals
        pass
    return guess


def ramadan_periods(start: date, end: date) -> tuple[DateRange, ...]:
    """The Ramadan months touching [start, end] (clipped to it)."""
    years = _years(start, end + timedelta(days=31))
    bands = [
        DateRange(_ramadan_first_day(eid), eid - timedelta(days=1), "Ramadan")
        for eid in _eid_al_fitr(years)
    ]
    return tuple(clip(bands, start, end))
