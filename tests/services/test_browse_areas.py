"""Tests of the browse services of budgets, logframe, calendar, review and the audit log, on
the sample file and on the demo; expected values come from plain SQL or the inserted data."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from desk.domain.enums import CommentStatus, ProjectStatus, Sex
from desk.services.browse.budgets import operating_budgets, project_budget
from desk.services.browse.calendar import deadlines, project_activities
from desk.services.browse.logframe import project_logframe
from desk.services.browse.projects import list_projects
from desk.services.browse.reports import audit_log
from desk.services.browse.review import checks_summary, comments
from desk.store import AssoFile, open_file
from tests.ui.pages_data import (  # noqa: F401 (the *_fixture names register fixtures)
    BUDGET_TOTAL_EUR,
    WORKSHOP_MEN,
    WORKSHOP_TOTAL,
    WORKSHOP_WOMEN,
    build,
    demo_path,
    query,
    sample_fixture,
    sample_path_fixture,
)


@pytest.fixture
def jdf(sample: AssoFile) -> int:
    return next(p.id for p in list_projects(sample) if p.code == "JDF25")


def test_projects_latest_first_with_donor(sample: AssoFile) -> None:
    projects = list_projects(sample)
    assert [(p.code, p.funder, p.currency) for p in projects] == [
        ("FORM27", "", "MAD"),
        ("JDF25", "Union européenne", "EUR"),
    ]
    assert projects[1].status is ProjectStatus.ONGOING


def test_project_budget_is_the_latest_version_with_computed_totals(
    sample: AssoFile, sample_path: Path, jdf: int
) -> None:
    budget = project_budget(sample, jdf)
    assert budget is not None
    assert (budget.name, budget.version, budget.currency) == ("Budget signé", 2, "EUR")
    assert [line.code for line in budget.lines] == ["1", "1.1", "1.2", "2", "2.1", "7", "8", "9"]
    totals = {line.code: line.total_minor for line in budget.lines}
    # Independently: amount lines from the stored columns, then 7 % of the direct costs.
    direct = sum(
        q * u * (d if d is not None else 1000) // 1_000_000
        for q, u, d in query(
            sample_path,
            """SELECT quantity_milli, unit_cost_minor, duration_milli FROM budget_line
               WHERE budget_id = ? AND kind = 'amount'""",
            budget.id,
        )
    )
    assert totals["7"] == direct == 2_300_000
    assert totals["8"] == direct * 7 // 100
    assert totals["9"] == budget.total_minor == BUDGET_TOTAL_EUR
    assert [f.name for f in budget.funders] == ["AE", "Union européenne"]
    eu = next(f.id for f in budget.funders if f.name == "Union européenne")
    assert budget.lines[1].funding(eu) == 1_440_000  # 80 % of 18 000,00
    assert budget.lines[-1].funding(eu) == 2_101_000


def test_no_budget_and_operating_budgets(sample: AssoFile) -> None:
    form = next(p.id for p in list_projects(sample) if p.code == "FORM27")
    assert project_budget(sample, form) is None
    (operating,) = operating_budgets(sample)
    assert (operating.year_label, operating.income_minor, operating.expense_minor) == (
        "2025",
        400_000,
        1_800_000,
    )


def test_logframe_tree_in_order_with_template_level_names(sample: AssoFile, jdf: int) -> None:
    view = project_logframe(sample, jdf)
    assert view is not None and view.template == "UE 2004"
    assert [n.code for n in view.nodes] == ["OG", "OS1", "R1.1", "A1.1.1", "R1.2", "A1.2.1"]
    assert [n.level for n in view.nodes][:3] == [
        "Objectif global",
        "Objectif spécifique",
        "Résultat",
    ]
    (women,) = view.nodes[1].indicators
    assert women.target is not None and women.target.total == 40
    assert women.target.of(Sex.FEMALE) == 30 and women.target.of(Sex.MALE) == 10
    assert women.latest_date == date(2025, 3, 31)  # not the January value
    assert women.latest is not None and women.latest.total == 31
    (share,) = view.nodes[4].indicators
    assert share.latest is not None and share.latest.total == Decimal("45.5")


def test_level_names_come_from_the_file(sample_path: Path, tmp_path: Path, jdf: int) -> None:
    copy = tmp_path / "renamed.assodesk"
    shutil.copyfile(sample_path, copy)
    with sqlite3.connect(copy) as connection:
        connection.execute("UPDATE logframe_level SET name = 'Produit attendu' WHERE depth = 2")
    with open_file(copy, read_only=True) as asso:
        view = project_logframe(asso, jdf)
    assert view is not None and view.nodes[2].level == "Produit attendu"


def test_activities_count_sessions_and_people(
    sample: AssoFile, sample_path: Path, jdf: int
) -> None:
    workshop, training = project_activities(sample, jdf)
    assert (workshop.code, training.code) == ("A1.1.1", "A1.2.1")
    women, men, everyone = query(
        sample_path,
        """SELECT SUM(CASE WHEN sex = 'female' THEN count END),
                  SUM(CASE WHEN sex = 'male' THEN count END), SUM(count)
           FROM attendance a JOIN session s ON s.id = a.session_id WHERE s.activity_id = ?""",
        workshop.id,
    )[0]
    assert (workshop.women, workshop.men, workshop.participants) == (women, men, everyone)
    assert (women, men, everyone) == (WORKSHOP_WOMEN, WORKSHOP_MEN, WORKSHOP_TOTAL)
    assert (workshop.sessions, training.sessions, training.participants) == (2, 0, 0)


def test_deadlines_not_done_by_date(sample: AssoFile, jdf: int) -> None:
    assert [d.title for d in deadlines(sample, jdf)] == ["Rapport final", "Restitution"]
    every = deadlines(sample, jdf, include_done=True)
    assert [d.title for d in every] == ["2e tranche", "Rapport final", "Restitution"]
    assert every[1].overdue(date(2026, 1, 1)) and not every[0].overdue(date(2026, 1, 1))


def test_comments_newest_first_with_their_record(sample: AssoFile) -> None:
    every = comments(sample)
    assert [c.author for c in every] == ["Coach Awa", "Coach Karim", "Coach Karim"]
    assert every[1].record_label == "2025-0002 — Transport des participantes"
    assert every[2].record_label == "JDF25 — Journée des droits des femmes 2025"
    assert every[0].record_table == "" and every[0].record_label == ""
    assert all(c.status is CommentStatus.OPEN for c in comments(sample, open_only=True))
    assert len(comments(sample, open_only=True)) == 2


def test_checks_summary_counts(sample: AssoFile, sample_path: Path) -> None:
    summary = checks_summary(sample)
    unbalanced = query(
        sample_path,
        "SELECT transaction_id FROM split GROUP BY transaction_id HAVING SUM(amount_minor) <> 0",
    )
    assert summary.unbalanced == len(unbalanced) == 1
    assert (summary.missing_receipts, summary.open_comments, summary.transactions) == (2, 2, 9)


def test_audit_log_newest_first_with_labels(sample: AssoFile, sample_path: Path) -> None:
    entries = audit_log(sample)
    expected = query(sample_path, "SELECT id FROM audit_entry ORDER BY at DESC, id DESC")
    assert [e.id for e in entries] == [i for (i,) in expected]
    assert entries[0].record_label == "2026-0001 — Cotisations de janvier"
    assert entries[-1].table == "organisation" and entries[-1].record_label == "Association Espoir"
    assert len(audit_log(sample, limit=3)) == 3


def test_demo_areas(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = demo_path(request, tmp_path_factory)
    with open_file(path, read_only=True) as demo:
        projects = list_projects(demo)
        assert projects and all(p.code for p in projects)
        for project in projects:
            activities = project_activities(demo, project.id)
            women = query(
                path,
                """SELECT COALESCE(SUM(a.count), 0) FROM attendance a
                   JOIN session s ON s.id = a.session_id JOIN activity ac ON ac.id = s.activity_id
                   WHERE ac.project_id = ? AND a.sex = 'female'""",
                project.id,
            )[0][0]
            assert sum(a.women for a in activities) == women
            budget = project_budget(demo, project.id)
            if budget is not None:
                top = [
                    ln
                    for ln in budget.lines
                    if ln.parent_id is None and ln.kind.value != "computed"
                ]
                assert budget.total_minor == sum(ln.total_minor for ln in top) > 0
        framed = [project_logframe(demo, p.id) for p in projects]
        codes = [n.code for view in framed if view for n in view.nodes]
        assert "OS1" in codes and any(c.startswith("R1.") for c in codes)
        assert len(comments(demo)) == query(path, "SELECT COUNT(*) FROM review_comment")[0][0]
        assert len(audit_log(demo)) == min(
            200, query(path, "SELECT COUNT(*) FROM audit_entry")[0][0]
        )
