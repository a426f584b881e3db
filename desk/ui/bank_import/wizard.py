"""The "Import a bank statement" wizard: choose the file and the account → check the columns
(guessed, remembered per bank, live preview) → review the rows and their categories → import.

The import runs in the background, in ONE transaction: a refusal leaves the books as they
were and is shown on the review page. Once done it is one step of the Edit menu's history
(Ctrl+Z deletes what it created).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
    QWizard,
    QWizardPage,
)

from desk.domain.enums import TreasuryKind
from desk.domain.errors import DomainError
from desk.i18n.messages import describe_error
from desk.services.bank_import import (
    AccountChoice,
    ColumnMapping,
    ImportPlan,
    ImportResult,
    RawTable,
    choose_mapping,
    plan_import,
    read_statement,
    run_import,
    treasury_choices,
)
from desk.store import AssoFile
from desk.ui.app import named
from desk.ui.bank_import.command import push_done_import
from desk.ui.bank_import.mapping_page import MappingPage
from desk.ui.bank_import.review import ReviewPage
from desk.ui.dialogs.fields import FieldErrors
from desk.ui.widgets.file_picker import OpenFileRow
from desk.ui.widgets.jobs import run_in_background
from desk.ui.widgets.wizard_pages import MessagePage

translate = QCoreApplication.translate
FILE_PAGE, MAPPING_PAGE, REVIEW_PAGE, DONE_PAGE = 0, 1, 2, 3

__all__ = ["BankImportWizard"]


class _FilePage(QWizardPage):
    def __init__(self, wizard: BankImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(translate("BankImport", "Import a bank statement"))
        self.setSubTitle(
            translate(
                "BankImport",
                "Export the statement from your bank's website as CSV or Excel, then choose it "
                "here. Nothing is written before the last step.",
            )
        )
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        row = OpenFileRow(
            translate("BankImport", "Choose…"),
            translate("BankImport", "Bank statement"),
            translate("BankImport", "Bank statements (*.csv *.txt *.xlsx *.xlsm);;All files (*)"),
            name="statementPath",
        )
        self.path_edit = row.path_edit
        self.account_combo = named(QComboBox(), "account")
        self.bank_edit = named(QLineEdit(), "bank")
        self.bank_edit.setPlaceholderText(translate("BankImport", "e.g. Banque Populaire"))
        self.account_combo.currentIndexChanged.connect(self._account_changed)
        self.errors = FieldErrors()
        self.errors.add_row(form, translate("BankImport", "Statement file:"), "file", row)
        self.errors.add_row(
            form, translate("BankImport", "Into the account:"), "account", self.account_combo
        )
        self.errors.add_row(form, translate("BankImport", "Bank:"), "bank", self.bank_edit)
        hint = QLabel(
            translate(
                "BankImport", "The columns of a statement are remembered under the bank's name."
            )
        )
        hint.setWordWrap(True)
        form.addRow("", hint)
        self.path_edit.textChanged.connect(self.completeChanged)

    def fill_accounts(self) -> None:
        self.account_combo.clear()
        for choice in treasury_choices(self._wizard.asso):
            self.account_combo.addItem(choice.name, choice)
        for index in range(self.account_combo.count()):  # a statement is a bank's
            if self.account_combo.itemData(index).kind is TreasuryKind.BANK:
                self.account_combo.setCurrentIndex(index)
                break

    def _account_changed(self) -> None:
        choice = self.account_combo.currentData()
        if choice is not None:
            self.bank_edit.setText(choice.bank)

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip()) and self.account_combo.currentData() is not None

    def validatePage(self) -> bool:
        self.errors.clear()
        try:
            self._wizard.open_statement(
                Path(self.path_edit.text().strip()),
                self.account_combo.currentData(),
                self.bank_edit.text().strip(),
            )
        except DomainError as error:
            error.field = error.field if self.errors.knows(error.field) else "file"
            self.errors.show(error)
            return False
        return True


class BankImportWizard(QWizard):
    """Imports one statement into one treasury account of `asso`; `result` after success."""

    def __init__(self, asso: AssoFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bankImportWizard")
        self.setWindowTitle(translate("BankImport", "Import a bank statement"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setMinimumSize(900, 620)
        self.asso = asso
        self.table: RawTable | None = None
        self.account: AccountChoice | None = None
        self.bank = ""
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None
        self.file_page = _FilePage(self)
        self.mapping_page = MappingPage(self.replan)
        self.review_page = ReviewPage(self.start_import)
        self.done_page = MessagePage(translate("BankImport", "Statement imported"))
        self.setPage(FILE_PAGE, self.file_page)
        self.setPage(MAPPING_PAGE, self.mapping_page)
        self.setPage(REVIEW_PAGE, self.review_page)
        self.setPage(DONE_PAGE, self.done_page)
        self.setButtonText(QWizard.WizardButton.CommitButton, translate("BankImport", "Import"))
        self.file_page.fill_accounts()

    # -- steps -------------------------------------------------------------------------------

    def open_statement(self, path: Path, account: object, bank: str) -> None:
        """First page → second: read the file, pick the mapping, show the preview."""
        assert isinstance(account, AccountChoice)
        table = read_statement(path)
        mapping, source, bank_used = choose_mapping(self.asso, table, bank or account.bank)
        self.table, self.account, self.bank = table, account, bank or bank_used
        texts = {
            "saved": translate("BankImport", "Columns remembered for {bank}.").format(
                bank=bank_used
            ),
            "guessed": translate("BankImport", "Columns guessed from their names: check them."),
        }
        self.mapping_page.load(table, mapping, texts.get(source, ""))

    def replan(self, mapping: ColumnMapping) -> ImportPlan:
        assert self.table is not None and self.account is not None
        self.plan = plan_import(self.asso, self.table, self.account, mapping, bank=self.bank)
        return self.plan

    def start_import(self, categories: dict[int, str]) -> None:
        """Review page → import in the background; the review page shows a refusal."""
        plan = self.plan
        assert plan is not None

        def done(result: object) -> None:
            assert isinstance(result, ImportResult)
            self.result = result
            push_done_import(self.asso, plan, categories, result)
            self.review_page.finished(None)

        def failed(error: Exception) -> None:
            if not isinstance(error, DomainError):
                raise error
            self.review_page.finished(describe_error(error))

        run_in_background(
            self,
            translate("BankImport", "Importing the statement…"),
            lambda: run_import(self.asso, plan, categories),
            done,
            failed,
        )

    def initializePage(self, page_id: int) -> None:
        super().initializePage(page_id)
        if page_id == REVIEW_PAGE and self.plan is not None:
            self.review_page.load(self.plan)
        if page_id == DONE_PAGE and self.result is not None and self.plan is not None:
            self.done_page.message.setText(
                translate(
                    "BankImport",
                    "{count} transactions were added to {account}; {duplicates} rows already "
                    "in the books were skipped. Edit ▸ Undo removes them all.",
                ).format(
                    count=self.result.imported,
                    account=self.plan.account.name,
                    duplicates=self.result.duplicates,
                )
            )
