"""Seeing a receipt inside AssoDesk: images in a scrollable view fitted to the window; a PDF
rendered page by page when Qt's PDF module is installed, else opened with the system viewer
(from a temporary copy: the file itself stays inside the association's file)."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk.services.receipts import AttachmentInfo, attachment_data
from desk.store import AssoFile


def pdf_pages(data: bytes, width: int = 900) -> list[QImage] | None:
    """The pages of a PDF as images, or None when QtPdf is not available."""
    try:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
        from PySide6.QtPdf import QPdfDocument
    except ImportError:
        return None
    document = QPdfDocument()
    buffer = QBuffer(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    images = []
    for page in range(document.pageCount()):
        size = document.pagePointSize(page)
        height = int(width * size.height() / max(size.width(), 1))
        images.append(document.render(page, QSize(width, height)))
    return images


def open_with_system(info: AttachmentInfo, data: bytes) -> Path:
    """Write a temporary copy and open it with the system's viewer; returns the copy."""
    folder = Path(tempfile.mkdtemp(prefix="assodesk-receipt-"))
    target = folder / (Path(info.name).name or f"piece-{info.id}")
    target.write_bytes(data)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
    return target


class ReceiptViewer(QDialog):
    """The receipts of a transaction one under the other (images fitted to the width)."""

    def __init__(
        self, asso: AssoFile, infos: Sequence[AttachmentInfo], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle(", ".join(i.name for i in infos))
        self.resize(820, 900)
        layout = QVBoxLayout(self)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.content = QWidget()
        self.pages = QVBoxLayout(self.content)
        self.area.setWidget(self.content)
        layout.addWidget(self.area, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.shown = 0  # pages shown inside AssoDesk
        self.opened_outside: list[Path] = []
        for info in infos:
            self._show(asso, info)

    def _show(self, asso: AssoFile, info: AttachmentInfo) -> None:
        data = attachment_data(asso, info.id)
        pdf = info.mime_type == "application/pdf"
        images = pdf_pages(data) if pdf else [QImage.fromData(data)]
        if images is None:
            self.opened_outside.append(open_with_system(info, data))
            note = QLabel(
                self.tr("“%1” was opened with your computer's PDF reader.").replace("%1", info.name)
            )
            note.setWordWrap(True)
            self.pages.addWidget(note)
            return
        for image in images:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image).scaledToWidth(min(image.width(), 780)))
            self.pages.addWidget(label)
            self.shown += 1
