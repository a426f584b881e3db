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


ExportFunction = Callable[[ExportRequest], Path]


@dataclass(frozen=True, slots=True)
class Exporter:
    run: ExportFunction
    help: str  # one line, shown by `assodesk export --help`
    takes_project: bool = False
    needs_project: bool = False


EXPORTS: dict[str, Exporter] = {}


def register_export(
    name: str, help: str, *, takes_project: bool = False, needs_project: bool = False
) -> Callable[[ExportFunction], ExportFunction]:
    """Decorator: `@register_export("budget", "...", needs_project=True)`."""

    def add(run: ExportFunction) -> ExportFunction:
        if name in EXPORTS:
            raise ValueError(f"export {name!r} is already registered")
        EXPORTS[name] = Exporter(run, help, takes_project or needs_project, needs_project)
        return run

    return add


@register_export("summary", "balances, income and expenses by category, projects (XLSX)")
def _summary(request: ExportRequest) -> Path:
    from desk.reports.summary import export_summary

    return export_summary(request.asso, request.out, lang=request.lang, today=request.today)
