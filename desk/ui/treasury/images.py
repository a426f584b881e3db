"""Receipt files as they are kept: images reduced (a phone photo of a ticket is 4 MB; 1600
pixels on the long side are plenty to read it), PDFs kept as they are.

Done here with QImage because services do not draw (and Pillow is not a dependency)."""

from __future__ import annotations

import mimetypes
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage

from desk.domain.errors import DomainError, ErrorCode
from desk.services.entry import NewAttachment

MAX_SIDE = 1600
JPEG_QUALITY = 82
_IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".bmp", ".gif", ".webp", ".tif", ".tiff"}


def _encode(image: QImage, fmt: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, fmt, JPEG_QUALITY if fmt == "JPG" else -1)
    buffer.close()
    return bytes(data.data())


def reduce_image(data: bytes, name: str) -> NewAttachment:
    """An image at most MAX_SIDE pixels on its long side: JPEG for photos, PNG when it has
    transparency; the original when it is already small and lighter."""
    image = QImage.fromData(data)
    if image.isNull():
        raise DomainError(ErrorCode.ATTACHMENT_UNSUPPORTED, field="attachments", name=name)
    stem = Path(name).stem or "piece"
    big = max(image.width(), image.height()) > MAX_SIDE
    if big:
        image = image.scaled(
            MAX_SIDE,
            MAX_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    if image.hasAlphaChannel():
        encoded, fmt, mime = _encode(image, "PNG"), ".png", "image/png"
    else:
        encoded, fmt, mime = _encode(image, "JPG"), ".jpg", "image/jpeg"
    if not big and len(encoded) >= len(data):
        original = mimetypes.guess_type(name)[0] or mime
        return NewAttachment(name, original, data)
    return NewAttachment(stem + fmt, mime, encoded)


def prepare_file(path: Path | str) -> NewAttachment:
    """A receipt file read from disk, ready to attach (refuses what is neither image nor PDF)."""
    path = Path(path)
    data = path.read_bytes()
    if data.startswith(b"%PDF") or path.suffix.lower() == ".pdf":
        return NewAttachment(path.name, "application/pdf", data)
    if path.suffix.lower() in _IMAGE_SUFFIXES or not QImage.fromData(data).isNull():
        return reduce_image(data, path.name)
    raise DomainError(ErrorCode.ATTACHMENT_UNSUPPORTED, field="attachments", name=path.name)
