"""`assodesk export` with a period (--from/--to) and the formats each export declares."""

from __future__ import annotations

import csv
import io
import re
import sqlite3
import zipfile
from pathlib import Path

import pytest

from desk.cli import main
from desk.reports.exports import EXPORTS


def test_receipts_of_a_period(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "avril.zip"
    args = ["export", str(demo_file), "--what", "receipts", "--out", str(out)]
    assert main([*args, "--from", "2025-04-01", "--to", "2025-04-30"]) == 0
    assert str(out) in capsys.readouterr().out
    with sqlite3.connect(demo_file) as db:
        expected = {
            n
            for (n,) in db.execute(
                'SELECT DISTINCT t.receipt_number FROM attachment a JOIN "transaction" t '
                "ON t.id = a.transaction_id WHERE t.date BETWEEN '2025-04-01' AND '2025-04-30'"
            )
        }
        (all_years,) = db.execute("SELECT COUNT(*) FROM attachment").fetchone()
    with zipfile.ZipFile(out) as archive:
        names = set(archive.namelist()) - {"index.csv"}
        index = list(
            csv.DictReader(
                io.StringIO(archive.read("index.csv").decode("utf-8-sig")), delimiter=";"
            )
        )
    assert len(expected) > 5 and len(names) < all_years
    assert {re.sub(r"(-\d)?\.\w+$", "", name) for name in names} == expected
    assert all(row["date"].startswith("2025-04-") for row in index)


def test_a_period_is_refused_where_it_means_nothing(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "budget.xlsx"
    args = ["export", str(demo_file), "--what", "budget", "--project", "JDF-2025"]
    assert main([*args, "--out", str(out), "--from", "2025-01-01"]) == 2
    assert "This export takes no period: remove --from and --to." in capsys.readouterr().err
    assert not out.exists()
    receipts = ["export", str(demo_file), "--what", "receipts", "--out", str(tmp_path / "r.zip")]
    assert main([*receipts, "--from", "2025-05-01", "--to", "2025-04-01"]) == 2
    assert "--from must not be after --to." in capsys.readouterr().err
    assert not (tmp_path / "r.zip").exists()


def test_a_wrong_extension_is_refused_with_the_formats(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["export", str(demo_file), "--what", "budget", "--project", "JDF-2025"]
    assert main([*args, "--out", str(tmp_path / "budget.docx")]) == 2
    err = capsys.readouterr().err
    assert "This export cannot write “.docx” files. Formats: .xlsx, .pdf." in err
    assert main(["export", str(demo_file), "--what", "calendar", "--out", "agenda.pdf"]) == 2
    assert "Formats: .ics." in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_every_export_declares_its_formats() -> None:
    assert {name: e.formats for name, e in EXPORTS.items()} == {
        "summary": ("xlsx",),
        "receipts": ("zip",),
        "ledger": ("xlsx", "csv"),
        "budget": ("xlsx", "pdf"),
        "budget-vs-actual": ("xlsx", "pdf"),
        "logframe-2004": ("xlsx", "pdf"),
        "logframe-2016": ("xlsx", "pdf"),
        "indicators": ("xlsx",),
        "chronogramme": ("pdf", "png", "xlsx"),
        "calendar": ("ics",),
    }
    assert [name for name, e in EXPORTS.items() if e.takes_period] == ["receipts", "ledger"]
