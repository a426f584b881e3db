"""The logframe tree: creating a project's logframe, adding, moving, editing and deleting nodes.

Every function takes a Session inside the caller's unit of work and audits what it writes.
Codes (OG, OS1, R1.2, A1.2.3 and the indicator codes I-R1.2-1) are never typed: `renumber`
recomputes them from the positions after every structural change, with the prefixes of the
logframe's donor template (stored in the file).

Rules kept here:

- one root per logframe (depth 0), created by `ensure_logframe`;
- a node keeps its level when it moves: its new parent is one level above it;
- positions among siblings are 0, 1, 2… without gaps;
- a deleted node takes its whole subtree with it (indicators, targets, values); `delete_node`
  returns a `NodeSnapshot` from which `restore_node` puts everything back with the same ids,
  including the calendar activities that pointed at the deleted nodes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desk.domain.codes import indicator_codes, logframe_codes
from desk.domain.enums import AuditAction
from desk.domain.errors import DomainError, ErrorCode
from desk.models import (
    Activity,
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    Logframe,
    LogframeLevel,
    LogframeNode,
    LogframeTemplate,
)
from desk.services import audit

DEFAULT_TEMPLATE = "UE 2004"
NODE_FIELDS = ("statement", "assumptions", "means", "costs_note")


def _not_found(what: str, ident: object) -> DomainError:
    return DomainError(ErrorCode.NOT_FOUND, field=what, id=ident)


def get_node(session: Session, node_id: int) -> LogframeNode:
    node = session.get(LogframeNode, node_id)
    if node is None:
        raise _not_found("node", node_id)
    return node


def get_logframe(session: Session, logframe_id: int) -> Logframe:
    logframe = session.get(Logframe, logframe_id)
    if logframe is None:
        raise _not_found("logframe", logframe_id)
    return logframe


def _max_depth(session: Session, logframe: Logframe) -> int:
    depths = session.scalars(
        select(LogframeLevel.depth).where(LogframeLevel.template_id == logframe.template_id)
    ).all()
    return max(depths, default=3)


def _children(session: Session, logframe_id: int, parent_id: int | None) -> list[LogframeNode]:
    query = select(LogframeNode).where(LogframeNode.logframe_id == logframe_id)
    if parent_id is None:
        query = query.where(LogframeNode.parent_id.is_(None))
    else:
        query = query.where(LogframeNode.parent_id == parent_id)
    return list(session.scalars(query.order_by(LogframeNode.position, LogframeNode.id)))


def _compact(siblings: list[LogframeNode]) -> None:
    for index, sibling in enumerate(siblings):
        if sibling.position != index:
            sibling.position = index


def ensure_logframe(
    session: Session, project_id: int, template_name: str = DEFAULT_TEMPLATE
) -> Logframe:
    """The project's logframe; created with its root node (the overall objective) if missing.
    An existing logframe keeps its template."""
    logframe = session.scalar(select(Logframe).where(Logframe.project_id == project_id))
    if logframe is not None:
        return logframe
    template = session.scalar(
        select(LogframeTemplate).where(LogframeTemplate.name == template_name)
    )
    if template is None:
        raise DomainError(ErrorCode.LOGFRAME_UNKNOWN_TEMPLATE, field="template", name=template_name)
    logframe = Logframe(project_id=project_id, template_id=template.id, preconditions="")
    session.add(logframe)
    session.flush()
    audit.record(session, AuditAction.CREATE, logframe)
    root = LogframeNode(logframe_id=logframe.id, parent_id=None, depth=0, position=0, statement="")
    session.add(root)
    session.flush()
    renumber(session, logframe.id)
    audit.record(session, AuditAction.CREATE, root)
    return logframe


def set_template(session: Session, logframe_id: int, template_name: str) -> str:
    """Switch the logframe to another donor template (codes follow); returns the old name."""
    logframe = get_logframe(session, logframe_id)
    template = session.scalar(
        select(LogframeTemplate).where(LogframeTemplate.name == template_name)
    )
    if template is None:
        raise DomainError(ErrorCode.LOGFRAME_UNKNOWN_TEMPLATE, field="template", name=template_name)
    old = logframe.template
    if template.id != old.id:
        depths = {lvl.depth for lvl in template.levels}
        deepest = session.scalar(
            select(LogframeNode.depth)
            .where(LogframeNode.logframe_id == logframe_id)
            .order_by(LogframeNode.depth.desc())
            .limit(1)
        )
        if deepest is not None and deepest not in depths:
            raise DomainError(ErrorCode.LOGFRAME_TOO_DEEP, field="template", depth=deepest)
        before = {"template": old.name}
        logframe.template_id = template.id
        session.flush()
        session.refresh(logframe)
        renumber(session, logframe_id)
        audit.record(session, AuditAction.UPDATE, logframe, before=before)
    return old.name


def update_logframe(session: Session, logframe_id: int, *, preconditions: str) -> str:
    """Set the "Conditions préalables" text; returns the previous one."""
    logframe = get_logframe(session, logframe_id)
    before = logframe.preconditions
    if before != preconditions:
        logframe.preconditions = preconditions
        audit.record(session, AuditAction.UPDATE, logframe, before={"preconditions": before})
    return before


def add_node(
    session: Session,
    logframe_id: int,
    parent_id: int | None,
    statement: str = "",
    position: int | None = None,
) -> LogframeNode:
    """A new node under `parent_id` at `position` (None: last). `parent_id` None creates the
    root, refused when the logframe already has one."""
    logframe = get_logframe(session, logframe_id)
    if parent_id is None:
        if _children(session, logframe_id, None):
            raise DomainError(ErrorCode.LOGFRAME_SECOND_ROOT, field="parent")
        depth = 0
    else:
        parent = get_node(session, parent_id)
        if parent.logframe_id != logframe_id:
            raise _not_found("parent", parent_id)
        depth = parent.depth + 1
        if depth > _max_depth(session, logframe):
            raise DomainError(ErrorCode.LOGFRAME_TOO_DEEP, field="parent", depth=depth)
    siblings = _children(session, logframe_id, parent_id)
    if position is None or position > len(siblings):
        position = len(siblings)
    position = max(position, 0)
    for sibling in siblings[position:]:
        sibling.position += 1
    node = LogframeNode(
        logframe_id=logframe_id,
        parent_id=parent_id,
        depth=depth,
        position=position,
        statement=statement.strip(),
    )
    session.add(node)
    session.flush()
    renumber(session, logframe_id)
    audit.record(session, AuditAction.CREATE, node)
    return node


def _subtree_ids(session: Session, node: LogframeNode) -> list[int]:
    """Ids of `node` and all its descendants, parents before children."""
    ids = [node.id]
    frontier = [node.id]
    while frontier:
        frontier = list(
            session.scalars(select(LogframeNode.id).where(LogframeNode.parent_id.in_(frontier)))
        )
        ids.extend(frontier)
    return ids


def move_node(session: Session, node_id: int, new_parent_id: int, position: int) -> tuple[int, int]:
    """Move a node (with its subtree) under `new_parent_id` at `position` (index among the new
    siblings, counted without the node itself). Returns the old (parent id, position), so that
    the move can be undone by moving back."""
    node = get_node(session, node_id)
    if node.parent_id is None:
        raise DomainError(ErrorCode.LOGFRAME_ROOT_FIXED, field="node")
    parent = get_node(session, new_parent_id)
    if parent.logframe_id != node.logframe_id:
        raise _not_found("parent", new_parent_id)
    if parent.id in _subtree_ids(session, node):
        raise DomainError(ErrorCode.LOGFRAME_MOVE_INTO_ITSELF, field="parent")
    if parent.depth != node.depth - 1:
        raise DomainError(
            ErrorCode.LOGFRAME_WRONG_LEVEL, field="parent", depth=node.depth, parent=parent.depth
        )
    old = (node.parent_id, node.position)
    before = {"parent_id": node.parent_id, "position": node.position, "code": node.code}
    old_siblings = [
        n for n in _children(session, node.logframe_id, node.parent_id) if n is not node
    ]
    _compact(old_siblings)
    new_siblings = [n for n in _children(session, node.logframe_id, parent.id) if n is not node]
    position = max(0, min(position, len(new_siblings)))
    new_siblings.insert(position, node)
    node.parent_id = parent.id
    _compact(new_siblings)
    session.flush()
    renumber(session, node.logframe_id)
    audit.record(session, AuditAction.UPDATE, node, before=before)
    return old


def update_node(session: Session, node_id: int, **fields: str) -> dict[str, str]:
    """Change text fields of a node (statement, assumptions, means, costs_note); returns their
    previous values (pass them back to undo)."""
    node = get_node(session, node_id)
    unknown = sorted(set(fields) - set(NODE_FIELDS))
    if unknown:
        raise DomainError(ErrorCode.INVALID_VALUE, field=unknown[0], problem="unknown_field")
    before = {name: getattr(node, name) for name in fields}
    changed = {name: value for name, value in fields.items() if before[name] != value}
    if changed:
        for name, value in changed.items():
            setattr(node, name, value)
        audit.record(session, AuditAction.UPDATE, node, before={k: before[k] for k in changed})
    return before


def renumber(session: Session, logframe_id: int) -> None:
    """Recompute every node and indicator code of the logframe from the positions."""
    logframe = get_logframe(session, logframe_id)
    session.flush()
    prefixes = [
        prefix
        for _, prefix in session.execute(
            select(LogframeLevel.depth, LogframeLevel.code_prefix)
            .where(LogframeLevel.template_id == logframe.template_id)
            .order_by(LogframeLevel.depth)
        )
    ]
    nodes = list(
        session.scalars(
            select(LogframeNode)
            .where(LogframeNode.logframe_id == logframe_id)
            .order_by(LogframeNode.id)
        )
    )
    codes = logframe_codes(((n.id, n.parent_id, n.position) for n in nodes), prefixes)
    by_node: dict[int, list[Indicator]] = {}
    if nodes:
        for ind in session.scalars(
            select(Indicator)
            .where(Indicator.node_id.in_([n.id for n in nodes]))
            .order_by(Indicator.id)
        ):
            by_node.setdefault(ind.node_id, []).append(ind)
    for node in nodes:
        code = codes[node.id]
        if node.code != code:
            node.code = code
        indicators = by_node.get(node.id, [])
        for ind, ind_code in zip(
            indicators, indicator_codes(code, [i.position for i in indicators]), strict=True
        ):
            if ind.code != ind_code:
                ind.code = ind_code
    session.flush()


# --- delete and restore ------------------------------------------------------------------------


def _columns(obj: Any) -> dict[str, Any]:
    return {col.key: getattr(obj, col.key) for col in obj.__mapper__.column_attrs}


@dataclass(frozen=True, slots=True)
class NodeSnapshot:
    """Everything a deleted subtree held, to put it back as it was (same ids)."""

    logframe_id: int
    parent_id: int | None
    position: int
    nodes: tuple[dict[str, Any], ...]  # parents before children
    indicators: tuple[dict[str, Any], ...]
    targets: tuple[dict[str, Any], ...]
    values: tuple[dict[str, Any], ...]
    activities: tuple[tuple[int, int], ...]  # (activity id, node id) links cut by the delete


def delete_node(session: Session, node_id: int) -> NodeSnapshot:
    """Delete a node, its descendants and their indicators. The root cannot be deleted."""
    node = get_node(session, node_id)
    if node.parent_id is None:
        raise DomainError(ErrorCode.LOGFRAME_ROOT_FIXED, field="node")
    ids = _subtree_ids(session, node)
    rank = {ident: index for index, ident in enumerate(ids)}
    nodes = sorted(
        session.scalars(select(LogframeNode).where(LogframeNode.id.in_(ids))),
        key=lambda n: rank[n.id],
    )
    indicators = list(
        session.scalars(select(Indicator).where(Indicator.node_id.in_(ids)).order_by(Indicator.id))
    )
    ind_ids = [i.id for i in indicators]
    targets = session.scalars(
        select(IndicatorTarget).where(IndicatorTarget.indicator_id.in_(ind_ids))
    ).all()
    values = session.scalars(
        select(IndicatorValue).where(IndicatorValue.indicator_id.in_(ind_ids))
    ).all()
    links = session.execute(
        select(Activity.id, Activity.logframe_node_id).where(Activity.logframe_node_id.in_(ids))
    ).all()
    snap = NodeSnapshot(
        logframe_id=node.logframe_id,
        parent_id=node.parent_id,
        position=node.position,
        nodes=tuple(_columns(n) for n in nodes),
        indicators=tuple(_columns(i) for i in indicators),
        targets=tuple(_columns(t) for t in targets),
        values=tuple(_columns(v) for v in values),
        activities=tuple((a, n) for a, n in links if n is not None),
    )
    if links:
        session.execute(
            update(Activity).where(Activity.logframe_node_id.in_(ids)).values(logframe_node_id=None)
        )
    logframe_id, parent_id = node.logframe_id, node.parent_id
    before = audit.snapshot(node)
    for obj in [*values, *targets, *indicators, *reversed(nodes)]:
        session.delete(obj)
    session.flush()
    _compact(_children(session, logframe_id, parent_id))
    renumber(session, logframe_id)
    audit.record(
        session, AuditAction.DELETE, table="logframe_node", record_id=node_id, before=before
    )
    return snap


def restore_node(session: Session, snap: NodeSnapshot) -> LogframeNode:
    """Put back a subtree removed by `delete_node` (undo), at its old place."""
    get_logframe(session, snap.logframe_id)
    if snap.parent_id is not None:
        get_node(session, snap.parent_id)
    siblings = _children(session, snap.logframe_id, snap.parent_id)
    for sibling in siblings[snap.position :]:
        sibling.position += 1
    for row in snap.nodes:
        session.add(LogframeNode(**row))
        session.flush()
    for kind, rows in ((Indicator, snap.indicators), (IndicatorTarget, snap.targets)):
        for row in rows:
            session.add(kind(**row))
    session.flush()
    for row in snap.values:
        session.add(IndicatorValue(**row))
    session.flush()
    for activity_id, node_id in snap.activities:
        session.execute(
            update(Activity)
            .where(Activity.id == activity_id, Activity.logframe_node_id.is_(None))
            .values(logframe_node_id=node_id)
        )
    renumber(session, snap.logframe_id)
    root = get_node(session, snap.nodes[0]["id"])
    audit.record(session, AuditAction.CREATE, root, reason="undo")
    return root
