"""Writes the cadre logique of the JDF-2025 project (template "UE 2004", content in
`logframe_data`): one overall objective, one specific objective, three results, eight
activities, indicators, targets and values.

The indicators counted from attendance are linked to their activities (`indicator_activity`)
and their values are computed by `desk.services.activities.indicators.refresh_indicators`, as
the application does when a session changes: the logframe's tracking table, the calendar's
people reached and the indicators read the same sessions.

Codes (OG, OS1, R1.2, A1.2.3, I-R1.2-1) are computed by `desk.domain.codes` from the positions,
never typed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from desk.domain.codes import indicator_codes, logframe_codes
from desk.domain.enums import Sex
from desk.models import (
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    Logframe,
    LogframeLevel,
    LogframeNode,
    LogframeTemplate,
)
from desk.models.calendar import IndicatorActivity
from desk.services.activities.indicators import refresh_indicators
from desk.services.demo.context import DemoContext, stamp
from desk.services.demo.logframe_data import PRECONDITIONS, TREE, IndicatorSpec, NodeSpec
from desk.services.demo.projects import JDF

Walked = tuple[NodeSpec, str | None, int, int]  # spec, parent key, position, depth


def _walk(
    spec: NodeSpec, parent: str | None = None, position: int = 0, depth: int = 0
) -> Iterator[Walked]:
    yield spec, parent, position, depth
    for index, child in enumerate(spec.children):
        yield from _walk(child, spec.key, index, depth + 1)


@dataclass(frozen=True, slots=True)
class BuiltLogframe:
    nodes: dict[str, LogframeNode]  # by key
    # indicator id -> the spec of an indicator fed by its activities' attendance
    session_sourced: dict[int, IndicatorSpec]


def build_logframe(ctx: DemoContext) -> BuiltLogframe:
    """The JDF logframe (activities rows are added by `activities` from the depth-3 nodes)."""
    session = ctx.session
    template = session.scalars(
        select(LogframeTemplate).where(LogframeTemplate.name == "UE 2004")
    ).one()
    prefixes = [
        level.code_prefix
        for level in session.scalars(
            select(LogframeLevel)
            .where(LogframeLevel.template_id == template.id)
            .order_by(LogframeLevel.depth)
        )
    ]
    logframe = Logframe(
        project_id=ctx.projects[JDF], template_id=template.id, preconditions=PRECONDITIONS
    )
    session.add(logframe)
    session.flush()
    ctx.audit(logframe, date(2025, 1, 15), "president")
    walked = list(_walk(TREE))
    codes = logframe_codes([(s.key, p, pos) for s, p, pos, _ in walked], prefixes)
    nodes: dict[str, LogframeNode] = {}
    sourced: dict[int, IndicatorSpec] = {}
    indicators = 0
    for spec, parent, position, depth in walked:
        node = LogframeNode(
            logframe_id=logframe.id,
            parent_id=None if parent is None else nodes[parent].id,
            depth=depth,
            position=position,
            code=codes[spec.key],
            statement=spec.statement,
            assumptions=spec.assumptions,
            means=spec.means,
            costs_note=spec.costs_note,
        )
        session.add(node)
        session.flush()
        nodes[spec.key] = node
        ranks = indicator_codes(node.code, list(range(len(spec.indicators))))
        for position_i, (ispec, code) in enumerate(zip(spec.indicators, ranks, strict=True)):
            indicator_id = _indicator(ctx, node, position_i, code, ispec)
            if ispec.from_activities:
                sourced[indicator_id] = ispec
            indicators += 1
    ctx.audit_many("logframe_node", len(nodes), date(2025, 1, 15), codes=sorted(codes.values()))
    ctx.audit_many("indicator", indicators, date(2025, 1, 15))
    return BuiltLogframe(nodes=nodes, session_sourced=sourced)


def _indicator(
    ctx: DemoContext, node: LogframeNode, position: int, code: str, spec: IndicatorSpec
) -> int:
    indicator = Indicator(
        node_id=node.id,
        position=position,
        code=code,
        statement=spec.statement,
        unit=spec.unit,
        kind=spec.kind,
        baseline_value=None if spec.baseline is None else Decimal(spec.baseline[0]),
        baseline_date=None if spec.baseline is None else spec.baseline[1],
        target_value=Decimal(spec.target[0]),
        target_date=spec.target[1],
        means_of_verification=spec.means,
        frequency=spec.frequency,
        responsible=spec.responsible,
        disaggregate_by_sex=bool(spec.by_sex) or bool(spec.from_activities),
    )
    ctx.session.add(indicator)
    ctx.session.flush()
    targets = {Sex.TOTAL: spec.target[0], **spec.by_sex}
    for sex, value in targets.items():
        ctx.session.add(
            IndicatorTarget(
                indicator_id=indicator.id,
                period_label="Fin de projet",
                sex=sex,
                value=Decimal(value),
            )
        )
    for day, sex, value, source in spec.values:
        if ctx.happened(day):
            ctx.session.add(
                IndicatorValue(
                    indicator_id=indicator.id,
                    period_end=day,
                    sex=sex,
                    value=Decimal(value),
                    source=source,
                    recorded_at=stamp(day),
                )
            )
    ctx.records[f"indicator:{code}"] = indicator.id
    return indicator.id


def link_attendance_indicators(ctx: DemoContext, built: BuiltLogframe) -> int:
    """Link the indicators counted from attendance to their activities and let the service
    compute their values from the sessions held so far; returns the number of links."""
    links = [
        IndicatorActivity(
            indicator_id=indicator_id, activity_id=ctx.activities[key], measure=spec.measure
        )
        for indicator_id, spec in built.session_sourced.items()
        for key in spec.from_activities
    ]
    ctx.session.add_all(links)
    ctx.session.flush()
    refresh_indicators(ctx.session, built.session_sourced)
    ctx.audit_many("indicator_activity", len(links), date(2025, 1, 15))
    return len(links)
