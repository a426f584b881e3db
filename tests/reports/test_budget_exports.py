"""Budget exports read back: the EU layout (totals of lines 7-13 in the right cells, per-year
columns, co-funding sheet, print setup, the cap warning written in the sheet) and budget vs
actual (totals equal to the service and to raw SQL), as XLSX and PDF."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from desk.reports.budget import export_budget, export_budget_vs_actual
from desk.reports.budget.content import translate
from desk.services.browse.budgets import budget_view, project_budget
from desk.services.budgets.builder import update_line
from desk.services.budgets.templates import complete_template
from desk.services.budgets.versions import new_version
from desk.store import AssoFile, open_file
from tests.pdf_tools import pdf_pages_text

TODAY = date(2026, 6, 30)


@pytest.fixture
def asso(demo_copy: Path) -> Iterator[AssoFile]:
    handle = open_file(demo_copy, auto_backup=False)
    yield handle
    handle.close()


@pytest.fixture
def eu_draft(asso: AssoFile) -> int:
    """The demo project's budget in the full EU layout, line 8 raised to 8 % (cap: 7 %)."""
    signed = project_budget(asso, 1)
    assert signed is not None
    draft = new_version(asso, signed.id)
    complete_template(asso, draft)
    view = budget_view(asso, draft)
    assert view is not None
    update_line(asso, next(r.id for r in view.lines if r.code == "8"), percent_bp=800)
    return draft


def num(value: Any) -> Any:
    """A number read back by openpyxl (a float) as an exact Decimal, to compare with cents."""
    return Decimal(str(value)) if isinstance(value, float) else value


def rows_by_code(ws: Any, first: int = 6) -> dict[str, int]:
    return {
        str(ws.cell(row=r, column=1).value): r
        for r in range(first, ws.max_row + 1)
        if ws.cell(row=r, column=1).value is not None
    }


def test_eu_budget_xlsx_totals_warning_and_print_setup(
    asso: AssoFile, eu_draft: int, tmp_path: Path
) -> None:
    out = export_budget(asso, eu_draft, tmp_path / "budget.xlsx")
    view = budget_view(asso, eu_draft)
    assert view is not None
    totals = {r.code: Decimal(r.total_minor) / 100 for r in view.lines}
    book = load_workbook(out)
    ws = book[translate("BudgetReports", "Budget")]
    assert [c.value for c in ws[5]][:6] == [
        translate("BudgetReports", "Code"),
        translate("BudgetReports", "Heading / line"),
        translate("BudgetReports", "Unit"),
        translate("BudgetReports", "Quantity"),
        translate("BudgetReports", "Unit cost"),
        translate("BudgetReports", "Total (all years)"),
    ]
    rows = rows_by_code(ws)
    assert num(ws[f"F{rows['7']}"].value) == Decimal("9730.00") == totals["7"]
    assert num(ws[f"F{rows['8']}"].value) == Decimal("778.40")  # 8 % of 9 730,00
    assert num(ws[f"F{rows['9']}"].value) == Decimal("10508.40")
    assert num(ws[f"F{rows['13']}"].value) == totals["13"] == Decimal(view.total_minor) / 100
    assert num(ws[f"E{rows['1.1.1']}"].value) == Decimal("250.00")
    assert num(ws[f"D{rows['1.1.1']}"].value) == 11
    assert num(ws[f"D{rows['8']}"].value) == Decimal("0.08")
    # the cap warning is written next to line 8, and under the table
    warn_column = 7
    assert "8" in str(ws.cell(row=rows["8"], column=warn_column).value)
    assert str(ws.cell(row=rows["8"], column=warn_column).value).startswith("⚠")
    assert ws.cell(row=rows["7"], column=warn_column).value is None
    below = [str(ws.cell(row=r, column=1).value) for r in range(rows["13"] + 1, ws.max_row + 1)]
    assert translate("BudgetReports", "Rules of the grant not respected") in below
    # A4 landscape, header repeated
    assert ws.page_setup.orientation == "landscape"
    assert str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4
    assert ws.print_title_rows == "$5:$5"
    # co-funding: FEME + AHSS = each line's total, and the budget's total
    co = book[translate("BudgetReports", "Co-funding")]
    assert [c.value for c in co[5]][3:5] == ["FEME", "AHSS"]
    co_rows = rows_by_code(co)
    assert num(co[f"D{co_rows['3.1']}"].value) == Decimal("357.00")
    assert num(co[f"E{co_rows['3.1']}"].value) == Decimal("63.00")
    total_row = next(
        r
        for r in range(6, co.max_row + 1)
        if co.cell(row=r, column=2).value == translate("BudgetReports", "Total of the budget")
    )
    assert num(co[f"C{total_row}"].value) == totals["13"]
    feme, ahss = (dict((f.short, a) for f, a in view.funder_totals)[k] for k in ("FEME", "AHSS"))
    assert num(co[f"D{total_row}"].value) == Decimal(feme) / 100
    assert num(co[f"E{total_row}"].value) == Decimal(ahss) / 100


