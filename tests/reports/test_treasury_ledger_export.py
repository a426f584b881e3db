"""The ledger export (issue #3): XLSX and CSV read back agree with raw SQL on the rows, the
totals and the running balance; text that looks like a formula stays text; the CLI exports a
period as CSV."""

from __future__ import annotations

import csv
import sqlite3
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
from sqlalchemy import select

from desk.models import TreasuryAccount
from desk.reports.exports import EXPORTS
from desk.reports.safe_text import neutralise
from desk.reports.treasury.ledger_export import decimal_comma, export_ledger
from desk.services.browse.treasury import LedgerFilters
from desk.services.entry import EntryInput, EntryKind, create_entry
from desk.store import AssoFile, open_file

INJECTION = '=HYPERLINK("http://x","y")'
TREASURY_NET = """
    SELECT s.transaction_id, sum(s.amount_minor) AS net FROM split s
    JOIN treasury_account a ON a.account_id = s.account_id
    JOIN "transaction" t ON t.id = s.transaction_id
    WHERE {where} GROUP BY s.transaction_id
"""


def sql(path: Path, query: str, *params: object) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute(query, params).fetchall()
    finally:
        connection.close()


def sums(path: Path, where: str, *params: object) -> tuple[int, int, int]:
    """(count, income, expense) of the kept transactions, each netted over treasury."""
    per_tx = TREASURY_NET.format(where=where)
    query = (
        "SELECT count(*), coalesce(sum(CASE WHEN net > 0 THEN net END), 0),"
        f" coalesce(sum(CASE WHEN net < 0 THEN net END), 0) FROM ({per_tx})"
    )
    count, income, expense = sql(path, query, *params)[0]
    return int(count), int(income), int(expense)  # type: ignore[call-overload]


def caisse_of(asso: AssoFile) -> tuple[int, int]:
    with asso.reader() as s:
        row = s.execute(
            select(TreasuryAccount.id, TreasuryAccount.account_id).where(
                TreasuryAccount.name == "Caisse"
            )
        ).one()
    return int(row[0]), int(row[1])


def read_xlsx(path: Path) -> list[tuple[object, ...]]:
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    return list(sheet.iter_rows(values_only=True))


def money(minor: int) -> Decimal:
    return Decimal(minor).scaleb(-2)


def test_caisse_export_matches_sql(demo_copy: Path, tmp_path: Path) -> None:
    with open_file(demo_copy, read_only=True) as asso:
        caisse, account = caisse_of(asso)
        out = export_ledger(
            asso, tmp_path / "caisse.xlsx", LedgerFilters(treasury_account_id=caisse)
        )
    rows = read_xlsx(out)
    header, data, totals = rows[0], rows[1:-4], rows[-3:]
    assert len(header) == 10 and rows[-4] == (None,) * 10  # a balance column; a blank row
    count, income, expense = sums(demo_copy, "a.account_id = ?", account)
    assert count > 50 and len(data) == count
    assert [r[8] for r in totals] == [money(income), money(expense), money(income + expense)]
    balance = sql(demo_copy, "SELECT sum(amount_minor) FROM split WHERE account_id = ?", account)
    assert Decimal(str(data[-1][9])) == money(int(balance[0][0]))  # type: ignore[call-overload]
    # Oldest first, dates as dates; amounts of the caisse add up to its balance.
    assert data[0][0] <= data[-1][0]  # type: ignore[operator]
    assert sum(Decimal(str(r[8])) for r in data) == money(income + expense)
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    assert sheet["A2"].is_date and sheet["I2"].number_format == '#,##0.00 "MAD"'


def test_project_export_matches_sql(demo_copy: Path, tmp_path: Path) -> None:
    project = int(sql(demo_copy, "SELECT id FROM project WHERE code = 'JDF-2025'")[0][0])  # type: ignore[call-overload]
    with open_file(demo_copy, read_only=True) as asso:
        out = export_ledger(asso, tmp_path / "p.xlsx", LedgerFilters(project_id=project))
    rows = read_xlsx(out)
    data, totals = rows[1:-4], rows[-3:]
    assert len(rows[0]) == 9  # no balance column without one account
    where = "t.id IN (SELECT transaction_id FROM split WHERE project_id = ?)"
    count, income, expense = sums(demo_copy, where, project)
    kept = sql(demo_copy, f'SELECT count(*) FROM "transaction" t WHERE {where}', project)
    assert count > 10 and len(data) == kept[0][0]
    assert [r[8] for r in totals] == [money(income), money(expense), money(income + expense)]
    assert all("JDF-2025" in str(r[6]) for r in data)
    assert any(r[7] for r in data)  # budget lines named


