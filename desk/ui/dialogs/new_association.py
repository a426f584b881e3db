"""The "New association" wizard: who we are, money and financial year, where the file goes.

It calls `desk.services.setup.new_association`; a refusal is shown in red under the field at
fault, on the page that holds it, and nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desk import FILE_SUFFIX
from desk.domain.errors import DomainError, ErrorCode
from desk.domain.money import CURRENCIES
from desk.services.setup import NewAssociation, new_association
from desk.ui.app import named
from desk.ui.dialogs.fields import FieldErrors
from desk.ui.dialogs.files import choose_new_file
from desk.ui.settings import Settings

# lupdate extracts translate("Context", "source") calls: keep the context literal.
translate = QCoreApplication.translate
IDENTITY, MONEY, LOCATION = 0, 1, 2
_PAGE_OF_FIELD = {
    "name": IDENTITY,
    "acronym": IDENTITY,
    "city": IDENTITY,
    "currency": MONEY,
    "fiscal_year_start_month": MONEY,
    "first_year": MONEY,
}
# The currencies our users meet first; the others follow in alphabetical order.
_FIRST_CURRENCIES = ("MAD", "EUR", "USD", "XOF", "XAF")


def _currency_names() -> dict[str, str]:
    return {
        "MAD": translate("NewAssociationWizard", "Moroccan dirham"),
        "EUR": translate("NewAssociationWizard", "Euro"),
        "USD": translate("NewAssociationWizard", "US dollar"),
        "XOF": translate("NewAssociationWizard", "West African CFA franc"),
        "XAF": translate("NewAssociationWizard", "Central African CFA franc"),
    }


def _safe_file_stem(name: str) -> str:
    # Keep letters of any script; drop what Windows refuses in a file name.
    cleaned = "".join("_" if c in '<>:"/\\|?*' else c for c in name.strip())
    return cleaned.strip(" .") or translate("NewAssociationWizard", "association")


class _Page(QWizardPage):
    """A page whose "Next" check and entry hook are the wizard's own methods."""

    def __init__(
        self,
        title: str,
        subtitle: str,
        on_validate: Callable[[], bool] | None = None,
        on_enter: Callable[[], None] | None = None,
    ) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self._on_validate = on_validate
        self._on_enter = on_enter

    def validatePage(self) -> bool:
        return self._on_validate() if self._on_validate else True

    def initializePage(self) -> None:
        if self._on_enter:
            self._on_enter()


