"""The two tables of the indicator editor: targets per period, and measured values per period
(by sex and age group, with source and comment). Cells are typed freely and read back with the
same rules as the services (`desk.domain.logframe_rules`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from desk.domain.enums import AgeGroup, IndicatorKind, Sex
from desk.domain.errors import DomainError, ErrorCode
from desk.domain.logframe_rules import parse_indicator_value
from desk.services.logframe.edit import ValueEntry
from desk.services.logframe.read import TargetRow, ValueRow
from desk.ui.widgets import style
from desk.ui.widgets.formatting import format_date_ui, format_decimal_ui


def parse_date_text(text: str, field: str) -> date | None:
    """ "31/01/2025" (or 2025-01-31); None when empty."""
    raw = text.strip()
    if not raw:
        return None
    for pattern in ("%d/%m/%Y", "%Y-%m-%d", "%d/%m/%y"):
        try:
            return datetime.strptime(raw, pattern).date()
        except ValueError:
            continue
    raise DomainError(ErrorCode.INVALID_VALUE, field=field, problem="date", text=raw)


def _tr(text: object) -> str:
    return QCoreApplication.translate("Logframe", str(text))


def number_text(value: Decimal | None) -> str:
    return "" if value is None else format_decimal_ui(value)


class _Table(QTableWidget):
    headers: tuple[object, ...] = ()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(self.headers), parent)
        self.setHorizontalHeaderLabels([_tr(h) for h in self.headers])
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().setVisible(False)

    def text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text().strip() if item is not None else ""

    def put(self, row: int, column: int, text: str, editable: bool = True) -> None:
        item = QTableWidgetItem(text)
        if not editable:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setForeground(style.MUTED)
        self.setItem(row, column, item)

    def add_row(self) -> int:
        row = self.rowCount()
        self.insertRow(row)
        for column in range(self.columnCount()):
            self.put(row, column, "")
        self.setCurrentCell(row, 0)
        return row

    def remove_current(self) -> None:
        row = self.currentRow()
        item = self.item(row, 0)
        if row >= 0 and (item is None or item.flags() & Qt.ItemFlag.ItemIsEditable):
            self.removeRow(row)


class PeriodTargetsTable(_Table):
    headers = (
        QT_TRANSLATE_NOOP("Logframe", "End of period"),
        QT_TRANSLATE_NOOP("Logframe", "Label"),
        QT_TRANSLATE_NOOP("Logframe", "Target"),
    )

    def fill(self, targets: Sequence[TargetRow]) -> None:
        self.setRowCount(0)
        for target in targets:
            if target.sex is not Sex.TOTAL or target.age_group is not AgeGroup.ALL:
                continue
            row = self.add_row()
            self.put(row, 0, format_date_ui(target.period_end))
            self.put(row, 1, target.label)
            self.put(row, 2, number_text(target.value))

    def rows(self, kind: IndicatorKind) -> dict[date, tuple[str, Decimal]]:
        found: dict[date, tuple[str, Decimal]] = {}
        for row in range(self.rowCount()):
            day = parse_date_text(self.text(row, 0), "period")
            value = parse_indicator_value(self.text(row, 2), kind, "period")
            if day is None and value is None:
                continue
            if day is None or value is None:
                raise DomainError(ErrorCode.INDICATOR_PERIOD_REQUIRED, field="period")
            found[day] = (self.text(row, 1), value)
        return found


_SEXES = (Sex.TOTAL, Sex.FEMALE, Sex.MALE, Sex.UNKNOWN)
_SEX_NAMES = (
    QT_TRANSLATE_NOOP("Logframe", "All"),
    QT_TRANSLATE_NOOP("Logframe", "Women"),
    QT_TRANSLATE_NOOP("Logframe", "Men"),
    QT_TRANSLATE_NOOP("Logframe", "Not specified"),
)
_AGE_NAMES = (
    QT_TRANSLATE_NOOP("Logframe", "All ages"),
    QT_TRANSLATE_NOOP("Logframe", "Under 18"),
    QT_TRANSLATE_NOOP("Logframe", "18 to 35"),
    QT_TRANSLATE_NOOP("Logframe", "36 to 59"),
    QT_TRANSLATE_NOOP("Logframe", "60 and over"),
    QT_TRANSLATE_NOOP("Logframe", "Age not known"),
)
_AGES = (
    AgeGroup.ALL,
    AgeGroup.UNDER_18,
    AgeGroup.FROM_18_TO_35,
    AgeGroup.FROM_36_TO_59,
    AgeGroup.OVER_60,
    AgeGroup.UNKNOWN,
)


class ValuesTable(_Table):
    headers = (
        QT_TRANSLATE_NOOP("Logframe", "End of period"),
        QT_TRANSLATE_NOOP("Logframe", "Sex"),
        QT_TRANSLATE_NOOP("Logframe", "Age group"),
        QT_TRANSLATE_NOOP("Logframe", "Value"),
        QT_TRANSLATE_NOOP("Logframe", "Source"),
        QT_TRANSLATE_NOOP("Logframe", "Comment"),
    )
    SEX, AGE = 1, 2

    def _combo(
        self,
        row: int,
        column: int,
        names: Sequence[object],
        values: Sequence[object],
        current: object,
        editable: bool,
    ) -> None:
        combo = QComboBox()
        for name, value in zip(names, values, strict=True):
            combo.addItem(_tr(name), value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.setEnabled(editable)
        self.setCellWidget(row, column, combo)

    def add_row(self) -> int:
        row = super().add_row()
        self._combo(row, self.SEX, _SEX_NAMES, _SEXES, Sex.TOTAL, True)
        self._combo(row, self.AGE, _AGE_NAMES, _AGES, AgeGroup.ALL, True)
        return row

    def fill(self, values: Sequence[ValueRow]) -> None:
        self.setRowCount(0)
        for value in values:
            row = super().add_row()
            editable = not value.from_session
            self.put(row, 0, format_date_ui(value.period_end), editable)
            self._combo(row, self.SEX, _SEX_NAMES, _SEXES, value.sex, editable)
            self._combo(row, self.AGE, _AGE_NAMES, _AGES, value.age_group, editable)
            self.put(row, 3, number_text(value.value), editable)
            self.put(row, 4, value.source, editable)
            self.put(row, 5, value.comment, editable)

    def show_age(self, on: bool) -> None:
        self.setColumnHidden(self.AGE, not on)

    def _choice(self, row: int, column: int) -> object:
        widget = self.cellWidget(row, column)
        return widget.currentData() if isinstance(widget, QComboBox) else None

    def rows(self, kind: IndicatorKind) -> dict[tuple[date, Sex, AgeGroup], ValueEntry]:
        """The hand-typed rows (those read from sessions are left out)."""
        found: dict[tuple[date, Sex, AgeGroup], ValueEntry] = {}
        for row in range(self.rowCount()):
            item = self.item(row, 0)
            if item is not None and not item.flags() & Qt.ItemFlag.ItemIsEditable:
                continue
            day = parse_date_text(self.text(row, 0), "period_end")
            value = parse_indicator_value(self.text(row, 3), kind, "value")
            words = self.text(row, 4) or self.text(row, 5)
            if day is None and value is None and not words:
                continue
            if day is None:
                raise DomainError(ErrorCode.INDICATOR_PERIOD_REQUIRED, field="period_end")
            if value is None:
                if kind is not IndicatorKind.TEXT:
                    raise DomainError(ErrorCode.REQUIRED, field="value")
                value = Decimal(0)
            sex = self._choice(row, self.SEX)
            age = self._choice(row, self.AGE)
            key = (day, Sex(str(sex)), AgeGroup(str(age)))
            found[key] = ValueEntry(value, self.text(row, 4), self.text(row, 5))
        return found
