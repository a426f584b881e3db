"""The summary workbook (`assodesk export --what summary`): a "Summary" sheet (organisation,
year, cash and bank balances, income, expenses, result, receipts missing, active projects with
budget and % used) and an "Income and expenditure" sheet by category for the current year.

Labels are English source strings translated with Qt (context "Reports"); amounts are numbers
in major units with the currency in the column header, so that Excel can add them up.
openpyxl is imported inside `export_summary`: importing this module stays cheap.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from desk import APP_NAME, __version__
from desk.services.overview import Overview, overview
from desk.services.statements import IncomeStatement, income_statement
from desk.store import AssoFile

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet


def translate(context: str, text: str) -> str:
    """Qt's translation of `text` (QtCore only, imported when first needed). Named
    `translate` so that pyside6-lupdate extracts the literal strings passed to it."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


def export_summary(
    asso: AssoFile, out_path: Path | str, *, lang: str = "fr", today: date | None = None
) -> Path:
    """Write the summary workbook of `asso` to `out_path` (overwritten) and return its path."""
    from openpyxl import Workbook

    today = today or date.today()
    facts = overview(asso, today)
    statement = income_statement(asso, today)
    workbook = Workbook()
    summary_sheet = workbook.active
    assert summary_sheet is not None  # a new workbook always has one sheet
    _summary(summary_sheet, facts, lang, today)
    _statement(workbook.create_sheet(), statement, lang)
    workbook.properties.creator = f"{APP_NAME} {__version__}"
    workbook.properties.title = f"{facts.organisation} — {facts.year_label}"
    out = Path(out_path)
    workbook.save(out)
    return out


def _summary(ws: Worksheet, facts: Overview, lang: str, today: date) -> None:
    from desk.reports import xlsx_style as style

    currency = facts.currency
    amount = translate("Reports", "Amount ({currency})").format(currency=currency)
    ws.title = style.sheet_title(translate("Reports", "Summary"))
    style.title(ws, 1, facts.organisation)
    rows: list[tuple[str, object, str]] = [
        (translate("Reports", "City"), facts.city, ""),
        (translate("Reports", "Financial year"), facts.year_label, ""),
        (translate("Reports", "From"), facts.year_start, "date"),
        (translate("Reports", "To"), facts.year_end, "date"),
        (translate("Reports", "Exported on"), today, "date"),
    ]
    row = 3
    for label, data, kind in rows:
        ws.cell(row=row, column=1, value=label)
        if kind == "date":
            assert isinstance(data, date)
            style.day(ws, row, 2, data, lang)
        else:
            ws.cell(row=row, column=2, value=data)
        row += 1
    if facts.year_closed:
        ws.cell(row=row, column=2, value=translate("Reports", "This financial year is closed."))
        row += 1

    row += 1
    style.header(ws, row, [translate("Reports", "Cash and bank balances"), amount])
    # label, amount, bold total; None leaves an empty row between balances and the year
    figures: list[tuple[str, int, bool] | None] = [
        (translate("Reports", "Cash"), facts.cash_minor, False),
        (translate("Reports", "Bank"), facts.bank_minor, False),
        (
            translate("Reports", "Total cash and bank"),
            facts.cash_minor + facts.bank_minor,
            True,
        ),
        None,
        (translate("Reports", "Income of the year"), facts.income_minor, False),
        (translate("Reports", "Expenses of the year"), facts.expense_minor, False),
        (
            translate("Reports", "Result of the year"),
            facts.income_minor - facts.expense_minor,
            True,
        ),
    ]
    for figure in figures:
        row += 1
        if figure is None:
            continue
        label, minor, total = figure
        ws.cell(row=row, column=1, value=label)
        style.money(ws, row, 2, minor, currency)
        if total:
            style.bold_row(ws, row, 2, rule=True)
    row += 1
    ws.cell(
        row=row, column=1, value=translate("Reports", "Transactions of the year without receipt")
    )
    style.value(ws, row, 2, facts.receipts_missing, style.INTEGER_FORMAT)

    row += 2
    ws.cell(
        row=row, column=1, value=translate("Reports", "Active projects")
    ).font = style.HEADER_FONT
    row += 1
    project_header = row
    style.header(
        ws,
        row,
        [
            translate("Reports", "Project"),
            translate("Reports", "Title"),
            translate("Reports", "Funder"),
            translate("Reports", "Start"),
            translate("Reports", "End"),
            translate("Reports", "Budget ({currency})").format(currency=currency),
            translate("Reports", "Spent ({currency})").format(currency=currency),
            translate("Reports", "% used"),
        ],
    )
    for project in facts.projects:
        row += 1
        ws.cell(row=row, column=1, value=project.code)
        ws.cell(row=row, column=2, value=project.title)
        ws.cell(row=row, column=3, value=project.funder)
        style.day(ws, row, 4, project.start, lang)
        style.day(ws, row, 5, project.end, lang)
        style.money(ws, row, 6, project.budget_minor, currency)
        style.money(ws, row, 7, project.spent_minor, currency)
        if project.budget_minor:
            used = Decimal(project.spent_minor) / Decimal(project.budget_minor)
            style.value(ws, row, 8, used.quantize(Decimal("0.0001")), style.PERCENT_FORMAT)
    if not facts.projects:
        ws.cell(row=row + 1, column=1, value=translate("Reports", "No active project."))
    style.widths(ws, [34, 40, 30, 12, 12, 16, 16, 10])
    ws.freeze_panes = "A2"
    repeat = f"{project_header}:{project_header}"
    style.page_setup(ws, landscape=True, repeat_rows=repeat, lang=lang)


def _statement(ws: Worksheet, statement: IncomeStatement, lang: str) -> None:
    from desk.reports import xlsx_style as style

    currency = statement.currency
    ws.title = style.sheet_title(translate("Reports", "Income and expenditure"))
    style.title(
        ws,
        1,
        translate("Reports", "Income and expenditure {year}").format(year=statement.year_label),
    )
    style.header(
        ws,
        2,
        [
            translate("Reports", "Category"),
            translate("Reports", "Account"),
            translate("Reports", "Income ({currency})").format(currency=currency),
            translate("Reports", "Expenses ({currency})").format(currency=currency),
        ],
    )
    row = 2
    for category in statement.categories:
        row += 1
        ws.cell(row=row, column=1, value=category.name)
        ws.cell(row=row, column=2, value=category.code)
        if category.income_minor:
            style.money(ws, row, 3, category.income_minor, currency)
        if category.expense_minor:
            style.money(ws, row, 4, category.expense_minor, currency)
    row += 1
    ws.cell(row=row, column=1, value=translate("Reports", "Total"))
    style.money(ws, row, 3, statement.income_minor, currency)
    style.money(ws, row, 4, statement.expense_minor, currency)
    style.bold_row(ws, row, 4, rule=True)
    row += 1
    ws.cell(row=row, column=1, value=translate("Reports", "Result (income − expenses)"))
    style.money(ws, row, 3, statement.result_minor, currency)
    style.bold_row(ws, row, 4)
    style.widths(ws, [42, 10, 18, 18])
    ws.freeze_panes = "A3"
    style.page_setup(ws, repeat_rows="2:2", lang=lang)
