"""The "Import a logframe" wizard: choose the XLSX file, its sheet and the donor template →
check the columns and the levels of the rows, with a live preview tree → import.

The import writes the project's new logframe in ONE unit of work; a refusal (the project
already has a logframe, a read-only file) leaves everything as it was and is shown on the
page. It is not part of the undo history: the pages are told with `notify("logframe")`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QWidget,
    QWizard,
    QWizardPage,
)

from desk.domain.errors import DomainError
from desk.i18n.messages import describe_error
from desk.services.logframe_import import (
    ImportedLogframe,
    Mapping,
    SheetData,
    TemplateChoice,
    check_project,
    detect_mapping,
    import_logframe,
    parse_sheet,
    read_sheet,
    sheet_names,
    templates,
    vocabulary,
)
from desk.store import AssoFile
from desk.ui.app import named
from desk.ui.dialogs.fields import FieldErrors
from desk.ui.logframe_import.mapping_page import MappingPage
from desk.ui.undo import edits_for
from desk.ui.widgets.file_picker import OpenFileRow
from desk.ui.widgets.wizard_pages import MessagePage

translate = QCoreApplication.translate
FILE_PAGE, MAPPING_PAGE, DONE_PAGE = 0, 1, 2

__all__ = ["LogframeImportWizard"]


class _FilePage(QWizardPage):
    def __init__(self, wizard: LogframeImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(translate("LogframeImport", "Import a logframe"))
        self.setSubTitle(
            translate(
                "LogframeImport",
                "Choose an Excel file (.xlsx) holding a logframe matrix: intervention logic, "
                "indicators, sources of verification, assumptions. Nothing is written before "
                "the last step.",
            )
        )
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.project_label = named(QLabel(), "project")
        row = OpenFileRow(
            translate("LogframeImport", "Choose…"),
            translate("LogframeImport", "Logframe"),
            translate("LogframeImport", "Excel workbooks (*.xlsx *.xlsm);;All files (*)"),
            name="logframePath",
        )
        row.chosen.connect(lambda _path: self.load_sheets())
        self.path_edit = row.path_edit
        self.sheet_combo = named(QComboBox(), "sheet")
        self.template_combo = named(QComboBox(), "template")
        self.errors = FieldErrors()
        self.errors.add_row(
            form, translate("LogframeImport", "Project:"), "project", self.project_label
        )
        self.errors.add_row(form, translate("LogframeImport", "File:"), "file", row)
        self.errors.add_row(form, translate("LogframeImport", "Sheet:"), "sheet", self.sheet_combo)
        self.errors.add_row(
            form, translate("LogframeImport", "Level names:"), "template", self.template_combo
        )
        self.path_edit.editingFinished.connect(self.load_sheets)
        self.path_edit.textChanged.connect(self.completeChanged)

    def check_project(self) -> None:
        """Show the project's code, or why a logframe cannot be imported into it."""
        try:
            self.project_label.setText(check_project(self._wizard.asso, self._wizard.project_id))
        except DomainError as error:
            self.errors.show(error)

    def load_sheets(self) -> None:
        """Fill the sheet list from the chosen file (an unreadable file says so at once)."""
        self.errors.clear()
        self.check_project()
        self.sheet_combo.clear()
        text = self.path_edit.text().strip()
        if not text:
            return
        try:
            self.sheet_combo.addItems(sheet_names(Path(text)))
        except DomainError as error:
            error.field = "file"
            self.errors.show(error)

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip()) and self.template_combo.currentData() is not None

    def validatePage(self) -> bool:
        self.errors.clear()
        try:
            check_project(self._wizard.asso, self._wizard.project_id)
            sheet = self.sheet_combo.currentText() or None
            self._wizard.open_sheet(Path(self.path_edit.text().strip()), sheet)
        except DomainError as error:
            error.field = error.field if self.errors.knows(error.field) else "file"
            self.errors.show(error)
            return False
        return True


class LogframeImportWizard(QWizard):
    """Imports a logframe sheet as the logframe of `project_id`; `logframe_id` after success."""

    def __init__(self, asso: AssoFile, project_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("logframeImportWizard")
        self.setWindowTitle(translate("LogframeImport", "Import a logframe"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setMinimumSize(960, 640)
        self.asso = asso
        self.project_id = project_id
        self.sheet: SheetData | None = None
        self.logframe_id: int | None = None
        self.file_page = _FilePage(self)
        self.mapping_page = MappingPage(self.reparse)
        self.mapping_page.setCommitPage(True)
        self.mapping_page.validatePage = self._import  # type: ignore[method-assign]
        self.done_page = MessagePage(translate("LogframeImport", "Logframe imported"))
        self.setPage(FILE_PAGE, self.file_page)
        self.setPage(MAPPING_PAGE, self.mapping_page)
        self.setPage(DONE_PAGE, self.done_page)
        self.setButtonText(QWizard.WizardButton.CommitButton, translate("LogframeImport", "Import"))
        self._vocab = vocabulary(asso)
        self._templates = templates(asso)
        for choice in self._templates:
            self.file_page.template_combo.addItem(choice.name, choice)
        self.file_page.check_project()

    def template(self) -> TemplateChoice:
        choice = self.file_page.template_combo.currentData()
        assert isinstance(choice, TemplateChoice)
        return choice

    # -- steps -------------------------------------------------------------------------------

    def open_sheet(self, path: Path, sheet: str | None) -> None:
        """First page → second: read the sheet, guess the mapping, show the preview."""
        self.sheet = read_sheet(path, sheet)
        mapping = detect_mapping(self.sheet, self._vocab)
        self.mapping_page.load(self.sheet, mapping, self.template().levels)

    def reparse(self, mapping: Mapping) -> ImportedLogframe:
        assert self.sheet is not None
        return parse_sheet(self.sheet, mapping, self._vocab)

    def _import(self) -> bool:
        found = self.mapping_page.found
        if found is None:
            return False
        try:
            self.logframe_id = import_logframe(
                self.asso, self.project_id, found, self.template().id
            )
        except DomainError as error:
            self.mapping_page.status.setText(describe_error(error))
            return False
        edits_for(self.asso).notify("logframe")
        nodes = found.walk()
        self.done_page.message.setText(
            translate(
                "LogframeImport",
                "{nodes} items and {indicators} indicators were imported from the sheet "
                "“{sheet}”. Check them in the logframe editor: codes were renumbered from "
                "the positions.",
            ).format(
                nodes=len(nodes),
                indicators=sum(len(n.indicators) for n in nodes),
                sheet=found.sheet,
            )
        )
        return True
