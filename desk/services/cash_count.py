"""The comptage de caisse: notes and coins counted on a date, compared with the book balance of
the caisse on that date, the adjusting entry for a difference (6588 manque / 7588 excédent), and
the history of counts.

Every write is dated (the count's date) and refused in a closed financial year, like any other.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.domain.cash import (
    CashAdjustment,
    adjustment_for,
    counted_total,
    counts_from_json,
    counts_to_json,
)
from desk.domain.enums import AuditAction, TransactionKind, TreasuryKind
from desk.domain.errors import DomainError, ErrorCode
from desk.domain.money import format_minor
from desk.models import Account, CashCount, Split, Transaction, TreasuryAccount
from desk.services import audit
from desk.services.ledger import (
    SplitInput,
    TransactionInput,
    add_transaction,
    writable_year_for_date,
)
from desk.store import AssoFile


@dataclass(frozen=True, slots=True)
class CashBox:
    id: int
    name: str
    currency: str
    account_code: str


@dataclass(frozen=True, slots=True)
class CashCountPreview:
    counted_minor: int
    book_minor: int
    adjustment: CashAdjustment | None

    @property
    def difference_minor(self) -> int:
        return self.counted_minor - self.book_minor


@dataclass(frozen=True, slots=True)
class CashCountRow:
    id: int
    date: date
    counts: Mapping[int, int]
    counted_minor: int
    book_minor: int
    counted_by: str
    adjustment_transaction_id: int | None
    adjustment_receipt: str

    @property
    def difference_minor(self) -> int:
        return self.counted_minor - self.book_minor


@dataclass(frozen=True, slots=True)
class SavedCount:
    id: int
    adjustment_transaction_id: int | None


def cash_boxes(asso: AssoFile) -> tuple[CashBox, ...]:
    """The active cash treasury accounts (the caisse, a project's caisse), by name."""
    with asso.reader() as session:
        rows = session.execute(
            select(TreasuryAccount.id, TreasuryAccount.name, TreasuryAccount.currency, Account.code)
            .join(Account, Account.id == TreasuryAccount.account_id)
            .where(TreasuryAccount.kind == TreasuryKind.CASH, TreasuryAccount.active.is_(True))
            .order_by(TreasuryAccount.name)
        ).all()
    return tuple(CashBox(r[0], r[1], r[2], r[3]) for r in rows)


def _cash_account(session: Session, treasury_account_id: int) -> TreasuryAccount:
    box = session.get(TreasuryAccount, treasury_account_id)
    if box is None:
        raise DomainError(ErrorCode.NOT_FOUND, field="account", table="treasury_account")
    if box.kind is not TreasuryKind.CASH:
        raise DomainError(ErrorCode.CASH_NOT_CASH_ACCOUNT, field="account", name=box.name)
    return box


def balance_at(session: Session, account_id: int, day: date) -> int:
    """Sum of the splits of a chart account dated on or before `day` (all years)."""
    total = session.scalar(
        select(func.coalesce(func.sum(Split.amount_minor), 0))
        .join(Transaction, Transaction.id == Split.transaction_id)
        .where(Split.account_id == account_id, Transaction.date <= day)
    )
    return int(total or 0)


def preview(
    asso: AssoFile, treasury_account_id: int, day: date, counts: Mapping[int, int]
) -> CashCountPreview:
    """What the count says before it is saved: totals, difference, the proposed entry."""
    counted = counted_total(counts)
    with asso.reader() as session:
        box = _cash_account(session, treasury_account_id)
        book = balance_at(session, box.account_id, day)
        return CashCountPreview(counted, book, adjustment_for(counted, book, box.account.code))


def _adjust(session: Session, count: CashCount, box: TreasuryAccount, label: str) -> Transaction:
    adjustment = adjustment_for(count.counted_minor, count.book_minor, box.account.code)
    if adjustment is None:
        raise DomainError(ErrorCode.CASH_NO_DIFFERENCE, field="adjustment")
    if not label.strip():
        verb = "manque" if adjustment.shortage else "excédent"
        amount = format_minor(abs(adjustment.difference_minor), box.currency)
        label = f"Écart de caisse ({verb} de {amount}) au comptage du {count.date:%d/%m/%Y}"
    tx = add_transaction(
        session,
        TransactionInput(
            date=count.date,
            kind=TransactionKind.ADJUSTMENT,
            label=label,
            splits=[SplitInput(leg.account_code, leg.amount_minor) for leg in adjustment.legs],
            payee=count.counted_by,
            receipt_not_required=True,  # the signed count sheet is the evidence
        ),
    )
    session.flush()
    after = audit.snapshot(tx)
    after["splits"] = [audit.snapshot(s) for s in tx.splits]
    audit.record(session, AuditAction.CREATE, tx, after=after)
    before = audit.snapshot(count)
    count.adjustment_transaction_id = tx.id
    audit.record(session, AuditAction.UPDATE, count, before=before)
    return tx


def save_count(
    asso: AssoFile,
    treasury_account_id: int,
    day: date,
    counts: Mapping[int, int],
    *,
    counted_by: str = "",
    adjust: bool = False,
    label: str = "",
) -> SavedCount:
    """Save a count with the book balance of that date; with `adjust`, also book the
    difference (if any) in the same unit of work."""
    denominations = counts_to_json(counts)
    counted = counted_total(counts)
    with asso.unit_of_work() as session:
        writable_year_for_date(session, day)
        box = _cash_account(session, treasury_account_id)
        count = CashCount(
            treasury_account_id=box.id,
            date=day,
            denominations=denominations,
            counted_minor=counted,
            book_minor=balance_at(session, box.account_id, day),
            counted_by=counted_by.strip()[:100],
        )
        session.add(count)
        audit.record(session, AuditAction.CREATE, count)
        tx_id = None
        if adjust and count.counted_minor != count.book_minor:
            tx_id = _adjust(session, count, box, label).id
        return SavedCount(count.id, tx_id)


def post_adjustment(asso: AssoFile, count_id: int, label: str = "") -> int:
    """Book the difference of a saved count; returns the adjusting transaction's id."""
    with asso.unit_of_work() as session:
        count = session.get(CashCount, count_id)
        if count is None:
            raise DomainError(ErrorCode.NOT_FOUND, table="cash_count")
        if count.adjustment_transaction_id is not None:
            raise DomainError(ErrorCode.CASH_ALREADY_ADJUSTED, field="adjustment")
        box = _cash_account(session, count.treasury_account_id)
        return _adjust(session, count, box, label).id


def _drop_transaction(session: Session, tx_id: int) -> None:
    """Delete an adjusting entry this module wrote (undo), with the closed-year guard."""
    tx = session.get(Transaction, tx_id)
    if tx is None:
        return
    writable_year_for_date(session, tx.date)
    before = audit.snapshot(tx)
    before["splits"] = [audit.snapshot(s) for s in tx.splits]
    audit.record(session, AuditAction.DELETE, tx, before=before)
    session.delete(tx)


def remove_adjustment(asso: AssoFile, count_id: int) -> None:
    """Undo `post_adjustment`: delete the adjusting entry, keep the count."""
    with asso.unit_of_work() as session:
        count = session.get(CashCount, count_id)
        if count is None or count.adjustment_transaction_id is None:
            return
        before = audit.snapshot(count)
        tx_id = count.adjustment_transaction_id
        count.adjustment_transaction_id = None
        audit.record(session, AuditAction.UPDATE, count, before=before)
        _drop_transaction(session, tx_id)


def delete_count(asso: AssoFile, count_id: int) -> None:
    """Undo `save_count`: delete the count and its adjusting entry (refused in a closed year)."""
    with asso.unit_of_work() as session:
        count = session.get(CashCount, count_id)
        if count is None:
            return
        writable_year_for_date(session, count.date)
        if count.adjustment_transaction_id is not None:
            _drop_transaction(session, count.adjustment_transaction_id)
        audit.record(session, AuditAction.DELETE, count, before=audit.snapshot(count))
        session.delete(count)


def count_history(asso: AssoFile, treasury_account_id: int) -> tuple[CashCountRow, ...]:
    """The counts of a caisse, the latest first, with their differences."""
    with asso.reader() as session:
        rows = session.execute(
            select(CashCount, Transaction.receipt_number)
            .outerjoin(Transaction, Transaction.id == CashCount.adjustment_transaction_id)
            .where(CashCount.treasury_account_id == treasury_account_id)
            .order_by(CashCount.date.desc(), CashCount.id.desc())
        ).all()
        return tuple(
            CashCountRow(
                id=c.id,
                date=c.date,
                counts=counts_from_json(c.denominations),
                counted_minor=c.counted_minor,
                book_minor=c.book_minor,
                counted_by=c.counted_by,
                adjustment_transaction_id=c.adjustment_transaction_id,
                adjustment_receipt=receipt or "",
            )
            for c, receipt in rows
        )