def test_formula_text_stays_text(demo_copy: Path, tmp_path: Path) -> None:
    with open_file(demo_copy, auto_backup=False) as asso:
        caisse, _account = caisse_of(asso)
        create_entry(
            asso,
            EntryInput(
                kind=EntryKind.EXPENSE, date=date(2026, 5, 10), amount_minor=1250,
                label=INJECTION, payee="+33 612", treasury_account_id=caisse,
                category_code="6142",
            ),
        )  # fmt: skip
        filters = LedgerFilters(text="HYPERLINK")
        xlsx = export_ledger(asso, tmp_path / "f.xlsx", filters)
        csv_path = export_ledger(asso, tmp_path / "f.csv", filters)
    sheet = openpyxl.load_workbook(xlsx).active
    assert sheet is not None
    label, payee = sheet["C2"], sheet["D2"]
    assert label.value == INJECTION and label.data_type == "s"
    assert payee.value == "+33 612" and payee.data_type == "s"
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM for Excel
    lines = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert lines[1][2] == "'" + INJECTION and lines[1][3] == "'+33 612"
    assert lines[1][8] == "-12,50" and lines[1][0] == "10/05/2026"
    assert lines[-1][8] == "-12,50"  # net of what is filtered


def test_safe_text_and_decimal_comma() -> None:
    assert [neutralise(t) for t in ("=1+1", "@SUM(A1)", "-2", "\tx", "\rx", "Taxi", "")] == [
        "'=1+1", "'@SUM(A1)", "'-2", "'\tx", "'\rx", "Taxi", "",
    ]  # fmt: skip
    assert [decimal_comma(m, "MAD") for m in (-123450, 5, 0, 100)] == [
        "-1234,50", "0,05", "0,00", "1,00",
    ]  # fmt: skip


def test_registered_and_command_line(demo_copy: Path, tmp_path: Path) -> None:
    exporter = EXPORTS["ledger"]
    assert exporter.formats == ("xlsx", "csv") and exporter.takes_period
    assert exporter.takes_project and not exporter.needs_project
    out = tmp_path / "x.csv"
    done = subprocess.run(
        [sys.executable, "-m", "desk", "export", str(demo_copy), "--what", "ledger",
         "--out", str(out), "--from", "2026-01-01", "--to", "2026-03-31", "--lang", "fr"],
        capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = list(csv.reader(out.read_text("utf-8-sig").splitlines(), delimiter=";"))
    assert lines[0][:3] == ["Date", "N° de pièce", "Libellé"]
    data = lines[1:-4]
    where = "t.date BETWEEN '2026-01-01' AND '2026-03-31'"
    count = sql(demo_copy, f'SELECT count(*) FROM "transaction" t WHERE {where}')[0][0]
    assert count and len(data) == count
    assert all(r[0].endswith("/2026") and r[0][3:5] in ("01", "02", "03") for r in data)
    _count, income, expense = sums(demo_copy, where)
    assert [r[8] for r in lines[-3:]] == [
        decimal_comma(income, "MAD"), decimal_comma(expense, "MAD"),
        decimal_comma(income + expense, "MAD"),
    ]  # fmt: skip
    assert lines[-3][0] == "Total des recettes"


def test_export_rows_are_the_page_rows(demo_file: Path) -> None:
    """The export's lean windows say what the page's rows say (amount, account, category,
    project, running balance), window after window."""
    from desk.reports.treasury.ledger_export import ledger_rows
    from desk.services.browse.treasury import LedgerOrder, ledger_page

    with open_file(demo_file, read_only=True) as asso:
        caisse, _account = caisse_of(asso)
        filters = LedgerFilters(treasury_account_id=caisse)
        exported = list(ledger_rows(asso, filters, window=7))
        page = ledger_page(asso, filters, limit=10_000, order=LedgerOrder.OLDEST)
    assert len(exported) == len(page) > 50
    for mine, theirs in zip(exported, page, strict=True):
        assert (mine.id, mine.amount_minor, mine.balance_minor) == (
            theirs.id, theirs.amount_minor, theirs.balance_minor,
        )  # fmt: skip
        assert (mine.treasury, mine.category, mine.project) == (
            theirs.treasury, theirs.category, theirs.project,
        )  # fmt: skip
