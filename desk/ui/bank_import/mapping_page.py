"""The "Columns" page of the bank import wizard: one combo per kind of column, the reading
conventions (header line, date order, decimal mark), and a live preview of the rows as this
mapping reads them, errors in red with their line numbers and duplicates greyed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWizardPage,
)

from desk.domain.errors import DomainError, ErrorCode
from desk.i18n.messages import describe_error
from desk.services.bank_import import ColumnMapping, ImportPlan, RawTable
from desk.services.bank_import.mapping import signature
from desk.ui.app import named
from desk.ui.bank_import.models import PreviewModel
from desk.ui.widgets.style import MUTED_CSS, NEGATIVE
from desk.ui.widgets.views import make_table

translate = QCoreApplication.translate
_ERROR_CSS = f"color: {NEGATIVE.name()};"
# Amount OR debit/credit; the others are optional.
_ROLES = (
    "date",
    "label",
    "amount",
    "debit",
    "credit",
    "details",
    "value_date",
    "payee",
    "reference",
    "balance",
)


def _role_label(role: str) -> str:
    labels = {
        "date": translate("BankImport", "Date"),
        "label": translate("BankImport", "Label"),
        "amount": translate("BankImport", "Amount (+ in, − out)"),
        "debit": translate("BankImport", "Debit (money out)"),
        "credit": translate("BankImport", "Credit (money in)"),
        "details": translate("BankImport", "Details (added to the label)"),
        "value_date": translate("BankImport", "Value date"),
        "payee": translate("BankImport", "Payee"),
        "reference": translate("BankImport", "Reference"),
        "balance": translate("BankImport", "Balance"),
    }
    return labels[role]


def _column_name(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


class MappingPage(QWizardPage):
    """Edits a ColumnMapping; `replan(mapping)` (the wizard's) gives the preview's plan."""

    def __init__(self, replan: Callable[[ColumnMapping], ImportPlan]) -> None:
        super().__init__()
        self.setTitle(translate("BankImport", "Which column holds what?"))
        self.setSubTitle(
            translate(
                "BankImport",
                "AssoDesk guessed the columns; correct them if needed. The choice is remembered "
                "for this bank.",
            )
        )
        self._replan = replan
        self.table: RawTable | None = None
        self.mapping = ColumnMapping()
        self.plan: ImportPlan | None = None
        self._loading = False
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.refresh)

        layout = QVBoxLayout(self)
        self.source_label = named(QLabel(), "mappingSource")
        self.source_label.setStyleSheet(MUTED_CSS)
        self.source_label.setWordWrap(True)
        layout.addWidget(self.source_label)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        self.combos: dict[str, QComboBox] = {}
        for position, role in enumerate(_ROLES):
            combo = named(QComboBox(), f"column_{role}")
            combo.currentIndexChanged.connect(self._changed)
            self.combos[role] = combo
            row, pair = divmod(position, 2)
            grid.addWidget(QLabel(_role_label(role)), row, pair * 2)
            grid.addWidget(combo, row, pair * 2 + 1)
        row = (len(_ROLES) + 1) // 2
        self.header_spin = named(QSpinBox(), "headerLine")
        self.header_spin.setSpecialValueText(translate("BankImport", "none"))
        self.header_spin.valueChanged.connect(self._header_changed)
        grid.addWidget(QLabel(translate("BankImport", "Line of the column names")), row, 0)
        grid.addWidget(self.header_spin, row, 1)
        self.date_combo = named(QComboBox(), "dateOrder")
        for order, text in (("dmy", "23/11/2026"), ("mdy", "11/23/2026"), ("ymd", "2026/11/23")):
            self.date_combo.addItem(text, order)
        self.date_combo.currentIndexChanged.connect(self._changed)
        grid.addWidget(QLabel(translate("BankImport", "Dates written as")), row, 2)
        grid.addWidget(self.date_combo, row, 3)
        self.decimal_combo = named(QComboBox(), "decimalMark")
        self.decimal_combo.addItem("1 234,50", ",")
        self.decimal_combo.addItem("1,234.50", ".")
        self.decimal_combo.currentIndexChanged.connect(self._changed)
        grid.addWidget(QLabel(translate("BankImport", "Amounts written as")), row + 1, 0)
        grid.addWidget(self.decimal_combo, row + 1, 1)
        layout.addLayout(grid)
        self.summary = named(QLabel(), "previewSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = PreviewModel(self)
        self.preview = named(
            make_table(self.model, {0: 56, 1: 96, 3: 120, 4: 170}, stretch=2), "preview"
        )
        layout.addWidget(self.preview, 1)

    # -- filling -----------------------------------------------------------------------------

    def load(self, table: RawTable, mapping: ColumnMapping, source_text: str) -> None:
        """Show `table` read with `mapping` (from the first page)."""
        self._loading = True
        self.table = table
        self.source_label.setText(source_text)
        header = mapping.header_row
        names = table.rows[header] if header is not None and header < len(table.rows) else ()
        for role, combo in self.combos.items():
            combo.clear()
            combo.addItem("—", None)
            for column in range(table.width):
                title = str(names[column]) if column < len(names) and names[column] else ""
                text = f"{_column_name(column)} – {title}" if title else _column_name(column)
                combo.addItem(text, column)
            value = mapping.details[0] if role == "details" and mapping.details else None
            if role != "details":
                value = getattr(mapping, role)
            combo.setCurrentIndex(max(0, combo.findData(value)) if value is not None else 0)
        self.header_spin.setRange(0, min(len(table.rows), 200))
        self.header_spin.setValue(0 if header is None else table.lines[header])
        self.date_combo.setCurrentIndex(max(0, self.date_combo.findData(mapping.date_order)))
        self.decimal_combo.setCurrentIndex(
            max(0, self.decimal_combo.findData(mapping.decimal_mark))
        )
        self.mapping = mapping
        self._loading = False
        self.refresh()

    def _header_changed(self) -> None:
        """Another header line: the combos show that line's names, the choices are kept."""
        if self._loading or self.table is None:
            return
        self.load(self.table, self.current_mapping(), self.source_label.text())

    def _changed(self) -> None:
        if not self._loading:
            self._timer.start()

    def current_mapping(self) -> ColumnMapping:
        assert self.table is not None
        values = {role: combo.currentData() for role, combo in self.combos.items()}
        details = values.pop("details")
        line = self.header_spin.value()
        header = self.table.lines.index(line) if line in self.table.lines else None
        return replace(
            ColumnMapping(**values),
            details=(details,) if details is not None else (),
            header_row=header,
            date_order=self.date_combo.currentData(),
            decimal_mark=self.decimal_combo.currentData(),
            headers=signature(self.table, header),
        )

    # -- preview -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the statement again with what the combos say."""
        if self.table is None:
            return
        self._timer.stop()
        self.mapping = self.current_mapping()
        self.plan = None
        try:
            self.plan = self._replan(self.mapping)
        except DomainError as error:
            self.summary.setText(describe_error(error))
            self.summary.setStyleSheet(_ERROR_CSS)
            self.model.set_plan(None)
            self.completeChanged.emit()
            return
        plan = self.plan
        text = translate(
            "BankImport",
            "{rows} rows read: {new} new, {duplicates} already there, {errors} errors.",
        ).format(
            rows=len(plan.rows) + len(plan.errors),
            new=len(plan.new_rows),
            duplicates=plan.duplicates,
            errors=len(plan.errors),
        )
        if plan.errors:
            text += " " + translate(
                "BankImport",
                "Correct the columns or the statement: nothing is imported while a line is "
                "in error.",
            )
        elif not plan.new_rows and plan.rows:
            text += " " + describe_error(DomainError(ErrorCode.STATEMENT_NOTHING_TO_IMPORT))
        self.summary.setText(text)
        self.summary.setStyleSheet(_ERROR_CSS if plan.errors else "")
        self.model.set_plan(plan)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.plan is not None and self.plan.ok and bool(self.plan.new_rows)
