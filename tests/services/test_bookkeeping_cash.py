"""Cash count (comptage de caisse): denomination totals, the book balance on the date, the
difference and its adjusting entry (6588 manque / 7588 excédent), history and undo."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desk.domain.cash import (
    DENOMINATIONS,
    adjustment_for,
    check_counts,
    counted_total,
    counts_from_json,
    counts_to_json,
)
from desk.domain.enums import TransactionKind
from desk.domain.errors import DomainError, ErrorCode
from desk.models import Account, AuditEntry, CashCount, Split, Transaction
from desk.services import cash_count
from desk.services.ledger import SplitInput, TransactionInput, record_transaction
from desk.store import AssoFile


def test_denominations_are_the_dirham_notes_and_coins() -> None:
    assert DENOMINATIONS == (20000, 10000, 5000, 2000, 1000, 500, 200, 100, 50)


def test_counted_total_sums_value_times_number() -> None:
    # 3 × 200 + 2 × 50 + 7 × 10 + 3 × 0,50 = 771,50 DH
    assert counted_total({20000: 3, 5000: 2, 1000: 7, 50: 3}) == 77150
    assert counted_total({}) == 0
    assert counted_total({50: 1}) == 50


@pytest.mark.parametrize("counts", [{20000: -1}, {2500: 1}, {100: 1.5}, {100: True}])
def test_bad_counts_are_refused(counts: dict[int, int]) -> None:
    with pytest.raises(DomainError) as caught:
        check_counts(counts)
    assert caught.value.code is ErrorCode.CASH_BAD_COUNT


def test_counts_json_round_trip_drops_zeros() -> None:
    text = counts_to_json({20000: 3, 50: 2, 100: 0})
    assert text == '{"20000": 3, "50": 2}'
    assert counts_from_json(text) == {20000: 3, 50: 2}
    assert counts_from_json("not json") == {}


def test_adjustment_legs_for_shortage_and_surplus() -> None:
    assert adjustment_for(1000, 1000, "5161") is None
    short = adjustment_for(95000, 100000, "5161")
    assert short is not None and short.shortage and short.difference_minor == -5000
    assert [(leg.account_code, leg.amount_minor) for leg in short.legs] == [
        ("6588", 5000),
        ("5161", -5000),
    ]
    over = adjustment_for(100250, 100000, "5161")
    assert over is not None and not over.shortage
    assert [(leg.account_code, leg.amount_minor) for leg in over.legs] == [
        ("5161", 250),
        ("7588", -250),
    ]


def _spend(asso: AssoFile, amount: int, day: date) -> None:
    record_transaction(
        asso,
        TransactionInput(
            date=day,
            kind=TransactionKind.EXPENSE,
            label="Transport",
            splits=[SplitInput("6142", amount), SplitInput("5161", -amount)],
        ),
    )


def _fund_cash(asso: AssoFile) -> int:
    """1 000,00 DH into the caisse on 2 January, 120,00 out on 10 March, 30,00 on 20 May."""
    record_transaction(
        asso,
        TransactionInput(
            date=date(2025, 1, 2),
            kind=TransactionKind.INCOME,
            label="Cotisations",
            splits=[SplitInput("5161", 100000), SplitInput("7181", -100000)],
        ),
    )
    _spend(asso, 12000, date(2025, 3, 10))
    _spend(asso, 3000, date(2025, 5, 20))
    return cash_count.cash_boxes(asso)[0].id


def test_preview_book_balance_is_taken_at_the_count_date(new_asso: AssoFile) -> None:
    box = _fund_cash(new_asso)
    at_april = cash_count.preview(new_asso, box, date(2025, 4, 1), {20000: 4, 5000: 1})
    assert at_april.book_minor == 88000  # 1000 − 120; the 20 May expense comes later
    assert at_april.counted_minor == 85000
    assert at_april.difference_minor == -3000
    assert at_april.adjustment is not None
    assert at_april.adjustment.legs[0].account_code == "6588"


def test_save_with_adjustment_books_the_shortage(new_asso: AssoFile) -> None:
    box = _fund_cash(new_asso)
    # Books: 850,00. Counted: 4 × 200 + 2 × 20 + 1 × 5 + 1 × 0,50 = 845,50 → manque 4,50.
    saved = cash_count.save_count(
        new_asso, box, date(2025, 6, 30), {20000: 4, 2000: 2, 500: 1, 50: 1},
        counted_by="Aïcha", adjust=True,
    )  # fmt: skip
    assert saved.adjustment_transaction_id is not None
    with new_asso.reader() as session:
        count = session.get_one(CashCount, saved.id)
        assert (count.counted_minor, count.book_minor) == (84550, 85000)
        assert count.adjustment_transaction_id == saved.adjustment_transaction_id
        legs = session.execute(
            select(Account.code, Split.amount_minor)
            .join(Split, Split.account_id == Account.id)
            .where(Split.transaction_id == saved.adjustment_transaction_id)
            .order_by(Account.code)
        ).all()
        tx = session.get_one(Transaction, saved.adjustment_transaction_id)
        assert tx.kind is TransactionKind.ADJUSTMENT and tx.date == date(2025, 6, 30)
    assert [tuple(r) for r in legs] == [("5161", -450), ("6588", 450)]
    # The caisse now agrees with what was counted.
    after = cash_count.preview(new_asso, box, date(2025, 6, 30), {20000: 4, 2000: 2, 500: 1, 50: 1})
    assert after.difference_minor == 0 and after.adjustment is None
    history = cash_count.count_history(new_asso, box)
    assert [(h.date, h.difference_minor, h.counted_by) for h in history] == [
        (date(2025, 6, 30), -450, "Aïcha")
    ]
    assert history[0].counts == {20000: 4, 2000: 2, 500: 1, 50: 1}


def test_surplus_posted_later_then_removed(new_asso: AssoFile) -> None:
    box = _fund_cash(new_asso)
    saved = cash_count.save_count(new_asso, box, date(2025, 6, 30), {20000: 4, 5000: 1, 100: 2})
    assert saved.adjustment_transaction_id is None  # counted 852,00 for 850,00 in the books
    tx_id = cash_count.post_adjustment(new_asso, saved.id)
    with new_asso.reader() as session:
        legs = dict(
            session.execute(
                select(Account.code, Split.amount_minor)
                .join(Split, Split.account_id == Account.id)
                .where(Split.transaction_id == tx_id)
            ).all()
        )
    assert legs == {"5161": 200, "7588": -200}
    with pytest.raises(DomainError) as caught:
        cash_count.post_adjustment(new_asso, saved.id)
    assert caught.value.code is ErrorCode.CASH_ALREADY_ADJUSTED
    cash_count.remove_adjustment(new_asso, saved.id)
    with new_asso.reader() as session:
        assert session.get(Transaction, tx_id) is None
        assert session.get_one(CashCount, saved.id).adjustment_transaction_id is None


def test_delete_count_removes_its_adjustment_with_audit(new_asso: AssoFile) -> None:
    box = _fund_cash(new_asso)
    saved = cash_count.save_count(new_asso, box, date(2025, 6, 30), {20000: 4}, adjust=True)
    cash_count.delete_count(new_asso, saved.id)
    with new_asso.reader() as session:
        assert session.scalar(select(func.count(CashCount.id))) == 0
        assert session.get(Transaction, saved.adjustment_transaction_id or 0) is None
        deleted = session.scalars(
            select(AuditEntry.table_name).where(AuditEntry.action == "delete")
        ).all()
    assert sorted(deleted) == ["cash_count", "transaction"]


def test_count_refused_on_a_bank_and_in_a_closed_year(new_asso: AssoFile) -> None:
    from desk.services.reconciliation import bank_accounts

    bank = bank_accounts(new_asso)[0].id
    with pytest.raises(DomainError) as caught:
        cash_count.save_count(new_asso, bank, date(2025, 6, 30), {100: 1})
    assert caught.value.code is ErrorCode.CASH_NOT_CASH_ACCOUNT
    with pytest.raises(DomainError) as caught:
        cash_count.save_count(new_asso, 1, date(2030, 6, 30), {100: 1})
    assert caught.value.code is ErrorCode.TRANSACTION_DATE_OUTSIDE_YEAR
