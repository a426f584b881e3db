"""Taking a transaction's exact picture and putting it back (undo of a delete or an edit)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, insert, inspect, select
from sqlalchemy.orm import Session

from desk.models import Attachment, BankReconciliation, Split, Transaction
from desk.services.entry.model import TransactionSnapshot


def _columns(obj: Any) -> dict[str, Any]:
    mapper = inspect(type(obj))
    return {attr.key: getattr(obj, attr.key) for attr in mapper.column_attrs}


def take(session: Session, tx: Transaction) -> TransactionSnapshot:
    """Everything stored about `tx`, receipt bytes included."""
    splits = tuple(_columns(s) for s in sorted(tx.splits, key=lambda s: s.id))
    attachments = tuple(_columns(a) for a in sorted(tx.attachments, key=lambda a: a.id))
    return TransactionSnapshot(tx.id, _columns(tx), splits, attachments)


def put_back(session: Session, snap: TransactionSnapshot) -> Transaction:
    """Make the stored transaction `snap.id` exactly `snap` again: its row (inserted if it was
    deleted, updated in place otherwise, so that what points at it keeps pointing at it), its
    splits and its attachments, with their ids. Year checks are the caller's."""
    tx = session.get(Transaction, snap.id)
    if tx is None:
        session.execute(insert(Transaction), [snap.row])
    else:
        for key, value in snap.row.items():
            if key != "id":
                setattr(tx, key, value)
        session.flush()
    session.execute(delete(Split).where(Split.transaction_id == snap.id))
    reconciliations = set(session.scalars(select(BankReconciliation.id)))
    splits = [
        {**s, "reconciliation_id": s["reconciliation_id"]}
        if s["reconciliation_id"] in reconciliations
        else {**s, "reconciliation_id": None}
        for s in snap.splits
    ]
    if splits:
        session.execute(insert(Split), splits)
    kept = {a["id"] for a in snap.attachments}
    present = set(
        session.scalars(select(Attachment.id).where(Attachment.transaction_id == snap.id))
    )
    if present - kept:
        session.execute(delete(Attachment).where(Attachment.id.in_(present - kept)))
    missing = [a for a in snap.attachments if a["id"] not in present]
    if missing:
        session.execute(insert(Attachment), missing)
    session.expire_all()
    return session.get_one(Transaction, snap.id)
