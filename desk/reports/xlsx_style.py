"""Shared look of AssoDesk's XLSX exports: bold headers, money and date formats, column widths,
A4 page setup with repeated headers, right-to-left sheets for Arabic.

Imports openpyxl at module level: import this module only inside an export function, never at
start-up.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

from desk.domain.money import minor_units

# Excel localises these codes: French Excel shows "1 234,50" and "23/11/2026".
MONEY_FORMAT = "#,##0.00"
INTEGER_FORMAT = "#,##0"
PERCENT_FORMAT = "0.0%"
DATE_FORMATS = {"fr": "DD/MM/YYYY", "ar": "DD/MM/YYYY", "en": "YYYY-MM-DD"}

TITLE_FONT = Font(bold=True, size=14)
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", start_color="DDE7F0", end_color="DDE7F0")
HEADER_BORDER = Border(bottom=Side(style="thin", color="7F8C99"))
TOTAL_BORDER = Border(top=Side(style="thin", color="7F8C99"))


def major(minor: int, currency: str) -> Decimal:
    """Minor units as an exact Decimal in major units (openpyxl writes it as a number)."""
    return Decimal(minor).scaleb(-minor_units(currency))


def sheet_title(text: str) -> str:
    """A valid sheet name: Excel refuses []:*?/\\ and more than 31 characters."""
    cleaned = "".join(" " if c in "[]:*?/\\" else c for c in text).strip() or "Sheet"
    return cleaned[:31]


def title(ws: Worksheet, row: int, text: str) -> None:
    cell = ws.cell(row=row, column=1, value=text)
    cell.font = TITLE_FONT


def header(ws: Worksheet, row: int, labels: list[str]) -> None:
    for column, label in enumerate(labels, start=1):
        cell = ws.cell(row=row, column=column, value=label)
        cell.font, cell.fill, cell.border = HEADER_FONT, HEADER_FILL, HEADER_BORDER
        cell.alignment = Alignment(vertical="center", wrap_text=True)


def money(ws: Worksheet, row: int, column: int, minor: int, currency: str) -> None:
    cell = ws.cell(row=row, column=column, value=major(minor, currency))
    cell.number_format = MONEY_FORMAT


def value(ws: Worksheet, row: int, column: int, data: Any, number_format: str = "") -> None:
    cell = ws.cell(row=row, column=column, value=data)
    if number_format:
        cell.number_format = number_format


def day(ws: Worksheet, row: int, column: int, when: date, lang: str) -> None:
    value(ws, row, column, when, DATE_FORMATS.get(lang, DATE_FORMATS["fr"]))


def bold_row(ws: Worksheet, row: int, columns: int, *, rule: bool = False) -> None:
    for column in range(1, columns + 1):
        cell = ws.cell(row=row, column=column)
        cell.font = HEADER_FONT
        if rule:
            cell.border = TOTAL_BORDER


def widths(ws: Worksheet, sizes: list[float]) -> None:
    from openpyxl.utils import get_column_letter

    for column, size in enumerate(sizes, start=1):
        ws.column_dimensions[get_column_letter(column)].width = size


def page_setup(
    ws: Worksheet, *, landscape: bool = False, repeat_rows: str | None = None, lang: str = "fr"
) -> None:
    """A4, fitted to the page width, headers repeated on every printed page."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE if landscape else ws.ORIENTATION_PORTRAIT
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages as needed downwards
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    if repeat_rows:
        ws.print_title_rows = repeat_rows
    if lang == "ar":
        ws.sheet_view.rightToLeft = True
