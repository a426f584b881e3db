"""Running balance of one treasury account beside the ledger's rows, window by window.

The balance after a transaction is the sum of the account's movements up to it in (date, id)
order. A window needs the balance at its newest row, then the movements between its first and
last rows. Each sum is driven from the transaction's (date, id) index to the split's covering
(account_id, transaction_id, amount_minor) index, and from whichever end of the ledger is
nearer (the account's total minus what came later, or what came before): on a million splits
no window costs a scan of the whole account.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, func, select, tuple_
from sqlalchemy.orm import Session

from desk.models import Split, Transaction, TreasuryAccount

_position = tuple_(Transaction.date, Transaction.id)


def _sum(session: Session, account_id: int, where: ColumnElement[bool]) -> int:
    """The account's movements over the transactions meeting `where` (on Transaction)."""
    kept = select(Transaction.id).where(where)
    total = session.scalar(
        select(func.coalesce(func.sum(Split.amount_minor), 0)).where(
            Split.account_id == account_id, Split.transaction_id.in_(kept)
        )
    )
    return int(total or 0)


def _balance_at(session: Session, account_id: int, cursor: tuple[date, int]) -> int:
    first, last = session.execute(
        select(func.min(Transaction.date), func.max(Transaction.date))
    ).one()
    if first is None or cursor[0] < first + (last - first) / 2:
        return _sum(session, account_id, _position <= tuple_(*cursor))
    total = session.scalar(
        select(func.coalesce(func.sum(Split.amount_minor), 0)).where(Split.account_id == account_id)
    )
    return int(total or 0) - _sum(session, account_id, _position > tuple_(*cursor))


def running_balances(
    session: Session, treasury_account_id: int, cursors: Sequence[tuple[date, int]]
) -> dict[int, int]:
    """{transaction id: balance of the account after it} for the window's `cursors` (in
    either date order)."""
    if not cursors:
        return {}
    account_id = session.scalar(
        select(TreasuryAccount.account_id).where(TreasuryAccount.id == treasury_account_id)
    )
    if account_id is None:
        return {}
    newest, oldest = max(cursors), min(cursors)
    balance = _balance_at(session, account_id, newest)
    between: Any = (_position <= tuple_(*newest)) & (_position >= tuple_(*oldest))
    nets = dict(
        session.execute(
            select(Split.transaction_id, func.sum(Split.amount_minor))
            .where(
                Split.account_id == account_id,
                Split.transaction_id.in_(select(Transaction.id).where(between)),
            )
            .group_by(Split.transaction_id)
        ).all()
    )
    order = session.execute(
        select(Transaction.id)
        .where(between, Transaction.id.in_(list(nets)))
        .order_by(Transaction.date.desc(), Transaction.id.desc())
    ).scalars()
    wanted = {tx_id for _day, tx_id in cursors}
    result: dict[int, int] = {}
    for tx_id in order:
        if tx_id in wanted:
            result[tx_id] = balance
        balance -= int(nets[tx_id])
    for tx_id in wanted - result.keys():
        result[tx_id] = balance  # not on this account (cannot happen with the account filter)
    return result
