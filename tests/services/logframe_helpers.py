"""Helpers for the logframe service tests: a project in a new file and a small tree."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from desk.models import Project
from desk.services.logframe import tree
from desk.store import AssoFile


def make_project(session: Session, code: str = "P1") -> int:
    project = Project(
        code=code, title=f"Projet {code}", start_date=date(2025, 1, 1), end_date=date(2026, 12, 31)
    )
    session.add(project)
    session.flush()
    return project.id


def small_tree(asso: AssoFile, template: str = "UE 2004") -> dict[str, int]:
    """OG > OS1 > (R1.1 > A1.1.1, A1.1.2), (R1.2 > A1.2.1); ids by code."""
    with asso.unit_of_work() as s:
        project_id = make_project(s)
        lf = tree.ensure_logframe(s, project_id, template)
        root = lf.nodes[0]
        os1 = tree.add_node(s, lf.id, root.id, "Objectif spécifique")
        r1 = tree.add_node(s, lf.id, os1.id, "Résultat un")
        r2 = tree.add_node(s, lf.id, os1.id, "Résultat deux")
        a11 = tree.add_node(s, lf.id, r1.id, "Activité 1.1.1")
        a12 = tree.add_node(s, lf.id, r1.id, "Activité 1.1.2")
        a21 = tree.add_node(s, lf.id, r2.id, "Activité 1.2.1")
        ids = {
            "project": project_id,
            "logframe": lf.id,
            "root": root.id,
            "os1": os1.id,
            "r1": r1.id,
            "r2": r2.id,
            "a11": a11.id,
            "a12": a12.id,
            "a21": a21.id,
        }
    return ids


def codes(asso: AssoFile, logframe_id: int) -> dict[int, str]:
    from sqlalchemy import select

    from desk.models import LogframeNode

    with asso.reader() as s:
        return dict(
            s.execute(
                select(LogframeNode.id, LogframeNode.code).where(
                    LogframeNode.logframe_id == logframe_id
                )
            ).all()
        )
