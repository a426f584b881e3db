"""Budget vs actual of a grant: figures at the top, the lines with budget, actual, variance and
% used (next to the % of the period elapsed), the charts beside, per funder, and under them the
transactions behind the selected line (drill-down)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGridLayout, QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from desk.domain.enums import BudgetLineKind
from desk.i18n.messages import describe_error
from desk.services.budgets.actual import ActualLine, BudgetVsActual, FunderActual, budget_vs_actual
from desk.services.budgets.grant_ledger import LineTransaction, line_transactions
from desk.store import AssoFile
from desk.ui.budgets.charts import (
    ACTUAL_COLOR,
    BUDGET_COLOR,
    PLAN_COLOR,
    ChartBox,
    draw_headings,
    draw_months,
    legend_html,
)
from desk.ui.widgets import style
from desk.ui.widgets.card import Card, Tone
from desk.ui.widgets.delegates import PercentBarDelegate
from desk.ui.widgets.formatting import format_date_ui, format_money_ui, format_percent_ui
from desk.ui.widgets.table_model import Align, Column, RowTableModel
from desk.ui.widgets.tree_model import RowTreeModel, build_tree
from desk.ui.widgets.views import make_table, make_tree, refit_columns

STATE_COLORS = {"over": style.NEGATIVE, "watch": style.WARNING, "ok": style.POSITIVE}
STATE_TEXTS = {
    "over": QT_TRANSLATE_NOOP("Pages", "Overspent"),
    "watch": QT_TRANSLATE_NOOP("Pages", "Watch"),
    "ok": QT_TRANSLATE_NOOP("Pages", "On track"),
}
USED_COLUMN = 6


def actual_columns(currency: str) -> list[Column[ActualLine]]:
    from PySide6.QtCore import QCoreApplication

    def money(value: int) -> str:
        return format_money_ui(value, currency)

    def bold(ln: ActualLine) -> bool:
        return ln.line.kind in (BudgetLineKind.HEADING, BudgetLineKind.COMPUTED)

    def color(ln: ActualLine) -> QColor | None:
        return STATE_COLORS.get(ln.state)

    return [
        Column(QT_TRANSLATE_NOOP("Pages", "Code"), lambda ln: ln.line.code, bold=bold),
        Column(QT_TRANSLATE_NOOP("Pages", "Label"), lambda ln: ln.line.label, bold=bold),
        Column(
            QT_TRANSLATE_NOOP("Pages", "Budget"),
            lambda ln: ln.budget_minor,
            lambda ln: money(ln.budget_minor),
            Align.NUMBER,
            bold=bold,
        ),
        Column(
            QT_TRANSLATE_NOOP("Pages", "Actual"),
            lambda ln: ln.actual_minor,
            lambda ln: money(ln.actual_minor),
            Align.NUMBER,
            tooltip=lambda ln: (
                QCoreApplication.translate("Pages", STATE_TEXTS[ln.state]) if ln.state else ""
            ),
            color=color,
            bold=bold,
        ),
        Column(
            QT_TRANSLATE_NOOP("Pages", "Variance"),
            lambda ln: ln.variance_minor,
            lambda ln: money(ln.variance_minor),
            Align.NUMBER,
            color=lambda ln: style.NEGATIVE if ln.variance_minor < 0 else None,
        ),
        Column(
            QT_TRANSLATE_NOOP("Pages", "Variance %"),
            lambda ln: ln.variance_ratio,
            lambda ln: (
                format_percent_ui(ln.variance_ratio) if ln.variance_ratio is not None else ""
            ),
            Align.NUMBER,
        ),
        Column(
            QT_TRANSLATE_NOOP("Pages", "Used"),
            lambda ln: ln.used,
            lambda ln: format_percent_ui(ln.used) if ln.used is not None else "",
            Align.NUMBER,
        ),
    ]


def funder_columns(currency: str) -> list[Column[FunderActual]]:
    def money(value: int) -> str:
        return format_money_ui(value, currency)

    return [
        Column(QT_TRANSLATE_NOOP("Pages", "Funder"), lambda f: f.funder.name),
        Column(
            QT_TRANSLATE_NOOP("Pages", "Budget"),
            lambda f: f.budget_minor,
            lambda f: money(f.budget_minor),
            Align.NUMBER,
        ),
        Column(
            QT_TRANSLATE_NOOP("Pages", "Actual"),
            lambda f: f.actual_minor,
            lambda f: money(f.actual_minor),
            Align.NUMBER,
        ),
    ]


def transaction_columns(base: str) -> list[Column[LineTransaction]]:
    return [
        Column(
            QT_TRANSLATE_NOOP("Pages", "Date"), lambda t: t.date, lambda t: format_date_ui(t.date)
        ),
        Column(QT_TRANSLATE_NOOP("Pages", "Receipt"), lambda t: t.receipt_number or ""),
        Column(QT_TRANSLATE_NOOP("Pages", "Line"), lambda t: t.line_code),
        Column(
            QT_TRANSLATE_NOOP("Pages", "Label"),
            lambda t: t.label,
            color=lambda t: style.NEGATIVE if t.outside_period else None,
        ),
        Column(
            QT_TRANSLATE_NOOP("Pages", "Amount"),
            lambda t: t.amount_base_minor,
            lambda t: format_money_ui(t.amount_base_minor, base),
            Align.NUMBER,
        ),
    ]


class ActualView(QWidget):
    def __init__(self, asso: AssoFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.asso = asso
        self.result: BudgetVsActual | None = None
        self.today: date | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        cards = QGridLayout()
        self.budget_card, self.actual_card, self.used_card, self.outside_card = (
            Card(),
            Card(),
            Card(),
            Card(),
        )
        for column, card in enumerate(
            (self.budget_card, self.actual_card, self.used_card, self.outside_card)
        ):
            cards.addWidget(card, 0, column)
        layout.addLayout(cards)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(f"color: {style.NEGATIVE.name()};")
        self.warnings.hide()
        layout.addWidget(self.warnings)
        self.model = RowTreeModel(actual_columns("MAD"), self)
        self.tree = make_tree(
            self.model,
            widths={0: 104, 2: 112, 3: 112, 4: 108, 5: 70, USED_COLUMN: 84},
            stretch=1,
        )
        self.tree.setItemDelegateForColumn(USED_COLUMN, PercentBarDelegate(self.tree))
        self.tree.selectionModel().currentRowChanged.connect(self._line_selected)
        self.headings = ChartBox()
        self.months = ChartBox()
        # One chart at a time, as tall as the lines beside it.
        self.charts = QTabWidget()
        self.charts.addTab(self.headings, "")
        self.charts.addTab(self.months, "")
        charts = self.charts
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.tree)
        top.addWidget(charts)
        top.setStretchFactor(0, 5)
        top.setStretchFactor(1, 3)
        top.setSizes([760, 380])
        self.lower = QTabWidget()
        self.transactions: RowTableModel[LineTransaction] = RowTableModel(
            transaction_columns("MAD"), self
        )
        self.transactions_table = make_table(
            self.transactions, widths={0: 96, 1: 96, 2: 70, 4: 130}, stretch=3
        )
        self.funders: RowTableModel[FunderActual] = RowTableModel(funder_columns("MAD"), self)
        self.funders_table = make_table(self.funders, widths={1: 140, 2: 140}, stretch=0)
        self.lower.addTab(self.transactions_table, "")
        self.lower.addTab(self.funders_table, "")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self.lower)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setSizes([540, 130])
        layout.addWidget(split, 1)
        self._set_texts()

    def _set_texts(self) -> None:
        self.budget_card.set_title(self.tr("Budget"))
        self.actual_card.set_title(self.tr("Actual"))
        self.used_card.set_title(self.tr("Used / period elapsed"))
        self.outside_card.set_title(self.tr("Outside the grant period"))
        self.headings.title.setText(self.tr("Spending by heading"))
        self.months.title.setText(self.tr("Monthly spending against the plan"))
        self.charts.setTabText(0, self.tr("By heading"))
        self.charts.setTabText(1, self.tr("By month"))
        self.headings.legend.setText(
            legend_html([(BUDGET_COLOR, self.tr("Budget")), (ACTUAL_COLOR, self.tr("Actual"))])
        )
        self.months.legend.setText(
            legend_html(
                [
                    (BUDGET_COLOR, self.tr("Spent in the month")),
                    (PLAN_COLOR, self.tr("Plan, cumulated")),
                    (ACTUAL_COLOR, self.tr("Actual, cumulated")),
                ]
            )
        )
        self.lower.setTabText(0, self.tr("Transactions of the selected line"))
        self.lower.setTabText(1, self.tr("By funder"))

    def retranslate(self) -> None:
        self._set_texts()
        self.show_result(self.result)

    def set_budget(self, budget_id: int | None, today: date | None = None) -> None:
        self.today = today or self.today
        self.show_result(
            None if budget_id is None else budget_vs_actual(self.asso, budget_id, self.today)
        )

    def show_result(self, result: BudgetVsActual | None) -> None:
        self.result = result
        currency = result.currency if result else "MAD"
        roots = (
            build_tree(result.lines, lambda ln: ln.line.id, lambda ln: ln.line.parent_id)
            if result
            else []
        )
        self.model.set_roots(roots, actual_columns(currency))
        self.tree.expandAll()
        refit_columns(self.tree)
        self.funders.set_columns(funder_columns(currency))
        self.funders.set_rows(result.funders if result else ())
        base = result.base_currency if result else "MAD"
        self.transactions.set_columns(transaction_columns(base))
        self.transactions.set_rows(())
        self._cards(result)
        draw_headings(self.headings, result)
        draw_months(self.months, result)

    def _cards(self, result: BudgetVsActual | None) -> None:
        if result is None:
            for card in (self.budget_card, self.actual_card, self.used_card, self.outside_card):
                card.set_value("")
            self.warnings.hide()
            return
        self.budget_card.set_value(format_money_ui(result.total_budget_minor, result.currency))
        self.actual_card.set_value(format_money_ui(result.total_actual_minor, result.currency))
        if result.currency != result.base_currency:
            self.actual_card.set_hint(
                format_money_ui(result.total_actual_base_minor, result.base_currency)
            )
        else:
            self.actual_card.set_hint("")
        used = result.used or Decimal(0)
        tone = (
            Tone.NEGATIVE
            if used > 1
            else Tone.WARNING
            if used > result.elapsed + Decimal("0.1")
            else Tone.POSITIVE
        )
        self.used_card.set_value(
            f"{format_percent_ui(used)} / {format_percent_ui(result.elapsed)}", tone
        )
        count = len(result.outside_period)
        self.outside_card.set_value(str(count), Tone.NEGATIVE if count else Tone.POSITIVE)
        problems = [describe_error(o.error) for o in result.outside_period]
        problems += [describe_error(e) for e in result.rate_errors]
        self.warnings.setText("\n".join(problems))
        self.warnings.setVisible(bool(problems))

    def _line_selected(self, current: object, _previous: object) -> None:
        index = self.tree.currentIndex()
        if self.result is None or not index.isValid():
            return
        line = self.model.item(index).row
        self.transactions.set_rows(
            line_transactions(self.asso, self.result.budget.id, line.line.id)
        )
        self.lower.setCurrentIndex(0)
