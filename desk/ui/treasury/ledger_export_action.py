"""The ledger page's "Export…" button: what is filtered on the page, to XLSX or CSV, written
in the background; the page's status line says where (or why not)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from desk.domain.errors import DomainError
from desk.i18n.messages import describe_error
from desk.services.browse.treasury import LedgerFilters
from desk.store import AssoFile
from desk.ui.widgets.formatting import ui_language
from desk.ui.widgets.jobs import run_in_background


def translate(context: str, text: str) -> str:
    """Qt's translation, named so that lupdate finds `translate("LedgerExportAction", "…")`."""
    return QCoreApplication.translate(context, text)


def default_name(filters: LedgerFilters, today: date) -> str:
    """ "journal-2026.xlsx", "journal-2025-2026.xlsx" for the period filtered."""
    start, end = filters.start, filters.end
    if start is not None and end is not None and start.year != end.year:
        years = f"{start.year}-{end.year}"
    else:
        years = str((start or end or today).year)
    slug = translate("LedgerExportAction", "ledger")
    return f"{slug}-{years}.xlsx"


def ask_path(parent: QWidget, filters: LedgerFilters, folder: Path) -> Path | None:
    """The file chosen in a save dialog (CSV for a .csv name, else XLSX), or None."""
    chosen, selected = QFileDialog.getSaveFileName(
        parent,
        translate("LedgerExportAction", "Export the ledger"),
        str(folder / default_name(filters, date.today())),
        ";;".join(
            (
                translate("LedgerExportAction", "Excel workbook (*.xlsx)"),
                translate("LedgerExportAction", "CSV file for Excel (*.csv)"),
            )
        ),
    )
    if not chosen:
        return None
    out = Path(chosen)
    if out.suffix.lower() not in (".xlsx", ".csv"):
        out = out.with_name(out.name + (".csv" if "csv" in selected else ".xlsx"))
    return out


def export_filtered(
    parent: QWidget,
    asso: AssoFile,
    filters: LedgerFilters,
    out: Path,
    say: Callable[[str], None],
) -> None:
    """Write the ledger kept by `filters` at `out` off the GUI thread, then `say` the result."""
    lang = ui_language()

    def work() -> Path:
        from desk.reports.treasury.ledger_export import export_ledger

        return export_ledger(asso, out, filters, lang=lang)

    def done(written: object) -> None:
        say(translate("LedgerExportAction", "Ledger exported: %1").replace("%1", str(written)))

    def failed(error: Exception) -> None:
        reason = describe_error(error) if isinstance(error, DomainError) else str(error)
        say(
            translate("LedgerExportAction", "The ledger was not exported: %1").replace("%1", reason)
        )

    say(translate("LedgerExportAction", "Exporting the ledger…"))
    run_in_background(
        parent, translate("LedgerExportAction", "Exporting the ledger…"), work, done, failed
    )
