"""Create, change, delete and put back a transaction described in plain words.

Every path goes through `guard` (open year, reconciled transactions) and leaves an audit entry
with the before and after pictures; the double entry comes from `desk.domain.entry.legs_for`
and is checked by `ledger.check_balanced` before anything is written.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.domain.entry import TRANSACTION_KIND, legs_for
from desk.domain.enums import AuditAction
from desk.domain.errors import DomainError, ErrorCode
from desk.models import Account, FinancialYear, Split, Transaction, TreasuryAccount
from desk.services import audit, receipts
from desk.services.entry import snapshot
from desk.services.entry.guard import check_year_open, writable_transaction
from desk.services.entry.model import EntryInput, EntryResult, TransactionSnapshot
from desk.services.ledger import (
    SplitInput,
    TransactionInput,
    add_transaction,
    check_balanced,
    next_receipt_number,
    resolve_accounts,
    split_rows,
)
from desk.store import AssoFile


def _treasury_code(session: Session, treasury_id: int | None, field: str) -> str | None:
    if treasury_id is None:
        return None
    code = session.scalar(
        select(Account.code)
        .join(TreasuryAccount, TreasuryAccount.account_id == Account.id)
        .where(TreasuryAccount.id == treasury_id)
    )
    if code is None:
        raise DomainError(ErrorCode.NOT_FOUND, field=field, id=treasury_id)
    return code


def to_transaction_input(session: Session, data: EntryInput) -> TransactionInput:
    """The balanced TransactionInput that `data` means (refusals name the field at fault)."""
    if not data.label.strip():
        raise DomainError(ErrorCode.REQUIRED, field="label")
    legs = legs_for(
        data.kind,
        data.amount_minor,
        _treasury_code(session, data.treasury_account_id, "treasury"),
        data.effective_parts(),
        to_treasury_code=_treasury_code(session, data.to_treasury_account_id, "to_treasury"),
        returned_minor=data.returned_minor,
    )
    splits = [
        SplitInput(
            leg.account_code,
            leg.amount_minor,
            memo=leg.memo,
            project_id=leg.project_id,
            budget_line_id=leg.budget_line_id,
            activity_id=leg.activity_id,
        )
        for leg in legs
    ]
    return TransactionInput(
        date=data.date,
        kind=TRANSACTION_KIND[data.kind],
        label=data.label,
        splits=splits,
        receipt_number=data.receipt_number.strip() or None,
        payee=data.payee,
        member_id=data.member_id,
        notes=data.notes,
        receipt_not_required=data.receipt_not_required,
    )


def _picture(tx: Transaction) -> dict[str, Any]:
    after = audit.snapshot(tx)
    after["splits"] = [audit.snapshot(s) for s in tx.splits]
    return after


def create_entry(asso: AssoFile, data: EntryInput) -> EntryResult:
    """Record a new transaction (numbered automatically when no receipt number is given)."""
    with asso.unit_of_work() as session:
        tx = add_transaction(session, to_transaction_input(session, data))
        if tx.receipt_number is None and not data.receipt_not_required:
            year = session.get_one(FinancialYear, tx.financial_year_id)
            tx.receipt_number = next_receipt_number(session, year)
        session.flush()
        ids = receipts.add_rows(session, tx, data.attachments)
        audit.record(session, AuditAction.CREATE, tx, after=_picture(tx))
        return EntryResult(tx.id, tx.receipt_number, tuple(ids))


def _check_receipt_free(session: Session, tx: Transaction, number: str | None) -> None:
    if number is None:
        return
    taken = session.scalar(
        select(Transaction.id).where(
            Transaction.financial_year_id == tx.financial_year_id,
            Transaction.receipt_number == number,
            Transaction.id != tx.id,
        )
    )
    if taken is not None:
        raise DomainError(ErrorCode.RECEIPT_NUMBER_TAKEN, field="receipt_number", number=number)


def _keep_currency_details(old: list[Split], new: list[Split]) -> list[Split]:
    """The form knows nothing of a leg's funder or original currency (a donor's transfer of
    6 500,00 EUR at 10.85): a new leg on the same account with the same amount keeps them, so
    correcting a label never loses the rate a grant's budget vs actual relies on."""
    unused = [s for s in old if s.funder_id or s.original_currency]
    for split in new:
        for kept in unused:
            if (kept.account_id, kept.amount_minor) == (split.account_id, split.amount_minor):
                split.funder_id = split.funder_id or kept.funder_id
                if split.original_currency is None:
                    split.original_minor = kept.original_minor
                    split.original_currency = kept.original_currency
                    split.rate = kept.rate
                unused.remove(kept)
                break
    return new


