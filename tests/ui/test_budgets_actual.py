"""Budget vs actual in the page: the figures equal the service's, the drill-down lists the
line's transactions, the charts are drawn, and an expense outside the grant period is flagged
in French. The operating budget is estimated from last year's actual, and undone."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desk.domain.enums import BudgetLineKind, TransactionKind
from desk.domain.money import format_minor
from desk.services.budgets.actual import budget_vs_actual
from desk.services.budgets.grant_ledger import line_transactions
from desk.services.ledger import SplitInput, TransactionInput, record_transaction
from desk.store import AssoFile, open_file
from desk.ui.undo import edits_for
from tests.ui.pages_data import find, make

TODAY = date(2026, 6, 30)
DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def asso(demo_copy: Path) -> Iterator[AssoFile]:
    handle = open_file(demo_copy, auto_backup=False)
    yield handle
    handle.close()


def open_actual(qtbot: Any, asso: AssoFile) -> Any:
    from desk.ui.pages.budgets import BudgetsPage

    page = make(qtbot, BudgetsPage, asso)
    page.today = TODAY
    page.resize(1400, 900)
    page.show()
    page.projects_table.selectRow([p.code for p in page.projects.rows].index("JDF-2025"))
    page.project_tabs.setCurrentIndex(1)
    assert page.actual.result is not None
    return page


def test_figures_drill_down_and_charts(
    qtbot: Any, asso: AssoFile, french: None, qtmodeltester: Any
) -> None:
    page = open_actual(qtbot, asso)
    view = page.actual
    expected = budget_vs_actual(asso, 1, TODAY)
    texts = {label.text() for label in view.findChildren(type(page.budget_caption))}
    assert format_minor(expected.total_budget_minor, "EUR", "fr") in texts
    assert format_minor(expected.total_actual_minor, "EUR", "fr") in texts
    assert format_minor(expected.total_actual_base_minor, "MAD", "fr") in texts
    # 8 827,67 of 10 411,10 EUR: the 7 % of indirect costs (line 8) has no expense behind it
    assert "85\u202f% / 100\u202f%" in texts
    qtmodeltester.check(view.model)
    line = find(view.model, 0, "1.3.3")
    assert line.siblingAtColumn(3).data(DISPLAY) == format_minor(
        next(ln.actual_minor for ln in expected.lines if ln.line.code == "1.3.3"), "EUR", "fr"
    )
    view.tree.setCurrentIndex(line)
    rows = line_transactions(
        asso, 1, next(ln.line.id for ln in expected.lines if ln.line.code == "1.3.3")
    )
    assert len(rows) > 0
    assert view.transactions.rowCount() == len(rows)
    assert view.transactions.index(0, 3).data(DISPLAY) == rows[0].label
    # the charts: one pair of bars per top-level heading, a monthly bar per month
    # (the EU subtotals 7, 9, 11 and 13 are not drawn: they repeat the lines above them)
    headings = [
        ln
        for ln in expected.lines
        if ln.line.parent_id is None and ln.line.kind is not BudgetLineKind.COMPUTED
    ]
    axes = view.headings.figure.axes
    assert len(axes) == 1 and len(axes[0].patches) == 2 * len(headings)
    month_axes = view.months.figure.axes[0]
    assert len(month_axes.patches) == len(expected.months)
    assert len(month_axes.lines) == 2  # plan and actual, cumulated
    assert view.headings.title.text() == "Dépenses par rubrique"


def test_expense_outside_the_period_is_flagged_in_french(
    qtbot: Any, asso: AssoFile, french: None
) -> None:
    line = next(
        ln.line.id for ln in budget_vs_actual(asso, 1, TODAY).lines if ln.line.code == "5.6"
    )
    record_transaction(
        asso,
        TransactionInput(
            date(2026, 2, 15),
            TransactionKind.EXPENSE,
            "Évaluation finale — solde",
            [
                SplitInput("6136", 500_00, project_id=1, budget_line_id=line),
                SplitInput("5141", -500_00),
            ],
        ),
    )
    page = open_actual(qtbot, asso)
    warning = page.actual.warnings.text()
    assert page.actual.warnings.isVisibleTo(page)
    assert warning == (
        "La dépense du 15/02/2026 (« Évaluation finale — solde ») est hors de la période de la "
        "subvention (15/01/2025 – 31/12/2025) : le bailleur ne l'acceptera pas."
    )


def test_operating_budget_estimate_and_undo(qtbot: Any, asso: AssoFile, french: None) -> None:
    from desk.ui.pages.budgets import BudgetsPage

    page = make(qtbot, BudgetsPage, asso)
    page.tabs.setCurrentIndex(1)
    editor = page.operating_editor
    assert editor.budget is not None and editor.budget.name.endswith("2026")
    assert not editor.toolbar.estimate.isEnabled()  # signed: make a new version first
    editor.toolbar.new_version.trigger()
    qtbot.waitUntil(lambda: editor.budget.version == 2)
    qtbot.wait(20)
    before = {r.code: r.total_minor for r in editor.budget.lines}
    editor.toolbar.estimate.trigger()
    qtbot.waitUntil(lambda: {r.code: r.total_minor for r in editor.budget.lines} != before)
    phone = find(editor.model, 1, "Téléphone et internet")
    # 2025: the office's internet, 12 × 100 DH
    assert phone.siblingAtColumn(7).data(DISPLAY) == format_minor(120_000, "MAD", "fr")
    edits_for(asso).stack.undo()
    editor.reload()
    assert {r.code: r.total_minor for r in editor.budget.lines} == before
