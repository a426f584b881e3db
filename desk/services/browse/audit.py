"""The audit log as the "Journal des modifications" shows it: filtered in SQL (period, user,
type of record, text, one transaction), read window by window along (at, id), each entry with a
readable list of what changed, field by field, before → after.

Values stay raw here (centimes, ISO dates, account names resolved from ids); the UI formats
them in the user's language. Nothing here imports Qt.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from desk.domain.enums import AuditAction
from desk.models import Account, Attachment, AuditEntry, Organisation, Split, TreasuryAccount
from desk.services.browse.records import record_labels, snapshot_label
from desk.store import AssoFile

Cursor = tuple[datetime, int]
# Bookkeeping noise in a snapshot: the id is the record's, timestamps move on every save.
_HIDDEN = frozenset({"id", "created_at", "updated_at"})


@dataclass(frozen=True, slots=True)
class AuditFilters:
    start: date | None = None
    end: date | None = None  # inclusive
    user: str | None = None
    table: str | None = None
    text: str = ""
    transaction_id: int | None = None


@dataclass(frozen=True, slots=True)
class SplitLine:
    account: str  # "6142 Transport"
    amount_minor: int


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field: kind "money" (centimes), "date" (ISO text), "lines" (SplitLine tuples),
    "bool", or "text" (anything else, as the snapshot has it)."""

    name: str
    kind: str
    before: Any
    after: Any


@dataclass(frozen=True, slots=True)
class AuditChange:
    id: int
    at: datetime
    user: str
    machine: str
    action: AuditAction
    table: str
    record_id: int | None
    record_label: str
    reason: str
    changes: tuple[FieldChange, ...] = field(default=())

    @property
    def cursor(self) -> Cursor:
        return (self.at, self.id)


def _transaction_filter(transaction_id: int) -> Any:
    """Entries of the transaction itself and of its lines and receipts (their snapshots name
    the transaction, so deleted ones are found too)."""
    parts = []
    for column in (AuditEntry.before, AuditEntry.after):
        parts.append(func.json_extract(column, "$.transaction_id") == transaction_id)
    splits = select(Split.id).where(Split.transaction_id == transaction_id)
    attachments = select(Attachment.id).where(Attachment.transaction_id == transaction_id)
    return or_(
        and_(AuditEntry.table_name == "transaction", AuditEntry.record_id == transaction_id),
        and_(AuditEntry.table_name.in_(("split", "attachment")), or_(*parts)),
        # Entries that name only the line (a split leaving its reconciliation).
        and_(AuditEntry.table_name == "split", AuditEntry.record_id.in_(splits)),
        and_(AuditEntry.table_name == "attachment", AuditEntry.record_id.in_(attachments)),
    )


def filtered(query: Select[Any], filters: AuditFilters) -> Select[Any]:
    if filters.start is not None:
        query = query.where(AuditEntry.at >= datetime.combine(filters.start, time(), UTC))
    if filters.end is not None:
        query = query.where(
            AuditEntry.at < datetime.combine(filters.end + timedelta(days=1), time(), UTC)
        )
    if filters.user:
        query = query.where(AuditEntry.user == filters.user)
    if filters.table:
        query = query.where(AuditEntry.table_name == filters.table)
    if filters.transaction_id is not None:
        query = query.where(_transaction_filter(filters.transaction_id))
    text = filters.text.strip().lower()
    if text:
        haystack = func.lower(
            func.coalesce(AuditEntry.before, "")
            + " "
            + func.coalesce(AuditEntry.after, "")
            + " "
            + AuditEntry.reason
            + " "
            + AuditEntry.user
        )
        query = query.where(haystack.contains(text, autoescape=True))
    return query


def audit_page(
    asso: AssoFile, filters: AuditFilters, after: Cursor | None = None, limit: int = 200
) -> tuple[AuditChange, ...]:
    """Up to `limit` entries, newest first, strictly after the cursor `after`."""
    with asso.reader() as session:
        query = filtered(select(AuditEntry), filters)
        if after is not None:
            at, entry_id = after
            query = query.where(
                or_(AuditEntry.at < at, and_(AuditEntry.at == at, AuditEntry.id < entry_id))
            )
        entries = list(
            session.scalars(query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit))
        )
        labels = record_labels(
            session, ((e.table_name, e.record_id) for e in entries if e.record_id is not None)
        )
        names = _Names(session)
        return tuple(
            AuditChange(
                id=e.id,
                at=e.at,
                user=e.user,
                machine=e.machine,
                action=e.action,
                table=e.table_name,
                record_id=e.record_id,
                record_label=labels.get((e.table_name, e.record_id or 0))
                or snapshot_label(e.after or e.before),
                reason=e.reason,
                changes=diff(_load(e.before), _load(e.after), names),
            )
            for e in entries
        )


