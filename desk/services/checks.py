"""Health check of an AssoDesk file (`assodesk check`, the coach's review): schema revision,
SQLite integrity, record counts, unbalanced transactions, receipts missing.

The file is opened read-only (SQLite `mode=ro`): checking never modifies it, not even its
modification time, and works while another AssoDesk has it open. A file that cannot be read as
an AssoDesk file raises the store's DomainError (FILE_NOT_FOUND, FILE_NOT_ASSODESK, FILE_CORRUPT,
FILE_TOO_NEW, FILE_LOCKED).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from desk.models import (
    Activity,
    Attachment,
    AuditEntry,
    BudgetLine,
    Indicator,
    LogframeNode,
    Project,
    ReviewComment,
    Split,
    Transaction,
)
from desk.models import Session as EventSession
from desk.services.overview import count_missing_receipts
from desk.store import AssoFile, head_revision, open_file, schema_revision

# Listed in this order in the report; keys are stable (scripts read the JSON).
COUNTED: tuple[tuple[str, Any], ...] = (
    ("transactions", Transaction),
    ("splits", Split),
    ("attachments", Attachment),
    ("projects", Project),
    ("budget_lines", BudgetLine),
    ("logframe_nodes", LogframeNode),
    ("indicators", Indicator),
    ("activities", Activity),
    ("sessions", EventSession),
    ("comments", ReviewComment),
    ("audit_entries", AuditEntry),
)
MAX_LISTED = 1000  # unbalanced transactions listed in full; beyond, only counted
MAX_MESSAGES = 100  # integrity_check stops after this many problems


@dataclass(frozen=True, slots=True)
class Unbalanced:
    transaction_id: int
    difference_minor: int  # sum of the splits; 0 for a sound transaction


@dataclass(frozen=True, slots=True)
class CheckReport:
    path: Path
    schema_revision: str
    head_revision: str
    integrity: tuple[str, ...]  # ("ok",) when SQLite finds nothing wrong
    foreign_key_problems: int
    counts: tuple[tuple[str, int], ...]
    unbalanced: tuple[Unbalanced, ...]  # at most MAX_LISTED
    unbalanced_count: int
    receipts_missing: int

    @property
    def integrity_ok(self) -> bool:
        return self.integrity == ("ok",)

    @property
    def up_to_date(self) -> bool:
        return self.schema_revision == self.head_revision

    @property
    def balanced(self) -> bool:
        return self.unbalanced_count == 0

    @property
    def sound(self) -> bool:
        """Readable, intact and balanced. An older schema revision or missing receipts are
        reported but do not make a file unsound."""
        return self.integrity_ok and self.foreign_key_problems == 0 and self.balanced

    def count(self, name: str) -> int:
        return dict(self.counts)[name]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: plain types only, properties included."""
        data = asdict(self)
        data["path"] = str(self.path)
        data["integrity"] = list(self.integrity)
        data["counts"] = dict(self.counts)
        data["unbalanced"] = [asdict(u) for u in self.unbalanced]
        data.update(
            integrity_ok=self.integrity_ok,
            up_to_date=self.up_to_date,
            balanced=self.balanced,
            sound=self.sound,
        )
        return data


def unbalanced_transactions(session: Session) -> list[Unbalanced]:
    """Every transaction whose splits do not sum to zero, in one GROUP BY ... HAVING."""
    total = func.sum(Split.amount_minor)
    rows = session.execute(
        select(Split.transaction_id, total)
        .group_by(Split.transaction_id)
        .having(total != 0)
        .order_by(Split.transaction_id)
    ).all()
    return [Unbalanced(int(tx), int(diff)) for tx, diff in rows]


def _integrity(session: Session) -> tuple[str, ...]:
    rows = session.execute(text(f"PRAGMA integrity_check({MAX_MESSAGES})")).scalars()
    return tuple(str(row) for row in rows)


def _counts(session: Session) -> tuple[tuple[str, int], ...]:
    return tuple(
        (name, int(session.scalar(select(func.count()).select_from(model)) or 0))
        for name, model in COUNTED
    )


def check_open_file(asso: AssoFile) -> CheckReport:
    """The checks, on a file already open (read-only or not)."""
    revision = schema_revision(asso)
    with asso.reader() as session:
        unbalanced = unbalanced_transactions(session)
        fk_problems = len(session.execute(text("PRAGMA foreign_key_check")).all())
        return CheckReport(
            path=asso.path,
            schema_revision=revision,
            head_revision=head_revision(),
            integrity=_integrity(session),
            foreign_key_problems=fk_problems,
            counts=_counts(session),
            unbalanced=tuple(unbalanced[:MAX_LISTED]),
            unbalanced_count=len(unbalanced),
            receipts_missing=count_missing_receipts(session),
        )


def check_file(path: Path | str) -> CheckReport:
    """Open `path` read-only, check it, close it."""
    asso = open_file(Path(path), read_only=True)
    try:
        return check_open_file(asso)
    finally:
        asso.close()
