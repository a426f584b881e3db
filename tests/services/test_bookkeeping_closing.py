"""Closing a financial year: refusals, the carried-forward balances (checked against raw SQL),
the lock that every write path must respect, and reopening with a written reason."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from desk.domain.enums import AuditAction, TransactionKind, YearStatus
from desk.domain.errors import DomainError, ErrorCode
from desk.models import AuditEntry, FinancialYear, Split, Transaction
from desk.services import cash_count, closing
from desk.services import reconciliation as rec
from desk.services.ledger import SplitInput, TransactionInput, record_transaction
from desk.services.overview import treasury_balances
from desk.store import AssoFile, open_file

AFTER_2025 = date(2026, 6, 30)


@pytest.fixture
def demo(demo_copy: Path) -> Iterator[AssoFile]:
    asso = open_file(demo_copy, auto_backup=False)
    try:
        yield asso
    finally:
        asso.close()


def _year_id(asso: AssoFile, label: str) -> int:
    return next(y.id for y in closing.years(asso) if y.label == label)


def _raw_balances(path: Path, until: str) -> dict[str, int]:
    """Treasury balances by plain SQL, independent of the services."""
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            """SELECT ta.name, SUM(s.amount_minor) FROM treasury_account ta
               JOIN split s ON s.account_id = ta.account_id
               JOIN "transaction" t ON t.id = s.transaction_id
               WHERE t.date <= ? GROUP BY ta.name HAVING SUM(s.amount_minor) <> 0""",
            (until,),
        ).fetchall()
    return {name: int(total) for name, total in rows}


def _balances(asso: AssoFile, until: date | None = None) -> dict[str, int]:
    with asso.reader() as session:
        return {b.name: b.balance_minor for b in treasury_balances(session, until)}


def _legs(asso: AssoFile, tx_id: int) -> dict[str, int]:
    from desk.models import Account, TreasuryAccount

    with asso.reader() as session:
        rows = session.execute(
            select(Account.code, TreasuryAccount.name, Split.amount_minor)
            .join(Split, Split.account_id == Account.id)
            .outerjoin(TreasuryAccount, TreasuryAccount.account_id == Account.id)
            .where(Split.transaction_id == tx_id)
        ).all()
    return {name or code: amount for code, name, amount in rows}


def test_closing_carries_the_exact_balances(demo: AssoFile, demo_copy: Path) -> None:
    raw = _raw_balances(demo_copy, "2025-12-31")
    assert set(raw) == {"Caisse", "Banque Populaire"} and all(raw.values())
    before_today = _balances(demo)
    before_jan = _balances(demo, date(2026, 1, 31))
    check = closing.check_closing(demo, _year_id(demo, "2025"), AFTER_2025)
    assert check.blocking == () and check.next_exists and check.next_label == "2026"
    assert {b.name: b.balance_minor for b in check.balances} == raw

    done = closing.close_year(demo, _year_id(demo, "2025"), AFTER_2025)
    assert done.opening_transaction_id is not None and done.closing_transaction_id is not None
    total = sum(raw.values())
    assert _legs(demo, done.opening_transaction_id) == {**raw, "1181": -total}
    assert _legs(demo, done.closing_transaction_id) == {
        **{k: -v for k, v in raw.items()},
        "1181": total,
    }
    with demo.reader() as session:
        opening = session.get_one(Transaction, done.opening_transaction_id)
        closing_tx = session.get_one(Transaction, done.closing_transaction_id)
        year = session.get_one(FinancialYear, _year_id(demo, "2025"))
        assert (opening.kind, opening.date) == (TransactionKind.OPENING, date(2026, 1, 1))
        assert (closing_tx.kind, closing_tx.date) == (TransactionKind.OPENING, date(2025, 12, 31))
        assert year.status is YearStatus.CLOSED and year.closed_at is not None
    # Balances are cumulative: the pair changes none of them after the year.
    assert _balances(demo) == before_today
    assert _balances(demo, date(2026, 1, 31)) == before_jan
    assert _raw_balances(demo_copy, "2026-01-01") == raw


def test_a_closed_year_refuses_every_write(demo: AssoFile) -> None:
    year_id = _year_id(demo, "2025")
    closing.close_year(demo, year_id, AFTER_2025)
    expense = TransactionInput(
        date=date(2025, 6, 1),
        kind=TransactionKind.EXPENSE,
        label="Oubli",
        splits=[SplitInput("6142", 1000), SplitInput("5161", -1000)],
    )
    with pytest.raises(DomainError) as caught:
        record_transaction(demo, expense)
    assert caught.value.code is ErrorCode.YEAR_CLOSED
    assert caught.value.params["year"] == "2025"
    cash = cash_count.cash_boxes(demo)[0].id
    bank = rec.bank_accounts(demo)[0].id
    for write in (
        lambda: cash_count.save_count(demo, cash, date(2025, 12, 31), {100: 1}),
        lambda: rec.start(demo, bank, date(2025, 12, 31), 0),
        lambda: rec.reopen_last(demo, bank, "test"),  # the demo's statement of 31/12/2025
    ):
        with pytest.raises(DomainError) as caught:
            write()
        assert caught.value.code is ErrorCode.YEAR_CLOSED
    # 2026 is still open.
    record_transaction(demo, TransactionInput(**{**_fields(expense), "date": date(2026, 7, 1)}))


def _fields(data: object) -> dict[str, object]:
    return {name: getattr(data, name) for name in data.__dataclass_fields__}  # type: ignore[attr-defined]


def test_reopen_needs_a_reason_and_is_audited(demo: AssoFile, demo_copy: Path) -> None:
    year_id = _year_id(demo, "2025")
    done = closing.close_year(demo, year_id, AFTER_2025)
    for reason in ("", "   "):
        with pytest.raises(DomainError) as caught:
            closing.reopen_year(demo, year_id, reason)
        assert caught.value.code is ErrorCode.REQUIRED and caught.value.field == "reason"
    closing.reopen_year(demo, year_id, "Facture de décembre oubliée")
    with demo.reader() as session:
        year = session.get_one(FinancialYear, year_id)
        assert year.status is YearStatus.OPEN
        assert year.reopen_reason == "Facture de décembre oubliée"
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == AuditAction.REOPEN)
        ).one()
        assert (entry.table_name, entry.record_id) == ("financial_year", year_id)
        assert entry.reason == "Facture de décembre oubliée"
        assert session.get(Transaction, done.opening_transaction_id or 0) is None
        assert session.get(Transaction, done.closing_transaction_id or 0) is None
    # Writable again, and closing again carries the new balances.
    record_transaction(
        demo,
        TransactionInput(
            date=date(2025, 12, 30),
            kind=TransactionKind.EXPENSE,
            label="Facture oubliée",
            splits=[SplitInput("6145", 25000), SplitInput("5161", -25000)],
        ),
    )
    again = closing.close_year(demo, year_id, AFTER_2025)
    assert (
        _legs(demo, again.opening_transaction_id or 0)["Caisse"]
        == (_raw_balances(demo_copy, "2025-12-30")["Caisse"])
    )


def test_closing_refusals(demo: AssoFile) -> None:
    y2025, y2026 = _year_id(demo, "2025"), _year_id(demo, "2026")
    with pytest.raises(DomainError) as caught:
        closing.close_year(demo, y2025, date(2025, 12, 31))
    assert caught.value.code is ErrorCode.YEAR_NOT_ENDED
    with pytest.raises(DomainError) as caught:
        closing.close_year(demo, y2026, date(2027, 1, 15))
    assert caught.value.code is ErrorCode.YEAR_PREVIOUS_OPEN
    closing.close_year(demo, y2025, AFTER_2025)
    with pytest.raises(DomainError) as caught:
        closing.close_year(demo, y2025, AFTER_2025)
    assert caught.value.code is ErrorCode.YEAR_ALREADY_CLOSED
    closing.close_year(demo, y2026, date(2027, 1, 15))
    with pytest.raises(DomainError) as caught:
        closing.reopen_year(demo, y2025, "erreur")
    assert caught.value.code is ErrorCode.YEAR_NEXT_CLOSED
    with pytest.raises(DomainError) as caught:
        closing.reopen_year(demo, _year_id(demo, "2027"), "erreur")
    assert caught.value.code is ErrorCode.YEAR_NOT_CLOSED


def test_unbalanced_year_is_refused_and_next_year_created(new_asso: AssoFile) -> None:
    year_id = closing.years(new_asso)[0].id
    record_transaction(
        new_asso,
        TransactionInput(
            date=date(2025, 3, 1),
            kind=TransactionKind.INCOME,
            label="Don",
            splits=[SplitInput("5161", 30000), SplitInput("7182", -30000)],
        ),
    )
    with new_asso.unit_of_work() as session:  # damage made outside the services
        split = session.scalars(select(Split).where(Split.amount_minor == 30000)).one()
        split.amount_minor = 30001
    check = closing.check_closing(new_asso, year_id, date(2026, 1, 5))
    assert check.unbalanced == 1
    assert [e.code for e in check.blocking] == [ErrorCode.YEAR_UNBALANCED]
    with pytest.raises(DomainError) as caught:
        closing.close_year(new_asso, year_id, date(2026, 1, 5))
    assert caught.value.code is ErrorCode.YEAR_UNBALANCED
    with new_asso.unit_of_work() as session:
        session.scalars(select(Split).where(Split.amount_minor == 30001)).one().amount_minor = 30000
    check = closing.check_closing(new_asso, year_id, date(2026, 1, 5))
    assert (check.next_exists, check.next_label, check.missing_receipts) == (False, "2026", 1)
    done = closing.close_year(new_asso, year_id, date(2026, 1, 5))
    assert [(y.label, y.start, y.end, y.closed) for y in closing.years(new_asso)] == [
        ("2025", date(2025, 1, 1), date(2025, 12, 31), True),
        ("2026", date(2026, 1, 1), date(2026, 12, 31), False),
    ]
    assert _legs(new_asso, done.opening_transaction_id or 0) == {"Caisse": 30000, "1181": -30000}


def test_entry_edits_and_deletes_are_refused_in_a_closed_year(demo: AssoFile) -> None:
    """The treasury entry service (desk.services.entry) guards its write paths too."""
    from desk.services import entry

    with demo.reader() as session:
        in_2025, in_2026 = (
            session.scalars(
                select(Transaction.id)
                .where(
                    Transaction.date.between(start, end),
                    Transaction.kind == TransactionKind.EXPENSE,
                )
                .order_by(Transaction.id)
                .limit(1)
            ).one()
            for start, end in (
                (date(2025, 1, 1), date(2025, 12, 30)),
                (date(2026, 2, 1), date(2026, 6, 30)),
            )
        )
    closing.close_year(demo, _year_id(demo, "2025"), AFTER_2025)
    cash = cash_count.cash_boxes(demo)[0].id
    edit_2025 = entry.load_entry(demo, in_2025).entry
    moved = entry.load_entry(demo, in_2026).entry
    moved = type(moved)(**{**_fields(moved), "date": date(2025, 6, 1)})
    fresh = type(moved)(**{**_fields(moved), "treasury_account_id": cash})
    for write in (
        lambda: entry.create_entry(demo, fresh),
        lambda: entry.update_entry(demo, in_2025, edit_2025, unreconcile=True),
        lambda: entry.update_entry(demo, in_2026, moved, unreconcile=True),  # into 2025
        lambda: entry.delete_entry(demo, in_2025, unreconcile=True),
    ):
        with pytest.raises(DomainError) as caught:
            write()
        assert caught.value.code is ErrorCode.YEAR_CLOSED
