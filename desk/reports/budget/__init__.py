"""Budget reports (issue 4): the budget in the EU "Budget de l'action" layout and budget vs
actual, each as XLSX (openpyxl) or PDF (HTML laid out by desk.reports.pdf), chosen by the
extension of the output path. openpyxl and Qt are imported inside the functions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desk.domain.errors import DomainError, ErrorCode
from desk.store import AssoFile


def _kind(out: Path) -> str:
    suffix = out.suffix.lower().lstrip(".")
    if suffix not in ("xlsx", "pdf"):
        raise DomainError(ErrorCode.INVALID_VALUE, field="out", text=out.name)
    return suffix


def export_budget(asso: AssoFile, budget_id: int, out: Path | str, *, lang: str = "fr") -> Path:
    """The budget `budget_id` in the EU layout, with its co-funding, to XLSX or PDF."""
    from desk.reports.budget.content import budget_content

    out = Path(out)
    kind = _kind(out)
    content = budget_content(asso, budget_id)
    if kind == "xlsx":
        from desk.reports.budget.budget_xlsx import write_budget_xlsx

        return write_budget_xlsx(content, out, lang)
    from desk.reports.budget.html import budget_html
    from desk.reports.pdf import html_to_pdf

    return html_to_pdf(
        budget_html(content),
        out,
        landscape=True,
        title=content.budget.name,
        footer=content.footer,
        right_to_left=lang == "ar",
    )


def export_budget_vs_actual(
    asso: AssoFile,
    budget_id: int,
    out: Path | str,
    *,
    lang: str = "fr",
    today: date | None = None,
) -> Path:
    """Budget vs actual of the budget `budget_id` to XLSX or PDF."""
    from desk.reports.budget.content import actual_content

    out = Path(out)
    kind = _kind(out)
    content = actual_content(asso, budget_id, today)
    if kind == "xlsx":
        from desk.reports.budget.actual_xlsx import write_actual_xlsx

        return write_actual_xlsx(content, out, lang)
    from desk.reports.budget.html import actual_html
    from desk.reports.pdf import html_to_pdf

    return html_to_pdf(
        actual_html(content),
        out,
        landscape=True,
        title=content.result.budget.name,
        footer=content.footer,
        right_to_left=lang == "ar",
    )
