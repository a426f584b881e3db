"""The welcome screen, shown when no file is open: open, create, try the demo, or pick a
recent file."""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desk.ui.app import ACCENT, align_leading, app_icon, named, svg_icon

_PATH_ROLE = Qt.ItemDataRole.UserRole


@cache
def demo_available() -> bool:
    """True when the demo builder (desk.services.demo) is installed. Found without importing
    it: the welcome screen must not pay for the demo's imports at start-up."""
    try:
        return importlib.util.find_spec("desk.services.demo") is not None
    except ImportError:
        return False


class WelcomeScreen(QWidget):
    """Big, plain choices for someone who has just installed AssoDesk."""

    open_requested = Signal()
    new_requested = Signal()
    demo_requested = Signal()
    recent_requested = Signal(Path)

    def __init__(self, parent: QWidget | None = None, *, show_demo: bool | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")

        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(64, 64))
        title = QLabel(self.tr("Welcome to AssoDesk"))
        title.setObjectName("welcomeTitle")
        subtitle = QLabel(self.tr("The money and projects of your association, kept in one file."))
        subtitle.setObjectName("welcomeSubtitle")
        subtitle.setWordWrap(True)
        for label in (title, subtitle):
            align_leading(label)
        heading = QVBoxLayout()
        heading.setSpacing(4)
        heading.addWidget(title)
        heading.addWidget(subtitle)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        self.open_button = self._big_button(
            self.tr("Open an association file…"), "open.svg", primary=True
        )
        self.new_button = self._big_button(self.tr("New association…"), "new.svg")
        self.demo_button = self._big_button(self.tr("Open the demo"), "demo.svg")
        self.demo_button.setToolTip(
            self.tr("An example association with a year of bookkeeping, to try everything.")
        )
        self.open_button.clicked.connect(self.open_requested)
        self.new_button.clicked.connect(self.new_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.demo_button.setVisible(demo_available() if show_demo is None else show_demo)

        actions = QVBoxLayout()
        actions.setSpacing(10)
        start = QLabel(self.tr("Start"))
        start.setObjectName("sectionTitle")
        actions.addWidget(start)
        for button in (self.open_button, self.new_button, self.demo_button):
            actions.addWidget(button)
        actions.addStretch(1)

        recent_title = QLabel(self.tr("Recent files"))
        recent_title.setObjectName("sectionTitle")
        self.recent_list = named(QListWidget(), "recentFiles")
        self.recent_list.setIconSize(QSize(20, 20))
        self.recent_list.itemActivated.connect(self._on_recent)
        self.recent_list.itemClicked.connect(self._on_recent)
        self.no_recent = QLabel(self.tr("No recent files yet. Your files will be listed here."))
        self.no_recent.setObjectName("fileName")
        self.no_recent.setWordWrap(True)
        recent = QVBoxLayout()
        recent.setSpacing(10)
        recent.addWidget(recent_title)
        recent.addWidget(self.recent_list)
        recent.addWidget(self.no_recent)
        recent.addStretch(1)

        columns = QHBoxLayout()
        columns.setSpacing(32)
        columns.addLayout(actions, 2)
        columns.addLayout(recent, 3)

        card = QWidget()
        card.setMaximumWidth(900)
        card_layout = QVBoxLayout(card)
        card_layout.setSpacing(28)
        card_layout.addLayout(top)
        card_layout.addLayout(columns)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 6)
        row.addStretch(1)
        # A little above the middle: the eye lands there first on a wide screen.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 40, 40, 40)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.set_recent([])

    def _big_button(self, text: str, icon: str, *, primary: bool = False) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName("bigButton")
        button.setProperty("primary", primary)
        # White on the accent-coloured primary button, accent on the white ones.
        button.setIcon(svg_icon(icon, colour="#FFFFFF" if primary else ACCENT, size=22))
        button.setIconSize(QSize(22, 22))
        button.setMinimumHeight(52)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button

    def set_recent(self, paths: list[Path]) -> None:
        """Show `paths` (most recent first): the file's name, and its folder underneath."""
        self.recent_list.clear()
        for path in paths:
            item = QListWidgetItem(svg_icon("open.svg", size=20), f"{path.stem}\n{path.parent}")
            item.setData(_PATH_ROLE, str(path))
            item.setToolTip(str(path))
            self.recent_list.addItem(item)
        # As tall as its rows (two lines each), so that a short list is not a big empty box.
        rows = self.recent_list.sizeHintForRow(0) if paths else 0
        self.recent_list.setFixedHeight(min(len(paths), 8) * rows + 12)
        self.recent_list.setVisible(bool(paths))
        self.no_recent.setVisible(not paths)

    def _on_recent(self, item: QListWidgetItem) -> None:
        self.recent_requested.emit(Path(str(item.data(_PATH_ROLE))))
