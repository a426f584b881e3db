"""What budget vs actual returns: per line, per funder, per month, the expenses outside the
grant period, and the whole; with the state colour rule (on track, watch, overspent)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desk.domain.budget_math import share_used
from desk.domain.enums import RatePolicy
from desk.domain.errors import DomainError, ErrorCode
from desk.services.browse.budgets import BudgetLineRow, BudgetView, FunderRef

Day = date  # a field named `date` shadows the type inside a dataclass body
WATCH_MARGIN = Decimal("0.10")  # used ahead of the time elapsed by more than this: watch it


@dataclass(frozen=True, slots=True)
class ActualLine:
    line: BudgetLineRow
    budget_minor: int
    actual_minor: int  # grant currency
    actual_base_minor: int  # base currency (MAD)
    used: Decimal | None  # actual / budget
    state: str  # "ok", "watch", "over", "" (nothing planned nor spent)

    @property
    def variance_minor(self) -> int:
        return self.budget_minor - self.actual_minor

    @property
    def variance_ratio(self) -> Decimal | None:
        return share_used(self.variance_minor, self.budget_minor)


@dataclass(frozen=True, slots=True)
class FunderActual:
    funder: FunderRef
    budget_minor: int
    actual_minor: int


@dataclass(frozen=True, slots=True)
class MonthActual:
    month: date
    planned_minor: int
    actual_minor: int


@dataclass(frozen=True, slots=True)
class OutsideExpense:
    transaction_id: int
    date: date
    label: str
    amount_base_minor: int
    start: Day  # the grant's eligible period
    end: Day

    @property
    def error(self) -> DomainError:
        """BUDGET_OUTSIDE_GRANT_PERIOD, for the message (built when shown: there may be many)."""
        return DomainError(
            ErrorCode.BUDGET_OUTSIDE_GRANT_PERIOD,
            field="date",
            date=self.date,
            label=self.label,
            start=self.start,
            end=self.end,
        )


@dataclass(frozen=True, slots=True)
class BudgetVsActual:
    budget: BudgetView
    project_code: str
    currency: str
    base_currency: str
    policy: RatePolicy
    start: date
    end: date
    today: date
    elapsed: Decimal  # share of the grant period elapsed at `today`
    lines: tuple[ActualLine, ...]
    total_budget_minor: int
    total_actual_minor: int
    total_actual_base_minor: int
    unallocated_base_minor: int  # tagged to the project but to no budget line
    funders: tuple[FunderActual, ...]
    months: tuple[MonthActual, ...]
    outside_period: tuple[OutsideExpense, ...]
    rate_errors: tuple[DomainError, ...]  # expenses left out: no rate for their date

    @property
    def used(self) -> Decimal | None:
        return share_used(self.total_actual_minor, self.total_budget_minor)


def state_of(used: Decimal | None, elapsed: Decimal, spent: int) -> str:
    if used is None:
        return "over" if spent > 0 else ""
    if used > 1:
        return "over"
    if used >= Decimal("0.9") or used > elapsed + WATCH_MARGIN:
        return "watch"
    return "ok"
