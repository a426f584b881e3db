"""Tableau de bord: treasury balances, the year's income, expense and result, missing
receipts, and the projects in progress with how much of their budget is used.

The first page shown at start-up: it imports no pandas nor matplotlib, and its figures are the
few SQL aggregates of `desk.services.overview`.
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QGridLayout, QStyle, QWidget

from desk.domain.budget_math import share_used
from desk.domain.enums import TreasuryKind
from desk.services.overview import Overview, ProjectProgress, TreasuryBalance, overview
from desk.store import AssoFile
from desk.ui.pages.base import BasePage
from desk.ui.widgets.card import Card, Tone
from desk.ui.widgets.delegates import PercentBarDelegate
from desk.ui.widgets.empty_state import EmptyState, ListStack
from desk.ui.widgets.formatting import format_money_ui, format_period_ui
from desk.ui.widgets.table_model import Align, Column, RowTableModel
from desk.ui.widgets.views import make_table, section_title


class ProjectColumn(IntEnum):
    CODE = 0
    TITLE = 1
    FUNDER = 2
    BUDGET = 3
    SPENT = 4
    USED = 5
    PERIOD = 6


def project_columns(currency: str) -> list[Column[ProjectProgress]]:
    def money(value: int) -> str:
        return format_money_ui(value, currency)

    return [
        Column(QT_TRANSLATE_NOOP("Pages", "Code"), lambda p: p.code),
        Column(QT_TRANSLATE_NOOP("Pages", "Project"), lambda p: p.title),
        Column(QT_TRANSLATE_NOOP("Pages", "Donor"), lambda p: p.funder),
        Column(
            QT_TRANSLATE_NOOP("Pages", "Budget"),
            lambda p: p.budget_minor,
            lambda p: money(p.budget_minor),
            Align.NUMBER,
        ),
        Column(
            QT_TRANSLATE_NOOP("Pages", "Spent"),
            lambda p: p.spent_minor,
            lambda p: money(p.spent_minor),
            Align.NUMBER,
        ),
        Column(
            QT_TRANSLATE_NOOP("Pages", "% used"),
            lambda p: share_used(p.spent_minor, p.budget_minor),
            align=Align.NUMBER,
        ),
        Column(
            QT_TRANSLATE_NOOP("Pages", "Period"),
            lambda p: p.start,
            lambda p: format_period_ui(p.start, p.end),
        ),
    ]


class DashboardPage(BasePage):
    key = "dashboard"

    def __init__(
        self, asso: AssoFile, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(asso, parent)
        self._today = today
        self.overview: Overview | None = None
        grid = QGridLayout()
        grid.setSpacing(12)
        self.cash_card, self.bank_card, self.missing_card = Card(), Card(), Card()
        self.income_card, self.expense_card, self.result_card = Card(), Card(), Card()
        cards = (
            self.cash_card,
            self.bank_card,
            self.missing_card,
            self.income_card,
            self.expense_card,
            self.result_card,
        )
        for position, card in enumerate(cards):
            grid.addWidget(card, position // 3, position % 3)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        self.body.addLayout(grid)
        self.projects_title = section_title()
        self.body.addWidget(self.projects_title)
        self.model: RowTableModel[ProjectProgress] = RowTableModel(project_columns("MAD"), self)
        self.table = make_table(
            self.model,
            widths={
                ProjectColumn.CODE: 120,
                ProjectColumn.BUDGET: 130,
                ProjectColumn.SPENT: 130,
                ProjectColumn.USED: 105,
                ProjectColumn.PERIOD: 180,
            },
            stretch={ProjectColumn.TITLE: 3, ProjectColumn.FUNDER: 2},
            sortable=True,
        )
        self.table.setItemDelegateForColumn(ProjectColumn.USED, PercentBarDelegate(self.table))
        self.projects_empty = EmptyState(icon=QStyle.StandardPixmap.SP_FileDialogNewFolder)
        self.projects = ListStack(self.table, self.projects_empty)
        self.body.addWidget(self.projects, 1)
        self._set_texts()

    def _set_texts(self) -> None:
        self.projects_title.setText(self.tr("Projects in progress"))
        self.projects_empty.set_text(
            self.tr("No project in progress"),
            self.tr("Signed and ongoing projects appear here with their budget and spending."),
        )

    def retranslate(self) -> None:
        self._set_texts()
        super().retranslate()

    def load(self) -> None:
        ov = overview(self.asso, self._today or date.today())
        self.overview = ov
        subtitle = f"{ov.organisation}" + (f" · {ov.city}" if ov.city else "")
        if ov.year_label:
            year = self.tr("Financial year %1").replace("%1", ov.year_label)
            if ov.year_closed:
                year += " " + self.tr("(closed)")
            subtitle += " — " + year
        self.subtitle_label.setText(subtitle)
        money = ov.currency
        cash = [t for t in ov.treasury if t.kind is TreasuryKind.CASH]
        self._treasury_card(self.cash_card, self.tr("Cash"), cash, money)
        others = [t for t in ov.treasury if t.kind is not TreasuryKind.CASH]
        self._treasury_card(self.bank_card, self.tr("Bank"), others, money)
        self.income_card.set_title(self.tr("Income %1").replace("%1", ov.year_label).strip())
        self.income_card.set_value(format_money_ui(ov.income_minor, money))
        self.expense_card.set_title(self.tr("Expenses %1").replace("%1", ov.year_label).strip())
        self.expense_card.set_value(format_money_ui(ov.expense_minor, money))
        result = ov.income_minor - ov.expense_minor
        self.result_card.set_title(self.tr("Result %1").replace("%1", ov.year_label).strip())
        self.result_card.set_value(
            format_money_ui(result, money),
            Tone.POSITIVE if result > 0 else Tone.NEGATIVE if result < 0 else Tone.NORMAL,
        )
        self.result_card.set_hint(self.tr("Income minus expenses of the year"))
        self.missing_card.set_title(self.tr("Missing receipts"))
        missing = ov.receipts_missing
        self.missing_card.set_value(str(missing), Tone.WARNING if missing else Tone.NORMAL)
        self.missing_card.set_hint(
            self.tr("Transactions of the year without their receipt")
            if missing
            else self.tr("Every transaction of the year has its receipt")
        )
        self.model.set_columns(project_columns(money))
        self.model.set_rows(ov.projects)
        self.projects.show_empty(not ov.projects)

    def _treasury_card(
        self, card: Card, title: str, accounts: list[TreasuryBalance], currency: str
    ) -> None:
        card.set_title(title)
        card.set_value(format_money_ui(sum(a.balance_minor for a in accounts), currency))
        lines = []
        if len(accounts) > 1 or any(a.held_by_member for a in accounts):
            for account in accounts:
                name, tone, tip = account.name, Tone.NORMAL, ""
                if account.held_by_member:
                    name += " — " + self.tr("held by a member")
                    tone = Tone.WARNING
                    tip = self.tr("Money kept on a member's personal account: flagged in reports.")
                lines.append(
                    (name, format_money_ui(account.balance_minor, account.currency), tone, tip)
                )
        card.set_lines(lines)
        card.set_hint("" if accounts else self.tr("No account of this kind"))
