"""The few colours and sizes the pages share, so that "negative" or "warning" look the same
everywhere; the accent and greys match the shell's palette (`desk.ui.app`). Calm tones that
stay readable on a cheap laptop screen and on a projector."""

from __future__ import annotations

from PySide6.QtGui import QColor

POSITIVE = QColor("#1B7F3B")  # money in, a good result
NEGATIVE = QColor("#B42318")  # money out, overspent, overdue
WARNING = QColor("#B25E00")  # missing receipts, attention needed
MUTED = QColor("#5B6B7A")  # secondary text: "not required", units
ACCENT = QColor("#1F6F8B")  # progress bars
TRACK = QColor("#E3E8ED")  # the empty part of a progress bar
WARNING_BG = "#FFF7ED"
WARNING_BORDER = "#F2C48D"

# Style sheets scoped by object name so that they never leak into other widgets.
PAGE_TITLE_CSS = "QLabel#PageTitle { font-size: 16pt; font-weight: 600; }"
SECTION_CSS = "QLabel#SectionTitle { font-size: 11pt; font-weight: 600; margin-top: 4px; }"
MUTED_CSS = f"color: {MUTED.name()};"
