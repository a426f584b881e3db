"""Logframe page on the 100k demo file (issue #5): what one reload of the editor reads (the
tree with indicators and progress, the planned cost and actual spend of every node — a scan of
the splits tagged to activities —, the tracking table and the quality checks), and one move of
a result with the renumbering of the whole logframe (then moved back). Best of 3, in process."""

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
    from desk.services.browse.logframe import project_logframe
    from desk.services.browse.projects import list_projects
    from desk.services.logframe import edit
    from desk.services.logframe.links import project_costs
    from desk.services.logframe.quality import project_issues
    from desk.services.logframe.read import tracking_table
    from desk.store import open_file

    copy = ctx.tmp / "logframe-bench.assodesk"
    shutil.copyfile(ctx.big, copy)
    with open_file(copy, auto_backup=False) as asso:
        project = next(p.id for p in list_projects(asso) if p.has_logframe)
        view = project_logframe(asso, project)
        assert view is not None
        results = [n for n in view.nodes if n.depth == 2]
        first, parent = results[0], results[0].parent_id
        assert parent is not None

        def move_and_back() -> None:
            old = edit.move_node(asso, first.id, parent, len(results))
            edit.move_node(asso, first.id, *old)

        return {
            "logframe_tree_s": _best(lambda: project_logframe(asso, project)),
            "logframe_costs_s": _best(lambda: project_costs(asso, view.id)),
            "logframe_tracking_s": _best(lambda: tracking_table(asso, project)),
            "logframe_quality_s": _best(lambda: project_issues(asso, project)),
            "logframe_move_and_back_s": _best(move_and_back),
        }
