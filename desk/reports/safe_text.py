"""Text written into a spreadsheet (CSV or XLSX) that a spreadsheet must not run.

A label typed as `=HYPERLINK("http://…","…")`, `+cmd|…`, `-2+3` or `@SUM(…)` is a formula to
Excel or LibreOffice when the file is opened ("CSV injection"). Exports keep such text as text:
in CSV with a leading apostrophe (what Excel itself shows for text typed that way), in XLSX as
an explicit string cell (see `desk.reports.treasury.ledger_export`).
"""

from __future__ import annotations

# A tab or carriage return first: some spreadsheets strip it, then read a formula.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(text: str) -> bool:
    """`text` would be read as a formula (or could become one) by a spreadsheet."""
    return text[:1] in FORMULA_TRIGGERS


def neutralise(text: str) -> str:
    """`text` made inert for a CSV cell: an apostrophe before a leading = + - @ tab or CR."""
    return "'" + text if looks_like_formula(text) else text
