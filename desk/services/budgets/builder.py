"""The budget builder's line edits: add (with the co-funding shares of its neighbours),
change, move. `update_line` returns the previous values and `move_line` the previous place, for
undo; deleting and restoring lines is in `snapshots`, templates in `templates`."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.domain.budget_rules import validate_line_values
from desk.domain.enums import AuditAction, BudgetLineKind
from desk.domain.errors import DomainError, ErrorCode
from desk.models import (
    BudgetLine,
    BudgetLineFunding,
)
from desk.services.budgets.common import editable_budget, editable_line, get, log
from desk.store import AssoFile

MAX_LEVEL = 3


@dataclass(frozen=True, slots=True)
class LineInput:
    code: str
    label: str
    kind: BudgetLineKind = BudgetLineKind.AMOUNT
    unit: str = ""
    quantity_milli: int = 0
    unit_cost_minor: int = 0
    duration_milli: int | None = None
    percent_bp: int | None = None
    account_id: int | None = None
    notes: str = ""


EDITABLE = tuple(f.name for f in fields(LineInput))


# -- lines -----------------------------------------------------------------------------------


def _validate(data: LineInput | dict[str, Any]) -> None:
    values = data if isinstance(data, dict) else {n: getattr(data, n) for n in EDITABLE}
    validate_line_values(
        quantity_milli=values.get("quantity_milli"),
        unit_cost_minor=values.get("unit_cost_minor"),
        duration_milli=values.get("duration_milli"),
        percent_bp=values.get("percent_bp"),
    )
    if "label" in values and not str(values["label"]).strip():
        raise DomainError(ErrorCode.REQUIRED, field="label")


def sibling_lines(session: Session, budget_id: int, parent_id: int | None) -> list[BudgetLine]:
    query = select(BudgetLine).where(BudgetLine.budget_id == budget_id)
    query = query.where(
        BudgetLine.parent_id.is_(None) if parent_id is None else BudgetLine.parent_id == parent_id
    )
    return list(session.scalars(query.order_by(BudgetLine.position, BudgetLine.id)))


def _check_code(session: Session, budget_id: int, code: str, line_id: int | None = None) -> None:
    clash = session.scalar(
        select(BudgetLine.id).where(BudgetLine.budget_id == budget_id, BudgetLine.code == code)
    )
    if clash is not None and clash != line_id:
        raise DomainError(ErrorCode.BUDGET_CODE_TAKEN, field="code", line=code)


def next_code(siblings: list[BudgetLine], parent: BudgetLine | None) -> str:
    """The next free code under `parent`: "1.3" after "1.2", "14" at the top after 13."""
    prefix = f"{parent.code}." if parent is not None else ""
    numbers = []
    for line in siblings:
        tail = line.code[len(prefix) :] if line.code.startswith(prefix) else ""
        if tail.isdigit():
            numbers.append(int(tail))
    return f"{prefix}{max(numbers, default=0) + 1}"


def add_line(
    asso: AssoFile,
    budget_id: int,
    data: LineInput,
    parent_id: int | None = None,
    position: int | None = None,
    *,
    inherit_funding: bool = True,
) -> int:
    """Add a line under `parent_id` at `position` among its siblings (end by default); an empty
    code takes the next free number; a priced line takes the co-funding shares of its nearest
    priced sibling."""
    _validate(data)
    with asso.unit_of_work() as session:
        editable_budget(session, budget_id)
        parent = get(session, BudgetLine, parent_id, field="parent") if parent_id else None
        level = 1 if parent is None else parent.level + 1
        if level > MAX_LEVEL:
            raise DomainError(ErrorCode.BUDGET_TOO_DEEP, field="parent")
        siblings = sibling_lines(session, budget_id, parent_id)
        code = data.code.strip() or next_code(siblings, parent)
        _check_code(session, budget_id, code)
        values = {n: getattr(data, n) for n in EDITABLE}
        values["code"] = code
        line = BudgetLine(budget_id=budget_id, parent_id=parent_id, level=level, **values)
        if parent is not None and parent.kind is BudgetLineKind.AMOUNT:
            parent.kind = BudgetLineKind.HEADING  # a priced line that gets children groups them
        at = len(siblings) if position is None else max(0, min(position, len(siblings)))
        siblings.insert(at, line)
        session.add(line)
        for index, sibling in enumerate(siblings):
            sibling.position = index
        session.flush()
        if inherit_funding and line.kind in (BudgetLineKind.AMOUNT, BudgetLineKind.PERCENTAGE):
            share_like_neighbours(session, line, siblings)
        log(session, AuditAction.CREATE, line)
        return line.id


def share_like_neighbours(session: Session, line: BudgetLine, siblings: list[BudgetLine]) -> None:
    """A new priced line is shared among funders like its nearest priced sibling, else like
    any priced line of the budget (shares only: fixed amounts belong to their own line)."""
    candidates = [s.id for s in reversed(siblings) if s.id != line.id]
    rows: list[BudgetLineFunding] = []
    for candidate in candidates:
        rows = list(
            session.scalars(
                select(BudgetLineFunding).where(
                    BudgetLineFunding.line_id == candidate, BudgetLineFunding.share_bp.is_not(None)
                )
            )
        )
        if rows:
            break
    if not rows:
        rows = list(
            session.scalars(
                select(BudgetLineFunding)
                .join(BudgetLine, BudgetLine.id == BudgetLineFunding.line_id)
                .where(
                    BudgetLine.budget_id == line.budget_id,
                    BudgetLine.id != line.id,
                    BudgetLineFunding.share_bp.is_not(None),
                )
                .order_by(BudgetLine.id.desc())
            )
        )
        first_line = rows[0].line_id if rows else None
        rows = [r for r in rows if r.line_id == first_line]
    for row in rows:
        session.add(
            BudgetLineFunding(
                line_id=line.id, funder_id=row.funder_id, share_bp=row.share_bp, in_kind=row.in_kind
            )
        )


def update_line(asso: AssoFile, line_id: int, **changes: Any) -> dict[str, Any]:
    """Change some fields of a line; returns their previous values (for undo)."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    _validate(changes)
    with asso.unit_of_work() as session:
        line = editable_line(session, line_id)
        if "code" in changes:
            changes["code"] = str(changes["code"]).strip()
            if not changes["code"]:
                raise DomainError(ErrorCode.REQUIRED, field="code")
            _check_code(session, line.budget_id, changes["code"], line_id)
        before = {name: getattr(line, name) for name in changes}
        for name, value in changes.items():
            setattr(line, name, value)
        log(session, AuditAction.UPDATE, line, before=json_values(before))
        return before


