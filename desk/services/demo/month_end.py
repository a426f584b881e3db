"""Month-end work of the demo treasurer: the year-end cash count (comptage de caisse) by
denomination and the bank reconciliation of 31 December 2025, with the bank splits it ticks."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import func, select, update

from desk.domain.chart import BANK_ACCOUNT, CASH_ACCOUNT
from desk.models import BankReconciliation, CashCount, Split, Transaction, TreasuryAccount
from desk.services.demo.context import ACTORS, DemoContext, stamp

YEAR_END = date(2025, 12, 31)
# Notes and coins of the dirham, in centimes, largest first.
DENOMINATIONS = (200_00, 100_00, 50_00, 20_00, 10_00, 5_00, 2_00, 1_00, 50)


def count_by_denomination(amount: int) -> dict[str, int]:
    """How a treasurer would have `amount` in the box: greedy, largest notes first."""
    counted: dict[str, int] = {}
    for value in DENOMINATIONS:
        number, amount = divmod(amount, value)
        if number:
            counted[str(value)] = number
    if amount:
        raise ValueError("amount not payable in dirham notes and coins")
    return counted


def _balance(ctx: DemoContext, code: str, until: date) -> int:
    total = ctx.session.scalar(
        select(func.coalesce(func.sum(Split.amount_minor), 0))
        .join(Transaction, Transaction.id == Split.transaction_id)
        .where(Split.account_id == ctx.accounts[code], Transaction.date <= until)
    )
    return int(total or 0)


def _treasury(ctx: DemoContext, code: str) -> int:
    return ctx.session.scalars(
        select(TreasuryAccount.id).where(TreasuryAccount.account_id == ctx.accounts[code])
    ).one()


def build_month_end(ctx: DemoContext) -> None:
    """The cash count and the bank reconciliation at the end of 2025 (if the story got there)."""
    if not ctx.happened(YEAR_END):
        return
    cash = _balance(ctx, CASH_ACCOUNT, YEAR_END)
    count = CashCount(
        treasury_account_id=_treasury(ctx, CASH_ACCOUNT),
        date=YEAR_END,
        denominations=json.dumps(count_by_denomination(cash), sort_keys=True),
        counted_minor=cash,
        book_minor=cash,
        counted_by=ACTORS["treasurer"][0],
        created_at=stamp(YEAR_END, 17),
    )
    bank = _balance(ctx, BANK_ACCOUNT, YEAR_END)
    reconciliation = BankReconciliation(
        treasury_account_id=_treasury(ctx, BANK_ACCOUNT),
        statement_date=YEAR_END,
        closing_balance_minor=bank,
        finished_at=stamp(date(2026, 1, 8), 18),
    )
    ctx.session.add_all([count, reconciliation])
    ctx.session.flush()
    ticked = (
        select(Split.id)
        .join(Transaction, Transaction.id == Split.transaction_id)
        .where(Split.account_id == ctx.accounts[BANK_ACCOUNT], Transaction.date <= YEAR_END)
    )
    ctx.session.execute(
        update(Split).where(Split.id.in_(ticked)).values(reconciliation_id=reconciliation.id),
        execution_options={"synchronize_session": False},
    )
    ctx.audit(count, YEAR_END, "treasurer")
    ctx.audit(reconciliation, date(2026, 1, 8), "treasurer")
