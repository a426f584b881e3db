"""Writes the cadre logique of the JDF-2025 project (template "UE 2004", content in
`logframe_data`): one overall objective, one specific objective, three results, eight
activities, indicators, targets and values.

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
from desk.models import Session as EventSession
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
    # indicator id -> keys of the sessions whose attendance gives its values
    session_sourced: dict[int, tuple[str, ...]]


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
    sourced: dict[int, tuple[str, ...]] = {}
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
            if ispec.from_sessions:
                sourced[indicator_id] = ispec.from_sessions
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
        baseline_value=Decimal(spec.baseline[0]),
        baseline_date=spec.baseline[1],
        target_value=Decimal(spec.target[0]),
        target_date=spec.target[1],
        means_of_verification=spec.means,
        frequency=spec.frequency,
        responsible=spec.responsible,
        disaggregate_by_sex=bool(spec.by_sex) or bool(spec.from_sessions),
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


def record_session_values(ctx: DemoContext, built: BuiltLogframe) -> int:
    """Values of the indicators measured by attendance: one row per session and sex bucket,
    linked to the session. Returns the number of rows written."""
    written = 0
    for indicator_id, keys in built.session_sourced.items():
        for key in keys:
            if key not in ctx.events:
                continue  # the session has not taken place yet (`today`)
            session_row = ctx.session.get_one(EventSession, ctx.events[key])
            by_sex: dict[Sex, int] = {}
            for attendance in session_row.attendance:
                by_sex[attendance.sex] = by_sex.get(attendance.sex, 0) + attendance.count
            for sex in (Sex.FEMALE, Sex.MALE, Sex.UNKNOWN):
                ctx.session.add(
                    IndicatorValue(
                        indicator_id=indicator_id,
                        period_end=session_row.date,
                        sex=sex,
                        value=Decimal(by_sex.get(sex, 0)),
                        source=f"Feuille de présence : {session_row.title}",
                        recorded_at=stamp(session_row.date, 20),
                        session_id=session_row.id,
                    )
                )
                written += 1
    return written