def json_values(values: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.value if hasattr(v, "value") else v) for k, v in values.items()}


def move_line(
    asso: AssoFile, line_id: int, parent_id: int | None, position: int
) -> tuple[int | None, int]:
    """Put a line (with its children) under `parent_id` at `position`; returns where it was."""
    with asso.unit_of_work() as session:
        line = editable_line(session, line_id)
        before_parent = line.parent_id
        old_siblings = sibling_lines(session, line.budget_id, before_parent)
        before_position = old_siblings.index(line)
        parent = get(session, BudgetLine, parent_id, field="parent") if parent_id else None
        depth = _depth(session, line)
        level = 1 if parent is None else parent.level + 1
        ancestor = parent
        while ancestor is not None:  # never under itself
            if ancestor.id == line.id:
                raise DomainError(ErrorCode.INVALID_VALUE, field="parent")
            ancestor = session.get(BudgetLine, ancestor.parent_id) if ancestor.parent_id else None
        if level + depth - 1 > MAX_LEVEL:
            raise DomainError(ErrorCode.BUDGET_TOO_DEEP, field="parent")
        old_siblings.remove(line)
        for index, sibling in enumerate(old_siblings):
            sibling.position = index
        new_siblings = [
            s for s in sibling_lines(session, line.budget_id, parent_id) if s is not line
        ]
        new_siblings.insert(max(0, min(position, len(new_siblings))), line)
        line.parent_id = parent_id
        for index, sibling in enumerate(new_siblings):
            sibling.position = index
        _relevel(session, line, level)
        log(session, AuditAction.UPDATE, line)
        return before_parent, before_position


def child_lines(session: Session, line: BudgetLine) -> list[BudgetLine]:
    return list(session.scalars(select(BudgetLine).where(BudgetLine.parent_id == line.id)))


def _depth(session: Session, line: BudgetLine) -> int:
    kids = child_lines(session, line)
    return 1 + max((_depth(session, k) for k in kids), default=0)


def _relevel(session: Session, line: BudgetLine, level: int) -> None:
    line.level = level
    for kid in child_lines(session, line):
        _relevel(session, kid, level + 1)
