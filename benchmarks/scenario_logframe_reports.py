"""Logframe exports and import on the 100k demo file (issue #5): the EU 2004 and 2016 matrices
to XLSX, the EU 2004 matrix to PDF, the indicator tracking table, then reading the exported
matrix back (read, guess the mapping, parse) and writing it as the logframe of a project that
has none. Best of 3, in process."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from typing import Any


def _best(work: Callable[[], Any], runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def run(ctx: Any) -> dict[str, float]:
    from sqlalchemy import delete

    from desk.models import Logframe
    from desk.reports.logframe import (
        export_indicators_xlsx,
        export_logframe_pdf,
        export_logframe_xlsx,
    )
    from desk.reports.pdf import ensure_gui_application
    from desk.services.browse.projects import list_projects
    from desk.services.logframe_import import import_logframe, read_file, templates
    from desk.store import open_file

    ensure_gui_application()
    copy = ctx.tmp / "logframe-reports-bench.assodesk"
    shutil.copyfile(ctx.big, copy)
    with open_file(copy, auto_backup=False) as asso:
        projects = list_projects(asso)
        source = next(p.id for p in projects if p.has_logframe)
        target = next(p.id for p in projects if not p.has_logframe)
        sheet = ctx.tmp / "cadre.xlsx"
        template = templates(asso)[0].id

        def import_and_remove() -> None:
            _, _, found = read_file(asso, sheet)
            import_logframe(asso, target, found, template)
            with asso.unit_of_work() as session:
                session.execute(delete(Logframe).where(Logframe.project_id == target))

        return {
            "logframe_xlsx_2004_s": _best(
                lambda: export_logframe_xlsx(asso, source, sheet, "2004")
            ),
            "logframe_xlsx_2016_s": _best(
                lambda: export_logframe_xlsx(asso, source, ctx.tmp / "c16.xlsx", "2016")
            ),
            "logframe_pdf_2004_s": _best(
                lambda: export_logframe_pdf(asso, source, ctx.tmp / "c.pdf", "2004")
            ),
            "indicators_xlsx_s": _best(
                lambda: export_indicators_xlsx(asso, source, ctx.tmp / "suivi.xlsx")
            ),
            "logframe_import_s": _best(import_and_remove),
        }
