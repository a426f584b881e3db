"""SQLAlchemy engine for one SQLite file: foreign keys on, WAL off (single-file travel), and
every connection configured the same way."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event


def _on_connect(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    # DELETE journal (not WAL): the file must stay a single file that travels on a USB stick.
    cur.execute("PRAGMA journal_mode = DELETE")
    cur.execute("PRAGMA synchronous = FULL")
    cur.execute("PRAGMA busy_timeout = 5000")
    cur.close()


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine on `path`; read-only engines open the file with SQLite's `mode=ro`."""
    if read_only:
        url = f"sqlite:///file:{path.as_posix()}?mode=ro&uri=true"
    else:
        url = f"sqlite:///{path.as_posix()}"
    engine = create_engine(url, future=True)
    event.listen(engine, "connect", _on_connect)
    return engine