def test_multi_year_columns(asso: AssoFile, tmp_path: Path) -> None:
    from desk.domain.enums import BudgetTemplate
    from desk.services.budgets.builder import LineInput, add_line
    from desk.services.budgets.funding import set_line_years
    from desk.services.budgets.templates import create_budget

    budget = create_budget(asso, template=BudgetTemplate.EU, project_id=2, years=2)
    view = budget_view(asso, budget)
    assert view is not None
    heading = next(r.id for r in view.lines if r.code == "2")
    line = add_line(
        asso, budget, LineInput("", "Billets", quantity_milli=4000, unit_cost_minor=250_00), heading
    )
    set_line_years(asso, line, [600_00, 400_00])
    ws = load_workbook(export_budget(asso, budget, tmp_path / "years.xlsx")).active
    assert ws is not None
    assert ws["G5"].value == translate("BudgetReports", "Year {n}").format(n=1)
    rows = rows_by_code(ws)
    assert (
        num(ws[f"F{rows['2.1']}"].value),
        num(ws[f"G{rows['2.1']}"].value),
        num(ws[f"H{rows['2.1']}"].value),
    ) == (Decimal("1000.00"), Decimal("600.00"), Decimal("400.00"))
    assert num(ws[f"G{rows['7']}"].value) == Decimal("600.00")


def test_budget_vs_actual_xlsx_matches_raw_sql(
    asso: AssoFile, demo_copy: Path, tmp_path: Path
) -> None:
    out = export_budget_vs_actual(asso, 1, tmp_path / "bva.xlsx", today=TODAY)
    ws = load_workbook(out).active
    assert ws is not None
    rows = rows_by_code(ws)
    with sqlite3.connect(demo_copy) as db:
        sums = dict(
            db.execute(
                "SELECT l.code, SUM(s.amount_minor) FROM split s "
                "JOIN budget_line l ON l.id = s.budget_line_id "
                "WHERE l.budget_id = 1 GROUP BY l.code"
            ).fetchall()
        )
    for code, mad in sums.items():
        eur = (Decimal(mad) / Decimal("10.85")).quantize(Decimal(1), rounding=ROUND_HALF_EVEN)
        assert num(ws[f"D{rows[code]}"].value) == eur / 100, code
        assert num(ws[f"H{rows[code]}"].value) == Decimal(mad) / 100
    total_row = next(
        r
        for r in range(6, ws.max_row + 1)
        if ws.cell(row=r, column=2).value == translate("BudgetReports", "Total")
    )
    # 9 730,00 EUR of direct costs + 681,10 EUR of indirect costs (7 %, EU line 8)
    assert num(ws[f"C{total_row}"].value) == Decimal("10411.10")
    assert num(ws[f"H{total_row}"].value) == Decimal(sum(sums.values())) / 100


def test_pdfs_have_the_totals(asso: AssoFile, eu_draft: int, tmp_path: Path, qapp: Any) -> None:
    budget = export_budget(asso, eu_draft, tmp_path / "budget.pdf")
    text = "\n".join(pdf_pages_text(budget))
    assert "9 730,00 EUR" in text.replace("\u202f", " ").replace("\xa0", " ")
    assert "⚠" in text or "778,40" in text.replace("\u202f", " ")
    actual = export_budget_vs_actual(asso, 1, tmp_path / "bva.pdf", today=TODAY)
    pages = pdf_pages_text(actual)
    assert len(pages) >= 1
    assert "JDF-2025" in pages[0]


def test_wrong_extension_is_refused(asso: AssoFile, tmp_path: Path) -> None:
    from desk.domain.errors import DomainError, ErrorCode

    with pytest.raises(DomainError) as refused:
        export_budget(asso, 1, tmp_path / "budget.docx")
    assert refused.value.code is ErrorCode.INVALID_VALUE
