"""Recording transactions: validation (balance, open year, receipt number) and the write.

The treasurer's plain-language forms (issue #3) build `TransactionInput`s; this module is the
one place that checks that a transaction balances before anything reaches the file.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.domain.enums import AuditAction, TransactionKind, YearStatus
from desk.domain.errors import DomainError, ErrorCode
from desk.models import Account, FinancialYear, Split, Transaction
from desk.services import audit
from desk.store import AssoFile


@dataclass(frozen=True, slots=True)
class SplitInput:
    """One leg: account code, signed amount in minor units (debit > 0), analytic links."""

    account_code: str
    amount_minor: int
    memo: str = ""
    project_id: int | None = None
    budget_line_id: int | None = None
    activity_id: int | None = None
    funder_id: int | None = None
    original_minor: int | None = None
    original_currency: str | None = None
    rate: str | None = None


@dataclass(frozen=True, slots=True)
class TransactionInput:
    date: date
    kind: TransactionKind
    label: str
    splits: Sequence[SplitInput]
    receipt_number: str | None = None
    payee: str = ""
    member_id: int | None = None
    notes: str = ""
    receipt_not_required: bool = False


@dataclass(frozen=True, slots=True)
class RecordedTransaction:
    id: int
    receipt_number: str | None
    split_ids: tuple[int, ...] = field(default=())


def check_balanced(splits: Sequence[SplitInput]) -> None:
    """Refuse an empty, one-legged, zero-amount or unbalanced set of splits."""
    if len(splits) < 2:
        raise DomainError(ErrorCode.TRANSACTION_EMPTY, field="splits", count=len(splits))
    for index, split in enumerate(splits):
        if isinstance(split.amount_minor, bool) or not isinstance(split.amount_minor, int):
            raise DomainError(ErrorCode.MONEY_FLOAT_REFUSED, field=f"splits[{index}]")
        if split.amount_minor == 0:
            raise DomainError(ErrorCode.INVALID_VALUE, field=f"splits[{index}]", amount=0)
    total = sum(s.amount_minor for s in splits)
    if total != 0:
        raise DomainError(ErrorCode.TRANSACTION_UNBALANCED, field="splits", difference=total)


def year_for_date(session: Session, day: date) -> FinancialYear:
    """The financial year containing `day`; refuses a date outside every year."""
    year = session.scalar(
        select(FinancialYear).where(FinancialYear.start_date <= day, FinancialYear.end_date >= day)
    )
    if year is None:
        raise DomainError(ErrorCode.TRANSACTION_DATE_OUTSIDE_YEAR, field="date", date=day)
    return year


def writable_year_for_date(session: Session, day: date) -> FinancialYear:
    """Like `year_for_date`, but refuses a closed year: the rule holds whatever the caller."""
    return _writable(year_for_date(session, day))


def _writable(year: FinancialYear) -> FinancialYear:
    if year.status is YearStatus.CLOSED:
        raise DomainError(ErrorCode.YEAR_CLOSED, field="date", year=year.label)
    return year


class FinancialYearLookup:
    """The financial years of the file, read once for a bulk write: `writable(day)` answers
    exactly like `writable_year_for_date(session, day)` without a query per row.

    Build it inside the unit of work that writes and drop it with it: the years are the
    session's own objects, so their status is read at each call (a year closed in the same
    session is refused at once), and `add_transaction` refuses a lookup of another session.
    A year created after the lookup is not seen (its dates are refused, never let through).
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self._years = tuple(
            session.scalars(select(FinancialYear).order_by(FinancialYear.start_date))
        )

    def year(self, day: date) -> FinancialYear:
        """The year containing `day` (the same refusal as `year_for_date`)."""
        for year in self._years:
            if year.start_date <= day <= year.end_date:
                return year
        raise DomainError(ErrorCode.TRANSACTION_DATE_OUTSIDE_YEAR, field="date", date=day)

    def writable(self, day: date) -> FinancialYear:
        """The open year containing `day` (the same refusals as `writable_year_for_date`)."""
        return _writable(self.year(day))


