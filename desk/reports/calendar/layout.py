"""Where things go on the chronogramme: one row for the deadlines, then for each result a group
row and one row per activity. Shared by the screen (desk/ui/calendar/gantt.py) and the PDF/PNG
exports, so that what is printed is what is seen.

Coordinates are "chart" coordinates: x = 0 at the start of the first month column, y = 0 at the
top of the first row (below the month header). The time axis can be mirrored for Arabic
(`mirror`): then time runs from right to left.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QRectF

from desk.domain.timeline import DayScale, MonthScale, bar_span
from desk.services.browse.chronogramme import Chronogramme, GanttActivity, GanttGroup

Scale = MonthScale | DayScale


@dataclass(frozen=True, slots=True)
class GanttRow:
    kind: str  # "deadlines", "group" or "activity"
    y: float
    height: float
    code: str
    label: str
    activity: GanttActivity | None = None
    group: GanttGroup | None = None

    @property
    def bottom(self) -> float:
        return self.y + self.height


@dataclass(frozen=True, slots=True)
class Metrics:
    """Sizes in the painter's unit (pixels on screen, device pixels on paper)."""

    row: float = 26.0
    group: float = 24.0
    deadlines: float = 26.0
    header: float = 40.0
    label_width: float = 300.0


class GanttLayout:
    """Rows of a chronogramme and the geometry of its bars."""

    def __init__(
        self,
        chrono: Chronogramme,
        scale: Scale,
        metrics: Metrics,
        *,
        mirror: bool = False,
        today: date | None = None,
    ) -> None:
        self.chrono = chrono
        self.today = today or date.today()
        self.scale = scale
        self.metrics = metrics
        self.mirror = mirror
        rows: list[GanttRow] = []
        y = 0.0
        rows.append(GanttRow("deadlines", y, metrics.deadlines, "", ""))
        y += metrics.deadlines
        for group in chrono.groups:
            rows.append(
                GanttRow("group", y, metrics.group, group.code, group.statement, group=group)
            )
            y += metrics.group
            for activity in group.activities:
                rows.append(
                    GanttRow(
                        "activity", y, metrics.row, activity.code, activity.title, activity=activity
                    )
                )
                y += metrics.row
        self.rows = rows
        self.height = y
        self._tops = [r.y for r in rows]
        self._by_activity = {r.activity.id: r for r in rows if r.activity is not None}

    @property
    def width(self) -> float:
        return self.scale.width

    def row_at(self, y: float) -> GanttRow | None:
        index = bisect.bisect_right(self._tops, y) - 1
        if 0 <= index < len(self.rows) and y < self.rows[index].bottom:
            return self.rows[index]
        return None

    def rows_between(self, top: float, bottom: float) -> list[GanttRow]:
        first = max(0, bisect.bisect_right(self._tops, top) - 1)
        last = bisect.bisect_left(self._tops, bottom)
        return self.rows[first:last]

    def row_of(self, activity_id: int) -> GanttRow | None:
        return self._by_activity.get(activity_id)

    def span(self, x: float, width: float) -> tuple[float, float]:
        """(left, width) on screen of a chart span, mirrored when needed."""
        return (self.width - x - width, width) if self.mirror else (x, width)

    def x_of(self, day: date) -> float:
        x = self.scale.x(day)
        return self.width - x if self.mirror else x

    def date_at(self, x: float) -> date:
        return self.scale.date_at(self.width - x if self.mirror else x)

    def day_rect(self, start: date, end: date, top: float, height: float) -> QRectF:
        x, w = bar_span(self.scale, start, end)
        left, w = self.span(x, w)
        return QRectF(left, top, w, height)

    def planned_rect(
        self, row: GanttRow, start: date | None = None, end: date | None = None
    ) -> QRectF:
        """The planned bar of an activity row (or of other dates on that row: a drag preview)."""
        assert row.activity is not None
        a = row.activity
        return self.day_rect(
            start or a.planned_start,
            end or a.planned_end,
            row.y + row.height * 0.18,
            row.height * 0.42,
        )

    def actual_rect(self, row: GanttRow) -> QRectF | None:
        a = row.activity
        if a is None or a.actual_start is None:
            return None
        end = a.actual_end or max(a.actual_start, min(self.today, self.chrono.end))
        return self.day_rect(a.actual_start, end, row.y + row.height * 0.64, row.height * 0.2)
