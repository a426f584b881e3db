"""A dashboard card: a small title, one big figure, and optional detail lines under it."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from desk.ui.widgets import style
from desk.ui.widgets.views import clear_layout


class Tone(Enum):
    NORMAL = ""
    POSITIVE = style.POSITIVE.name()
    NEGATIVE = style.NEGATIVE.name()
    WARNING = style.WARNING.name()
    MUTED = style.MUTED.name()


_CSS = f"""
QFrame#Card {{ background-color: palette(base); border: 1px solid palette(mid);
              border-radius: 8px; }}
QFrame#Card[tone="warning"] {{ background-color: {style.WARNING_BG};
                              border-color: {style.WARNING_BORDER}; }}
QLabel#CardTitle {{ {style.MUTED_CSS} }}
QLabel#CardValue {{ font-size: 16pt; font-weight: 600; }}
QLabel#CardHint {{ {style.MUTED_CSS} }}
"""


class Card(QFrame):
    """`set_value` shows the figure (coloured by `tone`); `set_lines` lists (label, value,
    tone) pairs under it, e.g. each cash box with its balance."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.setStyleSheet(_CSS)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(2)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("CardTitle")
        self.value_label = QLabel("")
        self.value_label.setObjectName("CardValue")
        self.hint_label = QLabel("")
        self.hint_label.setObjectName("CardHint")
        self.hint_label.setWordWrap(True)
        self.hint_label.hide()
        self._lines = QGridLayout()
        self._lines.setContentsMargins(0, 4, 0, 0)
        self._lines.setHorizontalSpacing(12)
        self._lines.setVerticalSpacing(1)
        self._lines.setColumnStretch(0, 1)
        layout.addWidget(self.title_label)
        layout.addWidget(self.value_label)
        layout.addLayout(self._lines)
        layout.addWidget(self.hint_label)

    def set_title(self, title: str) -> None:
        self.title_label.setText(title)

    def set_value(self, text: str, tone: Tone = Tone.NORMAL) -> None:
        self.value_label.setText(text)
        color = f"color: {tone.value};" if tone.value else ""
        self.value_label.setStyleSheet(color)
        self.setProperty("tone", "warning" if tone is Tone.WARNING else "")
        self.style().unpolish(self)
        self.style().polish(self)

    def set_hint(self, text: str) -> None:
        self.hint_label.setText(text)
        self.hint_label.setVisible(bool(text))

    def set_lines(self, lines: list[tuple[str, str, Tone, str]]) -> None:
        """(label, value, tone, tooltip) rows; the value column is aligned to the end."""
        clear_layout(self._lines)
        for row, (name, value, tone, tip) in enumerate(lines):
            left, right = QLabel(name), QLabel(value)
            right.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for lab in (left, right):
                lab.setToolTip(tip)
                if tone.value:
                    lab.setStyleSheet(f"color: {tone.value};")
            self._lines.addWidget(left, row, 0)
            self._lines.addWidget(right, row, 1)

    def line_texts(self) -> list[tuple[str, str]]:
        """What the detail lines say (for tests and accessibility)."""
        texts: list[tuple[str, str]] = []
        for row in range(self._lines.rowCount()):
            items = [self._lines.itemAtPosition(row, column) for column in (0, 1)]
            labels = [i.widget() if i is not None else None for i in items]
            if isinstance(labels[0], QLabel) and isinstance(labels[1], QLabel):
                texts.append((labels[0].text(), labels[1].text()))
        return texts
