"""The Qt binding itself: PySide6 6.12.0 dropped a reference to None on every call returning
nothing, and Python 3.11 aborted after a few thousand calls ("deallocating None")."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtGui import QImage, QPainter


def test_void_qt_calls_keep_none_alive() -> None:
    target, image = QObject(), QImage(8, 8, QImage.Format.Format_RGB32)
    before = sys.getrefcount(None)
    for _ in range(2000):
        target.setObjectName("x")
    painter = QPainter(image)
    for _ in range(2000):
        painter.drawLine(0, 0, 7, 7)
    painter.end()
    assert sys.getrefcount(None) >= before - 50
