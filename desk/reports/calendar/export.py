"""`assodesk export --what chronogramme` (PDF, PNG or XLSX by the extension of --out; a file
name ending in "-a3.pdf" gives A3 pages) and `--what calendar` (.ics of one project, or of all
projects when no --project is given)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from desk.domain.errors import DomainError, ErrorCode
from desk.models import Project
from desk.reports.exports import ExportRequest
from desk.services.browse.chronogramme import Chronogramme, chronogramme
from desk.store import AssoFile

FORMATS = (".pdf", ".png", ".xlsx")


def project_id(asso: AssoFile, code: str) -> int:
    with asso.reader() as session:
        found = session.scalar(select(Project.id).where(Project.code == code))
    if found is None:
        raise DomainError(ErrorCode.NOT_FOUND, field="project", project=code)
    return found


def export_chronogramme(request: ExportRequest) -> Path:
    suffix = request.out.suffix.lower()
    if suffix not in FORMATS:
        raise DomainError(
            ErrorCode.INVALID_VALUE, field="out", text=str(request.out), expected=", ".join(FORMATS)
        )
    assert request.project is not None
    chrono = chronogramme(request.asso, project_id(request.asso, request.project), request.lang)
    return write_chronogramme(chrono, request.out, lang=request.lang, today=request.today)


def write_chronogramme(
    chrono: Chronogramme, out: Path, *, lang: str = "fr", today: date | None = None
) -> Path:
    """PDF, PNG or XLSX by the extension of `out` (also used by the calendar page)."""
    day = today
    suffix = out.suffix.lower()
    if suffix == ".xlsx":
        from desk.reports.calendar.xlsx import chronogramme_xlsx

        return chronogramme_xlsx(chrono, out, lang=lang, today=day)
    from desk.reports.calendar.pdf import chronogramme_pdf, chronogramme_png

    if suffix == ".png":
        return chronogramme_png(chrono, out, lang=lang, today=day)
    size = "A3" if out.stem.lower().endswith("-a3") else "A4"
    title = f"{chrono.project_code} — {chrono.project_title}"
    return chronogramme_pdf(chrono, out, page_size=size, lang=lang, today=day, title=title)


def export_calendar(request: ExportRequest) -> Path:
    from desk.reports.calendar.ics import calendar_ics
    from desk.services.browse.projects import list_projects

    if request.project:
        ids = [project_id(request.asso, request.project)]
    else:
        ids = [p.id for p in list_projects(request.asso)]
    chronos = [chronogramme(request.asso, ident, request.lang) for ident in ids]
    return calendar_ics(request.asso, chronos, request.out)
