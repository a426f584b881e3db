"""The "who has this file open" lock: a sidecar `<file>.lock` holding JSON about its owner, and
an OS lock held on it for as long as the file is open.

The sidecar says *who* (user, machine, since) so a second AssoDesk can tell its user; the OS
lock (`fcntl.flock` on POSIX, `msvcrt.locking` on Windows) says *whether* that is still true:
the OS drops it when the owner exits or crashes, so a leftover sidecar nobody holds is stale and
is taken over. Both kinds of OS lock conflict between two opens in the same process too (flock
is per open file description; Windows byte-range locks are per handle).
"""

from __future__ import annotations

import contextlib
import enum
import errno
import getpass
import json
import os
import socket
import sys
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from desk import __version__
from desk.domain.errors import DomainError, ErrorCode
from desk.store.fsutil import is_permission_error, write_error

LOCK_SUFFIX = ".lock"
# Windows byte-range locks are mandatory: we lock one byte far past the JSON, so that other
# processes can still read who holds the file.
_WIN_LOCK_OFFSET = 1 << 30
_O_BINARY = getattr(os, "O_BINARY", 0)
_READ_TRIES = 10  # the owner may be between creating the file and writing its JSON


class _OsLock(enum.Enum):
    ACQUIRED = "acquired"
    HELD = "held"  # by another process, or another open of this process
    UNSUPPORTED = "unsupported"  # some network file systems: fall back to the pid


@dataclass(frozen=True, slots=True)
class LockHolder:
    """Who holds a file, as written in its lock file."""

    user: str
    machine: str
    pid: int
    since: str  # ISO 8601, UTC
    app_version: str

    @classmethod
    def me(cls) -> LockHolder:
        return cls(
            user=_user_name(),
            machine=socket.gethostname(),
            pid=os.getpid(),
            since=datetime.now(UTC).isoformat(timespec="seconds"),
            app_version=__version__,
        )

    def is_dead_here(self) -> bool:
        """True when the holder ran on this machine and its process is gone."""
        return self.machine == socket.gethostname() and not _pid_alive(self.pid)


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + LOCK_SUFFIX)


class FileLock:
    """An acquired lock; `release()` (idempotent) unlocks and removes the lock file."""

    def __init__(self, path: Path, holder: LockHolder, fd: int) -> None:
        self.path = path
        self.holder = holder
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if sys.platform == "win32":
            # Windows cannot delete a file that is open: unlock and close first. If another
            # AssoDesk opened it in between, the unlink fails and that one takes it over.
            _os_unlock(fd)
            os.close(fd)
            with contextlib.suppress(OSError):
                self.path.unlink()
        else:
            # Remove before unlocking: whoever waits on this inode then sees it was replaced.
            if _same_file(fd, self.path):
                with contextlib.suppress(OSError):
                    self.path.unlink()
            _os_unlock(fd)
            os.close(fd)


def acquire(path: Path) -> FileLock:
    """Lock `path` for writing, or raise FILE_LOCKED (with user, machine, since).

    Raises FILE_READ_ONLY when the lock file cannot be created (read-only folder or medium):
    the user can still open the file read-only.
    """
    target = lock_path(path)
    me = LockHolder.me()
    for _ in range(5):
        created = False
        state: _OsLock | None = None
        try:
            fd = os.open(target, os.O_RDWR | os.O_CREAT | os.O_EXCL | _O_BINARY, 0o644)
            created = True
        except FileExistsError:
            try:
                fd = os.open(target, os.O_RDWR | _O_BINARY)
            except FileNotFoundError:
                continue  # released between our two calls: try to create it again
            except OSError as exc:
                raise _open_error(exc, path) from exc
        except OSError as exc:
            raise _open_error(exc, path) from exc
        try:
            state = _os_lock(fd)
            if state is _OsLock.HELD:
                raise locked_error(path, read_holder(target))
            if state is _OsLock.UNSUPPORTED and not created:
                holder = read_holder(target)
                if holder is not None and not holder.is_dead_here():
                    raise locked_error(path, holder)
            if not _same_file(fd, target):
                # The owner removed it between our open and our lock: start over.
                _os_unlock(fd)
                os.close(fd)
                continue
            _write_holder(fd, me, target)
        except BaseException:
            if created and state is not _OsLock.HELD:
                with contextlib.suppress(OSError):
                    target.unlink()
            with contextlib.suppress(OSError):
                os.close(fd)
            raise
        return FileLock(target, me, fd)
    raise locked_error(path, read_holder(target))


