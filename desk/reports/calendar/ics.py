"""Activities, sessions and deadlines as an iCalendar file (RFC 5545) that phone and desktop
calendars import: all-day events (DTEND is the day after the last one, as the standard wants),
stable UIDs so that importing again updates instead of duplicating, and optionally the Moroccan
public holidays."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event

from desk import APP_NAME, __version__
from desk.reports.calendar.painter import translate
from desk.services.browse.chronogramme import Chronogramme, month_events
from desk.store import AssoFile


def _event(
    uid: str,
    summary: str,
    start: date,
    end: date,
    *,
    description: str = "",
    location: str = "",
    category: str = "",
) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", datetime.now(UTC))
    event.add("summary", summary)
    event.add("dtstart", start)
    event.add("dtend", end + timedelta(days=1))
    event.add("transp", "TRANSPARENT")
    if description:
        event.add("description", description)
    if location:
        event.add("location", location)
    if category:
        event.add("categories", [category])
    return event


def _slug(text: str) -> str:
    return "".join(c if c.isascii() and c.isalnum() else "-" for c in text).strip("-").lower()


def calendar_ics(
    asso: AssoFile, chronos: list[Chronogramme], out: Path | str, *, holidays: bool = False
) -> Path:
    """Write the activities, sessions and deadlines of `chronos` (one per project) to `out`."""
    cal = Calendar()
    cal.add("prodid", f"-//{APP_NAME}//{__version__}//FR")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", APP_NAME if len(chronos) != 1 else chronos[0].project_title)
    for chrono in chronos:
        prefix = chrono.project_code
        # Stable across exports (a second import updates), distinct between projects and files.
        domain = f"{_slug(prefix)}.{_slug(asso.path.stem)}.assodesk"
        for a in chrono.activities:
            start, end = a.actual_start or a.planned_start, a.actual_end or a.planned_end
            end = max(start, end)
            summary = f"[{prefix}] {a.code} {a.title}".replace("  ", " ")
            cal.add_component(
                _event(
                    f"activity-{a.id}@{domain}",
                    summary,
                    start,
                    end,
                    description=a.responsible,
                    location=a.place,
                    category=translate("Calendar", "Activity"),
                )
            )
        for d in chrono.deadlines:
            cal.add_component(
                _event(
                    f"deadline-{d.id}@{domain}",
                    f"[{prefix}] ◆ {d.title}",
                    d.date,
                    d.date,
                    category=translate("Calendar", "Deadline"),
                )
            )
        events = month_events(asso, chrono.start, chrono.end, chrono.project_id)
        for s in events.sessions:
            cal.add_component(
                _event(
                    f"session-{s.id}@{domain}",
                    f"[{prefix}] {s.title or s.activity}",
                    s.date,
                    s.date,
                    description=s.activity,
                    location=s.place,
                    category=translate("Calendar", "Session"),
                )
            )
        if holidays:
            for h in chrono.holidays:
                cal.add_component(
                    _event(
                        f"holiday-{h.start.isoformat()}@{domain}",
                        h.label,
                        h.start,
                        h.end,
                        category=translate("Calendar", "Public holiday"),
                    )
                )
    out = Path(out)
    out.write_bytes(cal.to_ical())
    return out
