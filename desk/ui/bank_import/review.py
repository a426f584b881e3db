"""The "Review" page of the bank import wizard: what will be imported (counts, total, the
statement's own warnings) and the category of each row, changeable with a combo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desk.i18n.messages import describe_error
from desk.services.bank_import import ImportPlan
from desk.ui.app import named
from desk.ui.bank_import.models import ReviewModel
from desk.ui.widgets.formatting import format_money_ui
from desk.ui.widgets.style import NEGATIVE, WARNING
from desk.ui.widgets.views import make_table

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex


class CategoryDelegate(QStyledItemDelegate):
    """A combo of the categories that fit the row's direction."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        model = index.model()
        assert isinstance(model, ReviewModel)
        combo = named(QComboBox(parent), "categoryEditor")
        for category in model.choices(index.row()):
            combo.addItem(category.name, category.code)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.model().data(index))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData())


class ReviewPage(QWizardPage):
    """Counts, total and categories; "Import" starts `start(categories)` (the wizard's)."""

    def __init__(self, start: Callable[[dict[int, str]], None]) -> None:
        super().__init__()
        self.setTitle(translate("BankImport", "Check before importing"))
        self.setSubTitle(
            translate(
                "BankImport",
                "Categories come from what you booked before; orange ones are only a guess. "
                "Double-click a category to change it.",
            )
        )
        self.setCommitPage(True)
        self._start = start
        self._running = False
        self._done = False
        layout = QVBoxLayout(self)
        self.counts = named(QLabel(), "reviewCounts")
        self.counts.setWordWrap(True)
        layout.addWidget(self.counts)
        self.warnings = named(QLabel(), "reviewWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(f"color: {WARNING.name()};")
        layout.addWidget(self.warnings)
        self.model = ReviewModel(self)
        self.table = named(
            make_table(self.model, {0: 56, 1: 96, 3: 130, 4: 280}, stretch=2), "review"
        )
        self.table.setItemDelegateForColumn(ReviewModel.CATEGORY, CategoryDelegate(self.table))
        layout.addWidget(self.table, 1)
        self.error = named(QLabel(), "importError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {NEGATIVE.name()};")
        self.error.hide()
        layout.addWidget(self.error)

    def load(self, plan: ImportPlan) -> None:
        self.model.set_plan(plan)
        text = translate(
            "BankImport",
            "{new} transactions to import into {account}, net total {total}. {duplicates} rows "
            "already in the books are skipped.",
        ).format(
            new=len(plan.new_rows),
            account=plan.account.name,
            total=format_money_ui(plan.total_minor, plan.currency),
            duplicates=plan.duplicates,
        )
        if plan.ignored:
            text += " " + translate(
                "BankImport", "Balance and total lines set aside: {count}."
            ).format(count=len(plan.ignored))
        self.counts.setText(text)
        self.warnings.setText("\n".join(describe_error(w.error) for w in plan.warnings))
        self.warnings.setVisible(bool(plan.warnings))
        self.error.hide()

    def isComplete(self) -> bool:
        return not self._running and self.model.rowCount() > 0

    def validatePage(self) -> bool:
        if self._done:
            return True
        if not self._running:
            self._running = True
            self.error.hide()
            self.completeChanged.emit()
            self._start(self.model.chosen())
        return False

    def finished(self, error: str | None) -> None:
        """The background import ended: go on, or say why nothing was imported."""
        self._running = False
        self.completeChanged.emit()
        if error is not None:
            self.error.setText(
                translate("BankImport", "Nothing was imported: {reason}").format(reason=error)
            )
            self.error.show()
            return
        self._done = True
        wizard = self.wizard()
        if wizard is not None:
            wizard.next()
