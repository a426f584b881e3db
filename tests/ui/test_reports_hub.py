"""The Rapports page generates every registered export into real files on a copy of the demo:
the save dialog is answered, the work runs in the background, then the file is read back
(openpyxl, pypdf, zipfile, icalendar). Also: the default file name, the period of the
receipts, errors shown next to the report, a file without projects, the treasury's dialog."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import csv
import io
import re
import sqlite3
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from icalendar import Calendar
from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from desk.domain.errors import DomainError, ErrorCode
from desk.i18n.messages import describe_error
from desk.reports.exports import EXPORTS
from desk.store import AssoFile, open_file
from desk.ui.pages.reports import ReportsPage
from desk.ui.reports_hub.row import ReportRow
from tests.pdf_tools import pdf_pages_text

PROJECT = "JDF-2025"
TODAY = date(2025, 6, 30)


@pytest.fixture
def demo(demo_copy: Path) -> Iterator[AssoFile]:
    asso = open_file(demo_copy, auto_backup=False)
    try:
        yield asso
    finally:
        asso.close()


@pytest.fixture
def page(qtbot, demo: AssoFile, french: None) -> ReportsPage:  # type: ignore[no-untyped-def]
    page = ReportsPage(demo)
    page.today = TODAY
    qtbot.addWidget(page)
    page.refresh()
    return page


class SaveDialog:
    """Answers the save dialog with `target`; keeps the (proposed path, filter) it was asked."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.target: Path | None = None
        self.asked: list[tuple[str, str]] = []
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self.answer)

    def answer(self, _parent, _title, proposed, file_filter, *_a):  # type: ignore[no-untyped-def]
        self.asked.append((proposed, file_filter))
        return (str(self.target), "") if self.target else ("", "")


@pytest.fixture
def save(monkeypatch: pytest.MonkeyPatch) -> SaveDialog:
    return SaveDialog(monkeypatch)


def generate(qtbot, row: ReportRow, out: Path, save: SaveDialog) -> Path:  # type: ignore[no-untyped-def]
    """Click "Générer…", save as `out`, wait for the background job; the file written."""
    save.target = out
    row.button.click()
    qtbot.waitUntil(lambda: not row.busy, timeout=30_000)
    assert row.output is not None, row.message.text()
    return row.output


def choose(row: ReportRow, *, fmt: str | None = None, project: str | None = PROJECT) -> None:
    if fmt is not None:
        row.format.setCurrentIndex(row.format.findData(fmt))
    if project is not None and row.project is not None:
        row.project.setCurrentIndex(row.project.findText(project, Qt.MatchFlag.MatchStartsWith))
        assert row.project_code == project


def test_the_page_lists_every_export_in_its_group(page: ReportsPage) -> None:
    assert set(page.rows) == set(EXPORTS)
    assert [heading.text() for _key, heading in page._groups] == [
        "Trésorerie",
        "Budgets",
        "Cadre logique",
        "Calendrier",
    ]
    assert page.rows["budget"].title.text() == "Budget du projet"
    assert page.rows["receipts"].description.text().startswith("Toutes les pièces datées")
    assert page.buttons["summary"].text() == "Générer…"
    # Controls only where the export has a use for them; the period is the financial year.
    assert page.rows["summary"].project is None and page.rows["summary"].start is None
    assert page.rows["receipts"].project is not None
    assert page.rows["receipts"].project.currentText() == "Tous les projets"
    assert page.rows["receipts"].period == (date(2025, 1, 1), date(2025, 12, 31))
    assert page.rows["budget"].start is None
    assert [page.rows["chronogramme"].format.itemData(i) for i in range(3)] == [
        "pdf",
        "png",
        "xlsx",
    ]
    assert page.rows["calendar"].format_label.text() == "ICS"
    # A refresh (the file changed) keeps what the user chose.
    receipts = page.rows["receipts"]
    choose(receipts, project="AGR-INDH-2026")
    assert receipts.start is not None
    receipts.start.setDate(QDate(2025, 4, 1))
    page.refresh()
    assert receipts.project_code == "AGR-INDH-2026"
    assert receipts.period == (date(2025, 4, 1), date(2025, 12, 31))


