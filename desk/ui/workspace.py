"""The workspace of one open file: header (name, file, read-only badge), left navigation and
the pages, each created on its first visit so that start-up only pays for the first page.

It holds no user-facing text of its own: the main window passes its translated words in
(`WorkspaceTexts`), so that all the shell's strings are extracted from the shell's modules.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desk.domain.errors import DomainError
from desk.i18n.messages import describe_error
from desk.services.organisation import Profile
from desk.store import AssoFile
from desk.ui.app import align_leading, icon_path, named, svg_icon

_log = logging.getLogger(__name__)
NAVIGATION_WIDTH = 210
NAVIGATION_ROW_HEIGHT = 40  # a comfortable click target on a touchpad


class PageSpecLike(Protocol):
    """What the shell needs of desk.ui.pages.PageSpec."""

    @property
    def key(self) -> str: ...
    @property
    def title(self) -> Callable[[], str]: ...
    @property
    def icon(self) -> str: ...
    @property
    def factory(self) -> Callable[[AssoFile, QWidget | None], QWidget]: ...


@dataclass(frozen=True)
class WorkspaceTexts:
    read_only: str
    read_only_tip: str
    page_failed: str  # with {error}


class MessagePage(QWidget):
    """A page that only says something: a placeholder, or why a page could not open."""

    status_message = Signal(str)

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = named(QLabel(text), "placeholderPage")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        QVBoxLayout(self).addWidget(label)

    def refresh(self) -> None:
        """Nothing to reload."""


def page_icon(spec: PageSpecLike, style: QStyle) -> QIcon:
    """Our line icon resources/icons/nav/<key>.svg when there is one (one drawing style for
    the whole navigation), else the spec's icon: a QStyle standard pixmap name ("SP_…") or a
    file path."""
    own = f"nav/{spec.key}.svg"
    if Path(icon_path(own)).exists():
        return svg_icon(own)
    if spec.icon.startswith("SP_") and hasattr(QStyle.StandardPixmap, spec.icon):
        return style.standardIcon(getattr(QStyle.StandardPixmap, spec.icon))
    return QIcon(spec.icon) if spec.icon else QIcon()


class Workspace(QWidget):
    """One open file on screen. `pages` holds the pages created so far, by key."""

    status_message = Signal(str)

    def __init__(
        self,
        asso: AssoFile,
        profile: Profile,
        specs: Sequence[PageSpecLike],
        texts: WorkspaceTexts,
    ) -> None:
        super().__init__()
        self.setObjectName("workspace")
        self.asso, self.specs, self.texts = asso, tuple(specs), texts
        self.pages: dict[str, QWidget] = {}

        self.navigation = named(QListWidget(), "navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFixedWidth(NAVIGATION_WIDTH)
        self.navigation.setSpacing(1)
        self.navigation.setProperty("rtl", self.isRightToLeft())
        self.stack = named(QStackedWidget(), "pages")
        for spec in self.specs:
            item = QListWidgetItem(page_icon(spec, self.style()), spec.title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(0, NAVIGATION_ROW_HEIGHT))
            self.navigation.addItem(item)
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.stack.addWidget(holder)
        self.navigation.currentRowChanged.connect(self._on_row)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.navigation)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._header())
        layout.addLayout(body, 1)
        self.set_profile(profile)

    def _header(self) -> QFrame:
        header = named(QFrame(), "header")
        self.name_label = named(QLabel(), "associationName")
        self.file_label = named(QLabel(self.asso.path.name), "fileName")
        self.file_label.setToolTip(str(self.asso.path))
        self.read_only_badge = named(QLabel(self.texts.read_only), "readOnlyBadge")
        self.read_only_badge.setToolTip(self.texts.read_only_tip)
        self.read_only_badge.setVisible(self.asso.read_only)
        for label in (self.name_label, self.file_label):
            align_leading(label)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.name_label)
        titles.addWidget(self.file_label)
        row = QHBoxLayout(header)
        row.setContentsMargins(20, 10, 20, 10)
        row.addLayout(titles, 1)
        row.addWidget(self.read_only_badge, 0, Qt.AlignmentFlag.AlignVCenter)
        return header

    def set_profile(self, profile: Profile) -> None:
        self.profile = profile
        self.name_label.setText(profile.display_name)

    def keys(self) -> list[str]:
        return [spec.key for spec in self.specs]

    def current_key(self) -> str | None:
        row = self.navigation.currentRow()
        return self.specs[row].key if 0 <= row < len(self.specs) else None

    def show_page(self, key: str) -> None:
        if key not in self.keys():
            raise ValueError(f"unknown page {key!r}; pages: {', '.join(self.keys())}")
        self.navigation.setCurrentRow(self.keys().index(key))

    def _on_row(self, row: int) -> None:
        if not 0 <= row < len(self.specs):
            return
        spec = self.specs[row]
        page = self.pages.get(spec.key)
        if page is None:
            holder = self.stack.widget(row)
            assert holder is not None  # one holder per navigation row
            self._create(spec, holder)
        elif hasattr(page, "refresh"):
            page.refresh()  # another page may have changed the file since the last visit
        self.stack.setCurrentIndex(row)

    def file_changed(self, area: str = "*") -> None:
        """Something was written (desk.ui.undo): reload the visible page now, the others when
        they are next shown. `area` is informative; every page may show derived figures."""
        del area
        for page in self.pages.values():
            invalidate = getattr(page, "invalidate", None)
            if callable(invalidate):
                invalidate()

    def _create(self, spec: PageSpecLike, holder: QWidget) -> QWidget:
        page: QWidget
        try:
            page = spec.factory(self.asso, holder)
        except Exception as error:  # a broken page must not take the whole window down
            _log.exception("page %s failed to open", spec.key)
            text = describe_error(error) if isinstance(error, DomainError) else str(error)
            page = MessagePage(self.texts.page_failed.format(error=text))
        signal = getattr(page, "status_message", None)
        if signal is not None:
            signal.connect(self.status_message)
        layout = holder.layout()
        assert layout is not None
        layout.addWidget(page)
        self.pages[spec.key] = page
        return page
