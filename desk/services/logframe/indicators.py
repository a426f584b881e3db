"""Indicators of the logframe: creating, editing, moving and deleting them, their targets
(overall and per period, by sex and age group) and their measured values per period.

Every function takes a Session inside the caller's unit of work, audits what it writes and
returns what an undo needs (the previous values, or a snapshot of what was deleted). Indicator
codes (I-R1.2-1) follow their node: `tree.renumber` recomputes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.domain.enums import AgeGroup, AuditAction, IndicatorKind, Sex
from desk.domain.errors import DomainError, ErrorCode
from desk.domain.logframe_rules import check_indicator_value
from desk.models import Indicator, IndicatorTarget, IndicatorValue
from desk.services import audit
from desk.services.logframe import tree

INDICATOR_FIELDS = (
    "statement",
    "unit",
    "kind",
    "baseline_value",
    "baseline_date",
    "target_value",
    "target_date",
    "cumulative",
    "means_of_verification",
    "frequency",
    "responsible",
    "disaggregate_by_sex",
    "disaggregate_by_age",
)
_NUMBERS = ("baseline_value", "target_value")


def get_indicator(session: Session, indicator_id: int) -> Indicator:
    indicator = session.get(Indicator, indicator_id)
    if indicator is None:
        raise DomainError(ErrorCode.NOT_FOUND, field="indicator", id=indicator_id)
    return indicator


def _siblings(session: Session, node_id: int) -> list[Indicator]:
    return list(
        session.scalars(
            select(Indicator)
            .where(Indicator.node_id == node_id)
            .order_by(Indicator.position, Indicator.id)
        )
    )


def _compact(indicators: list[Indicator]) -> None:
    for index, ind in enumerate(indicators):
        if ind.position != index:
            ind.position = index


def _plain(value: Any) -> Any:
    """A value the audit log can store as JSON."""
    if isinstance(value, (Decimal, date)):
        return str(value)
    return value


def _check_fields(fields: dict[str, Any], kind: IndicatorKind) -> None:
    unknown = sorted(set(fields) - set(INDICATOR_FIELDS))
    if unknown:
        raise DomainError(ErrorCode.INVALID_VALUE, field=unknown[0], problem="unknown_field")
    if "statement" in fields and not str(fields["statement"]).strip():
        raise DomainError(ErrorCode.INDICATOR_STATEMENT_REQUIRED, field="statement")
    for name in _NUMBERS:
        value = fields.get(name)
        if value is not None:
            if not isinstance(value, Decimal):
                raise DomainError(ErrorCode.INDICATOR_BAD_NUMBER, field=name, text=str(value))
            check_indicator_value(kind, value, name)


def add_indicator(
    session: Session,
    node_id: int,
    statement: str,
    position: int | None = None,
    **fields: Any,
) -> Indicator:
    """A new indicator on a node (last unless `position`), with the given fields. A percentage
    or yes/no indicator is a level, not a running count: `cumulative` defaults to False then."""
    node = tree.get_node(session, node_id)
    kind = IndicatorKind(fields.get("kind", IndicatorKind.NUMBER))
    fields = {**fields, "kind": kind}
    fields.setdefault("cumulative", kind is IndicatorKind.NUMBER)
    _check_fields({"statement": statement, **fields}, kind)
    siblings = _siblings(session, node_id)
    position = len(siblings) if position is None else max(0, min(position, len(siblings)))
    for index, ind in enumerate(siblings):
        ind.position = index if index < position else index + 1  # a slot for the new one
    indicator = Indicator(node_id=node_id, position=position, statement=statement.strip())
    for name, value in fields.items():
        setattr(indicator, name, value)
    session.add(indicator)
    session.flush()
    tree.renumber(session, node.logframe_id)
    audit.record(session, AuditAction.CREATE, indicator)
    return indicator


def update_indicator(session: Session, indicator_id: int, **fields: Any) -> dict[str, Any]:
    """Change fields of an indicator; returns their previous values (pass them back to undo)."""
    indicator = get_indicator(session, indicator_id)
    kind = IndicatorKind(fields.get("kind", indicator.kind))
    _check_fields(fields, kind)
    if "kind" in fields:  # the numbers already there must suit the new type
        for name in _NUMBERS:
            current = fields.get(name, getattr(indicator, name))
            if current is not None:
                check_indicator_value(kind, current, name)
    before = {name: getattr(indicator, name) for name in fields}
    changed = {name: value for name, value in fields.items() if before[name] != value}
    if changed:
        for name, value in changed.items():
            setattr(indicator, name, value.strip() if name == "statement" else value)
        audit.record(
            session,
            AuditAction.UPDATE,
            indicator,
            before={k: _plain(before[k]) for k in changed},
        )
    return before


def move_indicator(
    session: Session, indicator_id: int, node_id: int, position: int
) -> tuple[int, int]:
    """Move an indicator to `node_id` at `position`; returns the old (node id, position)."""
    indicator = get_indicator(session, indicator_id)
    target = tree.get_node(session, node_id)
    old = (indicator.node_id, indicator.position)
    _compact([i for i in _siblings(session, indicator.node_id) if i is not indicator])
    others = [i for i in _siblings(session, node_id) if i is not indicator]
    others.insert(max(0, min(position, len(others))), indicator)
    indicator.node_id = target.id
    _compact(others)
    session.flush()
    tree.renumber(session, target.logframe_id)
    audit.record(
        session,
        AuditAction.UPDATE,
        indicator,
        before={"node_id": old[0], "position": old[1]},
    )
    return old


@dataclass(frozen=True, slots=True)
class IndicatorSnapshot:
    indicator: dict[str, Any]
    targets: tuple[dict[str, Any], ...]
    values: tuple[dict[str, Any], ...]


def _columns(obj: Any) -> dict[str, Any]:
    return {col.key: getattr(obj, col.key) for col in obj.__mapper__.column_attrs}


def delete_indicator(session: Session, indicator_id: int) -> IndicatorSnapshot:
    """Delete an indicator with its targets and values; returns what `restore_indicator`
    needs to put it back."""
    indicator = get_indicator(session, indicator_id)
    node = tree.get_node(session, indicator.node_id)
    snap = IndicatorSnapshot(
        indicator=_columns(indicator),
        targets=tuple(_columns(t) for t in indicator.targets),
        values=tuple(_columns(v) for v in indicator.values),
    )
    before = audit.snapshot(indicator)
    session.delete(indicator)
    session.flush()
    _compact(_siblings(session, node.id))
    tree.renumber(session, node.logframe_id)
    audit.record(
        session, AuditAction.DELETE, table="indicator", record_id=indicator_id, before=before
    )
    return snap


def restore_indicator(session: Session, snap: IndicatorSnapshot) -> Indicator:
    """Undo `delete_indicator`: the indicator comes back at its place, with the same id."""
    node = tree.get_node(session, snap.indicator["node_id"])
    for ind in _siblings(session, node.id):
        if ind.position >= snap.indicator["position"]:
            ind.position += 1
    indicator = Indicator(**snap.indicator)
    session.add(indicator)
    session.flush()
    session.add_all(IndicatorTarget(**row) for row in snap.targets)
    session.add_all(IndicatorValue(**row) for row in snap.values)
    session.flush()
    tree.renumber(session, node.logframe_id)
    audit.record(session, AuditAction.CREATE, indicator, reason="undo")
    return indicator


# --- targets and values ------------------------------------------------------------------------


def set_target(
    session: Session,
    indicator_id: int,
    value: Decimal | None,
    *,
    period_end: date | None = None,
    period_label: str = "",
    sex: Sex = Sex.TOTAL,
    age_group: AgeGroup = AgeGroup.ALL,
) -> Decimal | None:
    """Set (or clear, with None) one target: overall when `period_end` is None, else for that
    period; by sex bucket and age group. Returns the previous value. The overall total target
    is the indicator's own `target_value`."""
    indicator = get_indicator(session, indicator_id)
    if value is not None:
        check_indicator_value(indicator.kind, value, "target")
    if period_end is None and sex is Sex.TOTAL and age_group is AgeGroup.ALL:
        previous_total: Decimal | None = indicator.target_value
        update_indicator(session, indicator_id, target_value=value)
        return previous_total
    query = select(IndicatorTarget).where(
        IndicatorTarget.indicator_id == indicator_id,
        IndicatorTarget.sex == sex,
        IndicatorTarget.age_group == age_group,
    )
    query = query.where(
        IndicatorTarget.period_end.is_(None)
        if period_end is None
        else IndicatorTarget.period_end == period_end
    )
    row = session.scalar(query)
    previous = None if row is None else row.value
    if value is None:
        if row is not None:
            before = audit.snapshot(row)
            session.delete(row)
            audit.record(
                session,
                AuditAction.DELETE,
                table="indicator_target",
                record_id=row.id,
                before=before,
            )
        return previous
    if row is None:
        row = IndicatorTarget(
            indicator_id=indicator_id,
            period_end=period_end,
            period_label=period_label,
            sex=sex,
            age_group=age_group,
            value=value,
        )
        session.add(row)
        audit.record(session, AuditAction.CREATE, row)
    elif row.value != value or (period_label and row.period_label != period_label):
        before = audit.snapshot(row)
        row.value = value
        row.period_label = period_label or row.period_label
        audit.record(session, AuditAction.UPDATE, row, before=before)
    return previous