def update_entry(
    asso: AssoFile, transaction_id: int, data: EntryInput, *, unreconcile: bool = False
) -> TransactionSnapshot:
    """Change a transaction to what `data` says; returns its picture BEFORE the change (undo
    puts it back with `restore_entry`). Refuses a closed year (old or new date) and, unless
    `unreconcile`, a reconciled transaction."""
    with asso.unit_of_work() as session:
        tx = writable_transaction(session, transaction_id, unreconcile=unreconcile)
        before = snapshot.take(session, tx)
        before_audit = _picture(tx)
        new = to_transaction_input(session, data)
        check_balanced(new.splits)
        tx.financial_year_id = check_year_open(session, new.date)
        accounts = resolve_accounts(session, new.splits)
        number = new.receipt_number
        if number is None and not new.receipt_not_required:
            number = before.row["receipt_number"]
            if number is None or tx.financial_year_id != before.row["financial_year_id"]:
                year = session.get_one(FinancialYear, tx.financial_year_id)
                number = next_receipt_number(session, year)
        _check_receipt_free(session, tx, number)
        tx.date, tx.kind, tx.label = new.date, new.kind, new.label.strip()
        tx.receipt_number, tx.payee, tx.member_id = number, new.payee.strip(), new.member_id
        tx.notes, tx.receipt_not_required = new.notes, new.receipt_not_required
        tx.splits = _keep_currency_details(tx.splits, split_rows(new.splits, accounts))
        session.flush()
        receipts.remove_rows(session, data.remove_attachment_ids)
        receipts.add_rows(session, tx, data.attachments)
        session.flush()
        session.refresh(tx)
        audit.record(session, AuditAction.UPDATE, tx, before=before_audit, after=_picture(tx))
        return before


def delete_entry(
    asso: AssoFile, transaction_id: int, *, unreconcile: bool = False
) -> TransactionSnapshot:
    """Delete a transaction with its splits and receipts; returns what `restore_entry` needs
    to put it back exactly (same ids, receipt files included)."""
    with asso.unit_of_work() as session:
        reconciled_picture = None
        tx = session.get(Transaction, transaction_id)
        if tx is not None:
            reconciled_picture = snapshot.take(session, tx)
        tx = writable_transaction(session, transaction_id, unreconcile=unreconcile)
        assert reconciled_picture is not None
        before_audit = _picture(tx)
        session.delete(tx)
        audit.record(
            session,
            AuditAction.DELETE,
            table="transaction",
            record_id=transaction_id,
            before=before_audit,
        )
        return reconciled_picture


def restore_entry(asso: AssoFile, snap: TransactionSnapshot) -> TransactionSnapshot | None:
    """Put a transaction back as `snap` pictures it (undo of a delete or an edit, redo of a
    create). Returns the picture it replaced (None if it did not exist). The year of both the
    current and the restored date must be open."""
    with asso.unit_of_work() as session:
        check_year_open(session, snap.date)
        current = session.get(Transaction, snap.id)
        replaced = None
        before_audit = None
        if current is not None:
            check_year_open(session, current.date)
            replaced = snapshot.take(session, current)
            before_audit = _picture(current)
        tx = snapshot.put_back(session, snap)
        _check_receipt_free(session, tx, tx.receipt_number)
        action = AuditAction.UPDATE if current is not None else AuditAction.CREATE
        audit.record(
            session, action, tx, before=before_audit, after=_picture(tx), reason="undo/redo"
        )
        return replaced
