"""Painting the chronogramme with QPainter (QtGui only): the month header, the activity column
and the chart body (Ramadan band, holidays, month grid, planned and actual bars, session ticks,
deadlines, today line). The screen widget and the PDF/PNG exports call the same functions, each
with its own clip, so a repaint only draws what is visible.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF

from desk.domain.enums import ActivityStatus, DeadlineKind
from desk.domain.timeline import DayScale
from desk.reports.calendar.layout import GanttLayout, GanttRow
from desk.services.browse.chronogramme import GanttActivity

INK = QColor("#1D2731")
MUTED = QColor("#5B6B7A")
GRID = QColor("#D5DCE3")
YEAR_GRID = QColor("#8A96A3")
GROUP_BG = QColor("#EEF2F6")
HEADER_BG = QColor("#E8EEF5")
PLANNED = QColor("#BFD9E6")
PLANNED_EDGE = QColor("#1F6F8B")
RAMADAN = QColor(46, 139, 87, 34)
HOLIDAY = QColor(214, 120, 0, 70)
TODAY = QColor("#B42318")
WARNING = QColor("#B25E00")
DEADLINE = {
    DeadlineKind.MILESTONE: QColor("#6A3D9A"),
    DeadlineKind.REPORT: QColor("#B42318"),
    DeadlineKind.INSTALMENT: QColor("#1B7F3B"),
}
ACTUAL = {
    ActivityStatus.PLANNED: QColor("#1F6F8B"),
    ActivityStatus.ONGOING: QColor("#1F6F8B"),
    ActivityStatus.DONE: QColor("#1B7F3B"),
    ActivityStatus.POSTPONED: QColor("#B25E00"),
    ActivityStatus.CANCELLED: QColor("#8A96A3"),
}


def translate(context: str, text: str) -> str:
    """Qt's translation (named so that lupdate extracts the literal strings passed to it)."""
    return QCoreApplication.translate(context, text)


@dataclass(frozen=True, slots=True)
class Texts:
    """The words painted on the chart, in the language of the moment."""

    deadlines: str
    outside: str  # the group of activities outside the logframe
    ramadan: str
    month: Callable[[date], str]  # short month name

    @staticmethod
    def current(locale: QLocale | None = None) -> Texts:
        loc = locale or QLocale()
        return Texts(
            deadlines=translate("Calendar", "Deadlines"),
            outside=translate("Calendar", "Outside the logframe"),
            ramadan=translate("Calendar", "Ramadan"),
            month=lambda d: loc.monthName(d.month, QLocale.FormatType.ShortFormat),
        )


def _elide(painter: QPainter, text: str, width: float) -> str:
    return QFontMetricsF(painter.font()).elidedText(text, Qt.TextElideMode.ElideRight, width)


def paint_header(
    painter: QPainter, layout: GanttLayout, texts: Texts, x0: float, x1: float, height: float
) -> None:
    """Two lines over the chart's columns between x0 and x1: years (or months), then months
    (or week start days)."""
    painter.fillRect(QRectF(x0, 0, x1 - x0, height), HEADER_BG)
    half = height / 2
    weeks = isinstance(layout.scale, DayScale)
    columns = layout.scale.columns()
    base = QFont(painter.font())
    bold = QFont(base)
    bold.setBold(True)
    # Upper line: a label per year (month view) or per month (week view).
    spans: dict[tuple[int, int], list[float]] = {}
    for col in columns:
        key = (col.start.year, col.start.month if weeks else 0)
        left, width = layout.span(col.x, col.width)
        edges = spans.setdefault(key, [left, left + width])
        edges[0], edges[1] = min(edges[0], left), max(edges[1], left + width)
    painter.setFont(bold)
    painter.setPen(INK)
    for (year, month), (left, right) in spans.items():
        if right <= x0 + 0.5 or left >= x1 - 0.5:
            continue  # not even a sliver: a PDF keeps clipped text, so never draw it
        name = f"{texts.month(date(year, month, 1))} {year}" if weeks else str(year)
        rect = QRectF(max(left, x0), 0, min(right, x1) - max(left, x0), half)
        painter.drawText(
            rect.adjusted(4, 0, -4, 0),
            Qt.AlignmentFlag.AlignCenter,
            _elide(painter, name, rect.width() - 8),
        )
        painter.setPen(QPen(YEAR_GRID, 0))
        painter.drawLine(QPointF(left, 0), QPointF(left, height))
        painter.setPen(INK)
    painter.setFont(base)
    for col in columns:
        left, width = layout.span(col.x, col.width)
        if left + width <= x0 + 0.5 or left >= x1 - 0.5:
            continue
        label = str(col.start.day) if weeks else texts.month(col.start)
        painter.setPen(QPen(GRID, 0))
        painter.drawLine(QPointF(left, half), QPointF(left, height))
        painter.setPen(INK)
        painter.drawText(
            QRectF(left, half, width, half),
            Qt.AlignmentFlag.AlignCenter,
            _elide(painter, label, width - 2),
        )
    painter.setPen(QPen(YEAR_GRID, 0))
    painter.drawLine(QPointF(x0, height - 0.5), QPointF(x1, height - 0.5))


