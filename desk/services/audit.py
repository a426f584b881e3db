"""Writing the audit log. Every service that changes data calls `record` in the same session,
so the change and its trace are committed (or rolled back) together."""

from __future__ import annotations

import enum
import getpass
import json
import socket
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from desk.domain.enums import AuditAction
from desk.models import AuditEntry, Base


@cache
def current_actor() -> tuple[str, str]:
    """(user, machine) as the operating system knows them; empty when unknown."""
    try:
        user = getpass.getuser()
    except Exception:  # no login name (some service accounts): still record the change
        user = ""
    return user, socket.gethostname()


def _json_value(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (date, datetime, Decimal)):
        return str(value) if not isinstance(value, (date, datetime)) else value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


def snapshot(obj: Base) -> dict[str, Any]:
    """The loaded column values of a model instance, JSON-ready (deferred blobs are skipped)."""
    state = inspect(obj)
    unloaded = state.unloaded
    return {
        attr.key: _json_value(getattr(obj, attr.key))
        for attr in state.mapper.column_attrs
        if attr.key not in unloaded
    }


def record(
    session: Session,
    action: AuditAction,
    obj: Base | None = None,
    *,
    table: str | None = None,
    record_id: int | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    reason: str = "",
) -> AuditEntry:
    """Add an audit entry for `obj` (flushed first so that it has an id)."""
    if obj is not None:
        session.flush()
        table = table or obj.__tablename__
        record_id = record_id if record_id is not None else getattr(obj, "id", None)
        if after is None and action is not AuditAction.DELETE:
            after = snapshot(obj)
    user, machine = current_actor()
    entry = AuditEntry(
        user=user,
        machine=machine,
        action=action,
        table_name=table or "",
        record_id=record_id,
        before=json.dumps(before, ensure_ascii=False, sort_keys=True) if before else None,
        after=json.dumps(after, ensure_ascii=False, sort_keys=True) if after else None,
        reason=reason,
    )
    session.add(entry)
    return entry
