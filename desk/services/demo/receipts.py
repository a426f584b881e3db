"""Small, fake receipt images (PNG) for the demo, drawn in pure Python with zlib and struct.

A receipt is a grey-scale "ticket": a white slip with a shop-name block, lines of text-like
dashes, a dotted separator, a bold total and a bar code, all varied by a seed string. No Qt,
no PIL: the demo must build headless and fast. Typical size: 1–3 KB (`size="normal"`), a few
hundred bytes for the bulk generator (`size="small"`).
"""

from __future__ import annotations

import hashlib
import random
import struct
import zlib
from dataclasses import dataclass
from typing import Literal

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_WHITE, _PAPER_EDGE, _INK, _FAINT = 0xFF, 0xC8, 0x2A, 0x80

Size = Literal["normal", "small"]


@dataclass(frozen=True, slots=True)
class ReceiptImage:
    """A generated receipt, ready for an `Attachment` row."""

    data: bytes
    sha256: str
    mime_type: str = "image/png"

    @property
    def size(self) -> int:
        return len(self.data)


class _Canvas:
    """A grey-scale bitmap, one bytearray per row."""

    def __init__(self, width: int, height: int) -> None:
        self.width, self.height = width, height
        self.rows = [bytearray([_WHITE]) * width for _ in range(height)]

    def rect(self, x0: int, y0: int, x1: int, y1: int, shade: int) -> None:
        x0, x1 = max(0, x0), min(self.width, x1)
        if x1 <= x0:
            return
        run = bytes([shade]) * (x1 - x0)
        for y in range(max(0, y0), min(self.height, y1)):
            self.rows[y][x0:x1] = run

    def png(self) -> bytes:
        # Filter byte 0 (none) before each row; level 6: level 9 costs 5x the time for ~2 % less.
        raw = b"".join(b"\x00" + bytes(row) for row in self.rows)
        header = struct.pack(">IIBBBBB", self.width, self.height, 8, 0, 0, 0, 0)
        return (
            _PNG_SIGNATURE
            + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", zlib.compress(raw, 6))
            + _chunk(b"IEND", b"")
        )


def _chunk(kind: bytes, payload: bytes) -> bytes:
    crc = zlib.crc32(kind + payload) & 0xFFFFFFFF
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", crc)


def _text_line(canvas: _Canvas, rng: random.Random, y: int, left: int, right: int, h: int) -> None:
    """Words as dark dashes, with a right-aligned amount on most lines."""
    x = left
    end = right - (rng.randint(14, 24) if rng.random() < 0.8 else 0)
    while x < end - 4:
        word = rng.randint(3, 14)
        canvas.rect(x, y, min(x + word, end), y + h, _INK)
        x += word + rng.randint(2, 4)
    if end < right:
        canvas.rect(right - rng.randint(8, 14), y, right, y + h, _INK)


def draw_receipt(seed: str, size: Size = "normal") -> ReceiptImage:
    """A receipt image that depends only on `seed` (e.g. the receipt number)."""
    # Seeding with a string is stable across runs and platforms (hashed with SHA-512).
    rng = random.Random(seed)
    small = size == "small"
    width = rng.randint(40, 52) if small else rng.randint(150, 190)
    height = rng.randint(64, 90) if small else rng.randint(240, 330)
    glyph = 1 if small else 2
    step = 4 if small else 6
    margin = 3 if small else 8
    canvas = _Canvas(width, height)
    canvas.rect(0, 0, width, 1, _PAPER_EDGE)
    canvas.rect(0, height - 1, width, height, _PAPER_EDGE)
    canvas.rect(0, 0, 1, height, _PAPER_EDGE)
    canvas.rect(width - 1, 0, width, height, _PAPER_EDGE)
    # Shop name: a bold block, centred.
    name_width = rng.randint(width // 3, width * 2 // 3)
    top = margin
    canvas.rect((width - name_width) // 2, top, (width + name_width) // 2, top + 2 * glyph, _INK)
    y = top + 2 * glyph + step
    for _ in range(rng.randint(1, 2)):  # address lines, fainter
        line = rng.randint(width // 4, width // 2)
        canvas.rect((width - line) // 2, y, (width + line) // 2, y + glyph, _FAINT)
        y += step - 1
    y += step // 2
    barcode_height = 6 if small else 14
    bottom = height - margin - barcode_height - 3 * step
    while y < bottom:
        _text_line(canvas, rng, y, margin, width - margin, glyph)
        y += step
    for x in range(margin, width - margin, 3):  # dotted separator
        canvas.rect(x, y, x + 1, y + 1, _FAINT)
    y += step // 2 + 1
    canvas.rect(margin, y, margin + width // 4, y + 2 * glyph, _INK)  # TOTAL
    canvas.rect(width - margin - width // 3, y, width - margin, y + 2 * glyph, _INK)
    y = height - margin - barcode_height
    x = margin + rng.randint(0, 4)
    while x < width - margin - 2:
        bar = rng.choice((1, 1, 2, 3))
        canvas.rect(x, y, x + bar, y + barcode_height, _INK)
        x += bar + rng.choice((1, 2, 2, 3))
    data = canvas.png()
    return ReceiptImage(data=data, sha256=hashlib.sha256(data).hexdigest())