@pytest.mark.parametrize(
    ("name", "fmt", "sheet", "title"),
    [
        ("summary", "xlsx", "Synthèse", "Association Horizons Solidaires de Salé"),
        ("budget", "xlsx", "Budget", f"Budget de l'action — {PROJECT}"),
        ("budget-vs-actual", "xlsx", "Budget et réalisé", f"Budget et réalisé — {PROJECT}"),
        ("logframe-2004", "xlsx", "Cadre logique", f"{PROJECT} — Journée internationale"),
        ("indicators", "xlsx", "Suivi des indicateurs", f"{PROJECT} — Journée internationale"),
        ("chronogramme", "xlsx", "Chronogramme", f"{PROJECT} — Journée internationale"),
    ],
)
def test_workbooks(  # type: ignore[no-untyped-def]
    qtbot, page: ReportsPage, tmp_path: Path, save, name, fmt, sheet, title
) -> None:
    row = page.rows[name]
    choose(row, fmt=fmt)
    out = generate(qtbot, row, tmp_path / f"{name}.{fmt}", save)
    assert out == tmp_path / f"{name}.xlsx" and out.is_file()
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[0] == sheet
    assert str(book.worksheets[0]["A1"].value).startswith(title)
    assert row.message.text() == f"Enregistré : {out}"
    assert row.open_folder.isVisibleTo(row) and row.button.isEnabled()


@pytest.mark.parametrize(
    ("name", "first_line"),
    [
        ("budget", f"Budget de l'action — {PROJECT}"),
        ("budget-vs-actual", f"Budget et réalisé — {PROJECT}"),
        ("logframe-2016", f"{PROJECT} — Journée internationale des droits des femmes 2025"),
        ("chronogramme", "2025"),
    ],
)
def test_pdfs(qtbot, page: ReportsPage, tmp_path: Path, save, name, first_line) -> None:  # type: ignore[no-untyped-def]
    row = page.rows[name]
    choose(row, fmt="pdf")
    out = generate(qtbot, row, tmp_path / "report", save)
    assert out == tmp_path / "report.pdf"  # the extension of the chosen format is added
    assert out.read_bytes().startswith(b"%PDF")
    pages = pdf_pages_text(out)
    assert pages[0].splitlines()[0] == first_line
    assert PROJECT in "\n".join(pages)


def test_png_of_the_chronogramme(qtbot, page: ReportsPage, tmp_path: Path, save) -> None:  # type: ignore[no-untyped-def]
    row = page.rows["chronogramme"]
    choose(row, fmt="png")
    out = generate(qtbot, row, tmp_path / "chrono.png", save)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_calendar_of_all_projects(qtbot, page: ReportsPage, tmp_path: Path, save) -> None:  # type: ignore[no-untyped-def]
    row = page.rows["calendar"]
    assert row.project_code is None  # "Tous les projets"
    out = generate(qtbot, row, tmp_path / "agenda.ics", save)
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    with sqlite3.connect(tmp_path / "demo-copy.assodesk") as db:
        titles = {t for (t,) in db.execute("SELECT title FROM activity")}
    summaries = {str(e.get("SUMMARY")) for e in events}
    assert titles and all(any(t in s for s in summaries) for t in titles)


def test_receipts_of_a_period(qtbot, page: ReportsPage, tmp_path: Path, save) -> None:  # type: ignore[no-untyped-def]
    row = page.rows["receipts"]
    assert row.start is not None and row.end is not None
    row.start.setDate(QDate(2025, 3, 1))
    row.end.setDate(QDate(2025, 3, 31))
    out = generate(qtbot, row, tmp_path / "mars.zip", save)
    with sqlite3.connect(tmp_path / "demo-copy.assodesk") as db:
        expected = {
            number
            for (number,) in db.execute(
                'SELECT DISTINCT t.receipt_number FROM attachment a JOIN "transaction" t '
                "ON t.id = a.transaction_id WHERE t.date BETWEEN '2025-03-01' AND '2025-03-31'"
            )
        }
    with zipfile.ZipFile(out) as archive:
        names = set(archive.namelist()) - {"index.csv"}
        text = archive.read("index.csv").decode("utf-8-sig")
    index = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    numbers = {re.sub(r"(-\d)?\.\w+$", "", name) for name in names}
    assert len(expected) > 5 and numbers == expected  # 2025-0042.jpg, 2025-0042-2.pdf
    assert {r["fichier"] for r in index} == names
    assert all("2025-03-01" <= r["date"] <= "2025-03-31" for r in index)


