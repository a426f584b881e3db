"""Closing a financial year (clôture de l'exercice): check it, carry the treasury balances
forward, lock it; reopen it with a written reason. Both are audited.

Balances in AssoDesk are cumulative over all years (the dashboard, the ledger and the cash count
sum every split up to a date). Carrying forward therefore books a pair of entries, as French
bookkeeping does: a closing entry on the last day of the year that empties each treasury
account into "Report à nouveau" (1181), and an opening entry on the first day of the next year
that puts the same amounts back. Every balance before and after stays what it was; the closed
year ends at zero and the next one starts from its own opening entry. Reopening deletes the pair
(the balances may change once the year is open again); closing again books it afresh.

Once closed, the ledger's write guard (`writable_year_for_date`) refuses any write dated in the
year, whatever the caller.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.domain.chart import OPENING_BALANCE_ACCOUNT
from desk.domain.enums import AuditAction, TransactionKind, TreasuryKind, YearStatus
from desk.domain.errors import DomainError, ErrorCode
from desk.domain.periods import Period, fiscal_year_label
from desk.models import (
    Account,
    AuditEntry,
    BankReconciliation,
    CashCount,
    FinancialYear,
    Organisation,
    Split,
    Transaction,
    TreasuryAccount,
)
from desk.models.base import utcnow
from desk.services import audit
from desk.services.ledger import SplitInput, TransactionInput, add_transaction
from desk.services.overview import count_missing_receipts
from desk.store import AssoFile

RECONCILABLE = (TreasuryKind.BANK, TreasuryKind.MOBILE_MONEY)


@dataclass(frozen=True, slots=True)
class YearRow:
    id: int
    label: str
    start: date
    end: date
    closed: bool
    closed_at: datetime | None
    closed_by: str
    reopen_reason: str


@dataclass(frozen=True, slots=True)
class CarriedBalance:
    treasury_account_id: int
    name: str
    account_code: str
    balance_minor: int


@dataclass(frozen=True, slots=True)
class ClosingCheck:
    year: YearRow
    next_label: str
    next_exists: bool
    currency: str
    balances: tuple[CarriedBalance, ...]
    unbalanced: int
    missing_receipts: int
    unreconciled_lines: int
    last_cash_count: date | None
    blocking: tuple[DomainError, ...]  # why closing would be refused (empty: it can be)


@dataclass(frozen=True, slots=True)
class ClosedYear:
    year_id: int
    next_year_id: int
    closing_transaction_id: int | None
    opening_transaction_id: int | None
    balances: tuple[CarriedBalance, ...]


def _row(y: FinancialYear) -> YearRow:
    return YearRow(
        y.id,
        y.label,
        y.start_date,
        y.end_date,
        y.status is YearStatus.CLOSED,
        y.closed_at,
        y.closed_by,
        y.reopen_reason,
    )


def years(asso: AssoFile) -> tuple[YearRow, ...]:
    """Every financial year, the earliest first."""
    with asso.reader() as session:
        found = session.scalars(select(FinancialYear).order_by(FinancialYear.start_date))
        return tuple(_row(y) for y in found)


def _year(session: Session, year_id: int) -> FinancialYear:
    year = session.get(FinancialYear, year_id)
    if year is None:
        raise DomainError(ErrorCode.NOT_FOUND, field="year", table="financial_year")
    return year


def _next_period(year: FinancialYear) -> Period:
    start = year.end_date + timedelta(days=1)
    try:
        following = start.replace(year=start.year + 1)
    except ValueError:  # 29 February
        following = start.replace(year=start.year + 1, day=28)
    return Period(start, following - timedelta(days=1))


def _next_year(session: Session, year: FinancialYear) -> FinancialYear | None:
    return session.scalar(
        select(FinancialYear).where(FinancialYear.start_date == year.end_date + timedelta(days=1))
    )


def carried_balances(session: Session, day: date) -> tuple[CarriedBalance, ...]:
    """Each treasury account's balance at the end of `day` (all years), non-zero ones only."""
    total = func.sum(Split.amount_minor)
    rows = session.execute(
        select(TreasuryAccount.id, TreasuryAccount.name, Account.code, total)
        .join(Account, Account.id == TreasuryAccount.account_id)
        .join(Split, Split.account_id == Account.id)
        .join(Transaction, Transaction.id == Split.transaction_id)
        .where(Transaction.date <= day)
        .group_by(TreasuryAccount.id)
        .having(total != 0)
        .order_by(TreasuryAccount.kind, TreasuryAccount.name)
    ).all()
    return tuple(CarriedBalance(r[0], r[1], r[2], int(r[3])) for r in rows)


