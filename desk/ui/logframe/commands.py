"""Undoable logframe edits: each command calls `desk.services.logframe.edit` and keeps what its
undo needs (previous values, the snapshot of what it deleted). Undoing an addition deletes the
item; redoing it restores the same record (same id), so later commands still find it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from desk.domain.enums import AgeGroup, Sex
from desk.services.logframe import edit
from desk.services.logframe.edit import IndicatorSnapshot, NodeSnapshot, ValueEntry
from desk.store import AssoFile
from desk.ui.undo import ServiceCommand


class LogframeCommand(ServiceCommand):
    area = "logframe"

    def __init__(self, asso: AssoFile, text: str) -> None:
        super().__init__(text)
        self.asso = asso


class AddNode(LogframeCommand):
    def __init__(
        self,
        asso: AssoFile,
        logframe_id: int,
        parent_id: int,
        statement: str = "",
        position: int | None = None,
        text: str = "",
    ) -> None:
        super().__init__(asso, text)
        self.args = (logframe_id, parent_id, statement, position)
        self.node_id = 0
        self.snapshot: NodeSnapshot | None = None

    def apply(self) -> None:
        if self.snapshot is None:
            self.node_id = edit.add_node(self.asso, *self.args)
        else:
            edit.restore_node(self.asso, self.snapshot)

    def revert(self) -> None:
        self.snapshot = edit.delete_node(self.asso, self.node_id)


class DeleteNode(LogframeCommand):
    def __init__(self, asso: AssoFile, node_id: int, text: str = "") -> None:
        super().__init__(asso, text)
        self.node_id = node_id
        self.snapshot: NodeSnapshot | None = None

    def apply(self) -> None:
        self.snapshot = edit.delete_node(self.asso, self.node_id)

    def revert(self) -> None:
        assert self.snapshot is not None
        edit.restore_node(self.asso, self.snapshot)


class MoveNode(LogframeCommand):
    def __init__(
        self, asso: AssoFile, node_id: int, parent_id: int, position: int, text: str = ""
    ) -> None:
        super().__init__(asso, text)
        self.node_id, self.parent_id, self.position = node_id, parent_id, position
        self.old: tuple[int, int] | None = None

    def apply(self) -> None:
        self.old = edit.move_node(self.asso, self.node_id, self.parent_id, self.position)

    def revert(self) -> None:
        assert self.old is not None
        edit.move_node(self.asso, self.node_id, *self.old)


class UpdateNode(LogframeCommand):
    def __init__(
        self, asso: AssoFile, node_id: int, fields: dict[str, str], text: str = ""
    ) -> None:
        super().__init__(asso, text)
        self.node_id, self.fields = node_id, fields
        self.before: dict[str, str] = {}

    def apply(self) -> None:
        self.before = edit.update_node(self.asso, self.node_id, **self.fields)

    def revert(self) -> None:
        edit.update_node(self.asso, self.node_id, **self.before)


class UpdatePreconditions(LogframeCommand):
    def __init__(self, asso: AssoFile, logframe_id: int, text_value: str, text: str = "") -> None:
        super().__init__(asso, text)
        self.logframe_id, self.value = logframe_id, text_value
        self.before = ""

    def apply(self) -> None:
        self.before = edit.update_logframe(self.asso, self.logframe_id, self.value)

    def revert(self) -> None:
        edit.update_logframe(self.asso, self.logframe_id, self.before)


class SetTemplate(LogframeCommand):
    def __init__(self, asso: AssoFile, logframe_id: int, name: str, text: str = "") -> None:
        super().__init__(asso, text)
        self.logframe_id, self.name = logframe_id, name
        self.before = ""

    def apply(self) -> None:
        self.before = edit.set_template(self.asso, self.logframe_id, self.name)

    def revert(self) -> None:
        edit.set_template(self.asso, self.logframe_id, self.before)


class AddIndicator(LogframeCommand):
    def __init__(
        self,
        asso: AssoFile,
        node_id: int,
        statement: str,
        fields: dict[str, Any] | None = None,
        text: str = "",
    ) -> None:
        super().__init__(asso, text)
        self.node_id, self.statement, self.fields = node_id, statement, fields or {}
        self.indicator_id = 0
        self.snapshot: IndicatorSnapshot | None = None

    def apply(self) -> None:
        if self.snapshot is None:
            self.indicator_id = edit.add_indicator(
                self.asso, self.node_id, self.statement, **self.fields
            )
        else:
            edit.restore_indicator(self.asso, self.snapshot)

    def revert(self) -> None:
        self.snapshot = edit.delete_indicator(self.asso, self.indicator_id)


class DeleteIndicator(LogframeCommand):
    def __init__(self, asso: AssoFile, indicator_id: int, text: str = "") -> None:
        super().__init__(asso, text)
        self.indicator_id = indicator_id
        self.snapshot: IndicatorSnapshot | None = None

    def apply(self) -> None:
        self.snapshot = edit.delete_indicator(self.asso, self.indicator_id)

    def revert(self) -> None:
        assert self.snapshot is not None
        edit.restore_indicator(self.asso, self.snapshot)


class MoveIndicator(LogframeCommand):
    def __init__(
        self, asso: AssoFile, indicator_id: int, node_id: int, position: int, text: str = ""
    ) -> None:
        super().__init__(asso, text)
        self.indicator_id, self.node_id, self.position = indicator_id, node_id, position
        self.old: tuple[int, int] | None = None

    def apply(self) -> None:
        self.old = edit.move_indicator(self.asso, self.indicator_id, self.node_id, self.position)

    def revert(self) -> None:
        assert self.old is not None
        edit.move_indicator(self.asso, self.indicator_id, *self.old)


class UpdateIndicator(LogframeCommand):
    def __init__(
        self, asso: AssoFile, indicator_id: int, fields: dict[str, Any], text: str = ""
    ) -> None:
        super().__init__(asso, text)
        self.indicator_id, self.fields = indicator_id, fields
        self.before: dict[str, Any] = {}

    def apply(self) -> None:
        self.before = edit.update_indicator(self.asso, self.indicator_id, **self.fields)

    def revert(self) -> None:
        edit.update_indicator(self.asso, self.indicator_id, **self.before)


class SetTarget(LogframeCommand):
    def __init__(
        self,
        asso: AssoFile,
        indicator_id: int,
        value: Decimal | None,
        *,
        period_end: date | None = None,
        period_label: str = "",
        sex: Sex = Sex.TOTAL,
        age_group: AgeGroup = AgeGroup.ALL,
        text: str = "",
    ) -> None:
        super().__init__(asso, text)
        self.indicator_id, self.value = indicator_id, value
        self.where: dict[str, Any] = {
            "period_end": period_end,
            "period_label": period_label,
            "sex": sex,
            "age_group": age_group,
        }
        self.before: Decimal | None = None

    def apply(self) -> None:
        self.before = edit.set_target(self.asso, self.indicator_id, self.value, **self.where)

    def revert(self) -> None:
        edit.set_target(self.asso, self.indicator_id, self.before, **self.where)


class SetValue(LogframeCommand):
    def __init__(
        self,
        asso: AssoFile,
        indicator_id: int,
        period_end: date,
        entry: ValueEntry | None,
        *,
        sex: Sex = Sex.TOTAL,
        age_group: AgeGroup = AgeGroup.ALL,
        text: str = "",
    ) -> None:
        super().__init__(asso, text)
        self.indicator_id, self.period_end, self.entry = indicator_id, period_end, entry
        self.sex, self.age_group = sex, age_group
        self.before: ValueEntry | None = None

    def apply(self) -> None:
        self.before = edit.set_value(
            self.asso,
            self.indicator_id,
            self.period_end,
            self.entry,
            sex=self.sex,
            age_group=self.age_group,
        )

    def revert(self) -> None:
        edit.set_value(
            self.asso,
            self.indicator_id,
            self.period_end,
            self.before,
            sex=self.sex,
            age_group=self.age_group,
        )


class Batch(LogframeCommand):
    """Several edits as one step of the history (the indicator editor's OK): applied in order;
    if one is refused, those already applied are undone and the refusal goes up."""

    def __init__(self, asso: AssoFile, steps: Sequence[LogframeCommand], text: str = "") -> None:
        super().__init__(asso, text)
        self.steps = list(steps)

    def apply(self) -> None:
        done: list[LogframeCommand] = []
        try:
            for step in self.steps:
                step.apply()
                done.append(step)
        except BaseException:
            for step in reversed(done):
                step.revert()
            raise

    def revert(self) -> None:
        for step in reversed(self.steps):
            step.revert()
