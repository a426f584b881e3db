"""The grant dialog: donor, reference, title, period and eligible period, currency and rate
policy, donor share and the donor's rules (caps, transfer flexibility). Refusals appear under
the field at fault; nothing typed is lost. Instalments and monthly rates live in
`instalments.py` (shown for an existing grant)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.domain.budget_rules import parse_percent, parse_rate
from desk.domain.enums import ProjectStatus, RatePolicy
from desk.domain.errors import DomainError
from desk.domain.money import CURRENCIES
from desk.services.budgets.grants import GrantInput, create_grant, funders, grant
from desk.store import AssoFile
from desk.ui.budgets.commands import UpdateGrant
from desk.ui.dialogs.fields import FieldErrors
from desk.ui.undo import edits_for
from desk.ui.widgets.date_field import DateField
from desk.ui.widgets.error_label import ErrorLabel
from desk.ui.widgets.formatting import format_decimal_ui
from desk.ui.widgets.labels import label

_PERCENTS = ("donor_share_bp", "indirect_cap_bp", "contingency_cap_bp", "transfer_flex_bp")
POLICY_TEXTS = {
    RatePolicy.FIXED: QT_TRANSLATE_NOOP("GrantDialog", "Fixed rate"),
    RatePolicy.PER_TRANSFER: QT_TRANSLATE_NOOP("GrantDialog", "Rate of each transfer received"),
    RatePolicy.MONTHLY: QT_TRANSLATE_NOOP("GrantDialog", "Table of monthly rates"),
}


class GrantDialog(QDialog):
    """`project_id` None: a new grant. `saved_id` is set once saved."""

    def __init__(
        self, asso: AssoFile, project_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.asso = asso
        self.project_id = project_id
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Grant") if project_id else self.tr("New grant"))
        self.resize(620, 560)
        layout = QVBoxLayout(self)
        tabs = QTabWidget()
        layout.addWidget(tabs)
        page = QWidget()
        form = QFormLayout(page)
        tabs.addTab(page, self.tr("Grant"))
        self.errors = FieldErrors()
        self.code, self.title_edit, self.reference = QLineEdit(), QLineEdit(), QLineEdit()
        self.funder = QComboBox()
        self.funder.addItem("—", None)
        for funder_id, name, _acronym in funders(asso):
            self.funder.addItem(name, funder_id)
        self.start, self.end = DateField(), DateField()
        self.eligible_start, self.eligible_end = DateField(), DateField()
        self.currency = QComboBox()
        self.currency.addItems(sorted(CURRENCIES))
        self.policy = QComboBox()
        for policy, text in POLICY_TEXTS.items():
            self.policy.addItem(self.tr(str(text)), policy)
        self.rate = QLineEdit()
        self.status = QComboBox()
        for status in ProjectStatus:
            self.status.addItem(label(status), status)
        self.percents = {name: QLineEdit() for name in _PERCENTS}
        rows: list[tuple[str, str, QWidget]] = [
            (self.tr("Code"), "code", self.code),
            (self.tr("Title"), "title", self.title_edit),
            (self.tr("Donor"), "funder_id", self.funder),
            (self.tr("Reference"), "reference", self.reference),
            (self.tr("Start"), "start_date", self.start),
            (self.tr("End"), "end_date", self.end),
            (self.tr("Eligible from"), "eligible_start", self.eligible_start),
            (self.tr("Eligible until"), "eligible_end", self.eligible_end),
            (self.tr("Currency"), "currency", self.currency),
            (self.tr("Rate policy"), "rate_policy", self.policy),
            (self.tr("Fixed rate (MAD per unit)"), "fixed_rate", self.rate),
            (self.tr("Donor share (%)"), "donor_share_bp", self.percents["donor_share_bp"]),
            (
                self.tr("Indirect costs cap (%)"),
                "indirect_cap_bp",
                self.percents["indirect_cap_bp"],
            ),
            (
                self.tr("Contingency cap (%)"),
                "contingency_cap_bp",
                self.percents["contingency_cap_bp"],
            ),
            (
                self.tr("Transfer flexibility (%)"),
                "transfer_flex_bp",
                self.percents["transfer_flex_bp"],
            ),
            (self.tr("Status"), "status", self.status),
        ]
        for text, field, widget in rows:
            self.errors.add_row(form, text, field, widget)
        self.general_error = ErrorLabel()
        layout.addWidget(self.general_error)
        if project_id is not None:
            from desk.ui.budgets.instalments import InstalmentsPanel

            self.instalments = InstalmentsPanel(asso, project_id)
            tabs.addTab(self.instalments, self.tr("Instalments and rates"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill(grant(asso, project_id).data if project_id else None)

    def _fill(self, data: GrantInput | None) -> None:
        data = data or GrantInput("", "", date.today(), date.today().replace(month=12, day=31))
        self.code.setText(data.code)
        self.title_edit.setText(data.title)
        self.reference.setText(data.reference)
        self.funder.setCurrentIndex(max(self.funder.findData(data.funder_id), 0))
        self.start.set_value(data.start_date)
        self.end.set_value(data.end_date)
        self.eligible_start.set_value(data.eligible_start or data.start_date)
        self.eligible_end.set_value(data.eligible_end or data.end_date)
        self.currency.setCurrentText(data.currency)
        self.policy.setCurrentIndex(max(self.policy.findData(data.rate_policy), 0))
        self.rate.setText(format_decimal_ui(data.fixed_rate) if data.fixed_rate else "")
        self.status.setCurrentIndex(max(self.status.findData(data.status), 0))
        for name, edit in self.percents.items():
            edit.setText(format_decimal_ui(Decimal(getattr(data, name)) / 100))
        self._original = data

    def read(self) -> GrantInput:
        """What the form says, or a DomainError naming the field at fault."""
        rate = parse_rate(self.rate.text()) if self.rate.text().strip() else None
        percents = {name: parse_percent(edit.text(), name) for name, edit in self.percents.items()}
        return GrantInput(
            code=self.code.text().strip(),
            title=self.title_edit.text().strip(),
            start_date=self.start.day(),
            end_date=self.end.day(),
            funder_id=self.funder.currentData(),
            reference=self.reference.text().strip(),
            currency=self.currency.currentText(),
            rate_policy=RatePolicy(self.policy.currentData()),
            fixed_rate=rate,
            eligible_start=self.eligible_start.day(),
            eligible_end=self.eligible_end.day(),
            status=ProjectStatus(self.status.currentData()),
            place=self._original.place,
            summary=self._original.summary,
            **percents,
        )

    def save(self) -> None:
        self.errors.clear()
        self.general_error.show_error(None)
        try:
            data = self.read()
            if self.project_id is None:
                self.saved_id = create_grant(self.asso, data)
                edits_for(self.asso).notify("budget")
            else:
                command = UpdateGrant(self.asso, self.project_id, data, self.tr("Change the grant"))
                edits_for(self.asso).run(command)
                self.saved_id = self.project_id
        except DomainError as error:
            if error.field == "rate":
                error.field = "fixed_rate"
            if not self.errors.show(error):
                self.general_error.show_error(error)
            return
        self.accept()
