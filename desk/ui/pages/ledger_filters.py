"""The filter bar of the ledger: period, treasury account, free text and "without receipt";
underneath, category, project, budget line and activity (lines and activities of the chosen
project only).

It only gathers the user's choices into a `LedgerFilters`; the SQL is the service's.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk.services.browse.treasury import LedgerFilters, YearChoice
from desk.services.entry import Choice, EntryChoices
from desk.ui.treasury.split_editor import fill_combo
from desk.ui.widgets.date_field import DateField

_ALL, _THIS_MONTH, _LAST_MONTH, _CUSTOM = "all", "this_month", "last_month", "custom"


def _month_bounds(day: date) -> tuple[date, date]:
    start = day.replace(day=1)
    following = (start + timedelta(days=32)).replace(day=1)
    return start, following - timedelta(days=1)


class LedgerFilterBar(QWidget):
    """Emits `changed` when a choice changes (typing waits for a short pause)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self._today = today or date.today()
        self._years: dict[str, YearChoice] = {}
        self._choices: EntryChoices | None = None
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(6)
        layout = QHBoxLayout()
        layout.setSpacing(8)
        second = QHBoxLayout()
        second.setSpacing(8)
        rows.addLayout(layout)
        rows.addLayout(second)
        self.category, self.project = QComboBox(), QComboBox()
        self.budget_line, self.activity = QComboBox(), QComboBox()
        for combo in (self.category, self.project, self.budget_line, self.activity):
            combo.setMinimumContentsLength(16)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            second.addWidget(combo, 1)
            if combo is not self.project:
                combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.project.currentIndexChanged.connect(lambda _i: self._project_changed())
        second.addStretch(1)
        self.period = QComboBox()
        self.start_edit, self.end_edit = DateField(self._today), DateField(self._today)
        for edit in (self.start_edit, self.end_edit):
            edit.hide()
            edit.dateChanged.connect(self.changed)
        self.account = QComboBox()
        self.account.setMinimumContentsLength(14)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.missing = QCheckBox()
        for widget in (self.period, self.start_edit, self.end_edit, self.account):
            layout.addWidget(widget)
        layout.addWidget(self.search, 1)
        layout.addWidget(self.missing)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(300)  # wait for a pause in typing: one query, not one per key
        self._typing.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _t: self._typing.start())
        self.period.currentIndexChanged.connect(self._period_changed)
        self.account.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.missing.toggled.connect(lambda _on: self.changed.emit())
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search a label, a payee, a receipt number…"))
        self.missing.setText(self.tr("Without receipt"))
        self.missing.setToolTip(self.tr("Only the transactions whose receipt is missing"))

    def set_analytics(self, choices: EntryChoices) -> None:
        """Fill the category, project, budget line and activity lists (choices kept)."""
        self._choices = choices
        categories = [*choices.expense_categories, *choices.income_categories]
        for combo in (self.category, self.project):
            combo.blockSignals(True)
        fill_combo(self.category, [(c.name, c.code) for c in categories], self.tr("All categories"))
        fill_combo(
            self.project, [(p.name, p.id) for p in choices.projects], self.tr("All projects")
        )
        for combo in (self.category, self.project):
            combo.blockSignals(False)
        self._fill_project_lists()

    def _fill_project_lists(self) -> None:
        choices = self._choices
        project = self.project.currentData()
        lines = choices.lines_of(project) if choices and project is not None else ()
        activities = choices.activities_of(project) if choices and project is not None else ()
        for combo, items, none in (
            (self.budget_line, [(b.name, b.id) for b in lines], self.tr("All budget lines")),
            (self.activity, [(a.name, a.id) for a in activities], self.tr("All activities")),
        ):
            combo.blockSignals(True)
            fill_combo(combo, items, none)
            combo.setEnabled(bool(items))
            combo.blockSignals(False)

    def _project_changed(self) -> None:
        self._fill_project_lists()
        self.changed.emit()

    def set_choices(self, years: tuple[YearChoice, ...], accounts: Sequence[Choice]) -> None:
        """Fill the period and account lists, keeping the current choices when still there."""
        period, account = self.period.currentData(), self.account.currentData()
        for combo in (self.period, self.account):
            combo.blockSignals(True)
            combo.clear()
        self.period.addItem(self.tr("All periods"), _ALL)
        self._years = {f"year:{y.id}": y for y in years}  # combo data stays plain strings
        for data_key, year in self._years.items():
            self.period.addItem(self.tr("Financial year %1").replace("%1", year.label), data_key)
        self.period.addItem(self.tr("This month"), _THIS_MONTH)
        self.period.addItem(self.tr("Last month"), _LAST_MONTH)
        self.period.addItem(self.tr("Dates…"), _CUSTOM)
        self.account.addItem(self.tr("All accounts"), None)
        for a in accounts:
            self.account.addItem(a.name, a.id)
        for combo, data in ((self.period, period), (self.account, account)):
            found = combo.findData(data) if data is not None else -1
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)
        self._show_dates()

    def _period_changed(self, _index: int) -> None:
        self._show_dates()
        self.changed.emit()

    def _show_dates(self) -> None:
        custom = self.period.currentData() == _CUSTOM
        self.start_edit.setVisible(custom)
        self.end_edit.setVisible(custom)

    def filters(self) -> LedgerFilters:
        choice = self.period.currentData()
        start: date | None = None
        end: date | None = None
        if choice in self._years:
            start, end = self._years[choice].start, self._years[choice].end
        elif choice == _THIS_MONTH:
            start, end = _month_bounds(self._today)
        elif choice == _LAST_MONTH:
            start, end = _month_bounds(self._today.replace(day=1) - timedelta(days=1))
        elif choice == _CUSTOM:
            start, end = self.start_edit.day(), self.end_edit.day()
        account = self.account.currentData()
        return LedgerFilters(
            start=start,
            end=end,
            treasury_account_id=int(account) if account is not None else None,
            text=self.search.text(),
            missing_receipt_only=self.missing.isChecked(),
            category_code=self.category.currentData(),
            project_id=self.project.currentData(),
            budget_line_id=self.budget_line.currentData(),
            activity_id=self.activity.currentData(),
        )
