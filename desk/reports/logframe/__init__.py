"""Logframe exports: the EU 2004 and EU 2016 matrices to XLSX and PDF, and the indicator
tracking table to XLSX. Each function imports its module when called (openpyxl and Qt stay
unloaded until an export runs)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desk.store import AssoFile


def export_logframe_xlsx(
    asso: AssoFile,
    project_id: int,
    out: Path | str,
    layout: str = "2004",
    lang: str = "fr",
    today: date | None = None,
) -> Path:
    """The matrix in the EU `layout` ("2004" or "2016") as an XLSX workbook."""
    from desk.reports.logframe import xlsx

    return xlsx.export_logframe_xlsx(asso, project_id, out, layout, lang, today)


def export_logframe_pdf(
    asso: AssoFile,
    project_id: int,
    out: Path | str,
    layout: str = "2004",
    lang: str = "fr",
    today: date | None = None,
) -> Path:
    """The matrix in the EU `layout` ("2004" or "2016") as an A4 landscape PDF."""
    from desk.reports.logframe import pdf

    return pdf.export_logframe_pdf(asso, project_id, out, layout, lang, today)


def export_indicators_xlsx(
    asso: AssoFile,
    project_id: int,
    out: Path | str,
    lang: str = "fr",
    today: date | None = None,
) -> Path:
    """The indicator tracking table (every indicator × period) as an XLSX workbook."""
    from desk.reports.logframe import tracking

    return tracking.export_indicators_xlsx(asso, project_id, out, lang, today)
