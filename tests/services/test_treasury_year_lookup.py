"""The financial-year lookup of bulk writes (bank import): one query per unit of work instead
of one per row, with the closed-year guard exactly as strict as `writable_year_for_date`."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from desk.domain.enums import TransactionKind, YearStatus
from desk.domain.errors import DomainError, ErrorCode
from desk.models import FinancialYear
from desk.services.bank_import import find_account, prepare_import, run_import
from desk.services.ledger import (
    FinancialYearLookup,
    SplitInput,
    TransactionInput,
    add_transaction,
    writable_year_for_date,
)
from desk.store import AssoFile
from tests.services.bank_import_fixtures import GOOD_ROWS, transaction_count, write_statement


def add_year_2026(asso: AssoFile) -> None:
    with asso.unit_of_work() as session:
        session.add(
            FinancialYear(label="2026", start_date=date(2026, 1, 1), end_date=date(2026, 12, 31))
        )


def set_status(asso: AssoFile, label: str, status: YearStatus) -> None:
    with asso.unit_of_work() as session:
        year = session.scalars(select(FinancialYear).where(FinancialYear.label == label)).one()
        year.status = status


def expense(day: date) -> TransactionInput:
    return TransactionInput(
        date=day,
        kind=TransactionKind.EXPENSE,
        label="Frais bancaires",
        splits=(SplitInput("6147", 4_500), SplitInput("5141", -4_500)),
    )


def outcome(call: object) -> object:
    """The year id found, or the refusal's code (to compare the two lookups)."""
    try:
        year = call()  # type: ignore[operator]
    except DomainError as error:
        return error.code
    assert isinstance(year, FinancialYear)
    return year.id


def test_lookup_answers_like_the_per_row_query(new_asso: AssoFile) -> None:
    add_year_2026(new_asso)
    set_status(new_asso, "2025", YearStatus.CLOSED)
    with new_asso.unit_of_work() as session:
        years = FinancialYearLookup(session)
        days = [date(2024, 12, 30) + timedelta(days=n) for n in range(0, 740, 3)]
        days += [date(2024, 12, 31), date(2025, 1, 1), date(2025, 12, 31), date(2026, 1, 1)]
        days += [date(2026, 12, 31), date(2027, 1, 1)]
        seen = {
            day: (
                outcome(lambda d=day: years.writable(d)),
                outcome(lambda d=day: writable_year_for_date(session, d)),
            )
            for day in days
        }
    assert all(mine == query for mine, query in seen.values())
    found = {mine for mine, _ in seen.values()}
    # All three answers occur: outside every year, closed 2025, open 2026.
    assert ErrorCode.TRANSACTION_DATE_OUTSIDE_YEAR in found and ErrorCode.YEAR_CLOSED in found
    assert seen[date(2024, 12, 31)][0] is ErrorCode.TRANSACTION_DATE_OUTSIDE_YEAR
    assert seen[date(2025, 12, 31)][0] is ErrorCode.YEAR_CLOSED
    assert seen[date(2027, 1, 1)][0] is ErrorCode.TRANSACTION_DATE_OUTSIDE_YEAR
    assert isinstance(seen[date(2026, 1, 1)][0], int)


def test_a_year_closed_in_the_same_session_is_refused_at_once(new_asso: AssoFile) -> None:
    with new_asso.unit_of_work() as session:
        years = FinancialYearLookup(session)
        tx = add_transaction(session, expense(date(2025, 3, 5)), years=years)
        assert tx.financial_year_id == years.writable(date(2025, 3, 5)).id
        session.scalars(select(FinancialYear)).one().status = YearStatus.CLOSED
        with pytest.raises(DomainError) as caught:
            add_transaction(session, expense(date(2025, 3, 6)), years=years)
        assert caught.value.code is ErrorCode.YEAR_CLOSED
        assert caught.value.params["year"] == "2025" and caught.value.field == "date"
        session.rollback()


def test_a_lookup_of_another_session_is_refused(new_asso: AssoFile) -> None:
    with new_asso.reader() as other:
        stale = FinancialYearLookup(other)
    with pytest.raises(ValueError), new_asso.unit_of_work() as session:
        add_transaction(session, expense(date(2025, 3, 5)), years=stale)
    assert transaction_count(new_asso) == 0


def test_bulk_import_with_a_row_in_a_closed_year_is_refused_whole(
    new_asso: AssoFile, tmp_path: Path
) -> None:
    add_year_2026(new_asso)
    rows = (
        ("05/01/2026", "VIR RECU COTISATION MEMBRE", "", "300,00"),
        ("06/01/2026", "FRAIS TENUE DE COMPTE", "45,00", ""),
        GOOD_ROWS[1],  # 07/03/2025
        ("07/01/2026", "COMM VIR EMIS", "12,00", ""),
    )
    path = write_statement(tmp_path, rows=rows)
    plan = prepare_import(new_asso, path, find_account(new_asso, "Banque"))
    assert plan.errors == () and len(plan.new_rows) == 4  # planned while 2025 was open
    set_status(new_asso, "2025", YearStatus.CLOSED)  # closed before the import runs
    with pytest.raises(DomainError) as caught:
        run_import(new_asso, plan)
    assert caught.value.code is ErrorCode.YEAR_CLOSED
    assert caught.value.params["line"] == 7 and caught.value.params["year"] == "2025"
    assert transaction_count(new_asso) == 0
    set_status(new_asso, "2025", YearStatus.OPEN)  # the same plan goes through once reopened
    assert run_import(new_asso, plan).imported == 4
    assert transaction_count(new_asso) == 4