def next_receipt_number(session: Session, year: FinancialYear) -> str:
    """The next free pièce number of the year, as "2025-0042"."""
    count = session.scalar(
        select(func.count(Transaction.id)).where(
            Transaction.financial_year_id == year.id, Transaction.receipt_number.is_not(None)
        )
    )
    number = (count or 0) + 1
    while True:
        candidate = f"{year.label}-{number:04d}"
        taken = session.scalar(
            select(Transaction.id).where(
                Transaction.financial_year_id == year.id,
                Transaction.receipt_number == candidate,
            )
        )
        if taken is None:
            return candidate
        number += 1


def resolve_accounts(
    session: Session, splits: Sequence[SplitInput], accounts: Mapping[str, int] | None = None
) -> Mapping[str, int]:
    """Account ids of the splits' codes (read once unless `accounts` is given); refuses an
    unknown code, naming the split at fault."""
    if accounts is None:
        codes = {s.account_code for s in splits}
        rows = session.execute(select(Account.code, Account.id).where(Account.code.in_(codes)))
        accounts = {code: account_id for code, account_id in rows}
    for index, split in enumerate(splits):
        if split.account_code not in accounts:
            raise DomainError(
                ErrorCode.UNKNOWN_ACCOUNT, field=f"splits[{index}]", account=split.account_code
            )
    return accounts


def split_rows(splits: Sequence[SplitInput], accounts: Mapping[str, int]) -> list[Split]:
    """The Split rows of `splits`, every field carried (analytics, funder, original currency)."""
    return [
        Split(
            account_id=accounts[s.account_code],
            amount_minor=s.amount_minor,
            memo=s.memo,
            project_id=s.project_id,
            budget_line_id=s.budget_line_id,
            activity_id=s.activity_id,
            funder_id=s.funder_id,
            original_minor=s.original_minor,
            original_currency=s.original_currency,
            rate=s.rate,
        )
        for s in splits
    ]


def add_transaction(
    session: Session,
    data: TransactionInput,
    accounts: dict[str, int] | None = None,
    years: FinancialYearLookup | None = None,
) -> Transaction:
    """Validate and add one transaction to `session` (no commit). Bulk callers may pass
    `accounts` (codes to ids) and `years` (built once in this session) to avoid one lookup
    per split and one per transaction; the checks are the same."""
    check_balanced(data.splits)
    if years is None:
        year = writable_year_for_date(session, data.date)
    elif years.session is not session:
        raise ValueError("FinancialYearLookup built in another session")
    else:
        year = years.writable(data.date)
    account_ids = resolve_accounts(session, data.splits, accounts)
    receipt = data.receipt_number
    if receipt is not None:
        receipt = receipt.strip() or None
    if receipt is not None and session.scalar(
        select(Transaction.id).where(
            Transaction.financial_year_id == year.id, Transaction.receipt_number == receipt
        )
    ):
        raise DomainError(ErrorCode.RECEIPT_NUMBER_TAKEN, field="receipt_number", number=receipt)
    if not data.label.strip():
        raise DomainError(ErrorCode.REQUIRED, field="label")
    tx = Transaction(
        financial_year_id=year.id,
        date=data.date,
        kind=data.kind,
        label=data.label.strip(),
        receipt_number=receipt,
        payee=data.payee.strip(),
        member_id=data.member_id,
        notes=data.notes,
        receipt_not_required=data.receipt_not_required,
        splits=split_rows(data.splits, account_ids),
    )
    session.add(tx)
    return tx


def record_transaction(asso: AssoFile, data: TransactionInput) -> RecordedTransaction:
    """Record one balanced transaction with its audit entry, in one unit of work."""
    with asso.unit_of_work() as session:
        tx = add_transaction(session, data)
        if tx.receipt_number is None and not data.receipt_not_required:
            tx.receipt_number = next_receipt_number(
                session, session.get_one(FinancialYear, tx.financial_year_id)
            )
        session.flush()
        after = audit.snapshot(tx)
        after["splits"] = [audit.snapshot(s) for s in tx.splits]
        audit.record(session, AuditAction.CREATE, tx, after=after)
        return RecordedTransaction(
            id=tx.id, receipt_number=tx.receipt_number, split_ids=tuple(s.id for s in tx.splits)
        )
