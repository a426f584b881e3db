"""The quality checks panel: what a donor's reviewer would point out, recomputed after every
change; a click asks the page to select the item at fault."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desk.domain.logframe_rules import QualityIssue
from desk.ui.logframe.present import problem_text
from desk.ui.widgets import style
from desk.ui.widgets.views import section_title

ISSUE_ROLE = Qt.ItemDataRole.UserRole + 1


class QualityPanel(QWidget):
    go_to = Signal(str, int)  # "node" | "indicator", id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = section_title()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(style.MUTED_CSS)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._go)
        self.list.itemClicked.connect(self._go)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        self.issues: list[QualityIssue] = []
        self.show_issues([])

    def show_issues(self, issues: Sequence[QualityIssue]) -> None:
        self.issues = list(issues)
        self.list.clear()
        for issue in issues:
            item = QListWidgetItem(f"{issue.code} — {problem_text(issue.problem)}")
            item.setData(ISSUE_ROLE, (issue.item.value, issue.item_id))
            item.setForeground(style.WARNING)
            self.list.addItem(item)
        self.title.setText(self.tr("Quality checks (%1)").replace("%1", str(len(issues))))
        self.hint.setText(
            self.tr("Click a line to go to the item.")
            if issues
            else self.tr("Nothing to point out: every check passes.")
        )

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _go(self, item: QListWidgetItem) -> None:
        kind, ident = item.data(ISSUE_ROLE)
        self.go_to.emit(str(kind), int(ident))
