"""Income and expenditure by category (compte de résultat simplifié): one SQL GROUP BY over
the splits of a period, for the summary export and the general assembly's accounts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.domain.enums import AccountKind, TransactionKind
from desk.models import Account, Organisation, Split, Transaction
from desk.services.overview import current_year
from desk.store import AssoFile


@dataclass(frozen=True, slots=True)
class CategoryTotal:
    """One income or expense category over the period, both as positive amounts."""

    account_id: int
    code: str
    name: str  # the plain name a treasurer picks
    kind: AccountKind
    income_minor: int  # credits net of refunds, on class 7
    expense_minor: int  # debits net of refunds, on class 6


@dataclass(frozen=True, slots=True)
class IncomeStatement:
    currency: str
    year_label: str
    start: date
    end: date
    categories: tuple[CategoryTotal, ...]

    @property
    def income_minor(self) -> int:
        return sum(c.income_minor for c in self.categories)

    @property
    def expense_minor(self) -> int:
        return sum(c.expense_minor for c in self.categories)

    @property
    def result_minor(self) -> int:
        return self.income_minor - self.expense_minor


def totals_by_category(session: Session, start: date, end: date) -> tuple[CategoryTotal, ...]:
    """Class 6 and 7 accounts moved between `start` and `end` (inclusive), income first, then
    expenses, each by code. Opening balances are not income (same rule as the dashboard)."""
    total = func.sum(Split.amount_minor)
    rows = session.execute(
        select(Account.id, Account.code, Account.plain_name, Account.kind, total)
        .join(Split, Split.account_id == Account.id)
        .join(Transaction, Transaction.id == Split.transaction_id)
        .where(
            Transaction.date.between(start, end),
            Account.kind.in_([AccountKind.INCOME, AccountKind.EXPENSE]),
            Transaction.kind != TransactionKind.OPENING,
        )
        .group_by(Account.id)
        .having(total != 0)
    ).all()
    categories = [
        CategoryTotal(
            account_id=account_id,
            code=code,
            name=name,
            kind=kind,
            income_minor=-int(amount) if kind is AccountKind.INCOME else 0,
            expense_minor=int(amount) if kind is AccountKind.EXPENSE else 0,
        )
        for account_id, code, name, kind, amount in rows
    ]
    categories.sort(key=lambda c: (c.kind is not AccountKind.INCOME, c.code))
    return tuple(categories)


def income_statement(asso: AssoFile, today: date | None = None) -> IncomeStatement:
    """The statement of the financial year containing `today` (see `current_year`)."""
    today = today or date.today()
    with asso.reader() as session:
        currency = session.scalar(select(Organisation.base_currency)) or "MAD"
        year = current_year(session, today)
        if year is None:
            return IncomeStatement(currency, "", today, today, ())
        return IncomeStatement(
            currency=currency,
            year_label=year.label,
            start=year.start_date,
            end=year.end_date,
            categories=totals_by_category(session, year.start_date, year.end_date),
        )
