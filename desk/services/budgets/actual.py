"""Budget vs actual of a grant: per line, heading, funder and month, the budget, the actual
(splits tagged to the line, in any version of the project's budget, matched by line code)
converted into the grant's currency by its rate policy, the variance, the share used next to
the share of the grant period elapsed; the expenses outside the grant period (the
drill-down to transactions is in grant_ledger).

Conversion: the base-currency sums of one line are grouped by rate bucket (one bucket for a
fixed rate, a month for the monthly table, a transfer interval for the rate of each transfer)
and each bucket is converted once, rounded half to even. The sums come from SQL by month,
line and bucket (actual_sql).
"""

from __future__ import annotations

__all__ = [
    "ActualLine",
    "BudgetVsActual",
    "FunderActual",
    "MonthActual",
    "OutsideExpense",
    "budget_vs_actual",
    "state_of",
]

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from operator import itemgetter
from typing import Any

from desk.domain.budget_math import share_used
from desk.domain.budget_rules import RateTable, to_grant_currency
from desk.domain.enums import BudgetLineKind
from desk.domain.errors import DomainError, ErrorCode
from desk.domain.money import Money, allocate, minor_units, split_equally
from desk.domain.periods import month_start
from desk.models import Project
from desk.services.browse.budgets import BudgetLineRow, BudgetView, budget_view
from desk.services.budgets.actual_sql import outside_period, spending
from desk.services.budgets.actual_types import (
    ActualLine,
    BudgetVsActual,
    FunderActual,
    MonthActual,
    OutsideExpense,
    state_of,
)
from desk.services.budgets.common import get
from desk.services.budgets.grant_ledger import (
    base_currency,
    grant_period,
    project_lines,
    rate_table,
)
from desk.store import AssoFile


def budget_vs_actual(asso: AssoFile, budget_id: int, today: date | None = None) -> BudgetVsActual:
    """Budget vs actual of a project budget version."""
    today = today or date.today()
    view = budget_view(asso, budget_id)
    if view is None or view.project_id is None:
        raise DomainError(ErrorCode.NOT_FOUND, field="budget")
    with asso.reader() as session:
        project = get(session, Project, view.project_id)
        rates = rate_table(session, project)
        base = base_currency(session)
        codes = project_lines(session, project.id)
        start, end = grant_period(project)
        groups = spending(session, project.id, codes, rates)
        outside: tuple[OutsideExpense, ...] = ()
        if any(first < start or last > end for _line, first, last, _total in groups):
            outside = outside_period(session, project.id, set(codes), start, end)
        shift = minor_units(project.currency) - minor_units(base)
        return _assemble(
            view,
            project,
            rates,
            base,
            codes,
            # in date order, like the days of the rate buckets
            sorted(
                ((ln, day, total) for ln, day, _, total in groups if ln in codes), key=itemgetter(1)
            ),
            sum(total for line, _first, _last, total in groups if line is None),
            outside,
            today,
            shift,
        )


def _assemble(
    view: BudgetView,
    project: Project,
    rates: RateTable,
    base: str,
    codes: dict[int, str],
    sums: Iterable[Any],
    unallocated: int,
    outside: tuple[OutsideExpense, ...],
    today: date,
    shift: int,
) -> BudgetVsActual:
    by_code = {row.code: row.id for row in view.lines}
    # any version's line id -> the shown version's line with the same code
    target_of = {line_id: by_code[code] for line_id, code in codes.items() if code in by_code}
    # (line, bucket) -> base amount; (month) -> base per bucket for the monthly figures
    buckets: dict[int, dict[date, int]] = defaultdict(lambda: defaultdict(int))
    monthly: dict[date, dict[date, int]] = defaultdict(lambda: defaultdict(int))
    base_of: dict[int, int] = defaultdict(int)
    rate_errors: dict[date, DomainError] = {}
    bucket_rate: dict[date, Decimal] = {}
    last_day: date | None = None
    bucket = month = date.min
    usable = True
    for line_id, day, amount in sums:  # rows come in date order: work out each day once
        target = target_of.get(line_id)
        if target is None:
            continue
        if day != last_day:
            last_day, bucket, month = day, rates.bucket(day), month_start(day)
            usable = bucket in bucket_rate
            if not usable:
                try:
                    bucket_rate[bucket] = rates.rate_on(day)
                    usable = True
                except DomainError as error:
                    rate_errors.setdefault(month, error)
        if not usable:
            continue
        buckets[target][bucket] += amount
        monthly[month][bucket] += amount
        base_of[target] += amount
    own = {
        line_id: sum(to_grant_currency(v, bucket_rate[b], shift) for b, v in parts.items())
        for line_id, parts in buckets.items()
    }
    actual = _rollup(view.lines, own)
    actual_base = _rollup(view.lines, dict(base_of))
    start, end = grant_period(project)
    elapsed = _elapsed(start, end, today)
    lines = tuple(
        _line(row, actual.get(row.id, 0), actual_base.get(row.id, 0), elapsed) for row in view.lines
    )
    top = [
        ln
        for ln in lines
        if ln.line.parent_id is None and ln.line.kind is not BudgetLineKind.COMPUTED
    ]
    months = _months(start, end, view.total_minor, view.currency, monthly, bucket_rate, shift)
    return BudgetVsActual(
        budget=view,
        project_code=project.code,
        currency=project.currency,
        base_currency=base,
        policy=rates.policy,
        start=start,
        end=end,
        today=today,
        elapsed=elapsed,
        lines=lines,
        total_budget_minor=view.total_minor,
        total_actual_minor=sum(ln.actual_minor for ln in top),
        total_actual_base_minor=sum(ln.actual_base_minor for ln in top),
        unallocated_base_minor=unallocated,
        funders=_funders(view, own),
        months=months,
        outside_period=outside,
        rate_errors=tuple(rate_errors.values()),
    )


