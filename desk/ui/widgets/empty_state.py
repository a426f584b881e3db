"""What a list shows when there is nothing in it: a calm icon, a sentence and a hint of what
to do next, instead of an empty grid that looks broken."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QStyle, QVBoxLayout, QWidget

from desk.ui.widgets import style


class EmptyState(QWidget):
    def __init__(
        self,
        title: str = "",
        hint: str = "",
        icon: QStyle.StandardPixmap = QStyle.StandardPixmap.SP_FileDialogInfoView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("EmptyState")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.icon_label = QLabel()
        self.icon_label.setPixmap(self.style().standardIcon(icon).pixmap(40, 40))
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label = QLabel(title)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.hint_label = QLabel(hint)
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet(style.MUTED_CSS)
        for widget in (self.icon_label, self.title_label, self.hint_label):
            layout.addWidget(widget)
        layout.addStretch(2)

    def set_text(self, title: str, hint: str = "") -> None:
        self.title_label.setText(title)
        self.hint_label.setText(hint)


class ListStack(QStackedWidget):
    """A view and its empty state in the same place; `show_empty` switches between them."""

    def __init__(self, view: QWidget, empty: EmptyState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.empty = empty
        self.addWidget(view)
        self.addWidget(empty)

    def show_empty(self, empty: bool) -> None:
        self.setCurrentWidget(self.empty if empty else self.view)

    @property
    def is_empty(self) -> bool:
        return self.currentWidget() is self.empty
