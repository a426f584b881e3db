"""The chronogramme on screen: a scroll area that paints only what is visible (month header and
activity column stay in place while the chart scrolls), with zoom (month or week columns), and
bars that can be dragged to move an activity or by an edge to resize it.

The widget never writes: a finished drag emits `dates_requested(activity_id, Dates)`; the page
runs the undoable command. Arabic mirrors the chart (time runs from right to left).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from desk.domain.timeline import DayScale, MonthScale, shift_days, shift_months
from desk.reports.calendar.layout import GanttLayout, GanttRow, Metrics
from desk.reports.calendar.painter import (
    HEADER_BG,
    INK,
    Texts,
    outside,
    paint_bars,
    paint_body,
    paint_header,
    paint_labels,
)
from desk.services.activities.activities import Dates
from desk.services.browse.chronogramme import Chronogramme
from desk.ui.widgets.formatting import format_period_ui
from desk.ui.widgets.labels import label

MONTH_WIDTHS = (28.0, 40.0, 56.0, 80.0, 120.0, 180.0)
DAY_WIDTHS = (4.0, 7.0, 11.0, 18.0)
EDGE = 5.0  # pixels near a bar's end that grab the end instead of the bar


@dataclass
class _Drag:
    row: GanttRow
    part: str  # "move", "start" or "end"
    press_x: float
    preview: tuple[date, date]


class GanttView(QAbstractScrollArea):
    """The chronogramme of one project."""

    dates_requested = Signal(int, object)  # activity id, Dates
    activity_activated = Signal(int)  # double-click on an activity row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.metrics = Metrics(row=26, group=24, deadlines=26, header=40, label_width=320)
        self.chrono: Chronogramme | None = None
        self.layout_: GanttLayout | None = None
        self.today = date.today()
        self.weeks = False
        self._zoom = 2
        self._day_zoom = 2
        self.editable = True
        self._drag: _Drag | None = None
        self.viewport().setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(220)

    # -- data and geometry --------------------------------------------------------------------

    def set_chronogramme(self, chrono: Chronogramme | None, today: date | None = None) -> None:
        self.chrono = chrono
        if today is not None:
            self.today = today
        self._drag = None
        self._relayout()

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self._drag = None

    @property
    def mirrored(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    @property
    def month_width(self) -> float:
        return MONTH_WIDTHS[self._zoom]

    def set_weeks(self, weeks: bool) -> None:
        self.weeks = weeks
        self._relayout()

    def zoom(self, steps: int) -> None:
        if self.weeks:
            self._day_zoom = max(0, min(len(DAY_WIDTHS) - 1, self._day_zoom + steps))
        else:
            self._zoom = max(0, min(len(MONTH_WIDTHS) - 1, self._zoom + steps))
        self._relayout()

    def _relayout(self) -> None:
        if self.chrono is None:
            self.layout_ = None
        else:
            start, end = self.chrono.start, self.chrono.end
            scale: MonthScale | DayScale = (
                DayScale(start, end, DAY_WIDTHS[self._day_zoom])
                if self.weeks
                else MonthScale(start, end, self.month_width)
            )
            self.layout_ = GanttLayout(
                self.chrono, scale, self.metrics, mirror=self.mirrored, today=self.today
            )
        self._update_scrollbars()
        self.viewport().update()

    def _chart_size(self) -> tuple[float, float]:
        vp = self.viewport()
        return (
            max(0.0, vp.width() - self.metrics.label_width),
            max(0.0, vp.height() - self.metrics.header),
        )

    def _update_scrollbars(self) -> None:
        width, height = self._chart_size()
        lay = self.layout_
        self.horizontalScrollBar().setRange(0, int(max(0, (lay.width if lay else 0) - width)))
        self.verticalScrollBar().setRange(0, int(max(0, (lay.height if lay else 0) - height)))
        self.horizontalScrollBar().setPageStep(int(width))
        self.verticalScrollBar().setPageStep(int(height))
        self.horizontalScrollBar().setSingleStep(int(self.month_width))
        self.verticalScrollBar().setSingleStep(int(self.metrics.row))

    def _x_offset(self) -> float:
        """Chart x shown at the left edge of the chart area."""
        h = float(self.horizontalScrollBar().value())
        if self.mirrored and self.layout_ is not None:
            width, _ = self._chart_size()
            return max(0.0, self.layout_.width - width) - h
        return h

    def _chart_left(self) -> float:
        return 0.0 if self.mirrored else self.metrics.label_width

    def to_chart(self, pos: QPointF) -> QPointF:
        return QPointF(
            pos.x() - self._chart_left() + self._x_offset(),
            pos.y() - self.metrics.header + self.verticalScrollBar().value(),
        )

    def to_view(self, point: QPointF) -> QPointF:
        return QPointF(
            point.x() + self._chart_left() - self._x_offset(),
            point.y() + self.metrics.header - self.verticalScrollBar().value(),
        )

    def scroll_to(self, day: date) -> None:
        if self.layout_ is None:
            return
        width, _ = self._chart_size()
        x = self.layout_.scale.x(day) - width / 3
        self.horizontalScrollBar().setValue(int(max(0.0, x)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_scrollbars()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._relayout()

    # -- painting -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        try:
            self.paint(painter)
        finally:
            painter.end()

    def paint(self, painter: QPainter) -> None:
        """Paint the visible part (also used by the benchmark and screenshots)."""
        lay = self.layout_
        painter.fillRect(self.viewport().rect(), self.palette().base())
        if lay is None:
            return
        texts = Texts.current()
        m = self.metrics
        width, height = self._chart_size()
        left, xoff = self._chart_left(), self._x_offset()
        yoff = float(self.verticalScrollBar().value())
        painter.save()
        painter.setClipRect(QRectF(left, m.header, width, height))
        painter.translate(left - xoff, m.header - yoff)
        paint_body(
            painter,
            lay,
            texts,
            QRectF(xoff, yoff, width, height),
            today=self.today,
            hidden=self._drag.row.activity.id if self._drag and self._drag.row.activity else None,
        )
        if self._drag is not None:
            paint_bars(painter, lay, self._drag.row, self._drag.preview)
        painter.restore()
        painter.save()
        painter.setClipRect(QRectF(left, 0, width, m.header))
        painter.translate(left - xoff, 0)
        paint_header(painter, lay, texts, xoff, xoff + width, m.header)
        painter.restore()
        labels_left = width if self.mirrored else 0.0
        painter.save()
        painter.setClipRect(QRectF(labels_left, m.header, m.label_width, height))
        painter.translate(labels_left, m.header - yoff)
        paint_labels(
            painter, lay, texts, m.label_width, yoff, yoff + height, right_to_left=self.mirrored
        )
        painter.restore()
        corner = QRectF(labels_left, 0, m.label_width, m.header)
        painter.fillRect(corner, HEADER_BG)
        painter.setPen(INK)
        painter.drawText(
            corner.adjusted(8, 0, -8, 0),
            Qt.AlignmentFlag.AlignVCenter
            | (Qt.AlignmentFlag.AlignRight if self.mirrored else Qt.AlignmentFlag.AlignLeft),
            self.tr("Activities"),
        )

    # -- mouse --------------------------------------------------------------------------------

    def hit(self, pos: QPointF) -> tuple[GanttRow, str] | None:
        """The activity row and the part of its planned bar under `pos` (view coordinates)."""
        lay = self.layout_
        if lay is None or pos.y() < self.metrics.header:
            return None
        point = self.to_chart(pos)
        row = lay.row_at(point.y())
        if row is None or row.activity is None:
            return None
        bar = lay.planned_rect(row)
        if not bar.adjusted(-EDGE, -3, EDGE, 3).contains(point):
            return None
        a = row.activity
        start_x = lay.x_of(a.planned_start)
        end_x = lay.x_of(a.planned_end + timedelta(days=1))
        if bar.width() > 3 * EDGE and abs(point.x() - end_x) <= EDGE:
            return row, "end"
        if bar.width() > 3 * EDGE and abs(point.x() - start_x) <= EDGE:
            return row, "start"
        return row, "move"

    def bar_center(self, activity_id: int) -> QPointF:
        """Where the planned bar of an activity is, in view coordinates (tests, keyboard)."""
        assert self.layout_ is not None
        row = self.layout_.row_of(activity_id)
        assert row is not None
        return self.to_view(self.layout_.planned_rect(row).center())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        found = self.hit(event.position()) if self.editable else None
        if event.button() == Qt.MouseButton.LeftButton and found is not None:
            row, part = found
            assert row.activity is not None
            start, end = row.activity.planned_start, row.activity.planned_end
            self._drag = _Drag(row, part, self.to_chart(event.position()).x(), (start, end))
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            return
        super().mousePressEvent(event)

    def _preview(self, x: float) -> tuple[date, date]:
        drag, lay = self._drag, self.layout_
        assert drag is not None and lay is not None and drag.row.activity is not None
        start, end = drag.row.activity.planned_start, drag.row.activity.planned_end
        if drag.part == "move":
            dx = (drag.press_x - x) if self.mirrored else (x - drag.press_x)
            if self.weeks:
                return shift_days(start, end, round(dx / DAY_WIDTHS[self._day_zoom]))
            return shift_months(start, end, round(dx / self.month_width))
        inside = 1.0 if self.mirrored else -1.0
        if drag.part == "end":
            return start, max(start, lay.date_at(x + inside))
        return min(end, lay.date_at(x - inside)), end

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._mouse_move(event)

    def _mouse_move(self, event: QMouseEvent) -> None:
        if self._drag is not None:
            self._drag.preview = self._preview(self.to_chart(event.position()).x())
            self.viewport().update()
            return
        found = self.hit(event.position()) if self.editable else None
        shape = Qt.CursorShape.ArrowCursor
        if found is not None:
            shape = (
                Qt.CursorShape.SizeHorCursor
                if found[1] != "move"
                else Qt.CursorShape.OpenHandCursor
            )
        self.viewport().setCursor(shape)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag = self._drag
        if drag is None:
            super().mouseReleaseEvent(event)
            return
        drag.preview = self._preview(self.to_chart(event.position()).x())
        self._drag = None
        self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
        self.viewport().update()
        a = drag.row.activity
        assert a is not None
        if drag.preview != (a.planned_start, a.planned_end):
            dates = Dates(drag.preview[0], drag.preview[1], a.actual_start, a.actual_end)
            self.dates_requested.emit(a.id, dates)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        lay = self.layout_
        if lay is not None and event.position().y() > self.metrics.header:
            row = lay.row_at(self.to_chart(event.position()).y())
            if row is not None and row.activity is not None:
                self.activity_activated.emit(row.activity.id)
                return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._drag is not None:
            self._drag = None
            self.viewport().update()
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1 if event.angleDelta().y() > 0 else -1)
            return
        super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.layout_ is not None:
            pos = event.pos()  # type: ignore[attr-defined]
            text = self._tooltip(QPointF(pos))
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def _tooltip(self, pos: QPointF) -> str:
        lay = self.layout_
        assert lay is not None
        point = self.to_chart(pos)
        row = lay.row_at(point.y()) if pos.y() > self.metrics.header else None
        if row is not None and row.activity is not None:
            a = row.activity
            lines = [
                f"{a.code} {a.title}".strip(),
                self.tr("Planned: %1").replace(
                    "%1", format_period_ui(a.planned_start, a.planned_end)
                ),
            ]
            if a.actual_start is not None:
                lines.append(
                    self.tr("Actual: %1").replace(
                        "%1", format_period_ui(a.actual_start, a.actual_end)
                    )
                )
            lines.append(label(a.status))
            if outside(lay, a):
                lines.append(self.tr("Outside the project period"))
            return "\n".join(lines)
        day = lay.date_at(point.x())
        found = [d.title for d in lay.chrono.deadlines if abs((d.date - day).days) <= 3]
        found += [h.label for h in lay.chrono.holidays if h.start <= day <= h.end]
        found += [self.tr("Ramadan") for r in lay.chrono.ramadan if r.start <= day <= r.end]
        return "\n".join(found)
