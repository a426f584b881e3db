"""The fields of the entry dialog, shown or hidden by kind, read into an `EntryInput` and
filled from one (to edit). The dialog around it handles keys, saving and errors."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desk.domain.entry import WITH_CATEGORIES, EntryKind
from desk.domain.errors import DomainError
from desk.services.entry import EntryChoices, EntryInput
from desk.services.entry.eligibility import outside_grant_periods
from desk.store import AssoFile
from desk.ui.dialogs.fields import FieldErrors
from desk.ui.treasury.attachments import AttachmentBox
from desk.ui.treasury.split_editor import SplitEditor, fill_combo
from desk.ui.widgets import style
from desk.ui.widgets.date_field import DateField
from desk.ui.widgets.formatting import format_period_ui
from desk.ui.widgets.money_edit import MoneyEdit

_MEMBER_KINDS = (
    EntryKind.MEMBER_ADVANCE,
    EntryKind.ADVANCE_SETTLEMENT,
    EntryKind.MEMBER_REIMBURSEMENT,
)
_ANALYTIC_KINDS = (*WITH_CATEGORIES, EntryKind.MEMBER_ADVANCE)


class EntryForm(QWidget):
    def __init__(
        self, asso: AssoFile, choices: EntryChoices, payees: tuple[str, ...], parent=None
    ) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.asso = asso
        self.choices = choices
        self.kind = EntryKind.EXPENSE
        self.errors = FieldErrors()
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setSizeConstraint(QFormLayout.SizeConstraint.SetMinAndMaxSize)
        self.labels: dict[str, QLabel] = {}
        self.rows: dict[str, int] = {}
        self.date = DateField()
        self.amount = MoneyEdit(choices.currency)
        self.returned = MoneyEdit(choices.currency)
        self.label = QLineEdit()
        self.member = QComboBox()
        fill_combo(self.member, [(m.name, m.id) for m in choices.members], self.tr("(none)"))
        self.treasury, self.to_treasury = QComboBox(), QComboBox()
        self.category = QComboBox()
        self.payee = QLineEdit()
        completer = QCompleter(list(payees), self.payee)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.payee.setCompleter(completer)
        self.receipt_number = QLineEdit()
        self.project, self.budget_line, self.activity = QComboBox(), QComboBox(), QComboBox()
        fill_combo(self.project, [(p.name, p.id) for p in choices.projects], self.tr("No project"))
        self.split = QCheckBox(self.tr("Split over several categories or budget lines"))
        self.parts = SplitEditor(choices)
        # Outside the grant's eligible period: a warning, never a refusal (see check_period).
        self.period_warning = QLabel()
        self.period_warning.setWordWrap(True)
        self.period_warning.setStyleSheet(f"color: {style.WARNING.name()}; font-weight: 600;")
        self._period_key: object = None
        self.notes = QLineEdit()
        self.no_receipt = QCheckBox(self.tr("No receipt can exist (bank fees…)"))
        self.attachments = AttachmentBox(asso)
        for field, widget in (
            ("date", self.date),
            ("member", self.member),
            ("amount", self.amount),
            ("returned", self.returned),
            ("treasury", self.treasury),
            ("to_treasury", self.to_treasury),
            ("category", self.category),
            ("label", self.label),
            ("payee", self.payee),
            ("receipt_number", self.receipt_number),
            ("project", self.project),
            ("budget_line", self.budget_line),
            ("activity", self.activity),
            ("split", self.split),
            ("parts", self.parts),
            ("period_warning", self.period_warning),
            ("notes", self.notes),
            ("no_receipt", self.no_receipt),
            ("attachments", self.attachments),
        ):
            self.rows[field] = self.form.rowCount()
            self.errors.add_row(self.form, field, field, widget)  # texts set by _relabel
            item = self.form.itemAt(self.rows[field], QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            assert isinstance(label, QLabel)
            self.labels[field] = label
        self.project.currentIndexChanged.connect(lambda _i: self._project_changed())
        self.split.toggled.connect(lambda _on: self._show_rows())
        self.amount.amountChanged.connect(self.parts.set_total)
        self.date.dateChanged.connect(lambda _d: self.check_period())
        self.project.currentIndexChanged.connect(lambda _i: self.check_period())
        self.parts.changed.connect(self.check_period)
        self._project_changed()
        self.set_kind(EntryKind.EXPENSE)

    def _project_changed(self) -> None:
        project = self.project.currentData()
        lines = self.choices.lines_of(project)
        fill_combo(self.budget_line, [(b.name, b.id) for b in lines], self.tr("No budget line"))
        activities = self.choices.activities_of(project)
        fill_combo(self.activity, [(a.name, a.id) for a in activities], self.tr("No activity"))
        self.budget_line.setEnabled(bool(lines))
        self.activity.setEnabled(bool(activities))

    def set_kind(self, kind: EntryKind) -> None:
        self.kind = kind
        income = kind is EntryKind.INCOME
        categories = self.choices.income_categories if income else self.choices.expense_categories
        fill_combo(self.category, [(c.name, c.code) for c in categories], "")
        self.parts.set_categories(categories)
        optional = kind in (EntryKind.MEMBER_REIMBURSEMENT, EntryKind.ADVANCE_SETTLEMENT)
        none = self.tr("(not now)") if optional else None
        treasury = [(t.name, t.id) for t in self.choices.treasury]
        fill_combo(self.treasury, treasury, none)
        fill_combo(self.to_treasury, treasury, None)
        if kind is EntryKind.TRANSFER and self.to_treasury.count() > 1:
            self.to_treasury.setCurrentIndex(1 if self.treasury.currentIndex() == 0 else 0)
        self._relabel()
        self._show_rows()

    def _relabel(self) -> None:
        k = self.kind
        treasury = {
            EntryKind.EXPENSE: self.tr("Paid from"),
            EntryKind.INCOME: self.tr("Received into"),
            EntryKind.TRANSFER: self.tr("From"),
            EntryKind.MEMBER_ADVANCE: self.tr("Paid from"),
            EntryKind.ADVANCE_SETTLEMENT: self.tr("Money returned into"),
            EntryKind.MEMBER_REIMBURSEMENT: self.tr("Repaid from"),
        }[k]
        amount = {
            EntryKind.ADVANCE_SETTLEMENT: self.tr("Amount spent (receipts)"),
            EntryKind.MEMBER_ADVANCE: self.tr("Amount advanced"),
        }.get(k, self.tr("Amount"))
        payee = self.tr("Received from") if k is EntryKind.INCOME else self.tr("Paid to")
        texts = {
            "date": self.tr("Date"),
            "member": self.tr("Member"),
            "amount": amount,
            "returned": self.tr("Money returned"),
            "treasury": treasury,
            "to_treasury": self.tr("To"),
            "category": self.tr("Category"),
            "label": self.tr("Label"),
            "payee": payee,
            "receipt_number": self.tr("Receipt no."),
            "project": self.tr("Project"),
            "budget_line": self.tr("Budget line"),
            "activity": self.tr("Activity"),
            "split": "",
            "parts": self.tr("Split"),
            "period_warning": "",
            "notes": self.tr("Notes"),
            "no_receipt": "",
            "attachments": self.tr("Receipts"),
        }
        for field, text in texts.items():
            self.labels[field].setText(text)

    def _show_rows(self) -> None:
        k = self.kind
        split = self.split.isChecked() and k in WITH_CATEGORIES
        visible = {
            "member": k in _MEMBER_KINDS,
            "returned": k is EntryKind.ADVANCE_SETTLEMENT,
            "to_treasury": k is EntryKind.TRANSFER,
            "category": k in WITH_CATEGORIES and not split,
            "payee": k in (EntryKind.EXPENSE, EntryKind.INCOME),
            "project": k in _ANALYTIC_KINDS and not split,
            "budget_line": k in _ANALYTIC_KINDS and not split,
            "activity": k in _ANALYTIC_KINDS and not split,
            "split": k in WITH_CATEGORIES,
            "parts": split,
            "period_warning": bool(self.period_warning.text()),
        }
        for field, row in self.rows.items():
            self.form.setRowVisible(row, visible.get(field, True))
        if split and self.parts.table.rowCount() == 0:
            self.parts.set_total(self.amount.amount_or_none())
            self.parts.add_line()
        self.check_period()

    def check_period(self) -> None:
        """Warn, as soon as the date or a project changes, when this expense is dated outside
        the eligible period of a grant it is tagged to (incomes are not warned). Saving stays
        possible: some donors accept such an expense with a waiver."""
        if self.split.isChecked() and self.kind in WITH_CATEGORIES:
            projects = {p.project_id for p in self.parts.parts()}
        elif self.kind in _ANALYTIC_KINDS:
            projects = {self.project.currentData()}
        else:
            projects = set()
        day = self.date.value()
        ids = tuple(sorted(p for p in projects if p is not None))
        key = (self.kind, day, ids)
        if key == self._period_key:
            return  # typing an amount asks nothing of the file
        self._period_key = key
        try:
            outside = outside_grant_periods(self.asso, self.kind, day, ids) if day else ()
        except DomainError:
            outside = ()  # a project gone meanwhile: saving will say so
        sentence = self.tr(
            "This expense is outside the eligible period of %1 (%2): the donor may refuse it."
        )
        text = "\n".join(
            sentence.replace("%1", o.code).replace("%2", format_period_ui(o.start, o.end))
            for o in outside
        )
        self.period_warning.setText(text)
        self.form.setRowVisible(self.rows["period_warning"], bool(text))

    def read(self, suggested_number: str = "") -> EntryInput:
        """What the user typed (DomainError with field "amount" when it is not an amount)."""
        split = self.split.isChecked() and self.kind in WITH_CATEGORIES
        returned = (
            self.returned.amount_or_none() or 0 if self.kind is EntryKind.ADVANCE_SETTLEMENT else 0
        )
        amount = (
            self.amount.amount_or_none() or 0
            if self.kind is EntryKind.ADVANCE_SETTLEMENT and returned
            else self.amount.amount()
        )
        number = self.receipt_number.text().strip()
        member = self.member.currentData() if self.kind in _MEMBER_KINDS else None
        payee = (
            self.payee.text().strip() if self.kind in (EntryKind.EXPENSE, EntryKind.INCOME) else ""
        )
        if member is not None:
            payee = self.member.currentText()
        return EntryInput(
            kind=self.kind,
            date=self.date.day(),
            amount_minor=amount,
            label=self.label.text(),
            treasury_account_id=self.treasury.currentData(),
            category_code="" if split else (self.category.currentData() or ""),
            payee=payee,
            receipt_number="" if number == suggested_number else number,
            project_id=None if split else self.project.currentData(),
            budget_line_id=None if split else self.budget_line.currentData(),
            activity_id=None if split else self.activity.currentData(),
            parts=self.parts.parts() if split else (),
            notes=self.notes.text().strip(),
            member_id=member,
            to_treasury_account_id=(
                self.to_treasury.currentData() if self.kind is EntryKind.TRANSFER else None
            ),
            returned_minor=returned,
            receipt_not_required=self.no_receipt.isChecked(),
            attachments=self.attachments.new_files(),
            remove_attachment_ids=tuple(self.attachments.removed),
        )

    def fill(self, entry: EntryInput) -> None:
        self.set_kind(entry.kind)
        self.date.set_value(entry.date)
        self.amount.set_amount(entry.amount_minor)
        self.returned.set_amount(entry.returned_minor or None)
        self.label.setText(entry.label)
        self.payee.setText(entry.payee)
        self.receipt_number.setText(entry.receipt_number)
        self.notes.setText(entry.notes)
        self.no_receipt.setChecked(entry.receipt_not_required)
        for combo, value in (
            (self.member, entry.member_id),
            (self.treasury, entry.treasury_account_id),
            (self.to_treasury, entry.to_treasury_account_id),
            (self.category, entry.category_code or None),
            (self.project, entry.project_id),
        ):
            combo.setCurrentIndex(max(combo.findData(value), 0) if value is not None else 0)
        self._project_changed()
        self.budget_line.setCurrentIndex(max(self.budget_line.findData(entry.budget_line_id), 0))
        self.activity.setCurrentIndex(max(self.activity.findData(entry.activity_id), 0))
        self.parts.clear()
        self.parts.set_total(entry.amount_minor)
        for part in entry.parts:
            self.parts.add_line(part)
        self.split.setChecked(bool(entry.parts))
