"""The checks every treasury write goes through, whoever calls: the financial year of the
transaction (before and after the change) must be open, and a reconciled transaction is only
changed when the caller says so explicitly (it is then un-reconciled, and that is audited).

Entry, undo, receipts and bulk re-assign all reach the file through `writable_transaction`
or `ledger.writable_year_for_date`; the year-closing work relies on it.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.domain.enums import AuditAction
from desk.domain.errors import DomainError, ErrorCode
from desk.models import Split, Transaction
from desk.services import audit
from desk.services.ledger import writable_year_for_date
from desk.store import AssoFile

__all__ = [
    "check_year_open",
    "is_reconciled",
    "is_transaction_reconciled",
    "writable_transaction",
]


def check_year_open(session: Session, day: date) -> int:
    """The id of the open financial year of `day` (YEAR_CLOSED or DATE_OUTSIDE_YEAR else)."""
    return writable_year_for_date(session, day).id


def is_reconciled(session: Session, transaction_id: int) -> bool:
    found = session.scalar(
        select(Split.id).where(
            Split.transaction_id == transaction_id, Split.reconciliation_id.is_not(None)
        )
    )
    return found is not None


def is_transaction_reconciled(asso: AssoFile, transaction_id: int) -> bool:
    """Whether a split of the transaction belongs to a bank reconciliation (asks the UI to
    confirm before changing or deleting it)."""
    with asso.reader() as session:
        return is_reconciled(session, transaction_id)


def writable_transaction(
    session: Session, transaction_id: int, *, unreconcile: bool = False
) -> Transaction:
    """The transaction, if it may be changed: its year is open and it is not reconciled (or
    `unreconcile` is set, and then its splits leave their reconciliation, audited)."""
    tx = session.get(Transaction, transaction_id)
    if tx is None:
        raise DomainError(ErrorCode.NOT_FOUND, id=transaction_id)
    check_year_open(session, tx.date)
    reconciled = [s for s in tx.splits if s.reconciliation_id is not None]
    if reconciled:
        if not unreconcile:
            raise DomainError(ErrorCode.TRANSACTION_RECONCILED, id=transaction_id)
        for split in reconciled:
            before = {"reconciliation_id": split.reconciliation_id}
            split.reconciliation_id = None
            audit.record(
                session,
                AuditAction.UPDATE,
                split,
                before=before,
                after={"reconciliation_id": None},
                reason="unreconciled to change the transaction",
            )
    return tx
