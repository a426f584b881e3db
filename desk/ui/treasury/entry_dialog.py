"""One dialog for every entry: a kind selector (Dépense, Recette, Virement interne, Avance à un
membre, Régularisation d'avance, Remboursement d'un membre) above the form.

Keyboard first: Enter moves to the next field, Ctrl+Enter saves and starts the next entry
(same kind, date and account). Errors appear next to the field at fault; nothing typed is lost.
Saving calls `submit(entry)` (the page runs it as an undoable command).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk.domain.entry import EntryKind
from desk.domain.errors import DomainError
from desk.services.entry import (
    EntryInput,
    LoadedEntry,
    entry_choices,
    payee_suggestions,
    suggest_receipt_number,
)
from desk.services.receipts import attachments_of
from desk.store import AssoFile
from desk.ui.treasury.entry_form import EntryForm
from desk.ui.widgets.error_label import ErrorLabel

KIND_NAMES: dict[EntryKind, str] = {
    EntryKind.EXPENSE: QT_TRANSLATE_NOOP("Treasury", "Expense"),
    EntryKind.INCOME: QT_TRANSLATE_NOOP("Treasury", "Income"),
    EntryKind.TRANSFER: QT_TRANSLATE_NOOP("Treasury", "Internal transfer"),
    EntryKind.MEMBER_ADVANCE: QT_TRANSLATE_NOOP("Treasury", "Advance to a member"),
    EntryKind.ADVANCE_SETTLEMENT: QT_TRANSLATE_NOOP("Treasury", "Advance settlement"),
    EntryKind.MEMBER_REIMBURSEMENT: QT_TRANSLATE_NOOP("Treasury", "Member reimbursement"),
}


def kind_name(kind: EntryKind) -> str:
    return QCoreApplication.translate("Treasury", KIND_NAMES[kind])


Submit = Callable[[EntryInput], None]


class EntryDialog(QDialog):
    """New entries (`loaded` None) or the change of an existing one."""

    def __init__(
        self,
        asso: AssoFile,
        submit: Submit,
        kind: EntryKind = EntryKind.EXPENSE,
        *,
        loaded: LoadedEntry | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.asso, self.submit, self.loaded = asso, submit, loaded
        self.saved = 0
        self.suggested = ""
        self.resize(640, 760)
        layout = QVBoxLayout(self)
        self.kind = QComboBox()
        for k in EntryKind:
            self.kind.addItem(kind_name(k), k.value)
        layout.addWidget(self.kind)
        self.form = EntryForm(asso, entry_choices(asso), payee_suggestions(asso), self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        layout.addWidget(scroll, 1)
        self.general_error = ErrorLabel()
        layout.addWidget(self.general_error)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.next_button: QPushButton | None = None
        if loaded is None:
            self.next_button = self.buttons.addButton(
                self.tr("Save and new (Ctrl+Enter)"), QDialogButtonBox.ButtonRole.ApplyRole
            )
            self.next_button.clicked.connect(lambda: self.save(next_one=True))
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        self.save_button.clicked.connect(lambda: self.save(next_one=False))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.form.date.dateChanged.connect(lambda _d: self._suggest_number())
        if loaded is not None:
            self.kind.setCurrentIndex(self.kind.findData(loaded.entry.kind.value))
            self.form.fill(loaded.entry)
            self.form.attachments.set_stored(attachments_of(asso, loaded.id))
            self.setWindowTitle(self.tr("Change a transaction"))
        else:
            self.kind.setCurrentIndex(self.kind.findData(kind.value))
            day = today or date.today()
            self.form.date.set_value(day)
            self._kind_changed()
            self._suggest_number()
        self.form.attachments.failed.connect(self._show_error)
        self.form.amount.setFocus()

    def _kind_changed(self) -> None:
        kind = EntryKind(self.kind.currentData())
        self.form.set_kind(kind)
        if self.loaded is None:
            self.setWindowTitle(kind_name(kind))

    def _suggest_number(self) -> None:
        if self.loaded is not None:
            return
        try:
            number = suggest_receipt_number(self.asso, self.form.date.day())
        except DomainError:
            number = ""
        typed = self.form.receipt_number.text()
        if not typed or typed == self.suggested:
            self.form.receipt_number.setText(number)
        self.suggested = number

    def _show_error(self, error: DomainError) -> None:
        if error.field and error.field.startswith("parts["):
            error.field = "parts"
        if not self.form.errors.show(error):
            self.general_error.show_error(error)

    def save(self, next_one: bool = False) -> bool:
        """Save what is typed; on success close, or (next_one) clear for the next entry."""
        self.form.errors.clear()
        self.general_error.show_error(None)
        try:
            entry = self.form.read(self.suggested)
            self.submit(entry)
        except DomainError as error:
            self._show_error(error)
            return False
        self.saved += 1
        if next_one and self.loaded is None:
            self._start_next()
        else:
            self.accept()
        return True

    def _start_next(self) -> None:
        f = self.form
        for edit in (f.amount, f.returned, f.label, f.payee, f.notes):
            edit.clear()
        f.no_receipt.setChecked(False)
        f.split.setChecked(False)
        f.parts.clear()
        f.attachments.set_stored(())
        self.suggested = ""
        f.receipt_number.clear()
        self._suggest_number()
        f.amount.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.save(next_one=True)
                return
            focused = self.focusWidget()
            if isinstance(focused, QAbstractButton):
                focused.click()
                return
            self.focusNextChild()
            return
        super().keyPressEvent(event)