@dataclass(frozen=True, slots=True)
class ValueEntry:
    """A measured value as entered: its number, source and comment."""

    value: Decimal
    source: str = ""
    comment: str = ""


def set_value(
    session: Session,
    indicator_id: int,
    period_end: date | None,
    entry: ValueEntry | None,
    *,
    sex: Sex = Sex.TOTAL,
    age_group: AgeGroup = AgeGroup.ALL,
) -> ValueEntry | None:
    """Record (or clear, with None) the value of one period, sex bucket and age group, typed by
    hand (values read from sessions' attendance are left alone). Returns the previous entry.
    A text indicator keeps its words in the comment (its number is 0)."""
    indicator = get_indicator(session, indicator_id)
    if period_end is None:
        raise DomainError(ErrorCode.INDICATOR_PERIOD_REQUIRED, field="period_end")
    if entry is not None:
        check_indicator_value(indicator.kind, entry.value, "value")
    row = session.scalar(
        select(IndicatorValue).where(
            IndicatorValue.indicator_id == indicator_id,
            IndicatorValue.period_end == period_end,
            IndicatorValue.sex == sex,
            IndicatorValue.age_group == age_group,
            IndicatorValue.session_id.is_(None),
        )
    )
    previous = None if row is None else ValueEntry(row.value, row.source, row.comment)
    if entry is None:
        if row is not None:
            before = audit.snapshot(row)
            session.delete(row)
            audit.record(
                session,
                AuditAction.DELETE,
                table="indicator_value",
                record_id=row.id,
                before=before,
            )
        return previous
    if row is None:
        row = IndicatorValue(
            indicator_id=indicator_id,
            period_end=period_end,
            sex=sex,
            age_group=age_group,
            value=entry.value,
            source=entry.source.strip(),
            comment=entry.comment.strip(),
        )
        session.add(row)
        audit.record(session, AuditAction.CREATE, row)
    elif previous != entry:
        before = audit.snapshot(row)
        row.value, row.source, row.comment = (
            entry.value,
            entry.source.strip(),
            entry.comment.strip(),
        )
        audit.record(session, AuditAction.UPDATE, row, before=before)
    return previous
