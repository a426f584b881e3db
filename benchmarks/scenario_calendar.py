"""Chronogramme (issue #6): a 36-month project with 40 activities on 8 results, 120 sessions
and 12 deadlines. Measured in a fresh offscreen process: the data read (chronogramme service),
a full repaint of the Gantt view at 1400×800 and with the whole chart visible (2600×1300),
a repaint while dragging a bar, and the PDF (A4) and PNG exports.

Run alone: `python benchmarks/scenario_calendar.py` prints the figures.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

CHILD = r"""
import json, os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from datetime import date, timedelta
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desk.domain.enums import DeadlineKind
from desk.domain.timeline import add_months
from desk.models import Project
from desk.services.activities.activities import ActivityData, create_activity
from desk.services.activities.deadlines import DeadlineData, add_deadline
from desk.services.activities.sessions import SessionData, add_session
from desk.services.browse.chronogramme import chronogramme
from desk.services.logframe import tree
from desk.services.setup import NewAssociation, new_association

folder = Path(sys.argv[1])
asso = new_association(folder / "chrono.assodesk", NewAssociation(name="Bench", city="Rabat"))
start = date(2025, 1, 1)
with asso.unit_of_work() as s:
    end = date(2027, 12, 31)
    p = Project(code="B36", title="Projet de 36 mois", start_date=start, end_date=end)
    s.add(p); s.flush()
    lf = tree.ensure_logframe(s, p.id)
    os1 = tree.add_node(s, lf.id, lf.nodes[0].id, "Objectif spécifique")
    results = [tree.add_node(s, lf.id, os1.id, f"Résultat {n}").id for n in range(1, 9)]
    project_id = p.id
for n in range(40):
    begin = add_months(start, (n * 33) // 40) + timedelta(days=n % 12)
    ident = create_activity(asso, project_id, ActivityData(
        f"Activité {n + 1} : atelier de formation et de sensibilisation", begin,
        begin + timedelta(days=20 + 9 * (n % 7)), result_id=results[n % 8]))
    for k in range(3):
        add_session(asso, ident, SessionData(begin + timedelta(days=3 * k), f"Séance {k + 1}"))
for n in range(12):
    add_deadline(asso, project_id, DeadlineData(add_months(start, 3 * n), f"Rapport {n + 1}",
                                                DeadlineKind.REPORT))
figures = {}
t = time.perf_counter()
chrono = chronogramme(asso, project_id)
figures["calendar: first read incl. holidays (ms)"] = (time.perf_counter() - t) * 1000
t = time.perf_counter()
for _ in range(5):
    chrono = chronogramme(asso, project_id)
elapsed = (time.perf_counter() - t) / 5 * 1000
figures["calendar: read chronogramme 40 act. × 36 months (ms)"] = elapsed

from desk.ui.calendar.gantt import GanttView

def repaint_ms(view, runs=30):
    # A synchronous repaint of the viewport (paintEvent into the backing store).
    view.viewport().repaint()
    t = time.perf_counter()
    for _ in range(runs):
        view.viewport().repaint()
    return (time.perf_counter() - t) / runs * 1000

view = GanttView()
view.resize(1400, 800); view.show(); app.processEvents()
view.set_chronogramme(chrono, date(2026, 6, 15)); app.processEvents()
figures["calendar: Gantt full repaint 1400×800 (ms)"] = repaint_ms(view)
view.resize(2600, 1300); view.zoom(-1); app.processEvents()
figures["calendar: Gantt repaint, whole chart visible (ms)"] = repaint_ms(view)
view.resize(1400, 800); view.zoom(1); app.processEvents()
a = chrono.activities[10]
center = view.bar_center(a.id)
from desk.ui.calendar.gantt import _Drag
view._drag = _Drag(view.layout_.row_of(a.id), "move", view.to_chart(center).x(),
                   (a.planned_start, a.planned_end))
figures["calendar: Gantt repaint while dragging (ms)"] = repaint_ms(view)
view._drag = None
t = time.perf_counter()
for _ in range(20):
    view.zoom(1); view.zoom(-1)
figures["calendar: zoom step, relayout (ms)"] = (time.perf_counter() - t) / 40 * 1000

from desk.reports.calendar.pdf import chronogramme_pdf, chronogramme_png
t = time.perf_counter()
chronogramme_pdf(chrono, folder / "chrono.pdf", today=date(2026, 6, 15))
figures["calendar: PDF export A4 (s)"] = time.perf_counter() - t
import pypdf
figures["calendar: PDF pages (A4)"] = float(len(pypdf.PdfReader(str(folder / "chrono.pdf")).pages))
t = time.perf_counter()
chronogramme_png(chrono, folder / "chrono.png", today=date(2026, 6, 15))
figures["calendar: PNG export (s)"] = time.perf_counter() - t
asso.close()
print(json.dumps(figures))
"""


def _measure(python: str, env: dict[str, str] | None) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(
            [python, "-c", CHILD, tmp],
            env=env,
            check=True,
            capture_output=True,
            text=True,
            cwd=Path(__file__).resolve().parent.parent,
        )
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def run(ctx: Any) -> dict[str, float]:
    return _measure(ctx.python, ctx.env)


if __name__ == "__main__":
    for name, value in _measure(sys.executable, None).items():
        print(f"{name:<58} {value:8.2f}")
