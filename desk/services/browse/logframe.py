"""The logframe of a project as a tree of nodes, each with its indicators: baseline, overall
target (by sex when disaggregated) and the latest measured value. Level names come from the
file's donor template, never from code."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from desk.domain.enums import AgeGroup, IndicatorKind, LogframeLayout, ProgressState, Sex
from desk.domain.indicators import (
    elapsed_share,
    period_total,
    progress,
    progress_state,
    value_to_date,
)
from desk.models import (
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    Logframe,
    LogframeLevel,
    LogframeNode,
    LogframeTemplate,
    Project,
)
from desk.store import AssoFile

_BUCKETS = (Sex.FEMALE, Sex.MALE, Sex.UNKNOWN)


@dataclass(frozen=True, slots=True)
class Figure:
    """A value with its breakdown by sex (empty when not disaggregated)."""

    total: Decimal
    by_sex: tuple[tuple[Sex, Decimal], ...] = ()

    def of(self, sex: Sex) -> Decimal | None:
        return dict(self.by_sex).get(sex)


@dataclass(frozen=True, slots=True)
class IndicatorRow:
    id: int
    code: str
    statement: str
    unit: str
    kind: IndicatorKind
    baseline: Decimal | None
    baseline_date: date | None
    target: Figure | None
    target_date: date | None
    latest: Figure | None
    latest_date: date | None
    means_of_verification: str
    current: Decimal | None = None  # the value to date (desk.domain.indicators)
    progress: Decimal | None = None
    state: ProgressState = ProgressState.NO_DATA
    node_id: int = 0


@dataclass(frozen=True, slots=True)
class NodeRow:
    id: int
    parent_id: int | None
    depth: int
    code: str
    level: str  # the template's name of this depth: "Résultat", "Produit"…
    statement: str
    assumptions: str
    indicators: tuple[IndicatorRow, ...]
    position: int = 0
    means: str = ""  # EU 2004 activity row: Moyens
    costs_note: str = ""  # EU 2004 activity row: Coûts


@dataclass(frozen=True, slots=True)
class LogframeView:
    id: int
    template: str
    layout: LogframeLayout
    levels: tuple[str, ...]  # level names by depth
    nodes: tuple[NodeRow, ...]  # depth-first, in position order
    preconditions: str = ""
    project_id: int = 0

    def node(self, node_id: int) -> NodeRow | None:
        return next((n for n in self.nodes if n.id == node_id), None)


def _figure(rows: Iterable[tuple[Sex, AgeGroup, Decimal]]) -> Figure | None:
    """One figure from rows by sex and age group: the stated total if there is one, else the
    sum of the sex buckets (summing age groups when only those were recorded)."""
    rows = list(rows)
    if not rows:
        return None
    by_sex: dict[Sex, Decimal] = defaultdict(Decimal)
    stated_total: Decimal | None = None
    all_ages = any(age is AgeGroup.ALL for _, age, _ in rows)
    for sex, age, value in rows:
        if all_ages and age is not AgeGroup.ALL:
            continue  # age detail of a figure already given for all ages
        if sex is Sex.TOTAL:
            stated_total = (stated_total or Decimal(0)) + value
        else:
            by_sex[sex] += value
    breakdown = tuple((s, by_sex[s]) for s in _BUCKETS if s in by_sex)
    total = stated_total if stated_total is not None else sum(by_sex.values(), Decimal(0))
    return Figure(total, breakdown)


def project_logframe(
    asso: AssoFile, project_id: int, today: date | None = None
) -> LogframeView | None:
    """The project's logframe, or None when it has none yet. `today` sets each indicator's
    state (progress against the share of the project period elapsed)."""
    today = today or date.today()
    with asso.reader() as session:
        found = session.execute(
            select(Logframe, LogframeTemplate)
            .join(LogframeTemplate, LogframeTemplate.id == Logframe.template_id)
            .where(Logframe.project_id == project_id)
        ).first()
        if found is None:
            return None
        logframe, template = found
        project = session.get_one(Project, project_id)
        elapsed = elapsed_share(project.start_date, project.end_date, today)
        levels = dict(
            session.execute(
                select(LogframeLevel.depth, LogframeLevel.name).where(
                    LogframeLevel.template_id == template.id
                )
            ).all()  # a list: dict() would take a Result (it has .keys()) for a mapping
        )
        nodes = list(
            session.scalars(
                select(LogframeNode)
                .where(LogframeNode.logframe_id == logframe.id)
                .order_by(LogframeNode.depth, LogframeNode.position, LogframeNode.id)
            )
        )
        node_ids = [n.id for n in nodes]
        indicators = list(
            session.scalars(
                select(Indicator)
                .where(Indicator.node_id.in_(node_ids))
                .order_by(Indicator.position, Indicator.id)
            )
        )
        ind_ids = [i.id for i in indicators]
        targets: dict[int, list[tuple[Sex, AgeGroup, Decimal]]] = defaultdict(list)
        for t in session.scalars(
            select(IndicatorTarget).where(
                IndicatorTarget.indicator_id.in_(ind_ids), IndicatorTarget.period_end.is_(None)
            )
        ):
            targets[t.indicator_id].append((t.sex, t.age_group, t.value))
        values: dict[int, dict[date, list[tuple[Sex, AgeGroup, Decimal]]]] = defaultdict(
            lambda: defaultdict(list)
        )
        for v in session.scalars(
            select(IndicatorValue).where(IndicatorValue.indicator_id.in_(ind_ids))
        ):
            values[v.indicator_id][v.period_end].append((v.sex, v.age_group, v.value))

        by_node: dict[int, list[IndicatorRow]] = defaultdict(list)
        for ind in indicators:
            latest_date = max(values[ind.id]) if values.get(ind.id) else None
            target = _figure(targets.get(ind.id, ()))
            if ind.target_value is not None:
                # The indicator's own target is the reference; the rows add the breakdown.
                target = Figure(ind.target_value, target.by_sex if target else ())
            totals = {day: period_total(rows) or Decimal(0) for day, rows in values[ind.id].items()}
            current = value_to_date(ind.kind, ind.cumulative, ind.baseline_value, totals)
            share = progress(
                ind.kind, ind.baseline_value, target.total if target else None, current
            )
            by_node[ind.node_id].append(
                IndicatorRow(
                    id=ind.id,
                    code=ind.code,
                    statement=ind.statement,
                    unit=ind.unit,
                    kind=ind.kind,
                    baseline=ind.baseline_value,
                    baseline_date=ind.baseline_date,
                    target=target,
                    target_date=ind.target_date,
                    latest=_figure(values[ind.id][latest_date]) if latest_date else None,
                    latest_date=latest_date,
                    means_of_verification=ind.means_of_verification,
                    current=current,
                    progress=share,
                    state=progress_state(share, elapsed),
                    node_id=ind.node_id,
                )
            )
        rows = [
            NodeRow(
                id=n.id,
                parent_id=n.parent_id,
                depth=n.depth,
                code=n.code,
                level=levels.get(n.depth, ""),
                statement=n.statement,
                assumptions=n.assumptions,
                indicators=tuple(by_node.get(n.id, ())),
                position=n.position,
                means=n.means,
                costs_note=n.costs_note,
            )
            for n in nodes
        ]
        return LogframeView(
            id=logframe.id,
            template=template.name,
            layout=template.layout,
            levels=tuple(levels[d] for d in sorted(levels)),
            nodes=_depth_first(rows),
            preconditions=logframe.preconditions,
            project_id=project_id,
        )


def logframe_templates(asso: AssoFile) -> list[tuple[str, LogframeLayout]]:
    """The donor templates stored in the file (name, layout), by name."""
    with asso.reader() as session:
        return [
            (name, layout)
            for name, layout in session.execute(
                select(LogframeTemplate.name, LogframeTemplate.layout).order_by(
                    LogframeTemplate.name
                )
            )
        ]


def _depth_first(rows: list[NodeRow]) -> tuple[NodeRow, ...]:
    children: dict[int | None, list[NodeRow]] = defaultdict(list)
    for row in rows:  # already sorted by position
        children[row.parent_id].append(row)
    ordered: list[NodeRow] = []

    def walk(parent: int | None) -> None:
        for row in children.get(parent, []):
            ordered.append(row)
            walk(row.id)

    walk(None)
    return tuple(ordered)
