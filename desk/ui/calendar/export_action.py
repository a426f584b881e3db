"""The calendar page's "Export…" button: the chronogramme as PDF (A4 or A3 landscape), PNG or
XLSX, or the project's activities, sessions and deadlines as an iCalendar file; written off the
GUI thread (a busy dialog appears only if it takes more than half a second)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from desk.services.browse.chronogramme import Chronogramme
from desk.store import AssoFile
from desk.ui.widgets.jobs import run_in_background


def translate(context: str, text: str) -> str:
    """Qt's translation (named so that lupdate extracts the literal strings passed to it)."""
    return QCoreApplication.translate(context, text)


def ask_and_export(
    parent: QWidget,
    asso: AssoFile,
    chrono: Chronogramme,
    *,
    lang: str,
    today: date,
    done: Callable[[Any], None],
    failed: Callable[[Exception], None],
) -> None:
    """Ask where to write, then write in the background; `done(path)` or `failed(error)`."""
    filters = {
        translate("CalendarExport", "Chronogramme, PDF A4 (*.pdf)"): ".pdf",
        translate("CalendarExport", "Chronogramme, PDF A3 (*.pdf)"): "-a3.pdf",
        translate("CalendarExport", "Chronogramme, image (*.png)"): ".png",
        translate("CalendarExport", "Chronogramme, Excel (*.xlsx)"): ".xlsx",
        translate("CalendarExport", "Calendar for phones and computers (*.ics)"): ".ics",
    }
    suggested = str(Path.home() / f"chronogramme-{chrono.project_code}.pdf")
    name, chosen = QFileDialog.getSaveFileName(
        parent,
        translate("CalendarExport", "Export the chronogramme"),
        suggested,
        ";;".join(filters),
    )
    if not name:
        return
    out = Path(name)
    ending = filters.get(chosen, out.suffix or ".pdf")
    if ending == "-a3.pdf" and not out.stem.lower().endswith("-a3"):
        out = out.with_name(f"{out.stem}-a3.pdf")
    elif not out.name.lower().endswith(ending.removeprefix("-a3")):
        out = out.with_suffix(ending.removeprefix("-a3"))

    def work() -> Path:
        if out.suffix.lower() == ".ics":
            from desk.reports.calendar.ics import calendar_ics

            return calendar_ics(asso, [chrono], out)
        from desk.reports.calendar.export import write_chronogramme

        return write_chronogramme(chrono, out, lang=lang, today=today)

    run_in_background(
        parent,
        translate("CalendarExport", "Writing %1…").replace("%1", out.name),
        work,
        done,
        failed,
    )