def current_holder(path: Path) -> LockHolder | None:
    """Who has `path` open for writing right now, or None (no lock file, or a stale one).

    For the UI ("opened read-only: Fatima is editing it on PC-BUREAU") and the CLI.
    """
    target = lock_path(path)
    try:
        fd = os.open(target, os.O_RDONLY | _O_BINARY)
    except OSError:
        return None
    try:
        state = _os_lock(fd)
        if state is _OsLock.ACQUIRED:
            _os_unlock(fd)
            return None
        holder = read_holder(target)
        if state is _OsLock.UNSUPPORTED and holder is not None and holder.is_dead_here():
            return None
        return holder
    finally:
        os.close(fd)


def read_holder(target: Path) -> LockHolder | None:
    """The JSON of a lock file, or None when it is missing or unreadable."""
    for attempt in range(_READ_TRIES):
        try:
            data = json.loads(target.read_bytes().decode("utf-8"))
            return LockHolder(
                user=str(data["user"]),
                machine=str(data["machine"]),
                pid=int(data["pid"]),
                since=str(data["since"]),
                app_version=str(data.get("app_version", "")),
            )
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            if attempt < _READ_TRIES - 1:
                time.sleep(0.02)
    return None


def _write_holder(fd: int, holder: LockHolder, target: Path) -> None:
    data = json.dumps(asdict(holder), ensure_ascii=False).encode("utf-8")
    try:
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, data)
        os.fsync(fd)
    except OSError as exc:
        raise write_error(exc, target) from exc


def locked_error(path: Path, holder: LockHolder | None) -> DomainError:
    """FILE_LOCKED, naming who holds the file when it is known."""
    if holder is None:
        return DomainError(ErrorCode.FILE_LOCKED, path=str(path), user="", machine="", since="")
    return DomainError(
        ErrorCode.FILE_LOCKED,
        path=str(path),
        user=holder.user,
        machine=holder.machine,
        since=holder.since,
        pid=holder.pid,
        app_version=holder.app_version,
    )


def _open_error(exc: OSError, path: Path) -> DomainError:
    if is_permission_error(exc):
        return DomainError(ErrorCode.FILE_READ_ONLY, path=str(path), reason=str(exc))
    return write_error(exc, lock_path(path))


def _same_file(fd: int, target: Path) -> bool:
    try:
        here, there = os.fstat(fd), os.stat(target)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def _os_lock(fd: int) -> _OsLock:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EDEADLK):
                return _OsLock.HELD
            return _OsLock.UNSUPPORTED
        finally:
            os.lseek(fd, 0, os.SEEK_SET)
        return _OsLock.ACQUIRED
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            return _OsLock.HELD
        return _OsLock.UNSUPPORTED  # ENOLCK, EOPNOTSUPP on some network mounts
    return _OsLock.ACQUIRED


def _os_unlock(fd: int) -> None:
    with contextlib.suppress(OSError):
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _win_pid_alive(pid)
    try:
        os.kill(pid, 0)  # signal 0: existence check only (never on Windows: it would kill)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    return True


if sys.platform == "win32":  # pragma: no cover - Windows only

    def _win_pid_alive(pid: int) -> bool:
        import ctypes
        from ctypes import wintypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        kernel32.OpenProcess.restype = wintypes.HANDLE
        kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return bool(ctypes.get_last_error() == 5)  # ERROR_ACCESS_DENIED: it exists
        try:
            code = wintypes.DWORD()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return bool(code.value == 259)  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)


def _user_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (services, some containers)
        return os.environ.get("USERNAME", "")
