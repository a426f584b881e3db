"""Undoable budget edits: each command calls the budget services in apply() and revert().

Ids stay stable across undo and redo: a deleted line comes back with its id (restore_lines),
so later commands that refer to it still work.
"""

from __future__ import annotations

from typing import Any

from desk.services.browse.budgets import budget_view
from desk.services.budgets import (
    builder,
    funding,
    grants,
    operating,
    snapshots,
    templates,
    versions,
)
from desk.services.budgets.builder import LineInput
from desk.services.budgets.funding import FundingState
from desk.services.budgets.grants import GrantInput
from desk.services.budgets.snapshots import LineSnapshot
from desk.store import AssoFile
from desk.ui.undo import ServiceCommand


class BudgetCommand(ServiceCommand):
    area = "budget"

    def __init__(self, asso: AssoFile, text: str) -> None:
        super().__init__(text)
        self.asso = asso


class AddLine(BudgetCommand):
    def __init__(
        self,
        asso: AssoFile,
        budget_id: int,
        data: LineInput,
        parent_id: int | None,
        position: int | None = None,
        text: str = "",
    ) -> None:
        super().__init__(asso, text)
        self.budget_id, self.data, self.parent_id, self.position = (
            budget_id,
            data,
            parent_id,
            position,
        )
        self.line_id: int | None = None
        self._snapshot: LineSnapshot | None = None

    def apply(self) -> None:
        if self._snapshot is not None:
            snapshots.restore_lines(self.asso, self._snapshot)
            return
        self.line_id = builder.add_line(
            self.asso, self.budget_id, self.data, self.parent_id, self.position
        )

    def revert(self) -> None:
        assert self.line_id is not None
        self._snapshot = snapshots.delete_line(self.asso, self.line_id)


class EditLine(BudgetCommand):
    def __init__(self, asso: AssoFile, line_id: int, changes: dict[str, Any], text: str = ""):
        super().__init__(asso, text)
        self.line_id, self.changes = line_id, changes
        self.before: dict[str, Any] = {}

    def apply(self) -> None:
        self.before = builder.update_line(self.asso, self.line_id, **self.changes)

    def revert(self) -> None:
        builder.update_line(self.asso, self.line_id, **self.before)


class DeleteLine(BudgetCommand):
    def __init__(self, asso: AssoFile, line_id: int, text: str = "") -> None:
        super().__init__(asso, text)
        self.line_id = line_id
        self.snapshot: LineSnapshot | None = None

    def apply(self) -> None:
        self.snapshot = snapshots.delete_line(self.asso, self.line_id)

    def revert(self) -> None:
        assert self.snapshot is not None
        snapshots.restore_lines(self.asso, self.snapshot)


class MoveLine(BudgetCommand):
    def __init__(
        self, asso: AssoFile, line_id: int, parent_id: int | None, position: int, text: str = ""
    ) -> None:
        super().__init__(asso, text)
        self.line_id, self.target = line_id, (parent_id, position)
        self.before: tuple[int | None, int] = (None, 0)

    def apply(self) -> None:
        self.before = builder.move_line(self.asso, self.line_id, *self.target)

    def revert(self) -> None:
        builder.move_line(self.asso, self.line_id, *self.before)


class SetFunding(BudgetCommand):
    def __init__(
        self,
        asso: AssoFile,
        line_id: int,
        funder_id: int,
        state: FundingState | None,
        text: str = "",
    ) -> None:
        super().__init__(asso, text)
        self.line_id, self.funder_id, self.state = line_id, funder_id, state
        self.before: FundingState | None = None

    def apply(self) -> None:
        self.before = funding.set_funding(self.asso, self.line_id, self.funder_id, self.state)

    def revert(self) -> None:
        funding.set_funding(self.asso, self.line_id, self.funder_id, self.before)


class SetYears(BudgetCommand):
    def __init__(
        self, asso: AssoFile, line_id: int, amounts: tuple[int | None, ...], text: str = ""
    ) -> None:
        super().__init__(asso, text)
        self.line_id, self.amounts = line_id, amounts
        self.before: tuple[int | None, ...] = ()

    def apply(self) -> None:
        self.before = funding.set_line_years(self.asso, self.line_id, self.amounts)

    def revert(self) -> None:
        funding.set_line_years(self.asso, self.line_id, self.before)


class SetStatus(BudgetCommand):
    def __init__(self, asso: AssoFile, budget_id: int, status: Any, text: str = "") -> None:
        super().__init__(asso, text)
        self.budget_id, self.status = budget_id, status
        self.before: Any = None

    def apply(self) -> None:
        self.before = versions.set_status(self.asso, self.budget_id, self.status)

    def revert(self) -> None:
        versions.set_status(self.asso, self.budget_id, self.before)


class NewVersion(BudgetCommand):
    def __init__(self, asso: AssoFile, source_id: int, status: Any, text: str = "") -> None:
        super().__init__(asso, text)
        self.source_id, self.status = source_id, status
        self.budget_id: int | None = None

    def apply(self) -> None:
        self.budget_id = versions.new_version(self.asso, self.source_id, self.status)

    def revert(self) -> None:
        assert self.budget_id is not None
        versions.delete_budget(self.asso, self.budget_id)


class CompleteTemplate(BudgetCommand):
    """Adds the EU headings and lines a budget lacks; undo deletes what was added."""

    def __init__(self, asso: AssoFile, budget_id: int, text: str = "") -> None:
        super().__init__(asso, text)
        self.budget_id = budget_id
        self.added: list[int] = []
        self._snapshots: list[LineSnapshot] = []

    def _ids(self) -> list[int]:
        view = budget_view(self.asso, self.budget_id)
        return [] if view is None else [row.id for row in view.lines]

    def apply(self) -> None:
        if self._snapshots:
            for snapshot in self._snapshots:
                snapshots.restore_lines(self.asso, snapshot)
            return
        before = set(self._ids())
        templates.complete_template(self.asso, self.budget_id)
        self.added = [i for i in self._ids() if i not in before]

    def revert(self) -> None:
        self._snapshots = [snapshots.delete_line(self.asso, i) for i in reversed(self.added)]
        self._snapshots.reverse()


class Estimate(BudgetCommand):
    def __init__(self, asso: AssoFile, budget_id: int, text: str = "") -> None:
        super().__init__(asso, text)
        self.budget_id = budget_id
        self.undo_data: operating.EstimateUndo | None = None

    def apply(self) -> None:
        self.undo_data = operating.estimate_from_last_year(self.asso, self.budget_id)

    def revert(self) -> None:
        assert self.undo_data is not None
        operating.undo_estimate(self.asso, self.undo_data)


class UpdateGrant(BudgetCommand):
    def __init__(self, asso: AssoFile, project_id: int, data: GrantInput, text: str = "") -> None:
        super().__init__(asso, text)
        self.project_id, self.data = project_id, data
        self.before: GrantInput | None = None

    def apply(self) -> None:
        self.before = grants.update_grant(self.asso, self.project_id, self.data)

    def revert(self) -> None:
        assert self.before is not None
        grants.update_grant(self.asso, self.project_id, self.before)


class SetBudgetYears(BudgetCommand):
    """Undo restores the number of years (amounts of dropped years are not kept)."""

    def __init__(self, asso: AssoFile, budget_id: int, years: int, text: str = "") -> None:
        super().__init__(asso, text)
        self.budget_id, self.years = budget_id, years
        self.before = 1

    def apply(self) -> None:
        self.before = templates.set_years(self.asso, self.budget_id, self.years)

    def revert(self) -> None:
        templates.set_years(self.asso, self.budget_id, self.before)
