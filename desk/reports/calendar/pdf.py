"""The chronogramme as a PDF on A4 or A3 landscape pages, and as a PNG image.

The months are paginated, never squeezed: each page holds as many month columns as fit at a
readable width (about 12 on A4, 18 on A3), and the activity column and the month header are
repeated on every page. Rows that do not fit in the height continue on the next page band.
Pages go months first, then rows (like reading a wall chart left to right).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QImage, QPainter

from desk.domain.timeline import MonthScale, page_slices
from desk.i18n.translators import is_right_to_left, locale_for
from desk.reports.calendar.layout import GanttLayout, GanttRow, Metrics
from desk.reports.calendar.painter import (
    HEADER_BG,
    INK,
    MUTED,
    Texts,
    paint_body,
    paint_header,
    paint_labels,
    translate,
)
from desk.reports.pdf import RESOLUTION, ensure_gui_application, new_pdf_writer
from desk.services.browse.chronogramme import Chronogramme

PT = RESOLUTION / 72.0  # device pixels per point on the PDF
MIN_MONTH_PT = 40.0  # narrower months would not be readable on paper
MAX_MONTH_PT = 80.0
LABEL_PT = 215.0
TITLE_PT = 30.0
FOOTER_PT = 18.0


def _metrics(scale: float, label_pt: float = LABEL_PT) -> Metrics:
    return Metrics(
        row=15 * scale,
        group=14 * scale,
        deadlines=15 * scale,
        header=26 * scale,
        label_width=label_pt * scale,
    )


def _row_bands(rows: list[GanttRow], height: float) -> list[tuple[float, float]]:
    """(top, bottom) of the row bands that fit in `height` each."""
    bands: list[tuple[float, float]] = []
    top = 0.0
    for row in rows:
        if row.bottom - top > height + 0.5 and row.y > top:
            bands.append((top, row.y))
            top = row.y
    bands.append((top, rows[-1].bottom if rows else 0.0))
    return bands


def chronogramme_pdf(
    chrono: Chronogramme,
    out: Path | str,
    *,
    page_size: str = "A4",
    lang: str = "fr",
    today: date | None = None,
    title: str = "",
) -> Path:
    """Write the chronogramme to `out` (PDF, landscape); returns the path."""
    out = Path(out)
    writer = new_pdf_writer(out, landscape=True, page_size=page_size, title=title)
    page = writer.pageLayout().paintRectPixels(RESOLUTION)
    width, height = float(page.width()), float(page.height())
    m = _metrics(PT)
    chart_width = width - m.label_width
    months = MonthScale(chrono.start, chrono.end, 1.0).count
    per_page = max(1, int(chart_width // (MIN_MONTH_PT * PT)))
    if per_page >= 12:
        per_page -= per_page % 12  # whole years on a page, as donors read a chronogramme
    # Rows shrink (down to 11 pt) before a project's activities spill onto a second band.
    body_height = height - TITLE_PT * PT - m.header - FOOTER_PT * PT
    probe = GanttLayout(chrono, MonthScale(chrono.start, chrono.end, 1.0), m)
    if probe.height > body_height:
        m = _metrics(PT * max(11 / 15, 0.99 * body_height / probe.height))
        m = Metrics(m.row, m.group, m.deadlines, 26 * PT, LABEL_PT * PT)
    month_width = min(chart_width / min(per_page, months), MAX_MONTH_PT * PT)
    mirror = is_right_to_left(lang)
    layout = GanttLayout(
        chrono, MonthScale(chrono.start, chrono.end, month_width), m, mirror=mirror, today=today
    )
    slices = page_slices(months, per_page)
    if mirror:  # the first months are on the right: slices count from the chart's right end
        slices = [(months - first - count, count) for first, count in slices]
    bands = _row_bands(layout.rows, body_height)
    texts = Texts.current(locale_for(lang))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {out}")
    try:
        painter.setFont(_font(7.5))
        total = len(slices) * len(bands)
        number = 0
        for first, count in slices:
            for top, bottom in bands:
                if number:
                    writer.newPage()
                number += 1
                _page(
                    painter,
                    layout,
                    texts,
                    (first * month_width, count * month_width),
                    (top, bottom),
                    width,
                    height,
                    mirror,
                )
                _titles(painter, chrono, texts, width, height, number, total, title, mirror)
    finally:
        painter.end()
    return out


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _page(
    painter: QPainter,
    layout: GanttLayout,
    texts: Texts,
    xs: tuple[float, float],
    ys: tuple[float, float],
    width: float,
    height: float,
    mirror: bool,
) -> None:
    m = layout.metrics
    x0, span = xs
    top, bottom = ys
    chart_left = 0.0 if mirror else m.label_width
    labels_left = span if mirror else 0.0
    header_top = TITLE_PT * PT
    body_top = header_top + m.header
    painter.save()
    painter.setClipRect(QRectF(chart_left, body_top, span, bottom - top))
    painter.translate(chart_left - x0, body_top - top)
    paint_body(painter, layout, texts, QRectF(x0, top, span, bottom - top), today=layout.today)
    painter.restore()
    painter.save()
    painter.setClipRect(QRectF(chart_left, header_top, span, m.header))
    painter.translate(chart_left - x0, header_top)
    paint_header(painter, layout, texts, x0, x0 + span, m.header)
    painter.restore()
    painter.save()
    painter.setClipRect(QRectF(labels_left, body_top, m.label_width, bottom - top))
    painter.translate(labels_left, body_top - top)
    paint_labels(painter, layout, texts, m.label_width, top, bottom, right_to_left=mirror)
    painter.restore()
    corner = QRectF(labels_left, header_top, m.label_width, m.header)
    painter.fillRect(corner, HEADER_BG)
    painter.setPen(INK)
    align = Qt.AlignmentFlag.AlignRight if mirror else Qt.AlignmentFlag.AlignLeft
    painter.drawText(
        corner.adjusted(6 * PT, 0, -6 * PT, 0),
        align | Qt.AlignmentFlag.AlignVCenter,
        translate("Calendar", "Activities"),
    )
    painter.setPen(MUTED)
    painter.drawRect(QRectF(0, header_top, m.label_width + span, m.header + bottom - top))


def _titles(
    painter: QPainter,
    chrono: Chronogramme,
    texts: Texts,
    width: float,
    height: float,
    number: int,
    total: int,
    title: str,
    mirror: bool,
) -> None:
    lead = Qt.AlignmentFlag.AlignRight if mirror else Qt.AlignmentFlag.AlignLeft
    trail = Qt.AlignmentFlag.AlignLeft if mirror else Qt.AlignmentFlag.AlignRight
    middle = Qt.AlignmentFlag.AlignVCenter
    painter.setPen(INK)
    painter.setFont(_font(11, bold=True))
    top = QRectF(0, 0, width, TITLE_PT * PT * 0.8)
    painter.drawText(top, lead | middle, title or chrono.project_title)
    painter.setFont(_font(7.5))
    legend = "   ".join(
        (
            translate("Calendar", "▭ planned"),
            translate("Calendar", "▬ actual"),
            translate("Calendar", "◆ deadline"),
            translate("Calendar", "▮ public holiday"),
            f"▮ {texts.ramadan}",
            translate("Calendar", "│ today"),
        )
    )
    foot = QRectF(0, height - FOOTER_PT * PT, width, FOOTER_PT * PT)
    painter.setPen(MUTED)
    painter.drawText(foot, lead | middle, legend)
    painter.drawText(foot, trail | middle, f"{number} / {total}")


def chronogramme_png(
    chrono: Chronogramme,
    out: Path | str,
    *,
    lang: str = "fr",
    today: date | None = None,
    month_width: float = 46.0,
) -> Path:
    """The whole chronogramme as one PNG image (twice the pixels, for a sharp print)."""
    ensure_gui_application()
    out = Path(out)
    m = _metrics(1.6, 200.0)
    mirror = is_right_to_left(lang)
    layout = GanttLayout(
        chrono, MonthScale(chrono.start, chrono.end, month_width), m, mirror=mirror, today=today
    )
    width, height = m.label_width + layout.width, m.header + layout.height + 1
    image = QImage(int(width * 2), int(height * 2), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    texts = Texts.current(locale_for(lang))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.scale(2, 2)
        painter.setFont(_font(8))
        chart_left = 0.0 if mirror else m.label_width
        labels_left = layout.width if mirror else 0.0
        painter.save()
        painter.translate(chart_left, m.header)
        paint_body(
            painter,
            layout,
            texts,
            QRectF(0, 0, layout.width, layout.height),
            today=layout.today,
        )
        painter.restore()
        painter.save()
        painter.translate(chart_left, 0)
        paint_header(painter, layout, texts, 0, layout.width, m.header)
        painter.restore()
        painter.save()
        painter.translate(labels_left, m.header)
        paint_labels(painter, layout, texts, m.label_width, 0, layout.height, right_to_left=mirror)
        painter.restore()
        painter.fillRect(QRectF(labels_left, 0, m.label_width, m.header), HEADER_BG)
        painter.setPen(INK)
        painter.drawText(
            QRectF(labels_left + 6, 0, m.label_width - 12, m.header),
            (Qt.AlignmentFlag.AlignRight if mirror else Qt.AlignmentFlag.AlignLeft)
            | Qt.AlignmentFlag.AlignVCenter,
            translate("Calendar", "Activities"),
        )
    finally:
        painter.end()
    if not image.save(str(out), "PNG"):  # type: ignore[call-overload]  # stubs want bytes
        raise OSError(f"cannot write {out}")
    return out
