"""The quality checks of a project's logframe (rules in `desk.domain.logframe_rules`): the facts
are read from the file, the problems found carry the id of the item to go to."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.domain.enums import AgeGroup, Sex
from desk.domain.logframe_rules import IndicatorFacts, NodeFacts, QualityIssue, quality_issues
from desk.models import Indicator, IndicatorTarget, Logframe, LogframeNode
from desk.services.logframe.links import logframe_costs
from desk.store import AssoFile


def logframe_issues(session: Session, logframe_id: int) -> list[QualityIssue]:
    """Every problem of the logframe, in tree order."""
    nodes = list(
        session.scalars(
            select(LogframeNode)
            .where(LogframeNode.logframe_id == logframe_id)
            .order_by(LogframeNode.position, LogframeNode.id)
        )
    )
    costs = logframe_costs(session, logframe_id)
    indicators = list(
        session.scalars(
            select(Indicator)
            .where(Indicator.node_id.in_([n.id for n in nodes]))
            .order_by(Indicator.position, Indicator.id)
        )
    )
    split: dict[int, set[Sex]] = defaultdict(set)
    overall_total: set[int] = set()
    for ind_id, sex, value in session.execute(
        select(IndicatorTarget.indicator_id, IndicatorTarget.sex, IndicatorTarget.value).where(
            IndicatorTarget.indicator_id.in_([i.id for i in indicators]),
            IndicatorTarget.period_end.is_(None),
            IndicatorTarget.age_group == AgeGroup.ALL,
        )
    ):
        if sex is Sex.TOTAL:
            overall_total.add(ind_id)
        elif value is not None:
            split[ind_id].add(sex)
    children: dict[int | None, list[LogframeNode]] = defaultdict(list)
    for node in nodes:
        children[node.parent_id].append(node)
    ordered: list[LogframeNode] = []

    def walk(parent: int | None) -> None:
        for node in children.get(parent, []):
            ordered.append(node)
            walk(node.id)

    walk(None)
    node_facts = [
        NodeFacts(n.id, n.depth, n.code, n.statement, costs.of(n.id).budget_lines > 0)
        for n in ordered
    ]
    indicator_facts = [
        IndicatorFacts(
            id=i.id,
            node_id=i.node_id,
            code=i.code,
            statement=i.statement,
            kind=i.kind,
            has_baseline=i.baseline_value is not None,
            has_target=i.target_value is not None or i.id in overall_total,
            means_of_verification=i.means_of_verification,
            by_sex=i.disaggregate_by_sex,
            target_split_by_sex={Sex.FEMALE, Sex.MALE} <= split[i.id],
        )
        for i in indicators
    ]
    return quality_issues(node_facts, indicator_facts)


def project_issues(asso: AssoFile, project_id: int) -> list[QualityIssue]:
    """The problems of a project's logframe (none when it has no logframe yet)."""
    with asso.reader() as session:
        logframe_id = session.scalar(select(Logframe.id).where(Logframe.project_id == project_id))
        return [] if logframe_id is None else logframe_issues(session, logframe_id)
