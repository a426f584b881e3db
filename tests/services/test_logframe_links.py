"""Planned cost and actual spend of logframe nodes, and the quality checks."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import insert

from desk.domain.enums import BudgetLineKind, BudgetTemplate, IndicatorKind, Sex, TransactionKind
from desk.domain.logframe_rules import ItemKind, QualityProblem
from desk.models import Activity, Budget, BudgetLine, activity_budget_lines
from desk.services.ledger import SplitInput, TransactionInput, add_transaction
from desk.services.logframe import indicators as ind_service
from desk.services.logframe import tree
from desk.services.logframe.links import project_costs
from desk.services.logframe.quality import project_issues
from desk.store import AssoFile
from tests.services.logframe_helpers import small_tree


def _budget_and_spend(asso: AssoFile, ids: dict[str, int]) -> dict[str, int]:
    """Lines: salle 3 000,00 (A1.1.1 only), kits 1 000,01 (shared A1.1.1 / A1.2.1), a 10 %
    line; spend 500,00 on A1.1.1 and 120,00 on A1.2.1 minus a 20,00 refund."""
    with asso.unit_of_work() as s:
        budget = Budget(project_id=ids["project"], name="Budget", template=BudgetTemplate.FREE)
        s.add(budget)
        s.flush()
        lines = [
            BudgetLine(
                budget_id=budget.id,
                code="1",
                label="Salle",
                position=0,
                kind=BudgetLineKind.AMOUNT,
                quantity_milli=3000,
                unit_cost_minor=100_000,
            ),
            BudgetLine(
                budget_id=budget.id,
                code="2",
                label="Kits",
                position=1,
                kind=BudgetLineKind.AMOUNT,
                quantity_milli=1000,
                unit_cost_minor=100_001,
            ),
            BudgetLine(
                budget_id=budget.id,
                code="3",
                label="Frais",
                position=2,
                kind=BudgetLineKind.PERCENTAGE,
                percent_bp=1000,
            ),
        ]
        s.add_all(lines)
        a1 = Activity(
            project_id=ids["project"],
            logframe_node_id=ids["a11"],
            title="Ateliers",
            planned_start=date(2025, 2, 1),
            planned_end=date(2025, 6, 30),
        )
        a2 = Activity(
            project_id=ids["project"],
            logframe_node_id=ids["a21"],
            title="Journée",
            planned_start=date(2025, 3, 8),
            planned_end=date(2025, 3, 8),
        )
        s.add_all([a1, a2])
        s.flush()
        s.execute(
            insert(activity_budget_lines),
            [
                {"activity_id": a1.id, "budget_line_id": lines[0].id},
                {"activity_id": a1.id, "budget_line_id": lines[1].id},
                {"activity_id": a2.id, "budget_line_id": lines[1].id},
            ],
        )
        for day, amount, activity in (
            (date(2025, 3, 1), 50_000, a1.id),
            (date(2025, 3, 8), 12_000, a2.id),
            (date(2025, 3, 9), -2_000, a2.id),
        ):
            add_transaction(
                s,
                TransactionInput(
                    date=day,
                    kind=TransactionKind.EXPENSE,
                    label="Dépense",
                    splits=[
                        SplitInput("6131", amount, activity_id=activity),
                        SplitInput("5161", -amount),
                    ],
                    receipt_not_required=True,
                ),
            )
        return {"a1": a1.id, "a2": a2.id}


def test_costs_of_activities_and_results(new_asso: AssoFile) -> None:
    ids = small_tree(new_asso)
    _budget_and_spend(new_asso, ids)
    costs = project_costs(new_asso, ids["logframe"])
    a11, a12, a21 = costs.of(ids["a11"]), costs.of(ids["a12"]), costs.of(ids["a21"])
    # Kits 1 000,01 split equally: 500,01 for the first activity, 500,00 for the second.
    assert (a11.planned_minor, a11.spent_minor, a11.budget_lines) == (350_001, 50_000, 2)
    assert (a21.planned_minor, a21.spent_minor, a21.budget_lines) == (50_000, 10_000, 1)
    assert (a12.planned_minor, a12.spent_minor, a12.budget_lines) == (0, 0, 0)
    r1, r2, os1 = costs.of(ids["r1"]), costs.of(ids["r2"]), costs.of(ids["os1"])
    assert (r1.planned_minor, r1.spent_minor, r1.activities) == (350_001, 50_000, 1)
    assert (r2.planned_minor, r2.spent_minor) == (50_000, 10_000)
    assert (os1.planned_minor, os1.spent_minor, os1.activities) == (400_001, 60_000, 2)
    assert costs.planned_currency == costs.spent_currency == "MAD"


def test_costs_follow_a_moved_activity(new_asso: AssoFile) -> None:
    ids = small_tree(new_asso)
    _budget_and_spend(new_asso, ids)
    with new_asso.unit_of_work() as s:
        tree.move_node(s, ids["a11"], ids["r2"], 0)
    costs = project_costs(new_asso, ids["logframe"])
    assert costs.of(ids["r1"]).planned_minor == 0
    assert costs.of(ids["r2"]).planned_minor == 400_001


def _problems(asso: AssoFile, project_id: int) -> set[tuple[QualityProblem, ItemKind, int]]:
    return {(i.problem, i.item, i.item_id) for i in project_issues(asso, project_id)}


def test_quality_checks(new_asso: AssoFile) -> None:
    ids = small_tree(new_asso)
    _budget_and_spend(new_asso, ids)
    with new_asso.unit_of_work() as s:
        good = ind_service.add_indicator(
            s,
            ids["r1"],
            "Personnes formées",
            baseline_value=Decimal(0),
            means_of_verification="Feuilles de présence",
            target_value=Decimal(125),
        ).id
        ind_service.set_target(s, good, Decimal(105), sex=Sex.FEMALE)
        ind_service.set_target(s, good, Decimal(20), sex=Sex.MALE)
        bare = ind_service.add_indicator(s, ids["r1"], "Supports diffusés").id
        unsplit = ind_service.add_indicator(
            s,
            ids["os1"],
            "Femmes orientées",
            baseline_value=Decimal(0),
            target_value=Decimal(40),
            means_of_verification="Registre",
        ).id
        ind_service.add_indicator(
            s, ids["os1"], "Récit", kind=IndicatorKind.TEXT, means_of_verification="Entretiens"
        )
        tree.update_node(s, ids["a12"], statement="")
    problems = _problems(new_asso, ids["project"])
    node, ind = ItemKind.NODE, ItemKind.INDICATOR
    assert problems == {
        (QualityProblem.EMPTY_STATEMENT, node, ids["root"]),
        (QualityProblem.RESULT_WITHOUT_INDICATOR, node, ids["r2"]),
        (QualityProblem.EMPTY_STATEMENT, node, ids["a12"]),
        (QualityProblem.ACTIVITY_WITHOUT_BUDGET, node, ids["a12"]),
        (QualityProblem.NO_BASELINE, ind, bare),
        (QualityProblem.NO_TARGET, ind, bare),
        (QualityProblem.NO_MEANS_OF_VERIFICATION, ind, bare),
        (QualityProblem.TARGET_NOT_BY_SEX, ind, unsplit),
    }
    issues = project_issues(new_asso, ids["project"])
    assert [i.code for i in issues] == [
        "OG",
        "I-OS1-1",
        "I-R1.1-2",
        "I-R1.1-2",
        "I-R1.1-2",
        "A1.1.2",
        "A1.1.2",
        "R1.2",
    ]
    with new_asso.unit_of_work() as s:
        ind_service.update_indicator(s, unsplit, disaggregate_by_sex=False)
    assert (QualityProblem.TARGET_NOT_BY_SEX, ind, unsplit) not in _problems(
        new_asso, ids["project"]
    )


def test_no_logframe_no_issue(new_asso: AssoFile) -> None:
    assert project_issues(new_asso, 999) == []
