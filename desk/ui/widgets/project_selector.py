"""The project picker at the top of the budget, logframe and calendar pages."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

from desk.domain.enums import ProjectStatus
from desk.services.browse.projects import ProjectSummary
from desk.ui.widgets.formatting import user_text_ui

_ACTIVE = (ProjectStatus.ONGOING, ProjectStatus.SIGNED)


class ProjectSelector(QComboBox):
    """Lists "CODE — Title"; emits `project_changed(id)` (0 when the list is empty)."""

    project_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.setMinimumContentsLength(30)
        self.setMaximumWidth(560)
        self.currentIndexChanged.connect(lambda _i: self.project_changed.emit(self.project_id))

    @property
    def project_id(self) -> int:
        data = self.currentData()
        return int(data) if data is not None else 0

    def set_projects(
        self,
        projects: Sequence[ProjectSummary],
        relevant: Callable[[ProjectSummary], bool] | None = None,
    ) -> None:
        """Fill the list, keeping the current project; else pick the first one in progress
        that has something to show on this page (`relevant`), else the first in progress,
        else the first."""
        keep = self.project_id
        self.blockSignals(True)
        self.clear()
        for p in projects:
            self.addItem(user_text_ui(f"{p.code} — {p.title}"), p.id)
            self.setItemData(self.count() - 1, p.title, Qt.ItemDataRole.ToolTipRole)
        ids = [p.id for p in projects]
        active = [p for p in projects if p.status in _ACTIVE]
        useful = [p.id for p in active if relevant is None or relevant(p)]
        fallback = useful or [p.id for p in active] or ids or [0]
        choice = keep if keep in ids else fallback[0]
        if choice:
            self.setCurrentIndex(ids.index(choice))
        self.blockSignals(False)
        self.project_changed.emit(self.project_id)
