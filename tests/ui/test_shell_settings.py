"""The typed preferences wrapper: recent files, last file, language, window, folders."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from desk.ui.settings import MAX_RECENT, Settings


def _file(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_bytes(b"x")
    return path


def test_recent_files_most_recent_first_without_duplicates(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "s.ini")
    a, b = _file(tmp_path, "a.assodesk"), _file(tmp_path, "b.assodesk")
    settings.add_recent(a)
    settings.add_recent(b)
    settings.add_recent(a)
    assert settings.recent_files == [a, b]
    assert Settings(tmp_path / "s.ini").recent_files == [a, b]  # persisted


def test_recent_files_keep_eight_and_prune_missing(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "s.ini")
    paths = [_file(tmp_path, f"f{i}.assodesk") for i in range(10)]
    for path in paths:
        settings.add_recent(path)
    assert settings.recent_files == paths[::-1][:MAX_RECENT]
    paths[9].unlink()
    assert settings.recent_files == paths[8:1:-1]  # f1 had already dropped off the list
    settings.remove_recent(paths[8])
    assert paths[8] not in settings.recent_files
    settings.clear_recent()
    assert settings.recent_files == []


def test_one_recent_file_round_trips(tmp_path: Path) -> None:
    # IniFormat stores a one-item list as a plain string.
    settings = Settings(tmp_path / "s.ini")
    only = _file(tmp_path, "seul.assodesk")
    settings.add_recent(only)
    assert Settings(tmp_path / "s.ini").recent_files == [only]


def test_last_file_language_directory_and_window(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "s.ini")
    assert settings.language is None and settings.last_file is None
    path = _file(tmp_path, "a.assodesk")
    settings.last_file = path
    settings.language = "ar"
    settings.last_directory = tmp_path
    settings.window_geometry = QByteArray(b"geometry")
    again = Settings(tmp_path / "s.ini")
    assert (again.last_file, again.language, again.last_directory) == (path, "ar", tmp_path)
    assert again.window_geometry == QByteArray(b"geometry") and again.window_state is None
    path.unlink()
    assert again.last_file is None  # a vanished file is not reopened
    again.language = None
    assert again.language is None
    (tmp_path / "gone").mkdir()
    again.last_directory = tmp_path / "gone"
    (tmp_path / "gone").rmdir()
    assert again.last_directory != tmp_path / "gone"  # falls back to Documents


def test_default_settings_use_the_redirected_user_folder(tmp_path: Path) -> None:
    # tests/ui/conftest.py redirects the user scope to tmp: nothing reaches the real home.
    settings = Settings()
    settings.language = "fr"
    settings.sync()
    assert settings.file_name.startswith(str(tmp_path))
    assert settings.file_name.endswith("AssoDesk.ini")
    assert QSettings.Format.IniFormat
