"""The treasury ledger as filtered on the page, to XLSX or CSV, for the auditor or a donor.

Rows are read window by window (oldest first) with the page's own filters and keyset order
(`ledger_query.filtered`/`ordered`, via `ledger_lines.export_window`: one query per window
instead of the page's four): memory stays flat on a million splits. The XLSX is written by
openpyxl in write-only mode, cells streamed as they come; the totals (income, expenses,
net) are the values of the page's totals query, not formulas. The CSV is what French Excel
opens by a double click: UTF-8 with a BOM, semicolons, decimal commas.

Text typed by users (labels, payees…) never becomes a formula: see `desk.reports.safe_text`.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk.domain.money import minor_units
from desk.reports.safe_text import looks_like_formula, neutralise
from desk.services.browse.ledger_lines import ExportRow, export_window, project_id_of
from desk.services.browse.treasury import LedgerFilters, LedgerTotals, ledger_totals
from desk.store import AssoFile

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

    from desk.reports.exports import ExportRequest

WINDOW = 5000  # transactions per read: a few queries per 100k, a few MB at most
EXCEL_EPOCH = date(1899, 12, 30)  # day 0 of Excel's serial dates (valid from March 1900)


def translate(context: str, text: str) -> str:
    """Qt's translation of `text`; named so that pyside6-lupdate extracts the strings."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


def headers(with_balance: bool, currency: str) -> list[str]:
    names = [
        translate("LedgerExport", "Date"),
        translate("LedgerExport", "Receipt no."),
        translate("LedgerExport", "Label"),
        translate("LedgerExport", "Payee"),
        translate("LedgerExport", "Account"),
        translate("LedgerExport", "Category"),
        translate("LedgerExport", "Project"),
        translate("LedgerExport", "Budget line"),
        translate("LedgerExport", "Amount ({currency})").format(currency=currency),
    ]
    if with_balance:
        names.append(translate("LedgerExport", "Balance ({currency})").format(currency=currency))
    return names


def total_labels() -> tuple[str, str, str]:
    return (
        translate("LedgerExport", "Total income"),
        translate("LedgerExport", "Total expenses"),
        translate("LedgerExport", "Net"),
    )


def ledger_windows(
    asso: AssoFile, filters: LedgerFilters, window: int = WINDOW
) -> Iterator[list[ExportRow]]:
    """The filtered transactions, oldest first, `window` at a time."""
    after = None
    while rows := export_window(asso, filters, after, window):
        yield rows
        if len(rows) < window:
            return
        after = rows[-1].cursor


def ledger_rows(
    asso: AssoFile, filters: LedgerFilters, window: int = WINDOW
) -> Iterator[ExportRow]:
    """Each filtered transaction, oldest first. (Reading the next window on another thread
    while writing was measured slower: both are Python work under the GIL.)"""
    for rows in ledger_windows(asso, filters, window):
        yield from rows


def export_ledger(
    asso: AssoFile,
    out: Path | str,
    filters: LedgerFilters | None = None,
    *,
    lang: str = "fr",
    window: int = WINDOW,
) -> Path:
    """Write the ledger kept by `filters` at `out` (CSV for a .csv name, else XLSX)."""
    out = Path(out)
    filters = filters or LedgerFilters()
    totals = ledger_totals(asso, filters)
    rows = ledger_rows(asso, filters, window)
    tmp = out.with_name(out.name + ".part")
    try:
        if out.suffix.lower() == ".csv":
            _write_csv(tmp, rows, totals, filters, lang)
        else:
            _write_xlsx(tmp, rows, totals, filters, lang)
        tmp.replace(out)
    finally:
        tmp.unlink(missing_ok=True)
    return out


def export_ledger_request(request: ExportRequest) -> Path:
    """`assodesk export --what ledger`: the whole ledger, or a project's, over a period."""
    project_id = project_id_of(request.asso, request.project) if request.project else None
    filters = LedgerFilters(start=request.start, end=request.end, project_id=project_id)
    return export_ledger(request.asso, request.out, filters, lang=request.lang)


# -- CSV ------------------------------------------------------------------------------------


def decimal_comma(minor: int, currency: str) -> str:
    """-123450 → "-1234,50": a number to French Excel (no thousands separator to misread)."""
    digits = minor_units(currency)
    sign = "-" if minor < 0 else ""
    whole, fraction = divmod(abs(minor), 10**digits)
    return f"{sign}{whole},{fraction:0{digits}d}" if digits else f"{sign}{whole}"


