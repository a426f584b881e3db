"""Alembic environment of AssoDesk files.

At run time `desk.store.migrate` passes an open connection (inside its transaction, foreign keys
off) in `config.attributes["connection"]`. From the command line (developers writing a new
revision) the file is given with `-x db=path`; see `desk/store/alembic.ini`.
"""

from __future__ import annotations

from logging.config import fileConfig
from pathlib import Path
from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy import Connection, TypeDecorator

from desk.models import Base  # importing the package registers every model table
from desk.store.engine import make_engine
from desk.store.fileinfo import file_info

config = context.config
target_metadata = Base.metadata  # its naming convention names the constraints op.* creates
assert file_info.metadata is target_metadata  # the store's own table is compared too


def render_item(type_: str, obj: Any, autogen_context: AutogenContext) -> str | Literal[False]:
    """Render our column types (MinorUnits, DecimalText, UtcDateTime) as their storage type, so a
    migration never imports model code that may change after it was written."""
    if type_ == "type" and isinstance(obj, TypeDecorator):
        return f"sa.{obj.impl_instance!r}"
    return False


def _configure_and_run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite alters most things by rebuilding the table
        # True since engine.py makes pysqlite emit BEGIN itself: DDL is rolled back with the rest.
        transactional_ddl=True,
        compare_type=True,
        render_item=render_item,
    )
    # A no-op when the caller already began the transaction (run time): all revisions of one
    # upgrade then commit or roll back together.
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure_and_run(connection)
        return
    if config.config_file_name is not None:
        fileConfig(config.config_file_name, disable_existing_loggers=False)
    db = context.get_x_argument(as_dictionary=True).get("db")
    if not db:
        raise SystemExit("give the file to migrate: alembic -c desk/store/alembic.ini -x db=PATH")
    engine = make_engine(Path(db), create=True, foreign_keys=False, pooled=False)
    try:
        with engine.connect() as conn:
            _configure_and_run(conn)
            conn.commit()
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("AssoDesk migrations run online only (SQLite files, batch mode).")
run_migrations_online()
