"""Renders the app icon (assodesk.svg) to assodesk.png and a multi-size assodesk.ico with Qt.

    .venv/bin/python resources/icons/build_icons.py

The outputs are committed: the installer and the frozen app use them without running this.
The ICO holds PNG-compressed images (Windows Vista and later read them).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: list[tuple[int, bytes]]) -> bytes:
    """ICONDIR + one ICONDIRENTRY per image + the PNG payloads."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, payload = b"", b""
    for size, png in images:
        side = 0 if size >= 256 else size  # 0 means 256 in the ICO format
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        payload += png
        offset += len(png)
    return header + entries + payload


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage/QPainter need an application
    renderer = QSvgRenderer(str(HERE / "assodesk.svg"))
    if not renderer.isValid():
        print("assodesk.svg is not a valid SVG", file=sys.stderr)
        return 1
    render(renderer, 256).save(str(HERE / "assodesk.png"))
    (HERE / "assodesk.ico").write_bytes(
        ico([(s, png_bytes(render(renderer, s))) for s in ICO_SIZES])
    )
    print("wrote assodesk.png and assodesk.ico")
    return 0


if __name__ == "__main__":
    sys.exit(main())
