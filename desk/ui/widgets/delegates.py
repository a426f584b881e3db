"""Delegates that draw what text alone says badly: a small progress bar for "% used".

Amounts need no delegate: the models already give them formatted, right-aligned and coloured
(display, alignment and foreground roles); the editing delegates come with the editable pages.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desk.ui.widgets import style
from desk.ui.widgets.formatting import format_percent_ui


class RoomyDelegate(QStyledItemDelegate):
    """Rows as tall as the tables' (trees otherwise pack lines too tight to read comfortably)."""

    def __init__(self, height: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._height = height

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), max(hint.height(), self._height))


class PercentBarDelegate(QStyledItemDelegate):
    """Draws the ratio of the cell's edit role (0.45 = 45 %) as a thin bar under its text:
    blue while on track, amber from 90 %, red beyond 100 %."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        ratio = index.data(Qt.ItemDataRole.EditRole)
        if ratio is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style_ = widget.style() if widget is not None else None
        opt.text = ""
        if style_ is not None:  # background and selection, as for any other cell
            style_.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        value = Decimal(str(ratio))
        color = style.ACCENT
        if value > 1:
            color = style.NEGATIVE
        elif value >= Decimal("0.9"):
            color = style.WARNING
        rect = QRectF(opt.rect).adjusted(6, 4, -6, -4)
        painter.save()
        try:  # restore the painter even if drawing fails
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            text_rect = rect.adjusted(0, 0, 0, -6)
            selected = bool(opt.state & QStyle.StateFlag.State_Selected)
            role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            painter.setPen(opt.palette.color(role))
            painter.drawText(
                text_rect,
                # Mirrored in right-to-left layouts, like the other number columns.
                QStyle.visualAlignment(
                    opt.direction, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                ),
                format_percent_ui(value),
            )
            bar = QRectF(rect.left(), rect.bottom() - 4, rect.width(), 4)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.TRACK)
            painter.drawRoundedRect(bar, 2, 2)
            filled = QRectF(bar)
            filled.setWidth(bar.width() * float(min(value, Decimal(1))))
            if opt.direction == Qt.LayoutDirection.RightToLeft:
                filled.moveRight(bar.right())  # the bar grows from the reading start
            painter.setBrush(color)
            painter.drawRoundedRect(filled, 2, 2)
        finally:
            painter.restore()
