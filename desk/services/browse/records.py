"""Plain labels for records named by table and id, as review comments and audit entries do.

The UI translates the kind of record (`table`); this module gives what identifies the record
to a treasurer: a receipt number and label, a project code, an activity title…
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from desk.models import (
    Activity,
    BudgetLine,
    Deadline,
    Funder,
    Indicator,
    LogframeNode,
    Member,
    Participant,
    Project,
    ReviewComment,
    Session,
    Transaction,
)

RecordRef = tuple[str, int]

# table -> query of (id, label) for a set of ids
_LABELERS: dict[str, Callable[[Iterable[int]], object]] = {
    "transaction": lambda ids: select(
        Transaction.id, Transaction.receipt_number, Transaction.label
    ).where(Transaction.id.in_(ids)),
    "project": lambda ids: select(Project.id, Project.code, Project.title).where(
        Project.id.in_(ids)
    ),
    "activity": lambda ids: select(Activity.id, Activity.title).where(Activity.id.in_(ids)),
    "budget_line": lambda ids: select(BudgetLine.id, BudgetLine.code, BudgetLine.label).where(
        BudgetLine.id.in_(ids)
    ),
    "logframe_node": lambda ids: select(
        LogframeNode.id, LogframeNode.code, LogframeNode.statement
    ).where(LogframeNode.id.in_(ids)),
    "indicator": lambda ids: select(Indicator.id, Indicator.code, Indicator.statement).where(
        Indicator.id.in_(ids)
    ),
    "member": lambda ids: select(Member.id, Member.name).where(Member.id.in_(ids)),
    "review_comment": lambda ids: select(
        ReviewComment.id, ReviewComment.author, func.substr(ReviewComment.body, 1, 80)
    ).where(ReviewComment.id.in_(ids)),
    "session": lambda ids: (
        select(Session.id, Activity.title, Session.title)
        .join(Activity, Activity.id == Session.activity_id)
        .where(Session.id.in_(ids))
    ),
    "deadline": lambda ids: select(Deadline.id, Deadline.title).where(Deadline.id.in_(ids)),
    "funder": lambda ids: select(Funder.id, Funder.name).where(Funder.id.in_(ids)),
    "participant": lambda ids: select(Participant.id, Participant.initials).where(
        Participant.id.in_(ids)
    ),
}

# Keys of an audit snapshot that name the record once it is gone.
_SNAPSHOT_KEYS = ("receipt_number", "code", "label", "title", "name", "statement")


def _join(*parts: object) -> str:
    return " — ".join(str(p) for p in parts if p not in (None, ""))


def record_labels(session: OrmSession, refs: Iterable[RecordRef]) -> dict[RecordRef, str]:
    """A label for every (table, id) that still exists, in one query per table."""
    wanted: dict[str, set[int]] = defaultdict(set)
    for table, record_id in refs:
        if table in _LABELERS:
            wanted[table].add(record_id)
    labels: dict[RecordRef, str] = {}
    for table, ids in wanted.items():
        for row in session.execute(_LABELERS[table](ids)):  # type: ignore[call-overload]
            labels[(table, row[0])] = _join(*row[1:])
    return labels


def snapshot_label(snapshot_json: str | None) -> str:
    """A label from an audit snapshot (the values before or after a change)."""
    if not snapshot_json:
        return ""
    try:
        data = json.loads(snapshot_json)
    except ValueError:
        return ""
    if not isinstance(data, dict):
        return ""
    return _join(*(data.get(k) for k in _SNAPSHOT_KEYS if data.get(k)))[:120]
