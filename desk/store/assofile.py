"""An open AssoDesk file: its engine, its units of work, and its life cycle."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from desk.domain.errors import DomainError, ErrorCode
from desk.models import Base
from desk.store.engine import make_engine


@dataclass
class AssoFile:
    """An open file. Services get sessions from `unit_of_work()` (writes) or `reader()`."""

    path: Path
    engine: Engine
    read_only: bool = False
    _sessions: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """A session whose work is committed at the end, or rolled back whole on error."""
        if self.read_only:
            raise DomainError(ErrorCode.FILE_READ_ONLY, path=str(self.path))
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def reader(self) -> Iterator[Session]:
        """A session for queries only; nothing it does is committed."""
        session = self._sessions()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> AssoFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def create_file(path: Path | str) -> AssoFile:
    """Create a new, empty AssoDesk file with the current schema. Refuses to overwrite."""
    path = Path(path)
    if path.exists():
        raise DomainError(ErrorCode.FILE_EXISTS, path=str(path))
    engine = make_engine(path)
    Base.metadata.create_all(engine)
    return AssoFile(path=path, engine=engine)


def open_file(path: Path | str, *, read_only: bool = False) -> AssoFile:
    """Open an existing AssoDesk file (migrating it if it is older)."""
    path = Path(path)
    if not path.exists():
        raise DomainError(ErrorCode.FILE_NOT_FOUND, path=str(path))
    return AssoFile(path=path, engine=make_engine(path, read_only=read_only), read_only=read_only)
