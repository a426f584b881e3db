"""Splitting one amount over several categories, projects or budget lines, with what is left
to split shown as you type ("Reste à répartir : 234,50 MAD")."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desk.domain.entry import Part, remainder
from desk.services.entry import Category, EntryChoices
from desk.ui.widgets import style
from desk.ui.widgets.formatting import format_money_ui
from desk.ui.widgets.money_edit import MoneyEdit

HEADERS = (
    QT_TRANSLATE_NOOP("Treasury", "Amount"),
    QT_TRANSLATE_NOOP("Treasury", "Category"),
    QT_TRANSLATE_NOOP("Treasury", "Project"),
    QT_TRANSLATE_NOOP("Treasury", "Budget line"),
    QT_TRANSLATE_NOOP("Treasury", "Note"),
)
AMOUNT, CATEGORY, PROJECT, LINE, MEMO = range(5)


def fill_combo(combo: QComboBox, items: Sequence[tuple[str, object]], none: str | None) -> None:
    """Replace the items of `combo` (`none`: a first "no choice" entry), keeping the choice."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if none is not None:
        combo.addItem(none, None)
    for text, data in items:
        combo.addItem(text, data)
    found = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(max(found, 0))
    combo.blockSignals(False)


class SplitEditor(QWidget):
    """`changed` when an amount or a choice changes; `parts()` reads the lines."""

    changed = Signal()

    def __init__(self, choices: EntryChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices
        self.categories: Sequence[Category] = choices.expense_categories
        self.total = 0
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("Treasury", h) for h in HEADERS]
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column, width in ((AMOUNT, 100), (MEMO, 90)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(column, width)
        self.table.setMinimumHeight(110)
        self.table.setMaximumHeight(170)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add a line"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_line())
        self.remove_button = QPushButton(self.tr("Remove the line"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_line)
        self.remainder_label = QLabel()
        self.remainder_label.setStyleSheet("font-weight: 600;")
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.remainder_label)
        layout.addLayout(row)

    def set_categories(self, categories: Sequence[Category]) -> None:
        self.categories = categories
        for r in range(self.table.rowCount()):
            combo = self._combo(r, CATEGORY)
            fill_combo(combo, [(c.name, c.code) for c in categories], "")

    def set_total(self, total: int | None) -> None:
        self.total = total or 0
        self._show_remainder()

    def add_line(self, part: Part | None = None) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        amount = MoneyEdit(self.choices.currency)
        amount.amountChanged.connect(lambda _v: self._show_remainder())
        category, project, line = QComboBox(), QComboBox(), QComboBox()
        fill_combo(category, [(c.name, c.code) for c in self.categories], "")
        projects = [(p.name, p.id) for p in self.choices.projects]
        fill_combo(project, projects, self.tr("No project"))
        memo = QLineEdit()
        project.currentIndexChanged.connect(lambda _i, p=project, b=line: self._lines(p, b))
        for column, widget in ((AMOUNT, amount), (CATEGORY, category), (PROJECT, project)):
            self.table.setCellWidget(r, column, widget)
        self.table.setCellWidget(r, LINE, line)
        self.table.setCellWidget(r, MEMO, memo)
        if part is None:
            left = remainder(self.total, self.parts())
            if left > 0:
                amount.set_amount(left)
        else:
            amount.set_amount(part.amount_minor)
            category.setCurrentIndex(max(category.findData(part.category_code), 0))
            project.setCurrentIndex(max(project.findData(part.project_id), 0))
            line.setCurrentIndex(max(line.findData(part.budget_line_id), 0))
            memo.setText(part.memo)
        self._lines(project, line)
        if part is not None:
            line.setCurrentIndex(max(line.findData(part.budget_line_id), 0))
        self._show_remainder()
        amount.setFocus()

    def _lines(self, project: QComboBox, line: QComboBox) -> None:
        lines = self.choices.lines_of(project.currentData())
        fill_combo(line, [(b.name, b.id) for b in lines], self.tr("No budget line"))
        line.setEnabled(bool(lines))
        self.changed.emit()  # a line's project changed (the grant period warning listens)

    def remove_line(self) -> None:
        r = self.table.currentRow()
        if r < 0:
            r = self.table.rowCount() - 1
        if r >= 0:
            self.table.removeRow(r)
        self._show_remainder()

    def clear(self) -> None:
        self.table.setRowCount(0)
        self._show_remainder()

    def _combo(self, r: int, column: int) -> QComboBox:
        widget = self.table.cellWidget(r, column)
        assert isinstance(widget, QComboBox)
        return widget

    def parts(self) -> tuple[Part, ...]:
        parts = []
        for r in range(self.table.rowCount()):
            amount = self.table.cellWidget(r, AMOUNT)
            memo = self.table.cellWidget(r, MEMO)
            assert isinstance(amount, MoneyEdit) and isinstance(memo, QLineEdit)
            parts.append(
                Part(
                    amount.amount_or_none() or 0,
                    self._combo(r, CATEGORY).currentData() or "",
                    self._combo(r, PROJECT).currentData(),
                    self._combo(r, LINE).currentData(),
                    None,
                    memo.text().strip(),
                )
            )
        return tuple(parts)

    def remainder_minor(self) -> int:
        return remainder(self.total, self.parts())

    def _show_remainder(self) -> None:
        left = self.remainder_minor()
        money = format_money_ui(abs(left), self.choices.currency)
        if left == 0:
            text, color = self.tr("Fully split"), style.POSITIVE
        elif left > 0:
            text, color = self.tr("Left to split: %1").replace("%1", money), style.WARNING
        else:
            text, color = self.tr("Split too much by %1").replace("%1", money), style.NEGATIVE
        self.remainder_label.setText(text)
        self.remainder_label.setStyleSheet(f"font-weight: 600; color: {color.name()};")
        self.changed.emit()