def _rollup(rows: tuple[BudgetLineRow, ...], own: dict[int, int]) -> dict[int, int]:
    """Actual of every line: its own splits plus its children's; subtotal lines take the
    running sum of the siblings before them (like the budget)."""
    children: dict[int | None, list[BudgetLineRow]] = defaultdict(list)
    for row in rows:
        children[row.parent_id].append(row)
    result: dict[int, int] = {}

    def evaluate(siblings: list[BudgetLineRow]) -> None:
        running = 0
        for row in siblings:
            kids = children.get(row.id, [])
            evaluate(kids)
            if row.kind is BudgetLineKind.COMPUTED and not kids:
                total = running
            else:
                total = own.get(row.id, 0) + sum(
                    result[k.id] for k in kids if k.kind is not BudgetLineKind.COMPUTED
                )
            result[row.id] = total
            if row.kind is not BudgetLineKind.COMPUTED:
                running += total

    evaluate(children.get(None, []))
    return result


def _elapsed(start: date, end: date, today: date) -> Decimal:
    if today < start:
        return Decimal(0)
    if today >= end:
        return Decimal(1)
    days = (end - start).days + 1
    return (Decimal((today - start).days + 1) / days).quantize(Decimal("0.0001"))


def _line(row: BudgetLineRow, actual: int, actual_base: int, elapsed: Decimal) -> ActualLine:
    used = share_used(actual, row.total_minor)
    return ActualLine(
        row, row.total_minor, actual, actual_base, used, state_of(used, elapsed, actual)
    )


def _funders(view: BudgetView, own: dict[int, int]) -> tuple[FunderActual, ...]:
    """A line's actual is shared among its funders like its budget."""
    spent: dict[int, int] = defaultdict(int)
    for row in view.lines:
        amount = own.get(row.id, 0)
        parts = [(f, a) for f, a in row.fundings if a > 0]
        if not amount or not parts:
            continue
        shares = allocate(Money(amount, view.currency), [a for _, a in parts])
        for (funder_id, _), share in zip(parts, shares, strict=True):
            spent[funder_id] += share.minor
    return tuple(FunderActual(f, total, spent.get(f.id, 0)) for f, total in view.funder_totals)


def _months(
    start: date,
    end: date,
    total: int,
    currency: str,
    monthly: dict[date, dict[date, int]],
    bucket_rate: dict[date, Decimal],
    shift: int,
) -> tuple[MonthActual, ...]:
    """Every month of the grant period (and any month with spending): the plan spread evenly,
    the actual converted."""
    months: list[date] = []
    cursor = month_start(start)
    while cursor <= end:
        months.append(cursor)
        cursor = date(cursor.year + cursor.month // 12, cursor.month % 12 + 1, 1)
    plan: dict[date, int] = {}
    if months:
        parts = split_equally(Money(total, currency), len(months))
        plan = {month: part.minor for month, part in zip(months, parts, strict=True)}
    every = sorted(set(months) | set(monthly))
    return tuple(
        MonthActual(
            month,
            plan.get(month, 0),
            sum(
                to_grant_currency(v, bucket_rate[b], shift)
                for b, v in monthly.get(month, {}).items()
            ),
        )
        for month in every
    )
