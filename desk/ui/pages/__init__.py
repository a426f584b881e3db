"""Pages of the main window, one module per area, and the contract the main window consumes.

Contract
--------
``PAGES: tuple[PageSpec, ...]`` lists the pages in navigation order: ``dashboard``,
``treasury``, ``budgets``, ``logframe``, ``calendar``, ``reports``, ``review``.

``PageSpec`` (frozen dataclass):

- ``key: str`` — stable identifier (for settings such as "last page shown");
- ``title: Callable[[], str]`` — the translated title, computed at call time with
  ``QCoreApplication.translate("Pages", …)`` so a language switch is honoured;
- ``icon: str`` — a ``QStyle.StandardPixmap`` member name (``"SP_DirHomeIcon"``) or ``""``;
  ``spec.standard_icon(style)`` turns it into a ``QIcon``;
- ``factory: Callable[[AssoFile, QWidget | None], BasePage]`` — builds the page. The page
  module is imported only then, so start-up imports the dashboard alone.

``BasePage(QWidget)`` (``desk.ui.pages.base``): constructor ``(asso, parent=None)``;
``refresh()`` reloads everything from the file; ``invalidate()`` reloads now if visible, else
on next show; ``status_message = Signal(str)`` for the status bar. A page reads the file the
first time it is shown (or on ``refresh()``), never in its constructor: building all pages
is cheap. Pages are read-only for now; they never hold a Session — they call
``desk.services.browse``.

Formatting follows the default ``QLocale``: the shell should call
``QLocale.setDefault(QLocale(lang))`` when it installs the translators (see
``desk.ui.widgets.formatting``).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QStyle, QWidget

if TYPE_CHECKING:
    from desk.store import AssoFile
    from desk.ui.pages.base import BasePage

__all__ = ["PAGES", "PageSpec", "page_spec"]

PageFactory = Callable[["AssoFile", QWidget | None], "BasePage"]


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: Callable[[], str]
    icon: str
    factory: PageFactory

    def standard_icon(self, style: QStyle) -> QIcon:
        """The page's icon from `style`, or an empty icon."""
        pixmap = getattr(QStyle.StandardPixmap, self.icon, None) if self.icon else None
        return style.standardIcon(pixmap) if pixmap is not None else QIcon()


def _lazy(module: str, class_name: str) -> PageFactory:
    def factory(asso: AssoFile, parent: QWidget | None = None) -> BasePage:
        page_class = getattr(importlib.import_module(f"desk.ui.pages.{module}"), class_name)
        page: BasePage = page_class(asso, parent)
        return page

    return factory


# Titles are literal calls so that lupdate finds them; lambdas defer them to call time.
PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "dashboard",
        lambda: QCoreApplication.translate("Pages", "Dashboard"),
        "SP_DirHomeIcon",
        _lazy("dashboard", "DashboardPage"),
    ),
    PageSpec(
        "treasury",
        lambda: QCoreApplication.translate("Pages", "Treasury"),
        "SP_DriveHDIcon",
        _lazy("treasury", "TreasuryPage"),
    ),
    PageSpec(
        "budgets",
        lambda: QCoreApplication.translate("Pages", "Budgets"),
        "SP_FileDialogDetailedView",
        _lazy("budgets", "BudgetsPage"),
    ),
    PageSpec(
        "logframe",
        lambda: QCoreApplication.translate("Pages", "Logframe"),
        "SP_FileDialogListView",
        _lazy("logframe", "LogframePage"),
    ),
    PageSpec(
        "calendar",
        lambda: QCoreApplication.translate("Pages", "Calendar"),
        "SP_FileDialogContentsView",
        _lazy("calendar", "CalendarPage"),
    ),
    PageSpec(
        "reports",
        lambda: QCoreApplication.translate("Pages", "Reports"),
        "SP_FileIcon",
        _lazy("reports", "ReportsPage"),
    ),
    PageSpec(
        "review",
        lambda: QCoreApplication.translate("Pages", "Review"),
        "SP_MessageBoxInformation",
        _lazy("review", "ReviewPage"),
    ),
)


def page_spec(key: str) -> PageSpec:
    """The spec of the page `key` (KeyError if there is none)."""
    for spec in PAGES:
        if spec.key == key:
            return spec
    raise KeyError(key)
