"""The receipts ZIP: files named by receipt number, a second file numbered, a period and a
project choose what goes in, the index neutralises formulas; also from the command line."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

from sqlalchemy import select

from desk.models import Project, TreasuryAccount
from desk.reports.treasury.receipts_zip import export_receipts_zip, receipt_file_name
from desk.services.entry import EntryInput, EntryKind, NewAttachment, create_entry
from desk.store import AssoFile

JPG = NewAttachment("photo ticket.JPG", "image/jpeg", b"\xff\xd8jpeg bytes")
PDF = NewAttachment("facture", "application/pdf", b"%PDF-1.4 facture")


def fill(asso: AssoFile) -> int:
    with asso.unit_of_work() as s:
        project = Project(
            code="FEM", title="Femmes", start_date=date(2025, 1, 1), end_date=date(2025, 12, 31)
        )
        s.add(project)
        s.flush()
        project_id = project.id
        caisse = s.scalar(select(TreasuryAccount.id).where(TreasuryAccount.name == "Caisse"))

    def add(day: date, label: str, files: tuple[NewAttachment, ...], **kw: object) -> None:
        create_entry(
            asso,
            EntryInput(
                kind=EntryKind.EXPENSE, date=day, amount_minor=1000, label=label,
                treasury_account_id=caisse, category_code="6142", attachments=files,
                **kw,  # type: ignore[arg-type]
            ),
        )  # fmt: skip

    add(date(2025, 3, 8), '=HYPERLINK("http://x")', (JPG, PDF), project_id=project_id)
    add(date(2025, 4, 1), "Taxi", (JPG,), receipt_number="F 12/3")
    add(date(2025, 9, 1), "Sans pièce", ())
    add(date(2025, 10, 1), "Pas de numéro", (PDF,), receipt_not_required=True)
    return project_id


def names(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return archive.namelist()


def test_files_are_named_by_receipt_number(new_asso: AssoFile, tmp_path: Path) -> None:
    fill(new_asso)
    out = export_receipts_zip(new_asso, tmp_path / "pieces.zip")
    assert names(out) == [
        "2025-0001.jpg",
        "2025-0001-2.pdf",
        "F-12-3.jpg",
        "sans-numero-4.pdf",
        "index.csv",
    ]
    with zipfile.ZipFile(out) as archive:
        assert archive.read("2025-0001-2.pdf") == PDF.data
        index = archive.read("index.csv").decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(index), delimiter=";"))
    assert rows[1] == ["2025-0001", "2025-03-08", '\'=HYPERLINK("http://x")', "2025-0001.jpg"]


def test_a_period_or_a_project(new_asso: AssoFile, tmp_path: Path) -> None:
    fill(new_asso)
    april = export_receipts_zip(
        new_asso, tmp_path / "avril.zip", start=date(2025, 4, 1), end=date(2025, 4, 30)
    )
    assert names(april) == ["F-12-3.jpg", "index.csv"]
    project = export_receipts_zip(new_asso, tmp_path / "fem.zip", project_code="FEM")
    assert names(project) == ["2025-0001.jpg", "2025-0001-2.pdf", "index.csv"]


def test_receipt_file_name_rules() -> None:
    assert receipt_file_name("2025-0042", 1, 1, "x.PNG", "image/png") == "2025-0042.png"
    assert receipt_file_name("", 7, 2, "scan", "application/pdf") == "sans-numero-7-2.pdf"


def test_command_line_export(new_file: Path, tmp_path: Path) -> None:
    from desk.store import open_file

    with open_file(new_file, auto_backup=False) as asso:
        fill(asso)
    out = tmp_path / "cli.zip"
    done = subprocess.run(
        [sys.executable, "-m", "desk", "export", str(new_file), "--what", "receipts",
         "--out", str(out), "--project", "FEM"],
        capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert names(out) == ["2025-0001.jpg", "2025-0001-2.pdf", "index.csv"]
