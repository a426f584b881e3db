"""The ledger as the treasury page shows it: transactions by keyset window, their totals and
the balances of the treasury accounts.

A file can hold a million splits, so nothing here loads them all: `ledger_page` reads one
window of transactions along the (date, id) index, then aggregates the splits of that window
only; `ledger_totals` (from `ledger_query`, re-exported here) is one SQL aggregate.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.domain.enums import AccountKind, TransactionKind, TreasuryKind
from desk.models import (
    Account,
    Attachment,
    FinancialYear,
    Project,
    Split,
    Transaction,
    TreasuryAccount,
)
from desk.services.browse.ledger_balance import running_balances
from desk.services.browse.ledger_query import (
    RECEIPT_KINDS,
    Cursor,
    LedgerFilters,
    LedgerOrder,
    LedgerTotals,
    base_currency,
    filtered,
    ledger_totals,
    ordered,
)
from desk.services.overview import TreasuryBalance, treasury_balances
from desk.store import AssoFile

__all__ = [
    "RECEIPT_KINDS",
    "Cursor",
    "LedgerFilters",
    "LedgerOrder",
    "LedgerRow",
    "LedgerTotals",
    "ReceiptState",
    "SplitSummary",
    "YearChoice",
    "cursor_of",
    "financial_years",
    "ledger_page",
    "ledger_size_hint",
    "ledger_totals",
    "treasury_accounts",
]


class ReceiptState(StrEnum):
    ATTACHED = "attached"
    MISSING = "missing"
    NOT_REQUIRED = "not_required"  # the treasurer said none can exist (bank fees…)
    NOT_APPLICABLE = "not_applicable"  # transfers, opening balances


@dataclass(frozen=True, slots=True)
class LedgerRow:
    id: int
    date: date
    receipt_number: str
    label: str
    payee: str
    kind: TransactionKind
    treasury: str  # "Caisse", or "Banque → Caisse" for a transfer
    category: str  # plain names of the income/expense categories
    project: str  # project codes
    amount_minor: int  # signed: money in > 0, out < 0 (a transfer shows what moved)
    currency: str
    receipt: ReceiptState
    attachments: int
    # Balance of the filtered treasury account after this transaction (one account filtered,
    # date order); None otherwise.
    balance_minor: int | None = None

    @property
    def cursor(self) -> Cursor:
        return (self.date, self.id)


def cursor_of(row: LedgerRow, order: LedgerOrder) -> Cursor:
    """The keyset cursor of `row` in `order` (what `ledger_page(after=...)` continues from)."""
    if order.by_date:
        return (row.date, row.id)
    if order in (LedgerOrder.RECEIPT, LedgerOrder.RECEIPT_DESC):
        return (row.receipt_number, row.id)
    return (row.label, row.id)


@dataclass(frozen=True, slots=True)
class YearChoice:
    id: int
    label: str
    start: date
    end: date
    closed: bool


def _receipt_state(kind: TransactionKind, not_required: bool, attachments: int) -> ReceiptState:
    if attachments:
        return ReceiptState.ATTACHED
    if not_required:
        return ReceiptState.NOT_REQUIRED
    if kind in RECEIPT_KINDS:
        return ReceiptState.MISSING
    return ReceiptState.NOT_APPLICABLE


def ledger_page(
    asso: AssoFile,
    filters: LedgerFilters,
    after: Cursor | None = None,
    limit: int = 200,
    order: LedgerOrder = LedgerOrder.NEWEST,
) -> tuple[LedgerRow, ...]:
    """Up to `limit` transactions in `order` (newest first by default), strictly after the
    cursor `after`; with one treasury account filtered and a date order, each row carries
    the account's running balance."""
    with asso.reader() as session:
        query = select(
            Transaction.id,
            Transaction.date,
            Transaction.receipt_number,
            Transaction.label,
            Transaction.payee,
            Transaction.kind,
            Transaction.receipt_not_required,
        )
        query = ordered(filtered(query, filters), order, after)
        txs = session.execute(query.limit(limit)).all()
        if not txs:
            return ()
        ids = [t.id for t in txs]
        details = _details(session, ids, filters.treasury_account_id)
        attachments = dict(
            session.execute(
                select(Attachment.transaction_id, func.count(Attachment.id))
                .where(Attachment.transaction_id.in_(ids))
                .group_by(Attachment.transaction_id)
            ).all()
        )
        currency = base_currency(session)
        balances: dict[int, int] = {}
        if filters.treasury_account_id is not None and order.by_date:
            cursors = [(t.date, t.id) for t in txs]
            balances = running_balances(session, filters.treasury_account_id, cursors)
    rows = []
    for t in txs:
        d = details.get(t.id) or SplitSummary()
        count = int(attachments.get(t.id, 0))
        rows.append(
            LedgerRow(
                id=t.id,
                date=t.date,
                receipt_number=t.receipt_number or "",
                label=t.label,
                payee=t.payee,
                kind=t.kind,
                treasury=d.treasury(),
                category=", ".join(sorted(d.categories)),
                project=", ".join(sorted(d.projects)),
                amount_minor=d.amount_minor,
                currency=currency,
                receipt=_receipt_state(t.kind, t.receipt_not_required, count),
                attachments=count,
                balance_minor=balances.get(t.id),
            )
        )
    return tuple(rows)


