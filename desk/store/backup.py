"""Backups of AssoDesk files: where they go, how they are named, the daily automatic copy
with rotation, and the consistent copy through SQLite's backup API that all of them use.

Backups live in the user's data folder (`ASSODESK_DATA_DIR` overrides it), one sub-folder per
file: `backups/<stem>-<hash of the absolute path>/<stem>_<date>_<time>_<kind>.assodesk`.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from desk import FILE_SUFFIX
from desk.store.engine import connect
from desk.store.fsutil import publish, remove_quietly, temp_sibling, write_error

if TYPE_CHECKING:
    from desk.store.assofile import AssoFile

ENV_DATA_DIR = "ASSODESK_DATA_DIR"
KEEP_AUTO = 10
AUTO = "auto"
PRE_MIGRATION = "avant-migration"
_STAMP = re.compile(r"(\d{4}-\d{2}-\d{2})_(\d{6})(?:-(\d+))?_(.+)" + re.escape(FILE_SUFFIX))


def data_dir() -> Path:
    """AssoDesk's per-user data folder (backups, logs); `ASSODESK_DATA_DIR` overrides it."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir("AssoDesk", appauthor=False))


def backup_dir(path: Path | str) -> Path:
    """The backup folder of one file. The hash keeps apart two `Budget.assodesk` living in
    different folders; the stem keeps the folder recognisable for a human."""
    resolved = Path(path).resolve()
    digest = hashlib.sha256(os.path.normcase(str(resolved)).encode("utf-8")).hexdigest()[:8]
    return data_dir() / "backups" / f"{resolved.stem}-{digest}"


def list_backups(path: Path | str) -> list[Path]:
    """Every backup of `path`, newest first (for the restore dialog)."""
    folder = backup_dir(path)
    if not folder.is_dir():
        return []
    stem = Path(path).resolve().stem
    found = [(key, entry) for entry in folder.iterdir() if (key := _sort_key(entry, stem))]
    return [entry for _, entry in sorted(found, reverse=True)]


def backup_kind(backup: Path, path: Path | str) -> str | None:
    """`auto`, `avant-migration-<revision>`, … of one of `list_backups(path)`."""
    match = _match(backup, Path(path).resolve().stem)
    return match.group(4) if match else None


def copy_database(source: sqlite3.Connection, dest: Path, *, overwrite: bool = False) -> None:
    """Copy an open database to `dest` with SQLite's backup API: the copy is one consistent
    state even if another connection is writing. Written to a temp name, then renamed, so
    `dest` is either complete or absent. Failures raise DISK_FULL or FILE_WRITE_FAILED."""
    tmp = temp_sibling(dest, "copy")
    try:
        target = connect(tmp, "rwc")
        try:
            source.backup(target)  # all pages in one step, under one read lock
        finally:
            target.close()
        publish(tmp, dest, overwrite=overwrite)
    except FileExistsError:
        remove_quietly(tmp)
        raise
    except (OSError, sqlite3.Error) as exc:
        remove_quietly(tmp)
        raise write_error(exc, dest) from exc


def make_backup(
    source: sqlite3.Connection, path: Path, kind: str, *, now: datetime | None = None
) -> Path:
    """Write a backup of the database open on `source` (the file at `path`) and return it."""
    now = now or datetime.now()
    folder = backup_dir(path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise write_error(exc, folder) from exc
    base = f"{path.stem}_{now:%Y-%m-%d_%H%M%S}"
    for seq in range(1, 100):
        name = f"{base}{'' if seq == 1 else f'-{seq}'}_{kind}{FILE_SUFFIX}"
        dest = folder / name
        if dest.exists():
            continue
        try:
            copy_database(source, dest)
        except FileExistsError:
            continue
        return dest
    raise write_error(FileExistsError(f"too many backups at {base}"), folder)


def has_auto_backup_on(path: Path, day: datetime) -> bool:
    return any(
        (m := _match(entry, path.stem)) and m.group(1) == f"{day:%Y-%m-%d}" and m.group(4) == AUTO
        for entry in list_backups(path)
    )


def prune(path: Path, keep: int = KEEP_AUTO) -> list[Path]:
    """Delete automatic backups beyond the newest `keep`; others (before a migration, made by
    hand) are never rotated away. Returns what was deleted."""
    autos = [entry for entry in list_backups(path) if backup_kind(entry, path) == AUTO]
    removed = autos[keep:]
    for entry in removed:
        remove_quietly(entry)
    return removed


def _match(entry: Path, stem: str) -> re.Match[str] | None:
    prefix = stem + "_"
    if not entry.name.startswith(prefix):
        return None
    return _STAMP.fullmatch(entry.name[len(prefix) :])


def _sort_key(entry: Path, stem: str) -> tuple[str, str, int, str] | None:
    match = _match(entry, stem)
    if match is None or not entry.is_file():
        return None
    return (match.group(1), match.group(2), int(match.group(3) or 1), entry.name)


def backup_now(asso: AssoFile, *, kind: str = AUTO, now: datetime | None = None) -> Path:
    """Back up an open file now (consistent even while it is being written); returns the copy."""
    raw = asso.engine.raw_connection()
    try:
        driver = raw.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        return make_backup(driver, asso.path, kind, now=now)
    finally:
        raw.close()


def auto_backup(asso: AssoFile, *, now: datetime | None = None) -> Path | None:
    """The automatic backup made when a file is opened for writing: at most one per file per
    day, the newest `KEEP_AUTO` kept. Returns the new backup, or None if today's exists."""
    now = now or datetime.now()
    if has_auto_backup_on(asso.path, now):
        return None
    made = backup_now(asso, now=now)
    prune(asso.path)
    return made