def test_default_file_name_and_open_folder(  # type: ignore[no-untyped-def]
    qtbot, page: ReportsPage, tmp_path: Path, monkeypatch, save
) -> None:
    row = page.rows["budget"]
    choose(row)
    out = generate(qtbot, row, tmp_path / "JDF-2025-budget.xlsx", save)
    proposed, file_filter = save.asked[0]
    assert Path(proposed).name == "JDF-2025-budget.xlsx"
    assert file_filter == "Classeur Excel (*.xlsx)"
    assert out.is_file()
    # The next proposal starts in the folder chosen last, with the receipts' French name.
    save.target = None
    page.rows["receipts"].button.click()
    assert save.asked[1][0] == str(tmp_path / "justificatifs-2025.zip")
    assert page.rows["receipts"].output is None  # cancelled: nothing written
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    row.open_folder.click()
    assert [Path(u.toLocalFile()) for u in opened] == [tmp_path]


def test_errors_are_shown_next_to_the_report(  # type: ignore[no-untyped-def]
    qtbot, page: ReportsPage, tmp_path: Path, save
) -> None:
    error = DomainError(ErrorCode.NOT_FOUND, field="project", code_text=PROJECT)

    def refuse(_request):  # type: ignore[no-untyped-def]
        raise error

    row = page.rows["budget"]
    row.exporter = replace(row.exporter, run=refuse)
    save.target = tmp_path / "b"
    row.button.click()
    qtbot.waitUntil(lambda: not row.busy, timeout=30_000)
    assert row.message.text() == f"Non généré : {describe_error(error)}"
    assert row.message.text() == "Non généré : Cet élément n'existe plus."
    assert row.message.property("error") is True and row.output is None
    assert not row.open_folder.isVisibleTo(row) and row.button.isEnabled()
    assert not (tmp_path / "b.xlsx").exists()
    # A period that ends before it starts is refused before asking where to save.
    receipts = page.rows["receipts"]
    assert receipts.start is not None
    receipts.start.setDate(QDate(2026, 1, 1))
    receipts.button.click()
    assert receipts.message.text() == "La période commence après sa fin."
    assert len(save.asked) == 1


def test_a_file_without_projects(qtbot, new_file: Path, french: None) -> None:  # type: ignore[no-untyped-def]
    with open_file(new_file, auto_backup=False) as asso:
        page = ReportsPage(asso)
        qtbot.addWidget(page)
        page.refresh()
        for name, exporter in EXPORTS.items():
            assert page.rows[name].button.isEnabled() is not exporter.needs_project, name
        budget = page.rows["budget"]
        expected = "Ce rapport porte sur un projet : créez d'abord un projet."
        assert budget.message.text() == expected and budget.button.toolTip() == expected
        assert page.rows["receipts"].message.isHidden()


def test_treasury_dialog_exports_the_receipts(  # type: ignore[no-untyped-def]
    qtbot, demo: AssoFile, french: None, tmp_path: Path, save
) -> None:
    from desk.ui.reports_hub.receipts_dialog import ReceiptsExportDialog

    dialog = ReceiptsExportDialog(demo, None, today=date(2026, 2, 1))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Exporter les justificatifs"
    assert dialog.row.period == (date(2026, 1, 1), date(2026, 12, 31))
    choose(dialog.row, project="AGR-INDH-2026")
    out = generate(qtbot, dialog.row, tmp_path / "agr.zip", save)
    with zipfile.ZipFile(out) as archive:
        index = archive.read("index.csv").decode("utf-8-sig").splitlines()[1:]
    assert index and all(line.split(";")[1].startswith("2026-") for line in index)
