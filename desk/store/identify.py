"""Looking at a file without changing it: is it an AssoDesk file, is it sound, which schema
revision and which AssoDesk versions wrote it. Everything here reads through SQLite's `mode=ro`
(no journal, no header update), so a refused file stays byte-for-byte what it was."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desk.domain.errors import DomainError, ErrorCode
from desk.store import fileinfo, migrate
from desk.store.engine import APPLICATION_ID, connect, is_sqlite_header

_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6
_SQLITE_READONLY_ROLLBACK = 776
_MAX_PROBLEMS = 5


class HotJournalError(Exception):
    """A hot journal sits next to the file (AssoDesk or the machine stopped in the middle of a
    save). SQLite replays it on the next writable open; a `mode=ro` open cannot."""


@dataclass(frozen=True, slots=True)
class FileInfo:
    """What `inspect_file` found. `revision` is None when the file has no alembic_version."""

    path: Path
    size: int
    application_id_ok: bool
    revision: str | None
    head: str
    created_with: str | None
    last_written_with: str | None
    integrity_problems: tuple[str, ...] = ()  # first lines of PRAGMA quick_check, if not "ok"

    @property
    def integrity_ok(self) -> bool:
        return not self.integrity_problems

    @property
    def is_assodesk(self) -> bool:
        return self.application_id_ok and self.revision is not None

    @property
    def revision_known(self) -> bool:
        """False when a newer AssoDesk (or another program) wrote this revision."""
        return self.revision is not None and migrate.is_known(self.revision)

    @property
    def up_to_date(self) -> bool:
        return self.revision == self.head


def inspect_file(path: Path | str, *, thorough: bool = True) -> FileInfo:
    """Read a file's identity and health without ever modifying it.

    Raises FILE_NOT_FOUND, FILE_NOT_ASSODESK (not an SQLite database at all) or FILE_CORRUPT
    (SQLite cannot read it); anything else is reported in the returned `FileInfo`.
    """
    path = Path(path)
    if not path.exists():
        raise DomainError(ErrorCode.FILE_NOT_FOUND, path=str(path))
    if not path.is_file():
        raise DomainError(ErrorCode.FILE_NOT_ASSODESK, path=str(path))
    try:
        if not is_sqlite_header(path):  # an empty file, a renamed .xlsx or .txt
            raise DomainError(ErrorCode.FILE_NOT_ASSODESK, path=str(path))
        size = path.stat().st_size
    except OSError as exc:
        raise DomainError(ErrorCode.FILE_NOT_FOUND, path=str(path), reason=str(exc)) from exc
    try:
        conn = connect(path, "ro")
    except sqlite3.Error as exc:
        raise _read_error(exc, path) from exc
    try:
        return _read(conn, path, size, thorough=thorough)
    except sqlite3.Error as exc:
        raise _read_error(exc, path) from exc
    finally:
        conn.close()


def _read(conn: sqlite3.Connection, path: Path, size: int, *, thorough: bool) -> FileInfo:
    # One read transaction: the answers describe one state of the file, even if another
    # AssoDesk commits meanwhile.
    conn.execute("BEGIN")
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        has_version = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()
        revision = None
        if has_version:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        if thorough:
            # quick_check: page structure and constraints, O(N) but without the index
            # cross-check of integrity_check, which takes minutes on a big file.
            check = [str(row[0]) for row in conn.execute("PRAGMA quick_check").fetchall()]
        else:
            # Opening must not read the whole file (seconds on an old laptop's disk): the
            # header tells a truncated copy, the usual damage of a file sent by WhatsApp or
            # pulled out of a USB stick too early; `assodesk check` runs the full scan.
            check = _header_check(path, size) or _quick_check_if_header_silent(conn, path)
        info = fileinfo.read_raw(conn) if has_version else {}
    finally:
        if conn.in_transaction:  # SQLite may already have ended it after a read error
            conn.execute("ROLLBACK")
    return FileInfo(
        path=path,
        size=size,
        application_id_ok=app_id == APPLICATION_ID,
        revision=revision,
        head=migrate.head_revision(),
        created_with=info.get(fileinfo.CREATED_WITH),
        last_written_with=info.get(fileinfo.LAST_WRITTEN_WITH),
        integrity_problems=() if check == ["ok"] else tuple(check[:_MAX_PROBLEMS]),
    )


def _header_check(path: Path, size: int) -> list[str]:
    """[] when the header's page count fits the file size, else a one-line problem."""
    with path.open("rb") as handle:
        header = handle.read(100)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if header[24:28] == header[92:96] and pages * page_size > size:
        return [f"truncated: {size} bytes, the header announces {pages * page_size}"]
    return []


def _quick_check_if_header_silent(conn: sqlite3.Connection, path: Path) -> list[str]:
    """The in-header size is only trusted when SQLite marked it valid (change counter equals
    version-valid-for); files written by very old SQLite versions get the full check."""
    with path.open("rb") as handle:
        header = handle.read(100)
    if header[24:28] == header[92:96]:
        return ["ok"]
    return [str(row[0]) for row in conn.execute("PRAGMA quick_check").fetchall()]


def _read_error(exc: sqlite3.Error, path: Path) -> Exception:
    code = getattr(exc, "sqlite_errorcode", 0) or 0
    if code == _SQLITE_READONLY_ROLLBACK:
        return HotJournalError(str(path))
    if code & 0xFF in (_SQLITE_BUSY, _SQLITE_LOCKED):
        # Another program held an exclusive lock for longer than the busy timeout.
        return DomainError(ErrorCode.FILE_LOCKED, path=str(path), reason=str(exc))
    # "database disk image is malformed", "file is not a database", short reads: a truncated
    # or overwritten file.
    return DomainError(ErrorCode.FILE_CORRUPT, path=str(path), reason=str(exc))


def check_usable(info: FileInfo) -> None:
    """Refuse, in this order: not ours, damaged, written by a newer AssoDesk."""
    if not info.is_assodesk:
        raise DomainError(ErrorCode.FILE_NOT_ASSODESK, path=str(info.path))
    if not info.integrity_ok:
        raise DomainError(
            ErrorCode.FILE_CORRUPT, path=str(info.path), reason=info.integrity_problems[0]
        )
    if not info.revision_known:
        raise DomainError(
            ErrorCode.FILE_TOO_NEW,
            path=str(info.path),
            revision=info.revision,
            last_written_with=info.last_written_with,
        )