def _write_csv(
    path: Path,
    rows: Iterator[ExportRow],
    totals: LedgerTotals,
    filters: LedgerFilters,
    lang: str,
) -> None:
    with_balance = filters.treasury_account_id is not None
    currency = totals.currency
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, delimiter=";")
        writer.writerow(headers(with_balance, currency))
        for row in rows:
            record = [
                row.date.strftime("%d/%m/%Y") if lang != "en" else row.date.isoformat(),
                neutralise(row.receipt_number),
                neutralise(row.label),
                neutralise(row.payee),
                neutralise(row.treasury),
                neutralise(row.category),
                neutralise(row.project),
                neutralise(row.budget_lines),
                decimal_comma(row.amount_minor, currency),
            ]
            if with_balance:
                balance = row.balance_minor
                record.append("" if balance is None else decimal_comma(balance, currency))
            writer.writerow(record)
        writer.writerow([])
        blanks = [""] * 7
        for label, minor in zip(total_labels(), _total_values(totals), strict=True):
            writer.writerow([label, *blanks, decimal_comma(minor, currency)])


def _total_values(totals: LedgerTotals) -> tuple[int, int, int]:
    return (totals.income_minor, totals.expense_minor, totals.net_minor)


# -- XLSX -----------------------------------------------------------------------------------


def _write_xlsx(
    path: Path,
    rows: Iterator[ExportRow],
    totals: LedgerTotals,
    filters: LedgerFilters,
    lang: str,
) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    from desk.reports import xlsx_style as style

    with_balance = filters.treasury_account_id is not None
    currency = totals.currency
    workbook = Workbook(write_only=True)
    ws: WriteOnlyWorksheet = workbook.create_sheet(
        style.sheet_title(translate("LedgerExport", "Ledger"))
    )
    _setup(ws, with_balance, lang)
    names = headers(with_balance, currency)
    ws.append([_header_cell(ws, name) for name in names])

    # One styled cell per styled column, refilled row after row: openpyxl writes a cell as
    # soon as the row is appended, so no per-cell style objects are made.
    day = WriteOnlyCell(ws)
    day.number_format = style.DATE_FORMATS.get(lang, style.DATE_FORMATS["fr"])
    money_format = f'{style.MONEY_FORMAT} "{currency}"'  # French Excel: 1 234,50 MAD
    amount = WriteOnlyCell(ws)
    amount.number_format = money_format
    balance = WriteOnlyCell(ws)
    balance.number_format = money_format
    major = style.major

    def text(value: str) -> Any:
        if not value:
            return None
        if looks_like_formula(value):
            return _string_cell(ws, value)
        return value

    for row in rows:
        day.value = (row.date - EXCEL_EPOCH).days  # a date cell, without openpyxl converting
        amount.value = major(row.amount_minor, currency)
        record: list[Any] = [
            day,
            text(row.receipt_number),
            text(row.label),
            text(row.payee),
            text(row.treasury),
            text(row.category),
            text(row.project),
            text(row.budget_lines),
            amount,
        ]
        if with_balance:
            minor = row.balance_minor
            balance.value = None if minor is None else major(minor, currency)
            record.append(balance)
        ws.append(record)

    ws.append([])
    for label, minor in zip(total_labels(), _total_values(totals), strict=True):
        total = WriteOnlyCell(ws, value=style.major(minor, currency))
        total.number_format = money_format
        total.font = style.HEADER_FONT
        ws.append([_bold(ws, label), None, None, None, None, None, None, None, total])
    workbook.save(path)


def _string_cell(ws: WriteOnlyWorksheet, value: str) -> Any:
    """A text cell kept as text even when it starts with "=" (openpyxl would write a
    formula): the type is set after the value."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws, value=value)
    cell.data_type = "s"
    return cell


def _header_cell(ws: WriteOnlyWorksheet, name: str) -> Any:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment

    from desk.reports import xlsx_style as style

    cell = WriteOnlyCell(ws, value=name)
    cell.font, cell.fill, cell.border = style.HEADER_FONT, style.HEADER_FILL, style.HEADER_BORDER
    cell.alignment = Alignment(vertical="center", wrap_text=True)
    return cell


def _bold(ws: WriteOnlyWorksheet, text: str) -> Any:
    from openpyxl.cell import WriteOnlyCell

    from desk.reports import xlsx_style as style

    cell = WriteOnlyCell(ws, value=text)
    cell.font = style.HEADER_FONT
    return cell


def _setup(ws: WriteOnlyWorksheet, with_balance: bool, lang: str) -> None:
    from desk.reports import xlsx_style as style

    sizes = [12.0, 12.0, 40.0, 24.0, 18.0, 26.0, 12.0, 24.0, 15.0]
    if with_balance:
        sizes.append(15.0)
    style.widths(ws, sizes)
    # `style.page_setup` for a write-only sheet (which lacks the Worksheet constants): A4
    # landscape, fitted to the width, the header repeated on every printed page.
    from openpyxl.worksheet.worksheet import Worksheet

    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.orientation = Worksheet.ORIENTATION_LANDSCAPE
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = "1:1"
    ws.freeze_panes = "A2"
    if lang == "ar":
        ws.sheet_view.rightToLeft = True
