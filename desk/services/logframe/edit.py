"""The logframe writes for pages and undo commands: each call is one unit of work on the open
file and returns plain values (ids, previous values, snapshots), never a database object.

The session-level functions are in `tree` and `indicators` (for other services, e.g. the
calendar creating activity nodes inside its own unit of work).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from desk.domain.enums import AgeGroup, Sex
from desk.services.logframe import indicators, tree
from desk.services.logframe.indicators import IndicatorSnapshot, ValueEntry
from desk.services.logframe.tree import NodeSnapshot
from desk.store import AssoFile

T = TypeVar("T")

__all__ = [
    "IndicatorSnapshot",
    "NodeSnapshot",
    "ValueEntry",
    "add_indicator",
    "add_node",
    "create_logframe",
    "delete_indicator",
    "delete_node",
    "move_indicator",
    "move_node",
    "restore_indicator",
    "restore_node",
    "set_target",
    "set_template",
    "set_value",
    "update_indicator",
    "update_logframe",
    "update_node",
]


def _write(asso: AssoFile, work: Callable[[Session], T]) -> T:
    with asso.unit_of_work() as session:
        return work(session)


def create_logframe(asso: AssoFile, project_id: int, template_name: str) -> int:
    """The id of the project's logframe, created (with its root) if it has none."""
    return _write(asso, lambda s: tree.ensure_logframe(s, project_id, template_name).id)


def set_template(asso: AssoFile, logframe_id: int, template_name: str) -> str:
    return _write(asso, lambda s: tree.set_template(s, logframe_id, template_name))


def update_logframe(asso: AssoFile, logframe_id: int, preconditions: str) -> str:
    return _write(asso, lambda s: tree.update_logframe(s, logframe_id, preconditions=preconditions))


def add_node(
    asso: AssoFile,
    logframe_id: int,
    parent_id: int,
    statement: str = "",
    position: int | None = None,
) -> int:
    return _write(asso, lambda s: tree.add_node(s, logframe_id, parent_id, statement, position).id)


def move_node(asso: AssoFile, node_id: int, parent_id: int, position: int) -> tuple[int, int]:
    return _write(asso, lambda s: tree.move_node(s, node_id, parent_id, position))


def update_node(asso: AssoFile, node_id: int, **fields: str) -> dict[str, str]:
    return _write(asso, lambda s: tree.update_node(s, node_id, **fields))


def delete_node(asso: AssoFile, node_id: int) -> NodeSnapshot:
    return _write(asso, lambda s: tree.delete_node(s, node_id))


def restore_node(asso: AssoFile, snapshot: NodeSnapshot) -> int:
    return _write(asso, lambda s: tree.restore_node(s, snapshot).id)


def add_indicator(
    asso: AssoFile, node_id: int, statement: str, position: int | None = None, **fields: Any
) -> int:
    return _write(
        asso, lambda s: indicators.add_indicator(s, node_id, statement, position, **fields).id
    )


def update_indicator(asso: AssoFile, indicator_id: int, **fields: Any) -> dict[str, Any]:
    return _write(asso, lambda s: indicators.update_indicator(s, indicator_id, **fields))


def move_indicator(
    asso: AssoFile, indicator_id: int, node_id: int, position: int
) -> tuple[int, int]:
    return _write(asso, lambda s: indicators.move_indicator(s, indicator_id, node_id, position))


def delete_indicator(asso: AssoFile, indicator_id: int) -> IndicatorSnapshot:
    return _write(asso, lambda s: indicators.delete_indicator(s, indicator_id))


def restore_indicator(asso: AssoFile, snapshot: IndicatorSnapshot) -> int:
    return _write(asso, lambda s: indicators.restore_indicator(s, snapshot).id)


def set_target(
    asso: AssoFile,
    indicator_id: int,
    value: Decimal | None,
    *,
    period_end: date | None = None,
    period_label: str = "",
    sex: Sex = Sex.TOTAL,
    age_group: AgeGroup = AgeGroup.ALL,
) -> Decimal | None:
    return _write(
        asso,
        lambda s: indicators.set_target(
            s,
            indicator_id,
            value,
            period_end=period_end,
            period_label=period_label,
            sex=sex,
            age_group=age_group,
        ),
    )


def set_value(
    asso: AssoFile,
    indicator_id: int,
    period_end: date | None,
    entry: ValueEntry | None,
    *,
    sex: Sex = Sex.TOTAL,
    age_group: AgeGroup = AgeGroup.ALL,
) -> ValueEntry | None:
    return _write(
        asso,
        lambda s: indicators.set_value(
            s, indicator_id, period_end, entry, sex=sex, age_group=age_group
        ),
    )
