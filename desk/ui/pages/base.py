"""What every page of the main window has: a title header, a body, `refresh()` and a
`status_message` signal for the status bar.

A page reads the file only when it is first shown (or when `refresh()` is called), so building
all the pages at start-up costs nothing but widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desk.domain.errors import DomainError
from desk.i18n.messages import describe_error
from desk.store import AssoFile
from desk.ui.widgets import style


class BasePage(QWidget):
    """Subclasses set `key`, build their widgets in `__init__` (after calling this one) into
    `self.body`, and read the file in `load()`."""

    status_message = Signal(str)
    key = ""  # the PageSpec key: the title comes from the same place as the navigation's

    def __init__(self, asso: AssoFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.asso = asso
        self._loaded = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 14, 20, 12)
        outer.setSpacing(10)
        header = QHBoxLayout()
        header.setSpacing(12)
        self.title_label = QLabel(self.title())
        self.title_label.setObjectName("PageTitle")
        self.title_label.setStyleSheet(style.PAGE_TITLE_CSS)
        self.subtitle_label = QLabel("")
        self.subtitle_label.setStyleSheet(style.MUTED_CSS)
        header.addWidget(self.title_label)
        header.addWidget(self.subtitle_label, 1)
        # Page-level controls (project selector, buttons) go at the end of the header.
        self.header_tools = QHBoxLayout()
        header.addLayout(self.header_tools)
        outer.addLayout(header)
        self.body = QVBoxLayout()
        self.body.setSpacing(8)
        outer.addLayout(self.body, 1)

    def title(self) -> str:
        """The page's title in the user's language, as the navigation shows it."""
        from desk.ui.pages import page_spec  # the package imports this module lazily too

        return page_spec(self.key).title() if self.key else ""

    def load(self) -> None:
        """Read the file and fill the widgets (overridden by every page)."""

    def refresh(self) -> None:
        """Reload everything the page shows from the file."""
        self._loaded = True
        try:
            self.load()
        except DomainError as error:  # e.g. the file vanished from a USB stick
            self.status_message.emit(describe_error(error))

    def invalidate(self) -> None:
        """The file changed: reload now if the page is visible, else when next shown."""
        if self.isVisible():
            self.refresh()
        else:
            self._loaded = False

    @property
    def loaded(self) -> bool:
        return self._loaded

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Texts set once in `__init__` are set again by subclasses; data is reformatted by
        reloading (models translate headers and format numbers when asked), now if the page is
        visible, else when it is next shown."""
        self.title_label.setText(self.title())
        if self._loaded:
            self.invalidate()
