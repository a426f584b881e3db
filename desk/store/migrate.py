"""Alembic, configured in code (no alembic.ini at run time, so it also works frozen by
PyInstaller): the revisions we know, the head, and upgrading a file inside one transaction."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, text

from desk.models import Base
from desk.store import fileinfo

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    """A Config pointing at our migrations; with `connection`, env.py runs on it."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@functools.cache
def script_directory() -> ScriptDirectory:
    # Cached: building the revision map imports every revision file.
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The schema revision this AssoDesk writes."""
    head = script_directory().get_current_head()
    if head is None:  # pragma: no cover - the package always ships revisions
        raise RuntimeError("no Alembic revision found in " + str(MIGRATIONS_DIR))
    return head


def known_revisions() -> frozenset[str]:
    return frozenset(rev.revision for rev in script_directory().walk_revisions())


def is_known(revision: str) -> bool:
    """False for a revision written by a newer AssoDesk (or by something else entirely)."""
    return revision in known_revisions()


def current_revision(connection: Connection) -> str | None:
    """The revision stored in the file's alembic_version table (None if there is none)."""
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, target: str = "head") -> None:
    """Run the revisions up to `target` on `connection`, inside the caller's transaction.

    The caller must have begun the transaction, with foreign keys off (see `make_engine`): a
    batch rebuild drops and re-creates a table, and with foreign keys on that DROP would fire
    ON DELETE CASCADE on the rows that point at it.
    """
    if not connection.in_transaction():
        raise RuntimeError("upgrade() needs a connection inside a transaction")
    command.upgrade(alembic_config(connection), target)
    problems = connection.execute(text("PRAGMA foreign_key_check")).all()
    if problems:
        # A revision left rows pointing nowhere: refuse to commit rather than save damage.
        raise RuntimeError(f"migration to {target} broke foreign keys: {problems[:5]}")


def downgrade(connection: Connection, target: str) -> None:
    """For tests and developers only: AssoDesk never downgrades a user's file."""
    command.downgrade(alembic_config(connection), target)


def schema_differences(connection: Connection) -> list[Any]:
    """What autogenerate would change to make the file match the models ([] when equal)."""
    assert fileinfo.file_info.metadata is Base.metadata
    context = MigrationContext.configure(
        connection, opts={"compare_type": True, "target_metadata": Base.metadata}
    )
    return list(compare_metadata(context, Base.metadata))
