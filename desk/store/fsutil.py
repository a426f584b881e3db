"""Small file-system helpers shared by the store: temp names next to a target, atomic publish
without overwriting, and the translation of OS / SQLite write failures into domain errors."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import sys
import uuid
from pathlib import Path

from desk.domain.errors import DomainError, ErrorCode

_DISK_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
# ERROR_DISK_FULL, ERROR_HANDLE_DISK_FULL: Python does not always map them to ENOSPC.
_DISK_FULL_WINERRORS = {112, 39}
_SQLITE_FULL = 13
_SQLITE_READONLY = 8
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_IOERR = 5, 6, 10


def temp_sibling(target: Path, purpose: str) -> Path:
    """A fresh temp path in the same folder as `target`, so that the final rename is atomic
    (a rename across volumes is a copy that a crash can leave half done)."""
    return target.with_name(f".{target.name}.{purpose}-{uuid.uuid4().hex[:8]}.tmp")


def remove_quietly(*paths: Path) -> None:
    """Remove temp files (and their SQLite journals) after a failure; never raises."""
    for path in paths:
        for candidate in (path, path.with_name(path.name + "-journal")):
            with contextlib.suppress(OSError):
                candidate.unlink(missing_ok=True)


def publish(tmp: Path, dest: Path, *, overwrite: bool) -> None:
    """Move a finished temp file to `dest` in one step.

    Without `overwrite`, an existing `dest` is never replaced, even if it appeared after the
    caller checked (FileExistsError): POSIX `rename` would replace it silently, so we link.
    """
    if overwrite:
        os.replace(tmp, dest)
    elif sys.platform == "win32":
        os.rename(tmp, dest)  # refuses an existing destination on Windows
    else:
        try:
            os.link(tmp, dest)
        except FileExistsError:
            raise
        except OSError:
            # FAT/exFAT sticks and some shares have no hard links: check, then rename.
            if dest.exists():
                raise FileExistsError(errno.EEXIST, "exists", str(dest)) from None
            os.rename(tmp, dest)
        else:
            tmp.unlink()
    _sync_folder(dest.parent)


def _sync_folder(folder: Path) -> None:
    # Make the rename itself durable (POSIX only; Windows has no directory handles to fsync).
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        return (code is not None and code & 0xFF == _SQLITE_FULL) or "disk is full" in str(exc)
    if isinstance(exc, OSError):
        return exc.errno in _DISK_FULL_ERRNOS or getattr(exc, "winerror", None) in (
            _DISK_FULL_WINERRORS
        )
    return False


def write_error(exc: BaseException, path: Path) -> DomainError:
    """The domain error for a failed write to `path`: DISK_FULL when space ran out, otherwise
    FILE_WRITE_FAILED with the system's reason (for the log and the "details" button)."""
    if is_disk_full(exc):
        return DomainError(ErrorCode.DISK_FULL, path=str(path))
    return DomainError(ErrorCode.FILE_WRITE_FAILED, path=str(path), reason=str(exc))


def is_permission_error(exc: BaseException) -> bool:
    """A write refused because the folder or the medium is read-only (locked USB stick, share
    without write rights, CD): the user can still open the file read-only."""
    if isinstance(exc, PermissionError):
        return True
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        return code is not None and code & 0xFF == _SQLITE_READONLY
    return isinstance(exc, OSError) and exc.errno in {errno.EROFS, errno.EACCES, errno.EPERM}


def unwrap(exc: BaseException) -> BaseException:
    """The sqlite3 / OS error under SQLAlchemy's wrapper (DBAPIError.orig), if any."""
    orig = getattr(exc, "orig", None)
    return orig if isinstance(orig, BaseException) else exc


def storage_error(exc: BaseException, path: Path) -> DomainError | None:
    """A domain error for a failure of the medium (full disk, read-only, I/O), or None when
    `exc` is something else (a constraint violation, a bug) that the caller should let through.
    """
    inner = unwrap(exc)
    if isinstance(inner, sqlite3.Error):
        code = (getattr(inner, "sqlite_errorcode", 0) or 0) & 0xFF
        if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
            return DomainError(ErrorCode.FILE_LOCKED, path=str(path), reason=str(inner))
        if code == _SQLITE_READONLY:
            return DomainError(ErrorCode.FILE_READ_ONLY, path=str(path), reason=str(inner))
        if code in (_SQLITE_FULL, _SQLITE_IOERR) or is_disk_full(inner):
            return write_error(inner, path)
        return None
    if isinstance(inner, OSError):
        return write_error(inner, path)
    return None
