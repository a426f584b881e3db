"""Headless screenshots of a page (`assodesk screenshot`, documentation, visual checks).

The file is opened read-only and never modified; the user's settings are not touched.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desk.i18n.translators import current_language
from desk.store import open_file
from desk.ui.app import apply_language, create_application
from desk.ui.main_window import MainWindow, load_pages
from desk.ui.settings import Settings


def page_keys() -> list[str]:
    """The pages `render_page` knows, in navigation order."""
    return [spec.key for spec in load_pages()]


def _application(lang: str) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        apply_language(existing, lang)
        return existing
    # Only read when the platform is created: an offscreen one needs no display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return create_application(None, lang)


def render_page(
    path: Path | str,
    page: str,
    out: Path | str,
    *,
    lang: str = "fr",
    size: tuple[int, int] = (1366, 768),
) -> None:
    """Save a PNG of the main window showing `page` of the file at `path`, at `size`, in
    `lang`. Unknown page: ValueError listing the pages. File errors: DomainError."""
    keys = page_keys()
    if page not in keys:
        raise ValueError(f"unknown page {page!r}; choose one of: {', '.join(keys)}")
    previous = current_language()
    app = _application(lang)
    asso = open_file(Path(path), read_only=True)
    with tempfile.TemporaryDirectory() as scratch:
        # Throw-away settings: a screenshot must not add to the user's recent files.
        window = MainWindow(settings=Settings(Path(scratch) / "s.ini"), remember=False)
        try:
            window.set_file(asso, page)  # the window now owns (and will close) the file
            # Read-only is how the screenshot opens the file, not a state of the file: the
            # picture shows the page as its user sees it.
            if window.workspace is not None:
                window.workspace.read_only_badge.hide()
            window.statusBar().clearMessage()
            window.setMinimumSize(1, 1)
            window.resize(*size)
            window.show()
            for _ in range(3):  # layouts, then pages that load in a queued call
                app.processEvents()
            if not window.grab().save(str(out), "PNG"):
                raise OSError(f"cannot write {out}")
        finally:
            window.close()
            window.deleteLater()
            app.processEvents()
            asso.close()
    if previous is not None and previous != lang:
        apply_language(app, previous)
