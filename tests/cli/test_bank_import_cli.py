"""`assodesk import`: exit codes, the report, --dry-run writes nothing, --json."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from desk.cli import main
from desk.domain.money import format_minor
from desk.store import open_file
from tests.cli.test_cli import run
from tests.services.bank_import_fixtures import (
    GOOD_ROWS,
    GOOD_TOTAL_MINOR,
    transaction_count,
    write_statement,
)


def count(path: Path) -> int:
    asso = open_file(path, read_only=True)
    try:
        return transaction_count(asso)
    finally:
        asso.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_dry_run_writes_nothing_and_json_is_complete(
    new_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    statement = write_statement(tmp_path)
    before = digest(new_file)
    code = main(
        ["import", str(new_file), str(statement), "--account", "banque", "--dry-run", "--json"]
    )
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    assert digest(new_file) == before
    assert report["dry_run"] is True and report["imported"] == 0
    assert [r["line"] for r in report["rows"]] == [5, 6, 7, 8]
    assert [r["amount_minor"] for r in report["rows"]] == [1_250_000, -123_450, -4_500, -200_000]
    assert report["rows"][1]["label"] == "Régie publicitaire Casa"
    assert report["total_minor"] == GOOD_TOTAL_MINOR
    assert report["duplicates"] == 0 and report["errors"] == []
    assert report["encoding"] == "cp1252" and report["delimiter"] == ";"


def test_import_then_again_skips_every_duplicate(
    new_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    statement = write_statement(tmp_path)
    assert main(["import", str(new_file), str(statement), "--account", "Banque"]) == 0
    out = capsys.readouterr().out
    assert "Rows read: 4" in out and "Imported: 4 transactions into Banque." in out
    assert f"Total of the 4 new rows: {format_minor(GOOD_TOTAL_MINOR, 'MAD', 'en')}" in out
    assert count(new_file) == 4
    assert main(["import", str(new_file), str(statement), "--account", "Banque", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["imported"], report["duplicates"]) == (0, 4)
    assert report["duplicate_lines"] == [5, 6, 7, 8] and report["mapping_source"] == "saved"
    assert count(new_file) == 4


def test_bad_rows_are_named_and_nothing_is_imported(
    new_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = (*GOOD_ROWS[:3], ("12/13/2025", "Mois 13", "1,00", ""), ("14/03/2025", "Rien", "", ""))
    statement = write_statement(tmp_path, rows=rows)
    assert main(["import", str(new_file), str(statement), "--account", "Banque"]) == 1
    out = capsys.readouterr().out
    assert "Errors: 2" in out
    assert "Line 8: “12/13/2025” is not a date." in out
    assert "Line 9: No amount on this row." in out
    assert "Nothing was imported." in out
    assert count(new_file) == 0
    assert main(["import", str(new_file), str(statement), "--account", "Banque", "--json"]) == 1
    errors = json.loads(capsys.readouterr().out)["errors"]
    assert [(e["line"], e["code"]) for e in errors] == [
        (8, "bank_import.bad_date"),
        (9, "bank_import.no_amount"),
    ]


def test_unreadable_statement_exits_2(
    new_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "releve.xlsx"
    broken.write_bytes(b"PK\x03\x04 truncated")
    assert main(["import", str(new_file), str(broken), "--account", "Banque", "--json"]) == 2
    captured = capsys.readouterr()
    assert json.loads(captured.out)["error"]["code"] == "bank_import.unreadable"
    assert "cannot be read" in captured.err


def test_unknown_account_lists_the_choices(
    new_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    statement = write_statement(tmp_path)
    assert main(["import", str(new_file), str(statement), "--account", "CIH"]) == 2
    assert "No treasury account named “CIH”. Accounts: Caisse, Banque." in capsys.readouterr().err


def test_mapping_of_another_bank_by_name(
    new_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    statement = write_statement(tmp_path)
    assert (
        main(
            [
                "import",
                str(new_file),
                str(statement),
                "--account",
                "Banque",
                "--mapping",
                "BMCE",
                "--json",
            ]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)["bank"] == "BMCE"
    asso = open_file(new_file, read_only=True)
    try:
        from desk.services.bank_import.mapping import saved_mappings

        with asso.reader() as session:
            assert set(saved_mappings(session.connection())) == {"BMCE"}
    finally:
        asso.close()


def test_french_report_in_a_real_process(new_file: Path, tmp_path: Path) -> None:
    rows = (*GOOD_ROWS[:1], ("3O/03/2025", "Date mal tapée", "10,00", ""))
    statement = write_statement(tmp_path, rows=rows)
    done = run("import", str(new_file), str(statement), "--account", "banque", "--lang", "fr")
    assert done.returncode == 1
    assert "Lignes lues : 1" in done.stdout
    assert "Ligne 6 : « 3O/03/2025 » n’est pas une date." in done.stdout
    assert "Rien n’a été importé." in done.stdout