def _unbalanced(session: Session, year: FinancialYear) -> int:
    sums = (
        select(Split.transaction_id)
        .join(Transaction, Transaction.id == Split.transaction_id)
        .where(Transaction.financial_year_id == year.id)
        .group_by(Split.transaction_id)
        .having(func.sum(Split.amount_minor) != 0)
        .subquery()
    )
    return int(session.scalar(select(func.count()).select_from(sums)) or 0)


def _unreconciled(session: Session, year: FinancialYear) -> int:
    banks = select(TreasuryAccount.account_id).where(TreasuryAccount.kind.in_(RECONCILABLE))
    finished = select(BankReconciliation.id).where(BankReconciliation.finished_at.is_not(None))
    query = (
        select(func.count(Split.id))
        .join(Transaction, Transaction.id == Split.transaction_id)
        .where(
            Transaction.financial_year_id == year.id,
            Transaction.kind != TransactionKind.OPENING,
            Split.account_id.in_(banks),
            (Split.reconciliation_id.is_(None)) | Split.reconciliation_id.not_in(finished),
        )
    )
    return int(session.scalar(query) or 0)


def _blocking(session: Session, year: FinancialYear, today: date) -> list[DomainError]:
    errors: list[DomainError] = []
    if year.status is YearStatus.CLOSED:
        errors.append(DomainError(ErrorCode.YEAR_ALREADY_CLOSED, year=year.label))
    earlier = session.scalar(
        select(FinancialYear.label)
        .where(FinancialYear.start_date < year.start_date, FinancialYear.status == YearStatus.OPEN)
        .order_by(FinancialYear.start_date)
        .limit(1)
    )
    if earlier is not None:
        errors.append(DomainError(ErrorCode.YEAR_PREVIOUS_OPEN, year=earlier))
    if today <= year.end_date:
        errors.append(DomainError(ErrorCode.YEAR_NOT_ENDED, year=year.label, end=year.end_date))
    unbalanced = _unbalanced(session, year)
    if unbalanced:
        errors.append(DomainError(ErrorCode.YEAR_UNBALANCED, count=unbalanced))
    return errors


def check_closing(asso: AssoFile, year_id: int, today: date | None = None) -> ClosingCheck:
    """What closing the year would do and what the treasurer should know first. Missing
    receipts and unreconciled bank lines are warnings; `blocking` lists the refusals."""
    today = today or date.today()
    with asso.reader() as session:
        year = _year(session, year_id)
        following = _next_year(session, year)
        currency = session.scalar(select(Organisation.base_currency)) or "MAD"
        last_count = session.scalar(
            select(func.max(CashCount.date)).where(
                CashCount.date.between(year.start_date, year.end_date)
            )
        )
        return ClosingCheck(
            year=_row(year),
            next_label=following.label
            if following is not None
            else fiscal_year_label(_next_period(year)),
            next_exists=following is not None,
            currency=currency,
            balances=carried_balances(session, year.end_date),
            unbalanced=_unbalanced(session, year),
            missing_receipts=count_missing_receipts(session, year.start_date, year.end_date),
            unreconciled_lines=_unreconciled(session, year),
            last_cash_count=last_count,
            blocking=tuple(_blocking(session, year, today)),
        )


