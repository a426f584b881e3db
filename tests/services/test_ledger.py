"""Tests of desk.services.ledger: only balanced transactions, in open years, reach the file,
with their audit entry; refused ones leave nothing behind."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desk.domain.enums import AuditAction, TransactionKind, YearStatus
from desk.domain.errors import DomainError, ErrorCode
from desk.models import AuditEntry, FinancialYear, Split, Transaction
from desk.services.ledger import SplitInput, TransactionInput, record_transaction
from desk.services.setup import NewAssociation, new_association
from desk.store import AssoFile

ACCOUNTS = ("5161", "5141", "6142", "6143", "7181", "7182", "3481")
amounts = st.integers(min_value=-(10**12), max_value=10**12).filter(lambda n: n != 0)


def counts(asso: AssoFile) -> tuple[int, int, int]:
    with asso.reader() as session:
        return (
            session.scalar(select(func.count(Transaction.id))) or 0,
            session.scalar(select(func.count(Split.id))) or 0,
            session.scalar(select(func.count(AuditEntry.id))) or 0,
        )


def expense(amount: int = 35000, day: date = date(2025, 3, 8), **extra: object) -> TransactionInput:
    return TransactionInput(
        date=day,
        kind=TransactionKind.EXPENSE,
        label="Transport atelier du 8 mars",
        splits=[SplitInput("6142", amount), SplitInput("5161", -amount)],
        **extra,  # type: ignore[arg-type]
    )


def refused(asso: AssoFile, data: TransactionInput, code: ErrorCode) -> DomainError:
    before = counts(asso)
    with pytest.raises(DomainError) as caught:
        record_transaction(asso, data)
    assert caught.value.code is code
    assert counts(asso) == before, "a refused transaction must write nothing"
    return caught.value


@pytest.fixture(scope="module")
def shared_asso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AssoFile]:
    """One file for the Hypothesis examples (a new file per example would be too slow)."""
    path = tmp_path_factory.mktemp("ledger") / "hypothesis.assodesk"
    asso = new_association(path, NewAssociation(name="Hypothèse", first_year=2025))
    yield asso
    asso.close()


def test_a_balanced_expense_is_stored_with_a_receipt_number(new_asso: AssoFile) -> None:
    recorded = record_transaction(new_asso, expense())
    assert recorded.receipt_number == "2025-0001"
    with new_asso.reader() as session:
        tx = session.get_one(Transaction, recorded.id)
        assert [(s.amount_minor) for s in tx.splits] == [35000, -35000]
        assert tx.kind is TransactionKind.EXPENSE
    assert record_transaction(new_asso, expense()).receipt_number == "2025-0002"


def test_unbalanced_transaction_is_refused_and_nothing_written(new_asso: AssoFile) -> None:
    data = TransactionInput(
        date=date(2025, 3, 8),
        kind=TransactionKind.EXPENSE,
        label="Erreur de saisie",
        splits=[SplitInput("6142", 35000), SplitInput("5161", -30000)],
    )
    error = refused(new_asso, data, ErrorCode.TRANSACTION_UNBALANCED)
    assert error.code.value == "ledger.unbalanced"
    assert error.params["difference"] == 5000


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(amounts, min_size=1, max_size=7))
def test_any_zero_sum_is_accepted_and_stored_balanced(
    shared_asso: AssoFile, values: list[int]
) -> None:
    if sum(values) != 0 or len(values) == 1:
        values = [*values, -sum(values)] if sum(values) != 0 else [*values, 1, -1]
    assert sum(values) == 0 and all(values)
    splits = [SplitInput(ACCOUNTS[i % len(ACCOUNTS)], v) for i, v in enumerate(values)]
    data = TransactionInput(date(2025, 6, 1), TransactionKind.ADJUSTMENT, "Hypothèse", splits)
    recorded = record_transaction(shared_asso, data)
    with shared_asso.reader() as session:
        stored = session.scalars(
            select(Split.amount_minor).where(Split.transaction_id == recorded.id)
        )
        stored_values = list(stored)
    assert sorted(stored_values) == sorted(values)
    assert sum(stored_values) == 0


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(amounts, min_size=2, max_size=7).filter(lambda v: sum(v) != 0))
def test_any_non_zero_sum_is_refused(shared_asso: AssoFile, values: list[int]) -> None:
    splits = [SplitInput(ACCOUNTS[i % len(ACCOUNTS)], v) for i, v in enumerate(values)]
    data = TransactionInput(date(2025, 6, 1), TransactionKind.ADJUSTMENT, "Hypothèse", splits)
    error = refused(shared_asso, data, ErrorCode.TRANSACTION_UNBALANCED)
    assert error.params["difference"] == sum(values)


def test_a_one_legged_transaction_is_refused(new_asso: AssoFile) -> None:
    data = TransactionInput(
        date(2025, 3, 8), TransactionKind.EXPENSE, "Seul", [SplitInput("6142", 0)]
    )
    refused(new_asso, data, ErrorCode.TRANSACTION_EMPTY)


def test_date_outside_every_year_is_refused(new_asso: AssoFile) -> None:
    error = refused(
        new_asso, expense(day=date(2027, 1, 5)), ErrorCode.TRANSACTION_DATE_OUTSIDE_YEAR
    )
    assert error.field == "date"


def test_closed_year_is_refused(new_asso: AssoFile) -> None:
    with new_asso.unit_of_work() as session:
        year = session.scalars(select(FinancialYear)).one()
        year.status = YearStatus.CLOSED
    error = refused(new_asso, expense(), ErrorCode.YEAR_CLOSED)
    assert error.params["year"] == "2025"


def test_duplicate_receipt_number_is_refused(new_asso: AssoFile) -> None:
    record_transaction(new_asso, expense(receipt_number="2025-0007"))
    error = refused(new_asso, expense(receipt_number=" 2025-0007 "), ErrorCode.RECEIPT_NUMBER_TAKEN)
    assert error.params["number"] == "2025-0007"


def test_unknown_account_is_refused(new_asso: AssoFile) -> None:
    data = TransactionInput(
        date(2025, 3, 8),
        TransactionKind.EXPENSE,
        "Compte inconnu",
        [SplitInput("9999", 100), SplitInput("5161", -100)],
    )
    refused(new_asso, data, ErrorCode.UNKNOWN_ACCOUNT)


def test_an_audit_entry_records_the_transaction_before_and_after(new_asso: AssoFile) -> None:
    recorded = record_transaction(new_asso, expense(payee="Taxi"))
    with new_asso.reader() as session:
        entry = session.scalars(
            select(AuditEntry).where(
                AuditEntry.table_name == "transaction", AuditEntry.record_id == recorded.id
            )
        ).one()
        assert entry.action is AuditAction.CREATE
        assert entry.before is None  # nothing existed before a creation
        after = json.loads(entry.after or "{}")
    assert after["label"] == "Transport atelier du 8 mars"
    assert after["receipt_number"] == "2025-0001"
    assert sorted(s["amount_minor"] for s in after["splits"]) == [-35000, 35000]


def test_bank_fees_need_no_receipt_number(new_asso: AssoFile) -> None:
    data = TransactionInput(
        date(2025, 1, 31),
        TransactionKind.EXPENSE,
        "Frais de tenue de compte",
        [SplitInput("6147", 2420), SplitInput("5141", -2420)],
        receipt_not_required=True,
    )
    assert record_transaction(new_asso, data).receipt_number is None


def test_new_file_fixture_is_closed_and_reopenable(new_file: Path) -> None:
    assert new_file.exists()
    assert not Path(str(new_file) + ".lock").exists()
