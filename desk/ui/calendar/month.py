"""The month calendar: six weeks from Monday, each day with its sessions (with how many
came), deadlines, public holiday and the Ramadan tint. A click on a session or a deadline opens
it; a double click on a day proposes a new session that day. Mirrored in Arabic."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desk.domain.timeline import monday
from desk.reports.calendar.painter import (
    DEADLINE,
    GRID,
    HEADER_BG,
    HOLIDAY,
    INK,
    MUTED,
    RAMADAN,
    TODAY,
)
from desk.services.browse.chronogramme import MonthEvents

HEADER = 26.0
HOLIDAY_TEXT = QColor("#8A4B00")
RAMADAN_TEXT = QColor("#1E6B43")
LINE = 17.0


@dataclass(frozen=True, slots=True)
class _Item:
    rect: QRectF
    kind: str  # "session" or "deadline"
    ident: int


class MonthCalendar(QWidget):
    session_activated = Signal(int)
    deadline_activated = Signal(int)
    day_activated = Signal(object)  # a date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = date.today().replace(day=1)
        self.events: MonthEvents | None = None
        self.today = date.today()
        self._items: list[_Item] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(900, 560)

    def set_month(self, first: date, events: MonthEvents | None, today: date) -> None:
        self.first, self.events, self.today = first.replace(day=1), events, today
        self.update()

    @property
    def origin(self) -> date:
        return monday(self.first)

    def _cell(self, index: int) -> QRectF:
        width = (self.width() - 1) / 7
        height = (self.height() - HEADER - 1) / 6
        row, column = divmod(index, 7)
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            column = 6 - column
        return QRectF(column * width, HEADER + row * height, width, height)

    def day_at(self, pos: QPointF) -> date | None:
        for index in range(42):
            if self._cell(index).contains(pos):
                return self.origin + timedelta(days=index)
        return None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        locale = QLocale()
        base = QFont(self.font())
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.85))
        bold = QFont(base)
        bold.setBold(True)
        for column in range(7):
            rect = self._cell(column)
            header = QRectF(rect.left(), 0, rect.width(), HEADER)
            painter.fillRect(header, HEADER_BG)
            painter.setFont(bold)
            painter.setPen(INK)
            name = locale.dayName(column + 1, QLocale.FormatType.ShortFormat)
            painter.drawText(header, Qt.AlignmentFlag.AlignCenter, name)
        events = self.events
        self._items = []
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        lead = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        for index in range(42):
            day = self.origin + timedelta(days=index)
            rect = self._cell(index)
            inside = day.month == self.first.month
            if events is not None:
                if any(r.start <= day <= r.end for r in events.ramadan):
                    painter.fillRect(rect, RAMADAN)
                holidays = [h.label for h in events.holidays if h.start <= day <= h.end]
            else:
                holidays = []
            if holidays:
                painter.fillRect(rect, HOLIDAY.lighter(130))
            painter.setPen(QPen(GRID, 0))
            painter.drawRect(rect)
            if day == self.today:
                painter.setPen(QPen(TODAY, 2))
                painter.drawRect(rect.adjusted(1, 1, -1, -1))
            painter.setFont(bold if inside else base)
            painter.setPen(INK if inside else MUTED)
            top = rect.adjusted(5, 2, -5, 0)
            painter.drawText(
                QRectF(top.left(), top.top(), top.width(), LINE), lead, locale.toString(day.day)
            )
            painter.setFont(small)
            y = rect.top() + LINE + 2
            lines: list[tuple[str, QColor, str, int]] = [
                (name, HOLIDAY_TEXT, "", 0) for name in holidays
            ]
            if events is not None and any(
                r.start == day or (r.start < day and index == 0) for r in events.ramadan
            ):
                lines.insert(0, (self.tr("Ramadan"), RAMADAN_TEXT, "", 0))
            if events is not None:
                lines += [
                    (f"◆ {d.title}", DEADLINE[d.kind], "deadline", d.id)
                    for d in events.deadlines
                    if d.date == day
                ]
                lines += [
                    (
                        f"• {s.title or s.activity} ({locale.toString(s.people)})",
                        INK,
                        "session",
                        s.id,
                    )
                    for s in events.sessions
                    if s.date == day
                ]
            metrics = QFontMetricsF(small)
            for text, color, kind, ident in lines:
                if y + LINE > rect.bottom():
                    break
                line = QRectF(rect.left() + 4, y, rect.width() - 8, LINE)
                painter.setPen(color)
                painter.drawText(
                    line,
                    lead | Qt.AlignmentFlag.AlignVCenter,
                    metrics.elidedText(text, Qt.TextElideMode.ElideRight, line.width()),
                )
                if kind:
                    self._items.append(_Item(line, kind, ident))
                y += LINE

    def mousePressEvent(self, event: QMouseEvent) -> None:
        for item in self._items:
            if item.rect.contains(event.position()):
                signal = (
                    self.session_activated if item.kind == "session" else self.deadline_activated
                )
                signal.emit(item.ident)
                return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position())
        if day is not None:
            self.day_activated.emit(day)
            return
        super().mouseDoubleClickEvent(event)