def paint_labels(
    painter: QPainter,
    layout: GanttLayout,
    texts: Texts,
    width: float,
    y0: float,
    y1: float,
    *,
    right_to_left: bool = False,
) -> None:
    """The activity column (codes and titles) for the rows between y0 and y1."""
    base = QFont(painter.font())
    bold = QFont(base)
    bold.setBold(True)
    align = Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft
    align |= Qt.AlignmentFlag.AlignVCenter
    for row in layout.rows_between(y0, y1):
        rect = QRectF(0, row.y, width, row.height)
        if row.kind != "activity":
            painter.fillRect(rect, GROUP_BG)
        painter.setFont(bold if row.kind != "activity" else base)
        painter.setPen(INK if row.kind != "deadlines" else MUTED)
        text = _row_label(row, texts)
        if row.activity is not None and outside(layout, row.activity):
            painter.setPen(WARNING)  # flagged: the donor will not accept it as planned
            text = f"⚠ {text}"
        indent = 8 if row.kind != "activity" else 20
        inner = rect.adjusted(
            0 if right_to_left else indent, 0, -indent if right_to_left else -6, 0
        )
        painter.drawText(inner, align, _elide(painter, text, inner.width()))
        painter.setPen(QPen(GRID, 0))
        painter.drawLine(QPointF(0, row.bottom), QPointF(width, row.bottom))
    painter.setFont(base)


def outside(layout: GanttLayout, activity: GanttActivity) -> bool:
    """Whether an activity's planned dates leave the project period."""
    chrono = layout.chrono
    return activity.planned_start < chrono.start or activity.planned_end > chrono.end


def _row_label(row: GanttRow, texts: Texts) -> str:
    if row.kind == "deadlines":
        return texts.deadlines
    if row.kind == "group" and not row.code and not row.label:
        return texts.outside
    return f"{row.code}  {row.label}".strip() if row.code else row.label


def paint_body(
    painter: QPainter,
    layout: GanttLayout,
    texts: Texts,
    view: QRectF,
    *,
    today: date | None = None,
    hidden: int | None = None,
) -> None:
    """Everything of the chart inside `view` (chart coordinates). `hidden`: an activity whose
    bars are not drawn (the one being dragged: the page draws its preview)."""
    top, bottom = view.top(), min(view.bottom(), layout.height)
    painter.fillRect(QRectF(view.left(), top, view.width(), bottom - top), Qt.GlobalColor.white)
    for row in layout.rows_between(top, bottom):
        if row.kind != "activity":
            painter.fillRect(QRectF(view.left(), row.y, view.width(), row.height), GROUP_BG)
    for band in layout.chrono.ramadan:
        painter.fillRect(layout.day_rect(band.start, band.end, top, bottom - top), RAMADAN)
    for holiday in layout.chrono.holidays:
        rect = layout.day_rect(holiday.start, holiday.end, top, bottom - top)
        painter.fillRect(rect.adjusted(0, 0, max(0.0, 2 - rect.width()), 0), HOLIDAY)
    for col in layout.scale.columns():
        left, width = layout.span(col.x, col.width)
        if view.left() - width <= left <= view.right() + width:
            year_start = col.start.month == 1 and col.start.day <= 7
            painter.setPen(QPen(YEAR_GRID if year_start else GRID, 0))
            painter.drawLine(QPointF(left, top), QPointF(left, bottom))
    for row in layout.rows_between(top, bottom):
        painter.setPen(QPen(GRID, 0))
        painter.drawLine(QPointF(view.left(), row.bottom), QPointF(view.right(), row.bottom))
        if row.activity is not None and row.activity.id != hidden:
            paint_bars(painter, layout, row)
        elif row.kind == "deadlines":
            _paint_deadlines(painter, layout, row, view)
    if today is not None and layout.chrono.start <= today <= layout.chrono.end:
        x = layout.x_of(today)
        painter.setPen(QPen(TODAY, 2))
        painter.drawLine(QPointF(x, top), QPointF(x, bottom))


def paint_bars(
    painter: QPainter, layout: GanttLayout, row: GanttRow, preview: tuple[date, date] | None = None
) -> None:
    """The planned bar (light, outlined), the actual bar (solid, status colour) and a tick per
    session of one activity row."""
    activity = row.activity
    assert activity is not None
    planned = layout.planned_rect(row, *(preview or (None, None)))
    cancelled = activity.status is ActivityStatus.CANCELLED
    brush = QBrush(PLANNED, Qt.BrushStyle.BDiagPattern if cancelled else Qt.BrushStyle.SolidPattern)
    pen = QPen(PLANNED_EDGE, 1.2)
    if preview is not None:
        pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(brush)
    painter.drawRoundedRect(planned, 2.5, 2.5)
    actual = None if preview else layout.actual_rect(row)
    if actual is not None:
        painter.fillRect(actual, ACTUAL[activity.status])
    painter.setPen(QPen(INK, 1.4))
    tick = row.height * 0.14
    for day in activity.session_days:
        x = layout.day_rect(day, day, 0, 0).center().x()
        painter.drawLine(QPointF(x, row.bottom - tick * 1.6), QPointF(x, row.bottom - 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _paint_deadlines(painter: QPainter, layout: GanttLayout, row: GanttRow, view: QRectF) -> None:
    size = row.height * 0.26
    mid = row.y + row.height / 2
    for deadline in layout.chrono.deadlines:
        x = layout.day_rect(deadline.date, deadline.date, 0, 0).center().x()
        if not view.left() - 200 <= x <= view.right() + 200:
            continue
        color = DEADLINE[deadline.kind]
        painter.setPen(QPen(color.darker(120), 1))
        painter.setBrush(color if not deadline.done else Qt.GlobalColor.white)
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(x, mid - size),
                    QPointF(x + size, mid),
                    QPointF(x, mid + size),
                    QPointF(x - size, mid),
                ]
            )
        )
        dash = QPen(color, 0, Qt.PenStyle.DotLine)
        painter.setPen(dash)
        painter.drawLine(QPointF(x, row.bottom), QPointF(x, layout.height))
    painter.setBrush(Qt.BrushStyle.NoBrush)
