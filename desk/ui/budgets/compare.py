"""Comparison of two budget versions, heading by heading: amounts before and after, the change,
and the headings moved beyond the grant's transfer flexibility (they need an amendment)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desk.domain.budget_rules import HeadingChange
from desk.services.budgets.versions import VersionComparison, compare_versions, versions
from desk.store import AssoFile
from desk.ui.widgets import style
from desk.ui.widgets.formatting import format_money_ui, format_percent_ui
from desk.ui.widgets.labels import label
from desk.ui.widgets.table_model import Align, Column, RowTableModel
from desk.ui.widgets.views import make_table


def comparison_columns(currency: str) -> list[Column[HeadingChange]]:
    def money(value: int) -> str:
        return format_money_ui(value, currency)

    def change(h: HeadingChange) -> str:
        if h.change_bp is None:
            return "—"
        return format_percent_ui(Decimal(h.change_bp) / 10_000, places=1)

    return [
        Column(QT_TRANSLATE_NOOP("Pages", "Code"), lambda h: h.code),
        Column(QT_TRANSLATE_NOOP("Pages", "Heading"), lambda h: h.label),
        Column(
            QT_TRANSLATE_NOOP("Pages", "Before"),
            lambda h: h.before_minor,
            lambda h: money(h.before_minor),
            Align.NUMBER,
        ),
        Column(
            QT_TRANSLATE_NOOP("Pages", "After"),
            lambda h: h.after_minor,
            lambda h: money(h.after_minor),
            Align.NUMBER,
        ),
        Column(
            QT_TRANSLATE_NOOP("Pages", "Change"),
            lambda h: h.delta_minor,
            lambda h: money(h.delta_minor),
            Align.NUMBER,
        ),
        Column(
            QT_TRANSLATE_NOOP("Pages", "Change %"),
            lambda h: h.change_bp,
            change,
            Align.NUMBER,
            color=lambda h: style.NEGATIVE if h.beyond else None,
            bold=lambda h: h.beyond,
        ),
    ]


class CompareDialog(QDialog):
    def __init__(
        self, asso: AssoFile, project_id: int, current_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.asso = asso
        self.setWindowTitle(self.tr("Compare two versions"))
        self.resize(820, 420)
        layout = QVBoxLayout(self)
        pick = QHBoxLayout()
        self.before = QComboBox()
        self.after = QComboBox()
        refs = versions(asso, project_id)
        for ref in refs:
            text = f"v{ref.version} · {label(ref.status)}"
            self.before.addItem(text, ref.id)
            self.after.addItem(text, ref.id)
        self.after.setCurrentIndex(max(self.after.findData(current_id), 0))
        others = [r.id for r in refs if r.id != current_id]
        self.before.setCurrentIndex(
            max(self.before.findData(others[0] if others else current_id), 0)
        )
        pick.addWidget(QLabel(self.tr("From")))
        pick.addWidget(self.before, 1)
        pick.addWidget(QLabel(self.tr("to")))
        pick.addWidget(self.after, 1)
        layout.addLayout(pick)
        self.model: RowTableModel[HeadingChange] = RowTableModel(comparison_columns("MAD"), self)
        self.table = make_table(
            self.model, widths={0: 60, 2: 130, 3: 130, 4: 130, 5: 90}, stretch=1
        )
        layout.addWidget(self.table, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.before.currentIndexChanged.connect(self.refresh)
        self.after.currentIndexChanged.connect(self.refresh)
        self.comparison: VersionComparison | None = None
        self.refresh()

    def refresh(self) -> None:
        before, after = self.before.currentData(), self.after.currentData()
        if before is None or after is None:
            return
        self.comparison = compare_versions(self.asso, int(before), int(after))
        self.model.set_columns(comparison_columns(self.comparison.currency))
        self.model.set_rows(self.comparison.headings)
        flex = format_percent_ui(Decimal(self.comparison.flex_bp) / 10_000)
        if self.comparison.needs_amendment:
            text = self.tr(
                "Some headings move by more than %1: the donor must sign an amendment."
            ).replace("%1", flex)
            self.summary.setStyleSheet(f"color: {style.NEGATIVE.name()}; font-weight: 600;")
        else:
            text = self.tr("Every heading stays within the %1 flexibility.").replace("%1", flex)
            self.summary.setStyleSheet(f"color: {style.POSITIVE.name()};")
        self.summary.setText(text)