def _carry(
    session: Session, day: date, kind_label: str, balances: tuple[CarriedBalance, ...], sign: int
) -> Transaction:
    total = sum(b.balance_minor for b in balances)
    splits = [SplitInput(b.account_code, sign * b.balance_minor) for b in balances]
    if total:
        splits.append(SplitInput(OPENING_BALANCE_ACCOUNT, -sign * total))
    tx = add_transaction(
        session,
        TransactionInput(
            date=day,
            kind=TransactionKind.OPENING,
            label=kind_label,
            splits=splits,
            receipt_not_required=True,
        ),
    )
    session.flush()
    after = audit.snapshot(tx)
    after["splits"] = [audit.snapshot(s) for s in tx.splits]
    audit.record(session, AuditAction.CREATE, tx, after=after)
    return tx


def close_year(asso: AssoFile, year_id: int, today: date | None = None) -> ClosedYear:
    """Carry the balances forward, then lock the year (one unit of work, audited)."""
    today = today or date.today()
    with asso.unit_of_work() as session:
        year = _year(session, year_id)
        errors = _blocking(session, year, today)
        if errors:
            raise errors[0]
        following = _next_year(session, year)
        if following is None:
            period = _next_period(year)
            following = FinancialYear(
                label=fiscal_year_label(period), start_date=period.start, end_date=period.end
            )
            session.add(following)
            audit.record(session, AuditAction.CREATE, following)
        balances = carried_balances(session, year.end_date)
        closing_id = opening_id = None
        if balances:
            closing = _carry(
                session,
                year.end_date,
                f"Clôture de l'exercice {year.label} : soldes reportés sur {following.label}",
                balances,
                -1,
            )
            opening = _carry(
                session,
                following.start_date,
                f"Report à nouveau des soldes de l'exercice {year.label}",
                balances,
                1,
            )
            closing_id, opening_id = closing.id, opening.id
        before = audit.snapshot(year)
        year.status = YearStatus.CLOSED
        year.closed_at = utcnow()
        year.closed_by = audit.current_actor()[0][:100]
        after = audit.snapshot(year)
        after["carry_forward"] = [i for i in (closing_id, opening_id) if i is not None]
        after["balances"] = {b.name: b.balance_minor for b in balances}
        audit.record(session, AuditAction.CLOSE, year, before=before, after=after)
        return ClosedYear(year.id, following.id, closing_id, opening_id, balances)


def reopen_year(asso: AssoFile, year_id: int, reason: str) -> None:
    """Reopen a closed year (the latest closed one) for a written reason; the carried-forward
    pair is deleted, to be booked again at the next closing. Audited."""
    reason = reason.strip()
    if not reason:
        raise DomainError(ErrorCode.REQUIRED, field="reason")
    with asso.unit_of_work() as session:
        year = _year(session, year_id)
        if year.status is not YearStatus.CLOSED:
            raise DomainError(ErrorCode.YEAR_NOT_CLOSED, field="year", year=year.label)
        following = _next_year(session, year)
        if following is not None and following.status is YearStatus.CLOSED:
            raise DomainError(ErrorCode.YEAR_NEXT_CLOSED, field="year", year=following.label)
        before = audit.snapshot(year)
        year.status = YearStatus.OPEN
        year.closed_at = None
        year.closed_by = ""
        year.reopen_reason = reason
        session.flush()
        for tx_id in _carry_forward_ids(session, year.id):
            tx = session.get(Transaction, tx_id)
            if tx is None or tx.kind is not TransactionKind.OPENING:
                continue
            snap = audit.snapshot(tx)
            snap["splits"] = [audit.snapshot(s) for s in tx.splits]
            audit.record(session, AuditAction.DELETE, tx, before=snap, reason=reason)
            session.delete(tx)
        audit.record(session, AuditAction.REOPEN, year, before=before, reason=reason)


def _carry_forward_ids(session: Session, year_id: int) -> list[int]:
    """The pair booked by the latest closing of the year (kept in its audit entry)."""
    after = session.scalar(
        select(AuditEntry.after)
        .where(
            AuditEntry.table_name == "financial_year",
            AuditEntry.record_id == year_id,
            AuditEntry.action == AuditAction.CLOSE,
        )
        .order_by(AuditEntry.id.desc())
        .limit(1)
    )
    try:
        ids = json.loads(after or "{}").get("carry_forward", [])
    except (ValueError, AttributeError):
        return []
    return [i for i in ids if isinstance(i, int)]