@dataclass
class SplitSummary:
    """What the splits of one transaction say, gathered while reading the window (also by
    the ledger export)."""

    net: int = 0  # movement of treasury (of the filtered account, if any)
    moved: int = 0  # money entering treasury accounts: what a transfer moved
    pnl: int = 0  # income minus expense
    outgoing: set[str] = field(default_factory=set)
    incoming: set[str] = field(default_factory=set)
    categories: set[str] = field(default_factory=set)
    projects: set[str] = field(default_factory=set)

    def add(
        self,
        treasury_account_id: int | None,  # the account filtered, if any
        amount: int,
        kind: AccountKind,
        category: str,
        treasury_id: int | None,
        treasury: str | None,
        project: str | None,
    ) -> None:
        """Gather one split (its account's kind and name, treasury account, project)."""
        if treasury_id is not None:
            if treasury_account_id in (None, treasury_id):
                self.net += amount
            if amount > 0:
                self.moved += amount
                self.incoming.add(treasury or "")
            else:
                self.outgoing.add(treasury or "")
        if kind in (AccountKind.INCOME, AccountKind.EXPENSE):
            self.pnl -= amount
            self.categories.add(category)
        if project:
            self.projects.add(project)

    @property
    def amount_minor(self) -> int:
        """What moved in treasury; else the income/expense effect (an advance settled); else,
        for a transfer netting to zero, the amount transferred."""
        return self.net or self.pnl or self.moved

    def treasury(self) -> str:
        if self.outgoing and self.incoming and self.outgoing != self.incoming:
            return f"{', '.join(sorted(self.outgoing))} → {', '.join(sorted(self.incoming))}"
        return ", ".join(sorted(self.outgoing | self.incoming))


def _details(
    session: Session, ids: list[int], treasury_account_id: int | None
) -> dict[int, SplitSummary]:
    """The splits of the window's transactions (a few per transaction: bounded by `limit`)."""
    rows = session.execute(
        select(
            Split.transaction_id,
            Split.amount_minor,
            Account.kind,
            Account.plain_name,
            TreasuryAccount.id,
            TreasuryAccount.name,
            Project.code,
        )
        .join(Account, Account.id == Split.account_id)
        .outerjoin(TreasuryAccount, TreasuryAccount.account_id == Split.account_id)
        .outerjoin(Project, Project.id == Split.project_id)
        .where(Split.transaction_id.in_(ids))
    ).all()
    windows: dict[int, SplitSummary] = {}
    for tx_id, amount, kind, category, treasury_id, treasury, project in rows:
        summary = windows.setdefault(tx_id, SplitSummary())
        summary.add(treasury_account_id, amount, kind, category, treasury_id, treasury, project)
    return windows


def ledger_size_hint(asso: AssoFile) -> int:
    """About how many transactions the file holds (the highest id: one index seek), to choose
    between computing totals at once and in the background."""
    with asso.reader() as session:
        return int(session.scalar(select(func.max(Transaction.id))) or 0)


def treasury_accounts(asso: AssoFile) -> tuple[TreasuryBalance, ...]:
    """Each active treasury account with its balance (all years), for the filter and header:
    the caisse first, then banks, then mobile money, by name."""
    order = {TreasuryKind.CASH: 0, TreasuryKind.BANK: 1, TreasuryKind.MOBILE_MONEY: 2}
    with asso.reader() as session:
        balances = treasury_balances(session)
    return tuple(sorted(balances, key=lambda b: (order.get(b.kind, 9), b.name)))


def financial_years(asso: AssoFile) -> tuple[YearChoice, ...]:
    """The financial years, the latest first, for the period filter."""
    with asso.reader() as session:
        years = session.scalars(select(FinancialYear).order_by(FinancialYear.start_date.desc()))
        return tuple(
            YearChoice(y.id, y.label, y.start_date, y.end_date, y.status.value == "closed")
            for y in years
        )
