"""Tests of desk.reports.summary: the workbook read back with openpyxl matches independent SQL
on the same demo file, and is laid out for printing."""

from __future__ import annotations

import sqlite3
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from desk.reports.summary import export_summary, translate
from desk.services.statements import income_statement
from desk.store import open_file
from tests.conftest import DEMO_TODAY

YEAR = ("2026-01-01", "2026-12-31")  # the year containing DEMO_TODAY


def sql(path: Path, query: str, *params: object) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(query, params).fetchall()
    finally:
        conn.close()


def minor(value: object) -> int:
    """A cell's number (major units, as openpyxl reads it back) in minor units."""
    assert isinstance(value, int | float), value
    return int((Decimal(str(value)) * 100).to_integral_value())


@pytest.fixture(scope="module")
def workbook(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Any:
    out = tmp_path_factory.mktemp("xlsx") / "synthese.xlsx"
    asso = open_file(demo_file, read_only=True)
    try:
        assert export_summary(asso, out, lang="fr", today=DEMO_TODAY) == out
    finally:
        asso.close()
    return openpyxl.load_workbook(out)


def by_label(ws: Any) -> dict[str, int]:
    return {row[0].value: row[0].row for row in ws.iter_rows() if isinstance(row[0].value, str)}


def test_summary_sheet_matches_sql(workbook: Any, demo_file: Path) -> None:
    ws = workbook.worksheets[0]
    assert ws.title == translate("Reports", "Summary")
    assert ws["A1"].value == "Association Horizons Solidaires de Salé"
    rows = by_label(ws)

    def cell(label: str, column: str = "B") -> Any:
        return ws[f"{column}{rows[translate('Reports', label)]}"].value

    balance = (
        "SELECT coalesce(sum(s.amount_minor), 0) FROM split s "
        "JOIN account a ON a.id = s.account_id WHERE a.code = ?"
    )
    cash, bank = sql(demo_file, balance, "5161")[0][0], sql(demo_file, balance, "5141")[0][0]
    assert minor(cell("Cash")) == cash
    assert minor(cell("Bank")) == bank
    assert minor(cell("Total cash and bank")) == cash + bank
    totals = dict(
        sql(
            demo_file,
            "SELECT a.kind, sum(s.amount_minor) FROM split s JOIN account a ON a.id = s.account_id "
            "JOIN [transaction] t ON t.id = s.transaction_id WHERE t.date BETWEEN ? AND ? "
            "AND t.kind <> 'opening' AND a.kind IN ('income', 'expense') GROUP BY a.kind",
            *YEAR,
        )
    )  # fmt: skip
    assert minor(cell("Income of the year")) == -totals["income"]
    assert minor(cell("Expenses of the year")) == totals["expense"]
    assert minor(cell("Result of the year")) == -totals["income"] - totals["expense"]
    missing = sql(
        demo_file,
        "SELECT count(*) FROM [transaction] t WHERE t.date BETWEEN ? AND ? "
        "AND t.receipt_not_required = 0 AND t.kind IN ('expense', 'income', "
        "'advance_settlement', 'reimbursement') "
        "AND NOT EXISTS (SELECT 1 FROM attachment WHERE transaction_id = t.id)",
        *YEAR,
    )[0][0]
    assert cell("Transactions of the year without receipt") == missing == 2
    assert cell("Financial year") == "2026"
    assert ws[f"B{rows[translate('Reports', 'Exported on')]}"].number_format == "DD/MM/YYYY"
    assert ws[f"B{rows[translate('Reports', 'Cash')]}"].number_format == "#,##0.00"


def test_projects_table_matches_sql(workbook: Any, demo_file: Path) -> None:
    ws = workbook.worksheets[0]
    rows = by_label(ws)
    jdf = ws[rows["JDF-2025"]]
    planned = sql(
        demo_file,
        "SELECT sum(l.quantity_milli * l.unit_cost_minor / 1000) FROM budget_line l "
        "JOIN budget b ON b.id = l.budget_id JOIN project p ON p.id = b.project_id "
        "WHERE p.code = 'JDF-2025' AND l.kind = 'amount'",
    )[0][0]
    spent = sql(
        demo_file,
        "SELECT sum(s.amount_minor) FROM split s JOIN account a ON a.id = s.account_id "
        "JOIN project p ON p.id = s.project_id WHERE p.code = 'JDF-2025' AND a.kind = 'expense'",
    )[0][0]
    # EU line 8 (indirect costs) is a percentage of the direct costs (line 7)
    percents = sql(
        demo_file,
        "SELECT l.percent_bp FROM budget_line l JOIN budget b ON b.id = l.budget_id "
        "JOIN project p ON p.id = b.project_id "
        "WHERE p.code = 'JDF-2025' AND l.kind = 'percentage'",
    )
    planned += sum(planned * bp // 10_000 for (bp,) in percents)
    budget_mad = int(  # EUR cents at the fixed rate
        (Decimal(planned) * Decimal("10.85")).quantize(Decimal(1), rounding=ROUND_HALF_EVEN)
    )
    assert minor(jdf[5].value) == budget_mad
    assert minor(jdf[6].value) == spent
    assert jdf[7].value == pytest.approx(spent / budget_mad, abs=1e-4)
    assert jdf[7].number_format == "0.0%"
    assert "AGR-INDH-2026" in rows


def test_income_and_expenditure_sheet_matches_sql(workbook: Any, demo_file: Path) -> None:
    ws = workbook.worksheets[1]
    assert ws.title == translate("Reports", "Income and expenditure")
    assert ws.freeze_panes == "A3"
    expected = {
        code: (name, amount)
        for code, name, amount in sql(
            demo_file,
            "SELECT a.code, a.plain_name, sum(s.amount_minor) FROM split s "
            "JOIN account a ON a.id = s.account_id JOIN [transaction] t ON t.id = s.transaction_id "
            "WHERE t.date BETWEEN ? AND ? AND t.kind <> 'opening' "
            "AND a.kind IN ('income', 'expense') GROUP BY a.code",
            *YEAR,
        )
    }  # fmt: skip
    found = {}
    for name, code, income, expense in ws.iter_rows(min_row=3, values_only=True):
        if code is None:
            continue
        found[code] = (name, -minor(income) if income is not None else minor(expense))
    assert found == expected
    total_row = by_label(ws)[translate("Reports", "Total")]
    income_total = -sum(v for c, (_, v) in expected.items() if c.startswith("7"))
    expense_total = sum(v for c, (_, v) in expected.items() if c.startswith("6"))
    assert minor(ws[f"C{total_row}"].value) == income_total
    assert minor(ws[f"D{total_row}"].value) == expense_total
    assert ws[f"C{total_row}"].font.bold


def test_print_setup(workbook: Any) -> None:
    for ws in workbook.worksheets:
        assert str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4  # "9": A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.freeze_panes is not None
        assert ws.column_dimensions["A"].width > 20
    assert workbook.worksheets[1]["A2"].font.bold


def test_statement_service_orders_income_first(demo_file: Path) -> None:
    asso = open_file(demo_file, read_only=True)
    try:
        statement = income_statement(asso, DEMO_TODAY)
    finally:
        asso.close()
    kinds = [c.kind.value for c in statement.categories]
    assert kinds == sorted(kinds, key=lambda k: k != "income")
    assert statement.result_minor == statement.income_minor - statement.expense_minor
    assert statement.year_label == "2026"


def test_arabic_sheets_are_right_to_left(demo_file: Path, tmp_path: Path) -> None:
    asso = open_file(demo_file, read_only=True)
    try:
        out = export_summary(asso, tmp_path / "ar.xlsx", lang="ar", today=DEMO_TODAY)
    finally:
        asso.close()
    assert all(ws.sheet_view.rightToLeft for ws in openpyxl.load_workbook(out).worksheets)
