"""Start-up of the desktop application: language, QApplication, main window, first file.

`assodesk` (desk.cli) calls `run_gui`. Widgets are reached only through desk.ui (the only
package allowed to import QtWidgets).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer

from desk.i18n.translators import resolve_language
from desk.ui.app import create_application
from desk.ui.main_window import MainWindow
from desk.ui.settings import Settings


def run_gui(path: str | None = None, lang: str | None = None) -> int:
    """Run AssoDesk until its window is closed; returns the exit code.

    Opens `path` if given, else the file open when AssoDesk was last quit, else shows the
    welcome screen. `lang` ("fr", "en", "ar") overrides the saved preference, which
    overrides the system language. A file that cannot be opened is explained in a dialog and
    leaves the welcome screen usable.
    """
    settings = Settings()
    language = resolve_language(lang or settings.language)
    app = create_application(sys.argv[:1], language)
    window = MainWindow(settings=settings)
    window.show()
    target = Path(path) if path else settings.last_file
    if target is not None:
        # Opened once the event loop runs, so that the window is on screen behind any dialog
        # (locked file, damaged file) instead of the dialog floating alone.
        QTimer.singleShot(0, lambda: window.open_path(target))
    return app.exec()