def audit_count(asso: AssoFile, filters: AuditFilters) -> int:
    with asso.reader() as session:
        query = filtered(select(func.count(AuditEntry.id)), filters)
        return int(session.scalar(query) or 0)


def audit_users(asso: AssoFile) -> tuple[str, ...]:
    """Everyone who changed something, for the user filter."""
    with asso.reader() as session:
        found = session.scalars(select(AuditEntry.user).distinct().order_by(AuditEntry.user))
        return tuple(u for u in found if u)


def audit_tables(asso: AssoFile) -> tuple[str, ...]:
    """The kinds of record the log mentions, for the type filter."""
    with asso.reader() as session:
        found = session.scalars(
            select(AuditEntry.table_name).distinct().order_by(AuditEntry.table_name)
        )
        return tuple(found)


def base_currency(asso: AssoFile) -> str:
    with asso.reader() as session:
        return session.scalar(select(Organisation.base_currency)) or "MAD"


def _load(text: str | None) -> dict[str, Any]:
    if not text:
        return {}
    try:
        data = json.loads(text)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


class _Names:
    """Account and treasury account names by id, read once per page."""

    def __init__(self, session: Session) -> None:
        self.accounts = {
            i: f"{code} {name}"
            for i, code, name in session.execute(
                select(Account.id, Account.code, Account.plain_name)
            )
        }
        self.treasury = dict(
            session.execute(select(TreasuryAccount.id, TreasuryAccount.name)).all()
        )


def _kind(name: str, value: Any) -> str:
    if name.endswith("_minor"):
        return "money"
    if name == "date" or name.endswith("_date"):
        return "date"
    if isinstance(value, bool):
        return "bool"
    return "text"


def _lines(value: Any, names: _Names) -> tuple[SplitLine, ...]:
    lines = []
    for split in value if isinstance(value, list) else []:
        if isinstance(split, dict) and isinstance(split.get("amount_minor"), int):
            account_id = split.get("account_id")
            account = names.accounts.get(account_id, str(account_id))  # type: ignore[arg-type]
            lines.append(SplitLine(account, split["amount_minor"]))
    return tuple(lines)


def _value(name: str, value: Any, names: _Names) -> Any:
    if name == "account_id" and value in names.accounts:
        return names.accounts[value]
    if name == "treasury_account_id" and value in names.treasury:
        return names.treasury[value]
    return value


_RESOLVED = frozenset({"account_id", "treasury_account_id"})
_FIRST = ("label", "name", "title", "date", "statement_date", "kind", "splits", "amount_minor")


def _order(name: str) -> tuple[int, str]:
    return (_FIRST.index(name) if name in _FIRST else len(_FIRST), name)


def diff(
    before: dict[str, Any], after: dict[str, Any], names: _Names | None = None
) -> tuple[FieldChange, ...]:
    """The fields that differ (for a creation or a deletion: the fields that have a value)."""
    changes: list[FieldChange] = []
    one_sided = not before or not after
    for name in sorted(set(before) | set(after), key=_order):
        if name in _HIDDEN:
            continue
        if one_sided and name.endswith("_id") and name not in _RESOLVED:
            continue  # a bare id says nothing on a creation or deletion
        old, new = before.get(name), after.get(name)
        if old == new or (old in (None, "", [], {}) and new in (None, "", [], {})):
            continue
        if name == "splits":
            if names is None:
                continue
            old_lines, new_lines = _lines(old, names), _lines(new, names)
            if old_lines != new_lines:
                changes.append(FieldChange(name, "lines", old_lines, new_lines))
            continue
        if names is not None:
            old, new = _value(name, old, names), _value(name, new, names)
        changes.append(FieldChange(name, _kind(name, new if new is not None else old), old, new))
    return tuple(changes)
