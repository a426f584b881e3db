"""Everything the logframe exports print, read in one go: the project, the template's level
names and code prefixes, the nodes with their Moyens/Coûts and assumptions, the Conditions
préalables, and every indicator with its targets, its values per period, its value to date,
its progress and its state (rules in `desk.domain.indicators`; the time elapsed runs from
the indicator's baseline date to its target date when both are known, else over the project).

Read-only. `desk.services.browse.logframe` serves the editor; this module adds what the printed
matrices and the tracking table need and the browse view leaves out.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.domain.codes import indicator_code, logframe_codes
from desk.domain.enums import AgeGroup, IndicatorKind, LogframeLayout, ProgressState, Sex
from desk.domain.errors import DomainError, ErrorCode
from desk.domain.indicators import (
    PeriodPoint,
    elapsed_share,
    indicator_state,
    period_total,
    progress,
    series,
)
from desk.models import (
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    Logframe,
    LogframeLevel,
    LogframeNode,
    LogframeTemplate,
    Organisation,
    Project,
)
from desk.store import AssoFile

Rows = list[tuple[Sex, AgeGroup, Decimal]]
Period = tuple[date, date, date]  # project start, project end, today


@dataclass(frozen=True, slots=True)
class ValueRow:
    """One recorded value (a period, a sex bucket, an age group) with its source."""

    period_end: date
    sex: Sex
    age_group: AgeGroup
    value: Decimal
    source: str
    comment: str


@dataclass(frozen=True, slots=True)
class PeriodTarget:
    period_end: date
    label: str
    value: Decimal  # the period's own figure (summed to date for a cumulative number)


@dataclass(frozen=True, slots=True)
class IndicatorData:
    id: int
    code: str
    statement: str
    unit: str
    kind: IndicatorKind
    baseline: Decimal | None
    baseline_date: date | None
    target: Decimal | None
    target_date: date | None
    target_by_sex: tuple[tuple[Sex, Decimal], ...]
    cumulative: bool
    means_of_verification: str
    frequency: str
    responsible: str
    disaggregate_by_sex: bool
    disaggregate_by_age: bool
    values: tuple[ValueRow, ...]  # by period, then sex
    period_targets: tuple[PeriodTarget, ...]  # by period (totals only)
    points: tuple[PeriodPoint, ...]  # the value of each period and to date
    target_points: tuple[PeriodPoint, ...]  # the per-period targets and to date
    current: Decimal | None
    current_date: date | None
    progress: Decimal | None
    state: ProgressState


@dataclass(frozen=True, slots=True)
class NodeData:
    id: int
    parent_id: int | None
    depth: int
    position: int
    code: str
    level: str
    statement: str
    assumptions: str
    means: str
    costs_note: str
    indicators: tuple[IndicatorData, ...]


@dataclass(frozen=True, slots=True)
class LogframeData:
    project_id: int
    project_code: str
    project_title: str
    organisation: str
    start: date
    end: date
    today: date
    template: str
    layout: LogframeLayout
    levels: tuple[str, ...]  # level names by depth, from the file's template
    prefixes: tuple[str, ...]  # code prefixes by depth
    preconditions: str
    nodes: tuple[NodeData, ...]  # depth first, in position order

    def indicators(self) -> list[tuple[NodeData, IndicatorData]]:
        return [(node, ind) for node in self.nodes for ind in node.indicators]


def load_logframe(
    asso: AssoFile,
    project_id: int,
    today: date | None = None,
    layout: LogframeLayout | None = None,
) -> LogframeData:
    """The whole logframe of `project_id`; NOT_FOUND for an unknown project, LOGFRAME_MISSING
    when the project has no logframe yet. `today` sets the state of each indicator.

    With a `layout` other than the one of the logframe's template, the level names and code
    prefixes come from the file's first template of that layout (the "UE 2016" names for an
    EU 2016 matrix of a logframe kept with the "UE 2004" names), and the codes are recomputed
    with them; without such a template the logframe's own names stay.
    """
    today = today or date.today()
    with asso.reader() as session:
        project = session.get(Project, project_id)
        if project is None:
            raise DomainError(ErrorCode.NOT_FOUND, field="project", project=project_id)
        logframe = session.scalars(
            select(Logframe).where(Logframe.project_id == project_id)
        ).one_or_none()
        if logframe is None:
            raise DomainError(ErrorCode.LOGFRAME_MISSING, field="project", project=project.code)
        template = session.get_one(LogframeTemplate, logframe.template_id)
        if layout is not None and layout is not template.layout:
            template = (
                session.scalars(
                    select(LogframeTemplate)
                    .where(LogframeTemplate.layout == layout)
                    .order_by(LogframeTemplate.id)
                    .limit(1)
                ).one_or_none()
                or template
            )
        levels = list(
            session.scalars(
                select(LogframeLevel)
                .where(LogframeLevel.template_id == template.id)
                .order_by(LogframeLevel.depth)
            )
        )
        organisation = session.get(Organisation, 1)
        period = (project.start_date, project.end_date, today)
        nodes = _nodes(session, logframe.id, {lv.depth: lv.name for lv in levels}, period)
        if template.id != logframe.template_id:
            nodes = _recoded(nodes, [lv.code_prefix for lv in levels])
        return LogframeData(
            project_id=project.id,
            project_code=project.code,
            project_title=project.title,
            organisation=organisation.name if organisation else "",
            start=project.start_date,
            end=project.end_date,
            today=today,
            template=template.name,
            layout=template.layout,
            levels=tuple(lv.name for lv in levels),
            prefixes=tuple(lv.code_prefix for lv in levels),
            preconditions=logframe.preconditions,
            nodes=nodes,
        )


def _nodes(
    session: Session, logframe_id: int, level_names: dict[int, str], period: Period
) -> tuple[NodeData, ...]:
    nodes = list(
        session.scalars(
            select(LogframeNode)
            .where(LogframeNode.logframe_id == logframe_id)
            .order_by(LogframeNode.position, LogframeNode.id)
        )
    )
    indicators = list(
        session.scalars(
            select(Indicator)
            .where(Indicator.node_id.in_([n.id for n in nodes]))
            .order_by(Indicator.position, Indicator.id)
        )
    )
    ids = [i.id for i in indicators]
    targets: dict[int, list[IndicatorTarget]] = defaultdict(list)
    for target in session.scalars(
        select(IndicatorTarget).where(IndicatorTarget.indicator_id.in_(ids))
    ):
        targets[target.indicator_id].append(target)
    values: dict[int, list[IndicatorValue]] = defaultdict(list)
    for value in session.scalars(
        select(IndicatorValue)
        .where(IndicatorValue.indicator_id.in_(ids))
        .order_by(IndicatorValue.period_end, IndicatorValue.id)
    ):
        values[value.indicator_id].append(value)
    by_node: dict[int, list[IndicatorData]] = defaultdict(list)
    for ind in indicators:
        by_node[ind.node_id].append(_indicator(ind, targets[ind.id], values[ind.id], period))

    children: dict[int | None, list[LogframeNode]] = defaultdict(list)
    for node in nodes:
        children[node.parent_id].append(node)
    ordered: list[NodeData] = []

    def walk(parent: int | None) -> None:
        for node in children.get(parent, []):
            ordered.append(
                NodeData(
                    id=node.id,
                    parent_id=node.parent_id,
                    depth=node.depth,
                    position=node.position,
                    code=node.code,
                    level=level_names.get(node.depth, ""),
                    statement=node.statement,
                    assumptions=node.assumptions,
                    means=node.means,
                    costs_note=node.costs_note,
                    indicators=tuple(by_node.get(node.id, ())),
                )
            )
            walk(node.id)

    walk(None)
    return tuple(ordered)


_SEX_ORDER = {Sex.FEMALE: 0, Sex.MALE: 1, Sex.UNKNOWN: 2, Sex.TOTAL: 3}


def _indicator(
    ind: Indicator, targets: list[IndicatorTarget], values: list[IndicatorValue], period: Period
) -> IndicatorData:
    per_period: dict[date, Rows] = defaultdict(list)
    for v in values:
        per_period[v.period_end].append((v.sex, v.age_group, v.value))
    totals = {day: period_total(rows) or Decimal(0) for day, rows in per_period.items()}
    points = series(ind.kind, ind.cumulative, ind.baseline_value, totals)

    overall: Rows = [(t.sex, t.age_group, t.value) for t in targets if t.period_end is None]
    target = ind.target_value if ind.target_value is not None else period_total(overall)
    split = [(s, v) for s, age, v in overall if s is not Sex.TOTAL and age is AgeGroup.ALL]
    by_sex = tuple(sorted(split, key=lambda item: _SEX_ORDER[item[0]]))
    dated: dict[date, Rows] = defaultdict(list)
    labels: dict[date, str] = {}
    for t in targets:
        if t.period_end is not None:
            dated[t.period_end].append((t.sex, t.age_group, t.value))
            labels[t.period_end] = labels.get(t.period_end) or t.period_label
    period_targets = tuple(
        PeriodTarget(day, labels[day], period_total(dated[day]) or Decimal(0))
        for day in sorted(dated)
    )
    target_points = series(
        ind.kind,
        ind.cumulative,
        ind.baseline_value,
        {pt.period_end: pt.value for pt in period_targets},
    )
    current = points[-1].to_date if points else None
    share = progress(ind.kind, ind.baseline_value, target, current)
    start, end, today = period
    if ind.baseline_date and ind.target_date and ind.baseline_date < ind.target_date:
        start, end = ind.baseline_date, ind.target_date
    elapsed = elapsed_share(start, end, today)
    return IndicatorData(
        id=ind.id,
        code=ind.code,
        statement=ind.statement,
        unit=ind.unit,
        kind=ind.kind,
        baseline=ind.baseline_value,
        baseline_date=ind.baseline_date,
        target=target,
        target_date=ind.target_date,
        target_by_sex=by_sex,
        cumulative=ind.cumulative,
        means_of_verification=ind.means_of_verification,
        frequency=ind.frequency,
        responsible=ind.responsible,
        disaggregate_by_sex=ind.disaggregate_by_sex,
        disaggregate_by_age=ind.disaggregate_by_age,
        values=tuple(
            ValueRow(v.period_end, v.sex, v.age_group, v.value, v.source, v.comment)
            for v in sorted(values, key=lambda v: (v.period_end, _SEX_ORDER[v.sex]))
        ),
        period_targets=period_targets,
        points=tuple(points),
        target_points=tuple(target_points),
        current=current,
        current_date=points[-1].period_end if points else None,
        progress=share,
        state=indicator_state(ind.kind, ind.baseline_value, target, current, elapsed),
    )


def _recoded(nodes: tuple[NodeData, ...], prefixes: list[str]) -> tuple[NodeData, ...]:
    """The nodes and their indicators with codes computed from another template's prefixes."""
    codes = logframe_codes([(n.id, n.parent_id, n.position) for n in nodes], prefixes)
    return tuple(
        replace(
            node,
            code=codes[node.id],
            indicators=tuple(
                replace(ind, code=indicator_code(codes[node.id], rank))
                for rank, ind in enumerate(node.indicators, start=1)
            ),
        )
        for node in nodes
    )


def project_id_by_code(asso: AssoFile, code: str) -> int:
    """The id of the project `code` (NOT_FOUND when there is none)."""
    with asso.reader() as session:
        found = session.scalars(select(Project.id).where(Project.code == code)).one_or_none()
    if found is None:
        raise DomainError(ErrorCode.NOT_FOUND, field="project", project=code)
    return found
