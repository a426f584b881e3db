"""The registry of `assodesk export --what WHAT`: each report registers a callable here, so a
new export needs no change to the command-line parser.

Light on purpose (the CLI imports it to list the choices): an exporter imports its report
module inside its body.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desk.store import AssoFile


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """What the user asked for; `asso` is open read-only and closed by the caller."""

    asso: AssoFile
    out: Path
    project: str | None = None  # a project code, for per-project reports
    lang: str = "fr"
    today: date | None = None
    start: date | None = None  # a period, for exporters that take one (`takes_period`)
    end: date | None = None


ExportFunction = Callable[[ExportRequest], Path]


@dataclass(frozen=True, slots=True)
class Exporter:
    run: ExportFunction
    help: str  # one line, shown by `assodesk export --help`
    takes_project: bool = False
    needs_project: bool = False
    formats: tuple[str, ...] = ("xlsx",)  # the extensions it writes, without the dot
    takes_period: bool = False

    def writes(self, out: Path) -> bool:
        """`out` ends in one of the extensions this exporter writes."""
        return out.suffix.lower().lstrip(".") in self.formats


EXPORTS: dict[str, Exporter] = {}


def register_export(
    name: str,
    help: str,
    *,
    takes_project: bool = False,
    needs_project: bool = False,
    formats: tuple[str, ...] = ("xlsx",),
    takes_period: bool = False,
) -> Callable[[ExportFunction], ExportFunction]:
    """Decorator: `@register_export("budget", "...", needs_project=True, formats=("xlsx",
    "pdf"))`; the first format is the default one."""

    def add(run: ExportFunction) -> ExportFunction:
        if name in EXPORTS:
            raise ValueError(f"export {name!r} is already registered")
        EXPORTS[name] = Exporter(
            run, help, takes_project or needs_project, needs_project, formats, takes_period
        )
        return run

    return add


@register_export("summary", "balances, income and expenses by category, projects (XLSX)")
def _summary(request: ExportRequest) -> Path:
    from desk.reports.summary import export_summary

    return export_summary(request.asso, request.out, lang=request.lang, today=request.today)


def _logframe(request: ExportRequest, layout: str) -> Path:
    from desk.reports import logframe
    from desk.services.logframe_export import project_id_by_code

    project_id = project_id_by_code(request.asso, request.project or "")
    write = (
        logframe.export_logframe_pdf
        if request.out.suffix.lower() == ".pdf"
        else logframe.export_logframe_xlsx
    )
    return write(request.asso, project_id, request.out, layout, request.lang, request.today)


@register_export(
    "logframe-2004",
    "logframe, EU 2004 layout (XLSX, or PDF for a .pdf --out)",
    needs_project=True,
    formats=("xlsx", "pdf"),
)
def _logframe_2004(request: ExportRequest) -> Path:
    return _logframe(request, "2004")


@register_export(
    "logframe-2016",
    "logframe, EU 2016 layout (XLSX, or PDF for a .pdf --out)",
    needs_project=True,
    formats=("xlsx", "pdf"),
)
def _logframe_2016(request: ExportRequest) -> Path:
    return _logframe(request, "2016")


@register_export("indicators", "indicator tracking table of a project (XLSX)", needs_project=True)
def _indicators(request: ExportRequest) -> Path:
    from desk.reports.logframe import export_indicators_xlsx
    from desk.services.logframe_export import project_id_by_code

    project_id = project_id_by_code(request.asso, request.project or "")
    return export_indicators_xlsx(
        request.asso, project_id, request.out, request.lang, request.today
    )


@register_export(
    "receipts",
    "the receipts (pièces) as a ZIP, files named by receipt number; --project for one project,"
    " --from/--to for a period",
    takes_project=True,
    formats=("zip",),
    takes_period=True,
)
def _receipts(request: ExportRequest) -> Path:
    from desk.reports.treasury.receipts_zip import export_receipts_zip

    return export_receipts_zip(
        request.asso,
        request.out,
        start=request.start,
        end=request.end,
        project_code=request.project,
    )


@register_export(
    "ledger",
    "the treasury ledger (XLSX, or CSV for a .csv --out); --project for one project,"
    " --from/--to for a period",
    takes_project=True,
    formats=("xlsx", "csv"),
    takes_period=True,
)
def _ledger(request: ExportRequest) -> Path:
    from desk.reports.treasury.ledger_export import export_ledger_request

    return export_ledger_request(request)


def _project_budget_id(request: ExportRequest) -> int:
    """The latest budget version of the project named by `--project` (its code)."""
    from sqlalchemy import select

    from desk.domain.errors import DomainError, ErrorCode
    from desk.models import Budget, Project

    with request.asso.reader() as session:
        budget_id = session.scalar(
            select(Budget.id)
            .join(Project, Project.id == Budget.project_id)
            .where(Project.code == request.project)
            .order_by(Budget.version.desc(), Budget.id.desc())
            .limit(1)
        )
    if budget_id is None:
        raise DomainError(ErrorCode.NOT_FOUND, field="project", code_text=request.project)
    return int(budget_id)


@register_export(
    "budget",
    "a project's budget in the EU layout (.xlsx or .pdf)",
    needs_project=True,
    formats=("xlsx", "pdf"),
)
def _budget(request: ExportRequest) -> Path:
    from desk.reports.budget import export_budget

    return export_budget(request.asso, _project_budget_id(request), request.out, lang=request.lang)


@register_export(
    "budget-vs-actual",
    "a project's budget vs actual (.xlsx or .pdf)",
    needs_project=True,
    formats=("xlsx", "pdf"),
)
def _budget_vs_actual(request: ExportRequest) -> Path:
    from desk.reports.budget import export_budget_vs_actual

    return export_budget_vs_actual(
        request.asso,
        _project_budget_id(request),
        request.out,
        lang=request.lang,
        today=request.today,
    )


@register_export(
    "chronogramme",
    "activities by month of a project: PDF (A4; A3 if --out ends in -a3.pdf), PNG or XLSX",
    needs_project=True,
    formats=("pdf", "png", "xlsx"),
)
def _chronogramme(request: ExportRequest) -> Path:
    from desk.reports.calendar.export import export_chronogramme

    return export_chronogramme(request)


@register_export(
    "calendar",
    "activities, sessions and deadlines as an iCalendar file (.ics)",
    takes_project=True,
    formats=("ics",),
)
def _calendar(request: ExportRequest) -> Path:
    from desk.reports.calendar.export import export_calendar

    return export_calendar(request)
