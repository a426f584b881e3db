"""Draws installer/welcome.bmp, the picture on the left of the installer's welcome and finish
pages (164 x 314, the Modern UI size), from the app icon, with Qt.

    .venv/bin/python installer/make_welcome_bitmap.py

The output is committed (makensis only reads it); run this again when the icon changes.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QLinearGradient, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
ICON = HERE.parent / "resources" / "icons" / "assodesk.svg"
SIZE = (164, 314)


def draw() -> QImage:
    width, height = SIZE
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    gradient = QLinearGradient(QPointF(0, 0), QPointF(0, height))
    gradient.setColorAt(0, QColor("#2A86A6"))
    gradient.setColorAt(1, QColor("#17566C"))
    painter.fillRect(image.rect(), gradient)
    QSvgRenderer(str(ICON)).render(painter, QRectF((width - 96) / 2, 56, 96, 96))
    painter.setPen(QColor("#FFFFFF"))
    painter.setFont(QFont("DejaVu Sans", 15, QFont.Weight.Bold))
    painter.drawText(QRectF(0, 166, width, 30), Qt.AlignmentFlag.AlignCenter, "AssoDesk")
    painter.setPen(QColor("#CFE6EE"))
    painter.setFont(QFont("DejaVu Sans", 8))
    painter.drawText(
        QRectF(12, 198, width - 24, 60),
        Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap,
        "Comptabilité et projets\ndes associations",
    )
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts and painting need an application
    out = HERE / "welcome.bmp"
    if not draw().save(str(out), "BMP"):
        print(f"cannot write {out}", file=sys.stderr)
        return 1
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
