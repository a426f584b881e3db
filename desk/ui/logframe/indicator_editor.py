"""The indicator editor: what it measures and how (type, unit, baseline, targets overall, by sex
and per period, means of verification, frequency, responsible person, disaggregation), and the
values measured per period with their source and comment.

OK turns every change into undoable commands run as one step; a refused value is shown next to
its field and nothing is written. Values read from sessions' attendance are shown, not edited.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.domain.enums import IndicatorKind, Sex
from desk.domain.errors import DomainError
from desk.domain.logframe_rules import parse_indicator_value
from desk.i18n.messages import describe_error
from desk.services.logframe.edit import ValueEntry
from desk.services.logframe.read import IndicatorDetail
from desk.store import AssoFile
from desk.ui.logframe.commands import (
    AddIndicator,
    Batch,
    LogframeCommand,
    SetTarget,
    SetValue,
    UpdateIndicator,
)
from desk.ui.logframe.indicator_tables import (
    PeriodTargetsTable,
    ValuesTable,
    number_text,
    parse_date_text,
)
from desk.ui.undo import edits_for
from desk.ui.widgets import style
from desk.ui.widgets.formatting import format_date_ui
from desk.ui.widgets.labels import label

BUCKETS = (Sex.FEMALE, Sex.MALE, Sex.UNKNOWN)


class IndicatorEditor(QDialog):
    """Edit indicator `detail`, or write a new one on `node_id` when `detail` is None."""

    def __init__(
        self,
        asso: AssoFile,
        detail: IndicatorDetail | None,
        node_id: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.asso, self.detail = asso, detail
        self.node_id = detail.node_id if detail else node_id
        self.created_id = 0
        self.setWindowTitle(
            self.tr("Indicator %1").replace("%1", detail.code)
            if detail
            else self.tr("New indicator")
        )
        self.statement = QPlainTextEdit()
        self.statement.setMaximumHeight(70)
        self.unit = QLineEdit()
        self.kind = QComboBox()
        for kind in IndicatorKind:
            self.kind.addItem(label(kind), kind)
        self.baseline, self.baseline_date = QLineEdit(), QLineEdit()
        self.target, self.target_date = QLineEdit(), QLineEdit()
        for field in (self.baseline_date, self.target_date):
            field.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.cumulative = QCheckBox(self.tr("The values of the periods add up (cumulative)"))
        self.means = QPlainTextEdit()
        self.means.setMaximumHeight(60)
        self.frequency, self.responsible = QLineEdit(), QLineEdit()
        self.by_sex = QCheckBox(self.tr("By sex (women, men, not specified)"))
        self.by_age = QCheckBox(self.tr("By age group"))
        self.sex_targets = {sex: QLineEdit() for sex in BUCKETS}
        self.period_targets = PeriodTargetsTable()
        self.values = ValuesTable()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {style.NEGATIVE.name()};")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self._fill()
        self.by_sex.toggled.connect(self._toggle_sex)
        self.by_age.toggled.connect(self.values.show_age)
        self._toggle_sex(self.by_sex.isChecked())
        self.resize(720, 640)

    def _layout(self) -> None:
        general = QWidget()
        form = QFormLayout(general)
        form.addRow(self.tr("Statement"), self.statement)
        form.addRow(self.tr("Type"), self.kind)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Baseline"), self._pair(self.baseline, self.baseline_date))
        form.addRow(self.tr("Target"), self._pair(self.target, self.target_date))
        sexes = QHBoxLayout()
        for sex, text in zip(
            BUCKETS, (self.tr("Women"), self.tr("Men"), self.tr("Not specified")), strict=True
        ):
            sexes.addWidget(QLabel(text))
            sexes.addWidget(self.sex_targets[sex])
        form.addRow(self.tr("Target by sex"), sexes)
        form.addRow("", self.by_sex)
        form.addRow("", self.by_age)
        form.addRow("", self.cumulative)
        form.addRow(self.tr("Means of verification"), self.means)
        form.addRow(self.tr("Frequency"), self.frequency)
        form.addRow(self.tr("Responsible person"), self.responsible)
        tabs = QTabWidget()
        tabs.addTab(general, self.tr("Indicator"))
        tabs.addTab(self._with_buttons(self.period_targets), self.tr("Targets per period"))
        tabs.addTab(self._with_buttons(self.values), self.tr("Measured values"))
        self.tabs = tabs
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _pair(self, value: QLineEdit, day: QLineEdit) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(value, 2)
        row.addWidget(QLabel(self.tr("on")))
        row.addWidget(day, 1)
        return row

    def _with_buttons(self, table: QTableWidget) -> QWidget:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        buttons = QHBoxLayout()
        add, remove = QPushButton(self.tr("Add a row")), QPushButton(self.tr("Remove the row"))
        add.clicked.connect(lambda: table.add_row())  # type: ignore[attr-defined]
        remove.clicked.connect(lambda: table.remove_current())  # type: ignore[attr-defined]
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(table, 1)
        return holder

    def _fill(self) -> None:
        d = self.detail
        if d is None:
            self.by_sex.setChecked(True)
            self.cumulative.setChecked(True)
            return
        self.statement.setPlainText(d.statement)
        self.unit.setText(d.unit)
        self.kind.setCurrentIndex(self.kind.findData(d.kind))
        self.baseline.setText(number_text(d.baseline_value))
        self.baseline_date.setText(format_date_ui(d.baseline_date))
        self.target.setText(number_text(d.target_value))
        self.target_date.setText(format_date_ui(d.target_date))
        self.cumulative.setChecked(d.cumulative)
        self.means.setPlainText(d.means_of_verification)
        self.frequency.setText(d.frequency)
        self.responsible.setText(d.responsible)
        self.by_sex.setChecked(d.disaggregate_by_sex)
        self.by_age.setChecked(d.disaggregate_by_age)
        for sex, field in self.sex_targets.items():
            field.setText(number_text(d.overall_target(sex)))
        self.period_targets.fill([t for t in d.targets if t.period_end is not None])
        self.values.fill(d.values)
        self.values.show_age(d.disaggregate_by_age)

    def _toggle_sex(self, on: bool) -> None:
        for field in self.sex_targets.values():
            field.setEnabled(on)

    # -- saving ---------------------------------------------------------------------------

    def _fields(self) -> dict[str, Any]:
        kind = IndicatorKind(self.kind.currentData())
        return {
            "statement": self.statement.toPlainText().strip(),
            "unit": self.unit.text().strip(),
            "kind": kind,
            "baseline_value": parse_indicator_value(self.baseline.text(), kind, "baseline_value"),
            "baseline_date": parse_date_text(self.baseline_date.text(), "baseline_date"),
            "target_value": parse_indicator_value(self.target.text(), kind, "target_value"),
            "target_date": parse_date_text(self.target_date.text(), "target_date"),
            "cumulative": self.cumulative.isChecked(),
            "means_of_verification": self.means.toPlainText().strip(),
            "frequency": self.frequency.text().strip(),
            "responsible": self.responsible.text().strip(),
            "disaggregate_by_sex": self.by_sex.isChecked(),
            "disaggregate_by_age": self.by_age.isChecked(),
        }

    def _detail_steps(self, ident: int, kind: IndicatorKind) -> list[LogframeCommand]:
        """Targets by sex and per period, and values, that differ from what is stored."""
        d = self.detail
        steps: list[LogframeCommand] = []
        for sex, field in self.sex_targets.items():
            value = parse_indicator_value(field.text(), kind, f"target_{sex.value}")
            if value != (d.overall_target(sex) if d else None):
                steps.append(SetTarget(self.asso, ident, value, sex=sex))
        old_targets = {
            t.period_end: (t.label, t.value)
            for t in (d.targets if d else ())
            if t.period_end is not None and t.sex is Sex.TOTAL
        }
        new_targets = self.period_targets.rows(kind)
        for end in old_targets.keys() - new_targets.keys():
            steps.append(SetTarget(self.asso, ident, None, period_end=end))
        for end, (text, value) in new_targets.items():
            if old_targets.get(end) != (text, value):
                steps.append(SetTarget(self.asso, ident, value, period_end=end, period_label=text))
        old_values = {
            (v.period_end, v.sex, v.age_group): ValueEntry(v.value, v.source, v.comment)
            for v in (d.values if d else ())
            if not v.from_session
        }
        new_values = self.values.rows(kind)
        for key in old_values.keys() - new_values.keys():
            steps.append(SetValue(self.asso, ident, key[0], None, sex=key[1], age_group=key[2]))
        for key, entry in new_values.items():
            if old_values.get(key) != entry:
                steps.append(
                    SetValue(self.asso, ident, key[0], entry, sex=key[1], age_group=key[2])
                )
        return steps

    def _save(self) -> None:
        self.error.setText("")
        try:
            fields = self._fields()
            kind = fields["kind"]
            edits = edits_for(self.asso)
            if self.detail is None:
                statement = fields.pop("statement")
                add = AddIndicator(
                    self.asso, self.node_id, statement, fields, self.tr("Add an indicator")
                )
                steps = self._detail_steps(0, kind)  # checked before anything is written
                edits.run(add)
                self.created_id = add.indicator_id
                for step in steps:
                    step.indicator_id = add.indicator_id  # type: ignore[attr-defined]
            else:
                before = self.detail
                changed = {k: v for k, v in fields.items() if getattr(before, k) != v}
                steps = self._detail_steps(before.id, kind)
                if changed:
                    steps.insert(0, UpdateIndicator(self.asso, before.id, changed))
            if steps:
                edits.run(Batch(self.asso, steps, self.tr("Change an indicator")))
        except DomainError as error:
            self._show_error(error)
            return
        self.accept()

    def _show_error(self, error: DomainError) -> None:
        self.error.setText(describe_error(error))
        widgets: dict[str, QWidget] = {
            "statement": self.statement,
            "baseline_value": self.baseline,
            "baseline_date": self.baseline_date,
            "target_value": self.target,
            "target_date": self.target_date,
            "target": self.target,
        }
        for sex, field in self.sex_targets.items():
            widgets[f"target_{sex.value}"] = field
        widget = widgets.get(error.field or "")
        if widget is not None:
            self.tabs.setCurrentIndex(0)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        elif error.field in ("period_end", "value", "period"):
            self.tabs.setCurrentIndex(2 if error.field != "period" else 1)
