"""PDF output shared by every report: HTML tables laid out by Qt onto A4/A3 pages.

- `html_to_pdf(html, out, …)` paginates an HTML document (QTextDocument). Table rows inside
  `<thead>` are repeated at the top of every page, so a long logframe or budget stays readable
  on paper. Every page gets a footer: an optional text on the leading side and "n / N" on the
  other.
- `new_pdf_writer(out, …)` gives a QPdfWriter already set up (size, orientation, margins, title)
  for reports that draw with QPainter themselves (the chronogramme).
- `ensure_gui_application()`: QPdfWriter and fonts need a QGuiApplication; the command line
  has none, so one is created on the offscreen platform when no display is expected.

Only QtGui/QtCore are used: reports never import QtWidgets.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

from desk import APP_NAME

__all__ = ["PAGE_SIZES", "ensure_gui_application", "html_to_pdf", "new_pdf_writer"]

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "A3": QPageSize.PageSizeId.A3}
RESOLUTION = 300  # dots per inch of the PDF's coordinate system
MARGINS_MM = QMarginsF(12, 12, 12, 12)
FOOTER_PT = 9.0
BASE_CSS = """
body { font-size: 9pt; }
h1 { font-size: 14pt; margin: 0 0 6px 0; }
h2 { font-size: 11pt; margin: 10px 0 4px 0; }
table { border-collapse: collapse; }
th { background-color: #e8eef5; font-weight: bold; }
td, th { border: 1px solid #8a96a3; padding: 3px; vertical-align: top; }
.num { text-align: right; }
.warn { color: #a33b00; }
"""


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication, or a new one (offscreen when there is no display)."""
    app = QCoreApplication.instance()
    if isinstance(app, QGuiApplication):
        return app
    if app is not None:  # a bare QCoreApplication cannot render fonts
        raise RuntimeError("a QGuiApplication is needed to write a PDF")
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if headless and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QGuiApplication([APP_NAME])


def new_pdf_writer(
    out: Path | str, *, landscape: bool = True, page_size: str = "A4", title: str = ""
) -> QPdfWriter:
    """A QPdfWriter on `out` with the page set up; paint on it with QPainter."""
    ensure_gui_application()
    if page_size not in PAGE_SIZES:
        raise ValueError(f"page size {page_size!r}; choose one of {', '.join(PAGE_SIZES)}")
    writer = QPdfWriter(str(out))
    writer.setResolution(RESOLUTION)
    writer.setCreator(APP_NAME)
    writer.setTitle(title)
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAGE_SIZES[page_size]), orientation, MARGINS_MM, QPageLayout.Unit.Millimeter
        )
    )
    return writer


def _points_to_pixels(points: float) -> float:
    return points * RESOLUTION / 72.0


def html_to_pdf(
    html: str,
    out: Path | str,
    *,
    landscape: bool = True,
    page_size: str = "A4",
    title: str = "",
    footer: str = "",
    right_to_left: bool = False,
) -> Path:
    """Write `html` (a body fragment or a whole document; BASE_CSS applies) to the PDF `out`,
    over as many pages as needed. Returns `out`."""
    out = Path(out)
    writer = new_pdf_writer(out, landscape=landscape, page_size=page_size, title=title)
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)  # measure fonts at the PDF's resolution
    document.setDefaultStyleSheet(BASE_CSS)
    font = QFont()
    font.setPointSizeF(9)
    document.setDefaultFont(font)
    if right_to_left:
        option = QTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        document.setDefaultTextOption(option)
    document.setHtml(html)

    page = writer.pageLayout().paintRectPixels(RESOLUTION)
    footer_height = _points_to_pixels(FOOTER_PT * 2.2)
    body = QSizeF(page.width(), page.height() - footer_height)
    document.setPageSize(body)  # paginates: <thead> rows repeat on each page
    pages = max(1, document.pageCount())

    footer_font = QFont(font)
    footer_font.setPointSizeF(FOOTER_PT)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {out}")
    try:
        for number in range(pages):
            if number:
                writer.newPage()
            painter.save()
            painter.translate(0, -number * body.height())
            visible = QRectF(0, number * body.height(), body.width(), body.height())
            painter.setClipRect(visible)
            document.drawContents(painter, visible)
            painter.restore()
            painter.setFont(footer_font)
            line = QRectF(0, body.height(), body.width(), footer_height)
            lead = Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft
            trail = Qt.AlignmentFlag.AlignLeft if right_to_left else Qt.AlignmentFlag.AlignRight
            middle = Qt.AlignmentFlag.AlignVCenter
            if footer:
                painter.drawText(line, lead | middle, footer)
            painter.drawText(line, trail | middle, f"{number + 1} / {pages}")
    finally:
        painter.end()
    return out
