"""The user's preferences (not the association's data): one typed wrapper over QSettings.

Stored as an INI file under organisation "AssoDesk" (on Windows %APPDATA%/AssoDesk/AssoDesk.ini).
Tests pass `path=` or call `QSettings.setPath` so that nothing is written to the real home.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from PySide6.QtCore import QByteArray, QSettings

from desk import APP_NAME
from desk.store import data_dir as store_data_dir

MAX_RECENT = 8
DATA_DIR_ENV = "ASSODESK_DATA_DIR"

_LANGUAGE = "general/language"
_RECENT = "files/recent"
_LAST_FILE = "files/last"
_LAST_DIR = "files/last_directory"
_GEOMETRY = "window/geometry"
_STATE = "window/state"


def data_dir() -> Path:
    """The user's AssoDesk data folder (the demo file, backups); one definition, in the store."""
    folder = store_data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _same_file(a: Path, b: Path) -> bool:
    # Windows paths are case-insensitive: normcase makes "C:\A.assodesk" equal "c:\a.assodesk".
    return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


class Settings:
    """Typed access to the preferences. Values are read from disk on every access, so two
    windows (or a window and a dialog) never disagree."""

    def __init__(self, path: Path | str | None = None) -> None:
        if path is None:
            self._qs = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME
            )
        else:
            self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def file_name(self) -> str:
        return self._qs.fileName()

    def sync(self) -> None:
        self._qs.sync()

    # -- language ------------------------------------------------------------------------

    @property
    def language(self) -> str | None:
        """ "fr", "en", "ar", or None to follow the system."""
        value = self._qs.value(_LANGUAGE, "")
        return str(value) if value else None

    @language.setter
    def language(self, lang: str | None) -> None:
        if lang:
            self._qs.setValue(_LANGUAGE, lang)
        else:
            self._qs.remove(_LANGUAGE)

    # -- files ---------------------------------------------------------------------------

    def _stored_recent(self) -> list[Path]:
        value = self._qs.value(_RECENT, [])
        # IniFormat gives a lone string back for a one-item list, and None for an empty one.
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            return []
        return [Path(str(p)) for p in value if p]

    @property
    def recent_files(self) -> list[Path]:
        """Most recent first, at most MAX_RECENT; files that no longer exist are dropped."""
        stored = self._stored_recent()
        existing = [p for p in stored if p.is_file()][:MAX_RECENT]
        if existing != stored:
            self._write_recent(existing)
        return existing

    def _write_recent(self, paths: list[Path]) -> None:
        if paths:
            self._qs.setValue(_RECENT, [str(p) for p in paths])
        else:
            self._qs.remove(_RECENT)

    def add_recent(self, path: Path | str) -> None:
        """Put `path` first in the recent files (moving it if it was already there)."""
        path = Path(path).absolute()
        others = [p for p in self._stored_recent() if not _same_file(p, path)]
        self._write_recent([path, *others][:MAX_RECENT])

    def remove_recent(self, path: Path | str) -> None:
        self._write_recent([p for p in self._stored_recent() if not _same_file(p, Path(path))])

    def clear_recent(self) -> None:
        self._qs.remove(_RECENT)

    @property
    def last_file(self) -> Path | None:
        """The file open when AssoDesk was last quit (reopened at start), if it still exists."""
        value = self._qs.value(_LAST_FILE, "")
        return Path(str(value)) if value and Path(str(value)).is_file() else None

    @last_file.setter
    def last_file(self, path: Path | str | None) -> None:
        if path:
            self._qs.setValue(_LAST_FILE, str(Path(path).absolute()))
        else:
            self._qs.remove(_LAST_FILE)

    @property
    def last_directory(self) -> Path:
        """Where the open and save dialogs start: the last folder used, else Documents."""
        value = self._qs.value(_LAST_DIR, "")
        if value and Path(str(value)).is_dir():
            return Path(str(value))
        return Path(platformdirs.user_documents_dir())

    @last_directory.setter
    def last_directory(self, folder: Path | str) -> None:
        self._qs.setValue(_LAST_DIR, str(folder))

    # -- window --------------------------------------------------------------------------

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._qs.value(_GEOMETRY)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_geometry.setter
    def window_geometry(self, data: QByteArray) -> None:
        self._qs.setValue(_GEOMETRY, data)

    @property
    def window_state(self) -> QByteArray | None:
        value = self._qs.value(_STATE)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_state.setter
    def window_state(self, data: QByteArray) -> None:
        self._qs.setValue(_STATE, data)
