"""Creating and opening `.assodesk` files: the checks, in order, that keep a refused file
untouched; the lock; the backup before a migration; migrate-on-open; the daily backup."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from desk.domain.errors import DomainError, ErrorCode
from desk.store import backup, fileinfo, identify, migrate
from desk.store.assofile import AssoFile
from desk.store.engine import APPLICATION_ID, BEGIN_OPTION, connect, make_engine
from desk.store.fsutil import publish, remove_quietly, storage_error, temp_sibling, write_error
from desk.store.lock import acquire


def create_file(path: Path | str) -> AssoFile:
    """Create a new file with the current schema (by running the migrations) and open it.

    Refuses an existing path (FILE_EXISTS). The file is built under a temp name in the same
    folder and renamed at the end: a crash never leaves a half-made file at `path`.
    """
    path = Path(path)
    if path.exists():
        raise DomainError(ErrorCode.FILE_EXISTS, path=str(path))
    if not path.parent.is_dir():
        raise DomainError(ErrorCode.FILE_WRITE_FAILED, path=str(path), reason="no such folder")
    try:
        lock = acquire(path)  # also reserves the name against a second create_file
    except DomainError as exc:
        if exc.code is ErrorCode.FILE_READ_ONLY:  # a folder we may not write into
            raise DomainError(
                ErrorCode.FILE_WRITE_FAILED, path=str(path), reason=exc.params.get("reason")
            ) from exc
        raise
    tmp = temp_sibling(path, "new")
    try:
        engine = make_engine(tmp, create=True, foreign_keys=False, pooled=False)
        try:
            with engine.begin() as conn:
                conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
                migrate.upgrade(conn)
                fileinfo.stamp_new(conn)
        finally:
            engine.dispose()
        publish(tmp, path, overwrite=False)
    except BaseException as exc:
        remove_quietly(tmp)
        lock.release()
        if isinstance(exc, FileExistsError):
            raise DomainError(ErrorCode.FILE_EXISTS, path=str(path)) from exc
        error = storage_error(exc, path)
        if error is not None:
            raise error from exc
        raise
    return AssoFile(path=path, engine=make_engine(path), lock=lock)


def open_file(path: Path | str, *, read_only: bool = False, auto_backup: bool = True) -> AssoFile:
    """Open an existing file.

    Refused without being modified, in this order: FILE_NOT_FOUND, FILE_NOT_ASSODESK,
    FILE_CORRUPT, FILE_TOO_NEW; then FILE_LOCKED (another AssoDesk has it: offer read-only) or
    FILE_READ_ONLY (read-only medium or file: offer read-only).

    Writable: takes the lock, backs the file up and migrates it if its schema is older, then
    makes the day's automatic backup (`auto_backup=False` skips it, e.g. after DISK_FULL).
    `read_only=True` never writes anything and never migrates: an older file is shown as it is.
    """
    path = Path(path)
    try:
        # A writable open scans every page: it is about to back the file up, and a damaged
        # copy must never rotate good backups away. A read-only look checks the header only
        # (a truncated copy), so a coach opens a big file fast; `assodesk check` scans all.
        info: identify.FileInfo | None = identify.inspect_file(path, thorough=not read_only)
    except identify.HotJournalError as exc:
        if read_only:
            # Replaying the journal writes; only a writable open may do it.
            raise DomainError(
                ErrorCode.FILE_CORRUPT, path=str(path), reason="interrupted_save"
            ) from exc
        info = None
    if info is not None:
        identify.check_usable(info)
    if read_only:
        return AssoFile(path=path, engine=make_engine(path, read_only=True), read_only=True)

    if not os.access(path, os.W_OK):
        raise DomainError(ErrorCode.FILE_READ_ONLY, path=str(path), reason="file is read-only")
    lock = acquire(path)
    asso: AssoFile | None = None
    try:
        info = _inspect_under_lock(path, info)
        if not info.up_to_date:
            assert info.revision is not None  # check_usable() guarantees it
            _backup_and_migrate(path, info.revision)
        asso = AssoFile(path=path, engine=make_engine(path), lock=lock)
        if auto_backup:
            backup.auto_backup(asso)
    except BaseException:
        if asso is not None:
            asso.close()
        else:
            lock.release()
        raise
    return asso


def _inspect_under_lock(path: Path, before: identify.FileInfo | None) -> identify.FileInfo:
    """Inspect again if the file may have changed between the first look and the lock."""
    if before is None:
        _recover(path)
    elif _stored_revision(path) == before.revision:
        return before
    info = identify.inspect_file(path)
    identify.check_usable(info)
    return info


def _stored_revision(path: Path) -> str | None:
    conn = connect(path, "ro")
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return str(row[0]) if row else None


def _recover(path: Path) -> None:
    """Let SQLite roll back an interrupted save (hot journal): any writable read does it."""
    conn = None
    try:
        conn = connect(path, "rw")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        raise DomainError(ErrorCode.FILE_CORRUPT, path=str(path), reason=str(exc)) from exc
    finally:
        if conn is not None:
            conn.close()


def _backup_and_migrate(path: Path, revision: str) -> None:
    """Copy the file aside, then upgrade it to head in one transaction (all or nothing)."""
    source = connect(path, "ro")
    try:
        backup.make_backup(source, path, f"{backup.PRE_MIGRATION}-{revision}")
    finally:
        source.close()
    engine = make_engine(path, foreign_keys=False, pooled=False)
    try:
        with engine.execution_options(**{BEGIN_OPTION: "IMMEDIATE"}).begin() as conn:
            _upgrade(conn)
    except (DBAPIError, sqlite3.Error, OSError) as exc:
        error = storage_error(exc, path)
        raise (error or write_error(exc, path)) from exc
    finally:
        engine.dispose()


def _upgrade(conn: Connection) -> None:
    migrate.upgrade(conn)
    fileinfo.stamp_written(conn)
