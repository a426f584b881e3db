"""An open AssoDesk file: its engine, its units of work, its lock, and "save a copy"."""

from __future__ import annotations

import os
import sqlite3
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from desk.domain.errors import DomainError, ErrorCode
from desk.store import fileinfo, migrate
from desk.store.backup import copy_database
from desk.store.engine import BEGIN_OPTION
from desk.store.fsutil import storage_error
from desk.store.lock import FileLock, current_holder, locked_error


@dataclass
class AssoFile:
    """An open file. Services get sessions from `unit_of_work()` (writes) or `reader()`.

    A writable AssoFile holds the file's lock until `close()`. A read-only one (`read_only`)
    refuses units of work; it may show an older schema as it is (it was not migrated).
    """

    path: Path
    engine: Engine
    read_only: bool = False
    lock: FileLock | None = field(default=None, repr=False)
    _sessions: sessionmaker[Session] = field(init=False, repr=False)
    _write_sessions: sessionmaker[Session] = field(init=False, repr=False)
    _stamped: bool = field(default=False, init=False, repr=False)
    _closed: bool = field(default=False, init=False, repr=False)
    _release: weakref.finalize[[], AssoFile] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        if self.lock is not None:
            # A script that never calls close() still removes its lock file at exit (or when
            # the AssoFile is collected); a crash leaves it, and the next open takes it over.
            self._release = weakref.finalize(self, self.lock.release)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        # BEGIN IMMEDIATE for writers: a second writer waits (busy timeout) at the start
        # instead of failing when it upgrades its read lock in the middle of the work.
        writer = self.engine.execution_options(**{BEGIN_OPTION: "IMMEDIATE"})
        self._write_sessions = sessionmaker(writer, expire_on_commit=False)

    @property
    def closed(self) -> bool:
        return self._closed

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """A session whose work is committed at the end, or rolled back whole on error.

        A full disk, a read-only medium or a busy file surface as DomainError (DISK_FULL,
        FILE_WRITE_FAILED, FILE_READ_ONLY, FILE_LOCKED); the file keeps its previous state.
        """
        self._check_open()
        if self.read_only:
            raise DomainError(ErrorCode.FILE_READ_ONLY, path=str(self.path))
        session = self._write_sessions()
        try:
            yield session
            if not self._stamped:
                # Once per opening: tells a later AssoDesk which version last wrote the file.
                fileinfo.stamp_written(session.connection())
            session.commit()
            self._stamped = True
        except DBAPIError as exc:
            session.rollback()
            error = storage_error(exc, self.path)
            if error is None:
                raise
            raise error from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def reader(self) -> Iterator[Session]:
        """A session for queries only (one consistent snapshot); nothing is committed."""
        self._check_open()
        session = self._sessions()
        try:
            yield session
        finally:
            # close() alone ends the read transaction (the connection is rolled back when it
            # returns to the pool) without expiring what was loaded: a caller may still read
            # the detached objects; rollback() would expire them and make them unreadable.
            session.close()

    def save_copy(self, dest: Path | str, *, overwrite: bool = False) -> Path:
        """ "Enregistrer une copie" / send to the coach: a consistent copy at `dest`.

        Refuses the open file itself (FILE_EXISTS, same_file=True), an existing `dest` unless
        `overwrite` (the UI asks first), and a `dest` another AssoDesk has open (FILE_LOCKED).
        """
        self._check_open()
        dest = Path(dest)
        if _same_file(dest, self.path):
            raise DomainError(ErrorCode.FILE_EXISTS, path=str(dest), same_file=True)
        if dest.exists():
            if not overwrite:
                raise DomainError(ErrorCode.FILE_EXISTS, path=str(dest))
            holder = current_holder(dest)
            if holder is not None:
                raise locked_error(dest, holder)
        raw = self.engine.raw_connection()
        try:
            source = raw.driver_connection
            assert isinstance(source, sqlite3.Connection)
            copy_database(source, dest, overwrite=overwrite)
        except FileExistsError as exc:  # appeared meanwhile
            raise DomainError(ErrorCode.FILE_EXISTS, path=str(dest)) from exc
        finally:
            raw.close()
        return dest

    def close(self) -> None:
        """Close connections, then release the lock (and remove the lock file). Idempotent."""
        if self._closed:
            return
        self._closed = True
        self.engine.dispose()
        if self._release is not None:
            self._release()  # FileLock.release, at most once

    def _check_open(self) -> None:
        if self._closed:
            # A closed file no longer holds its lock: writing now could collide with another.
            raise RuntimeError(f"{self.path} is closed")

    def __enter__(self) -> AssoFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def schema_revision(asso: AssoFile) -> str:
    """The Alembic revision of an open file (differs from `head_revision()` only for a file
    opened read-only without migrating it)."""
    with asso.engine.connect() as conn:
        revision = migrate.current_revision(conn)
    if revision is None:
        raise DomainError(ErrorCode.FILE_NOT_ASSODESK, path=str(asso.path))
    return revision


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist
        return os.path.normcase(a.resolve()) == os.path.normcase(b.resolve())
