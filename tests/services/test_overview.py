"""The dashboard's figures against independent SQL, and against the Budgets page's arithmetic."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from desk.domain.enums import BudgetLineKind
from desk.domain.money import Money, convert
from desk.models import Budget, BudgetLine, Project
from desk.services.browse.budgets import project_budget
from desk.services.overview import overview
from desk.store import open_file


def sql(path: Path, query: str, *params: object) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(query, params).fetchall()


def test_balances_and_year_figures_match_sql(demo_file: Path) -> None:
    with open_file(demo_file, read_only=True) as asso:
        ov = overview(asso, today=date(2026, 3, 15))
    balances = dict(
        sql(
            demo_file,
            "SELECT t.name, COALESCE(SUM(s.amount_minor), 0) FROM treasury_account t "
            "LEFT JOIN split s ON s.account_id = t.account_id GROUP BY t.id",
        )
    )
    assert {t.name: t.balance_minor for t in ov.treasury} == balances
    assert ov.year_label == "2026"
    ((income, expense),) = sql(
        demo_file,
        "SELECT -COALESCE(SUM(CASE WHEN a.kind = 'income' THEN s.amount_minor END), 0), "
        "COALESCE(SUM(CASE WHEN a.kind = 'expense' THEN s.amount_minor END), 0) "
        'FROM split s JOIN account a ON a.id = s.account_id JOIN "transaction" t '
        "ON t.id = s.transaction_id WHERE t.date BETWEEN '2026-01-01' AND '2026-12-31' "
        "AND t.kind <> 'opening'",
    )
    assert (ov.income_minor, ov.expense_minor) == (income, expense)
    assert income > 0 and expense > 0


def test_project_budget_includes_percentage_lines_like_the_budgets_page(demo_copy: Path) -> None:
    with open_file(demo_copy) as asso:
        with asso.unit_of_work() as session:
            project = session.scalars(select(Project).where(Project.currency == "EUR")).one()
            budget = session.scalars(
                select(Budget)
                .where(Budget.project_id == project.id)
                .order_by(Budget.version.desc())
            ).first()
            assert budget is not None
            # the demo's EU budget carries its 7 % of indirect costs (line 8)
            indirect = session.scalars(
                select(BudgetLine).where(BudgetLine.budget_id == budget.id, BudgetLine.code == "8")
            ).one()
            assert (indirect.kind, indirect.percent_bp) == (BudgetLineKind.PERCENTAGE, 700)
            project_id, rate = project.id, project.fixed_rate
        page = project_budget(asso, project_id)
        assert page is not None
        (shown,) = [p for p in overview(asso).projects if p.id == project_id]
    assert rate is not None and rate > Decimal(1)
    assert shown.budget_minor == convert(Money(page.total_minor, "EUR"), rate, "MAD").minor
    (without,) = sql(
        demo_copy,
        "SELECT SUM(quantity_milli * unit_cost_minor / 1000) FROM budget_line "
        "WHERE budget_id = ? AND kind = 'amount'",
        budget.id,
    )[0]
    assert page.total_minor > without  # the 7 % line counts
