"""The bank import service: preview, duplicates, suggestions, one transaction for the whole
import, mappings remembered in the file, undo."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from desk.domain.enums import AuditAction, TransactionKind, YearStatus
from desk.domain.errors import DomainError, ErrorCode
from desk.models import AuditEntry, FinancialYear, Split, Transaction
from desk.services.bank_import import (
    RowStatus,
    find_account,
    plan_import,
    prepare_import,
    read_statement,
    run_import,
    undo_import,
    writing,
)
from desk.services.bank_import.mapping import load_mapping
from desk.services.ledger import SplitInput, TransactionInput, record_transaction
from desk.services.overview import treasury_balances
from desk.store import AssoFile, fileinfo, open_file
from tests.services.bank_import_fixtures import (
    GOOD_ROWS,
    GOOD_TOTAL_MINOR,
    transaction_count,
    write_statement,
    write_xlsx,
)


def bank_balance(asso: AssoFile) -> int:
    with asso.reader() as session:
        return next(b.balance_minor for b in treasury_balances(session) if b.name == "Banque")


def test_windows_1252_statement_with_one_bad_row_imports_nothing(
    new_asso: AssoFile, tmp_path: Path
) -> None:
    rows = (*GOOD_ROWS[:2], ("3O/03/2025", "Date mal tapée", "10,00", ""), *GOOD_ROWS[2:])
    path = write_statement(tmp_path, rows=rows, encoding="cp1252")
    plan = prepare_import(new_asso, path, find_account(new_asso, "banque"))
    assert plan.table.encoding == "cp1252"
    assert [(e.line, e.error.code) for e in plan.errors] == [(7, ErrorCode.STATEMENT_BAD_DATE)]
    assert plan.errors[0].error.params["text"] == "3O/03/2025"
    assert [r.line.amount_minor for r in plan.rows][1] == -123_450  # "1 234,50"
    with pytest.raises(DomainError) as caught:
        run_import(new_asso, plan)
    assert caught.value.code is ErrorCode.STATEMENT_HAS_ERRORS
    assert transaction_count(new_asso) == 0


def test_importing_the_same_file_twice_creates_no_duplicate(
    new_asso: AssoFile, tmp_path: Path
) -> None:
    path = write_statement(tmp_path)
    account = find_account(new_asso, "Banque")
    first = run_import(new_asso, prepare_import(new_asso, path, account))
    assert (first.imported, first.duplicates, first.total_minor) == (4, 0, GOOD_TOTAL_MINOR)
    assert bank_balance(new_asso) == GOOD_TOTAL_MINOR
    again = prepare_import(new_asso, path, account)
    assert again.duplicates == 4 and again.new_rows == () and again.total_minor == 0
    assert {r.status for r in again.rows} == {RowStatus.DUPLICATE}
    second = run_import(new_asso, again)
    assert (second.imported, second.duplicates) == (0, 4)
    assert transaction_count(new_asso) == 4 and bank_balance(new_asso) == GOOD_TOTAL_MINOR


def test_imported_transactions_are_balanced_numbered_and_audited(
    new_asso: AssoFile, tmp_path: Path
) -> None:
    result = run_import(
        new_asso,
        prepare_import(new_asso, write_statement(tmp_path), find_account(new_asso, "Banque")),
    )
    with new_asso.reader() as session:
        txs = session.scalars(select(Transaction).order_by(Transaction.date)).all()
        assert [t.receipt_number for t in txs] == [f"2025-000{i}" for i in range(1, 5)]
        assert [t.kind for t in txs] == [
            TransactionKind.INCOME,
            TransactionKind.EXPENSE,
            TransactionKind.EXPENSE,
            TransactionKind.TRANSFER,  # "RETRAIT GAB": cash taken out into the caisse
        ]
        assert txs[1].label == "Régie publicitaire Casa"
        assert "ligne 6" in txs[1].notes
        for tx in txs:
            assert sum(s.amount_minor for s in tx.splits) == 0
        audited = session.scalars(
            select(AuditEntry.record_id).where(AuditEntry.action == AuditAction.IMPORT)
        ).all()
        assert sorted(audited) == sorted(result.transaction_ids)


def test_import_is_all_or_nothing(
    new_asso: AssoFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = prepare_import(new_asso, write_statement(tmp_path), find_account(new_asso, "Banque"))
    calls = []
    real = writing.add_transaction

    def failing(session, data, accounts=None, years=None):  # type: ignore[no-untyped-def]
        calls.append(data)
        if len(calls) == 3:
            raise DomainError(ErrorCode.YEAR_CLOSED, field="date", year="2025")
        return real(session, data, accounts, years)

    monkeypatch.setattr(writing, "add_transaction", failing)
    with pytest.raises(DomainError) as caught:
        run_import(new_asso, plan)
    assert caught.value.params["line"] == 7
    assert transaction_count(new_asso) == 0
    with new_asso.reader() as session:
        assert load_mapping(session.connection(), "Banque") is None


def test_rows_outside_the_years_or_in_a_closed_year_are_errors(
    new_asso: AssoFile, tmp_path: Path
) -> None:
    rows = (("05/03/2024", "Trop tôt", "", "1,00"), *GOOD_ROWS)
    plan = prepare_import(
        new_asso, write_statement(tmp_path, rows=rows), find_account(new_asso, "Banque")
    )
    assert [(e.line, e.error.code) for e in plan.errors] == [
        (5, ErrorCode.TRANSACTION_DATE_OUTSIDE_YEAR)
    ]
    with new_asso.unit_of_work() as session:
        session.scalars(select(FinancialYear)).one().status = YearStatus.CLOSED
    plan = prepare_import(new_asso, write_statement(tmp_path), find_account(new_asso, "Banque"))
    assert {e.error.code for e in plan.errors} == {ErrorCode.YEAR_CLOSED}
    assert [e.line for e in plan.errors] == [5, 6, 7, 8]


def test_repeated_rows_inside_the_file(new_asso: AssoFile, tmp_path: Path) -> None:
    path = tmp_path / "ref.csv"
    path.write_text(
        "Date;Libellé;Référence;Montant\n"
        "02/01/2025;Frais SMS;R1;-5,00\n"
        "02/01/2025;Frais SMS;R1;-5,00\n"
        "02/01/2025;Frais SMS;R2;-5,00\n"
        "03/01/2025;Frais SMS;;-5,00\n"
        "03/01/2025;Frais SMS;;-5,00\n",
        encoding="utf-8",
    )
    plan = prepare_import(new_asso, path, find_account(new_asso, "Banque"))
    assert [r.status for r in plan.rows] == [
        RowStatus.NEW,
        RowStatus.FILE_DUPLICATE,
        RowStatus.NEW,
        RowStatus.NEW,  # no reference: two genuine fees the same day stay
        RowStatus.NEW,
    ]
    result = run_import(new_asso, plan)
    assert (result.imported, result.duplicates) == (4, 1)
    again = prepare_import(new_asso, path, find_account(new_asso, "Banque"))
    assert again.duplicates == 5 and again.new_rows == ()


def test_a_hand_typed_transaction_is_recognised(new_asso: AssoFile, tmp_path: Path) -> None:
    record_transaction(
        new_asso,
        TransactionInput(
            date=date(2025, 3, 7),
            kind=TransactionKind.EXPENSE,
            label="Régie publicitaire casa (affiches)",
            splits=(SplitInput("6144", 123_450), SplitInput("5141", -123_450)),
        ),
    )
    plan = prepare_import(new_asso, write_statement(tmp_path), find_account(new_asso, "Banque"))
    assert [r.line.line for r in plan.rows if r.status is RowStatus.DUPLICATE] == [6]


def test_category_suggested_from_history(new_asso: AssoFile, tmp_path: Path) -> None:
    record_transaction(
        new_asso,
        TransactionInput(
            date=date(2025, 2, 1),
            kind=TransactionKind.EXPENSE,
            label="Loyer février",
            payee="Immobilière Tabriquet",
            splits=(SplitInput("6131", 300_000), SplitInput("5141", -300_000)),
        ),
    )
    rows = (
        ("03/03/2025", "PRLV IMMOBILIERE TABRIQUET MARS", "3 000,00", ""),
        ("04/03/2025", "Achat inconnu", "10,00", ""),
        ("05/03/2025", "Versement inconnu", "", "10,00"),
        *GOOD_ROWS[2:3],
    )
    plan = prepare_import(
        new_asso, write_statement(tmp_path, rows=rows), find_account(new_asso, "Banque")
    )
    found = [(r.suggestion.category.code, r.suggestion.source) for r in plan.rows]
    assert found == [
        ("6131", "history"),
        ("6148", "default"),
        ("7182", "default"),
        ("6147", "rule"),
    ]
    result = run_import(new_asso, plan, {plan.rows[1].line.line: "6122"})
    with new_asso.reader() as session:
        codes = session.execute(
            select(Transaction.label, Split.amount_minor)
            .join(Split)
            .where(Split.transaction_id.in_(result.transaction_ids), Split.amount_minor > 0)
        ).all()
    assert ("Achat inconnu", 1000) in codes


def test_mapping_remembered_per_bank_in_the_file(new_asso: AssoFile, tmp_path: Path) -> None:
    path = tmp_path / "maison.csv"
    path.write_text(
        "Quand;Quoi;Note;Mouvement\n"
        "02/01/2025;Cotisation Fatou;saisie par Awa au bureau le lendemain;200,00\n"
        "03/01/2025;Ramettes papier;saisie par Awa au bureau le lendemain;-89,90\n",
        encoding="utf-8",
    )
    account = find_account(new_asso, "Banque")
    table = read_statement(path)
    first = prepare_import(new_asso, path, account)
    assert first.mapping_source == "guessed"
    assert (first.mapping.header_row, first.mapping.label) == (0, 2)  # the longest text
    chosen = replace(first.mapping, label=1)
    plan = plan_import(new_asso, table, account, chosen, bank="Banque Populaire")
    assert [r.line.label for r in plan.rows] == ["Cotisation Fatou", "Ramettes papier"]
    run_import(new_asso, plan)
    with new_asso.reader() as session:
        stored = fileinfo.get_value(session.connection(), "bank_mapping:Banque Populaire")
    assert stored is not None and '"label": 1' in stored
    # The next statement of that bank, with one more row: no mapping to give.
    path.write_text(path.read_text() + "04/01/2025;Don anonyme;saisie par Awa;50,00\n")
    second = prepare_import(new_asso, path, account)
    assert (second.mapping_source, second.bank) == ("saved", "Banque Populaire")
    assert second.mapping.label == 1 and second.errors == ()
    assert [r.status for r in second.rows] == [RowStatus.DUPLICATE] * 2 + [RowStatus.NEW]
    assert second.rows[2].line.label == "Don anonyme"


def test_xlsx_import(new_asso: AssoFile, tmp_path: Path) -> None:
    result = run_import(
        new_asso, prepare_import(new_asso, write_xlsx(tmp_path), find_account(new_asso, "Banque"))
    )
    assert (result.imported, result.total_minor) == (3, 150_000 - 35_075 - 1_250)


def test_undo_import(new_asso: AssoFile, tmp_path: Path) -> None:
    result = run_import(
        new_asso,
        prepare_import(new_asso, write_statement(tmp_path), find_account(new_asso, "Banque")),
    )
    undo_import(new_asso, result.transaction_ids)
    assert transaction_count(new_asso) == 0 and bank_balance(new_asso) == 0
    with pytest.raises(DomainError) as caught:
        undo_import(new_asso, result.transaction_ids)  # already gone
    assert caught.value.code is ErrorCode.STATEMENT_UNDO_REFUSED


def test_unknown_account_lists_the_choices(new_asso: AssoFile) -> None:
    assert find_account(new_asso, "BANQUE").name == "Banque"
    assert find_account(new_asso, " caisse ".strip()).name == "Caisse"
    with pytest.raises(DomainError) as caught:
        find_account(new_asso, "CIH")
    assert caught.value.code is ErrorCode.STATEMENT_ACCOUNT_UNKNOWN
    assert caught.value.params["choices"] == "Caisse, Banque"


def test_read_only_file_refuses_the_import(new_file: Path, tmp_path: Path) -> None:
    asso = open_file(new_file, read_only=True)
    try:
        plan = prepare_import(asso, write_statement(tmp_path), find_account(asso, "Banque"))
        assert len(plan.rows) == 4
        with pytest.raises(DomainError) as caught:
            run_import(asso, plan)
        assert caught.value.code is ErrorCode.FILE_READ_ONLY
    finally:
        asso.close()


def test_a_statement_in_another_currency_is_refused(new_asso: AssoFile, tmp_path: Path) -> None:
    path = tmp_path / "eur.csv"
    path.write_text(
        "Devise : EUR\nDate;Libellé;Débit Euros;Crédit Euros\n02/01/2025;Frais;12,00;\n",
        encoding="utf-8",
    )
    plan = prepare_import(new_asso, path, find_account(new_asso, "Banque"))
    [error] = plan.errors
    assert (error.line, error.error.code) == (0, ErrorCode.STATEMENT_CURRENCY)
    assert error.error.params["found"] == "EUR" and error.error.params["expected"] == "MAD"
    with pytest.raises(DomainError):
        run_import(new_asso, plan)
    assert transaction_count(new_asso) == 0