class NewAssociationWizard(QWizard):
    """Creates the file; `created_path` holds it after `accept()`."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newAssociationWizard")
        self.setWindowTitle(translate("NewAssociationWizard", "New association"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(
            QWizard.WizardButton.FinishButton, translate("NewAssociationWizard", "Create")
        )
        self.setMinimumSize(620, 440)
        self.settings = settings
        self.created_path: Path | None = None
        self.errors = FieldErrors()
        self._path_edited = False
        self._build_identity()
        self._build_money()
        self._build_location()

    # -- pages ---------------------------------------------------------------------------

    def _page(
        self,
        title: str,
        subtitle: str,
        on_validate: Callable[[], bool] | None = None,
        on_enter: Callable[[], None] | None = None,
    ) -> tuple[QWizardPage, QFormLayout]:
        page = _Page(title, subtitle, on_validate, on_enter)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        return page, form

    def _build_identity(self) -> None:
        page, form = self._page(
            translate("NewAssociationWizard", "Your association"),
            translate("NewAssociationWizard", "The name appears on every report you print."),
            on_validate=self._validate_identity,
        )
        self.name_edit = named(QLineEdit(), "name")
        self.name_edit.setPlaceholderText(
            translate("NewAssociationWizard", "e.g. Association Afrique Solidaire")
        )
        self.acronym_edit = named(QLineEdit(), "acronym")
        self.acronym_edit.setPlaceholderText(
            translate("NewAssociationWizard", "e.g. AAS (optional)")
        )
        self.city_edit = named(QLineEdit(), "city")
        self.city_edit.setPlaceholderText(translate("NewAssociationWizard", "e.g. Rabat"))
        self.errors.add_row(
            form, translate("NewAssociationWizard", "Name:"), "name", self.name_edit
        )
        self.errors.add_row(
            form, translate("NewAssociationWizard", "Acronym:"), "acronym", self.acronym_edit
        )
        self.errors.add_row(
            form, translate("NewAssociationWizard", "City:"), "city", self.city_edit
        )
        self.setPage(IDENTITY, page)

    def _build_money(self) -> None:
        page, form = self._page(
            translate("NewAssociationWizard", "Money and financial year"),
            translate(
                "NewAssociationWizard",
                "You can keep grants in other currencies: this is the currency of your books.",
            ),
        )
        self.currency_combo = named(QComboBox(), "currency")
        names = _currency_names()
        others = sorted(c for c in CURRENCIES if c not in _FIRST_CURRENCIES)
        for code in (*_FIRST_CURRENCIES, *others):
            label = f"{code} — {names[code]}" if code in names else code
            self.currency_combo.addItem(label, code)
        self.month_combo = named(QComboBox(), "fiscal_year_start_month")
        locale = QLocale()
        for month in range(1, 13):
            name = locale.standaloneMonthName(month)
            self.month_combo.addItem(name[:1].upper() + name[1:], month)  # "janvier" → "Janvier"
        self.year_spin = named(QSpinBox(), "first_year")
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(date.today().year)
        # A year is not a quantity: "2 025" with a thousands separator would look odd.
        self.year_spin.setGroupSeparatorShown(False)
        self.errors.add_row(
            form,
            translate("NewAssociationWizard", "Currency of the books:"),
            "currency",
            self.currency_combo,
        )
        self.errors.add_row(
            form,
            translate("NewAssociationWizard", "Financial year starts in:"),
            "fiscal_year_start_month",
            self.month_combo,
        )
        self.errors.add_row(
            form,
            translate("NewAssociationWizard", "First financial year:"),
            "first_year",
            self.year_spin,
        )
        self.setPage(MONEY, page)

    def _build_location(self) -> None:
        page, form = self._page(
            translate("NewAssociationWizard", "Where to keep the file"),
            translate(
                "NewAssociationWizard",
                "All the association's data lives in this one file: copy it on a USB stick "
                "or send it by e-mail to your coach.",
            ),
            on_enter=self._suggest_path,
        )
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.path_edit = named(QLineEdit(), "path")
        self.path_edit.textEdited.connect(self._on_path_edited)
        browse = QPushButton(translate("NewAssociationWizard", "Choose…"))
        browse.clicked.connect(self._browse)
        line.addWidget(self.path_edit, 1)
        line.addWidget(browse)
        self.errors.add_row(form, translate("NewAssociationWizard", "File:"), "path", row)
        hint = QLabel(
            translate("NewAssociationWizard", "Keep a copy somewhere else too: File ▸ Save a copy.")
        )
        hint.setWordWrap(True)
        hint.setObjectName("fileName")
        holder = QVBoxLayout()
        holder.addWidget(hint)
        form.addRow(holder)
        self.setPage(LOCATION, page)

    # -- behaviour -----------------------------------------------------------------------

    def _validate_identity(self) -> bool:
        self.errors.clear()
        if not self.name_edit.text().strip():
            # Checked here too so that the user hears it on this page, not two pages later.
            self.errors.show(DomainError(ErrorCode.REQUIRED, field="name"))
            return False
        return True

    def _on_path_edited(self, _text: str) -> None:
        self._path_edited = True

    def _suggest_path(self) -> None:
        if not self._path_edited:
            stem = _safe_file_stem(self.acronym_edit.text() or self.name_edit.text())
            self.path_edit.setText(str(self.settings.last_directory / f"{stem}{FILE_SUFFIX}"))

    def _browse(self) -> None:
        stem = _safe_file_stem(self.acronym_edit.text() or self.name_edit.text())
        path = choose_new_file(self, self.settings, stem)
        if path is not None:
            self.path_edit.setText(str(path))
            self._path_edited = True

    def data(self) -> NewAssociation:
        return NewAssociation(
            name=self.name_edit.text(),
            city=self.city_edit.text(),
            currency=str(self.currency_combo.currentData()),
            fiscal_year_start_month=int(self.month_combo.currentData()),
            first_year=self.year_spin.value(),
            acronym=self.acronym_edit.text(),
        )

    def target_path(self) -> Path | None:
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return (
            path if path.suffix.lower() == FILE_SUFFIX else path.with_name(path.name + FILE_SUFFIX)
        )

    def _show(self, error: DomainError) -> None:
        page = _PAGE_OF_FIELD.get(error.field or "", LOCATION)
        if page == LOCATION and not self.errors.knows(error.field):
            error = DomainError(error.code, field="path", **error.params)
        while self.currentId() > page:
            self.back()
        self.errors.show(error)

    def accept(self) -> None:
        """Create the file; stay open with the error under its field when refused."""
        self.errors.clear()
        path = self.target_path()
        try:
            if path is None:
                raise DomainError(ErrorCode.REQUIRED, field="path")
            if not path.parent.is_dir():
                raise DomainError(ErrorCode.FILE_NOT_FOUND, field="path", path=str(path.parent))
            asso = new_association(path, self.data())
        except DomainError as error:
            self._show(error)
            return
        except OSError as error:  # a folder we may not write to, a USB stick pulled out
            self._show(DomainError(ErrorCode.FILE_WRITE_FAILED, path=str(path), detail=str(error)))
            return
        asso.close()  # the main window reopens it through the normal path (lock, probe)
        self.created_path = path
        self.settings.last_directory = path.parent
        super().accept()
