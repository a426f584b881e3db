"""The PAGES contract, the dashboard, and every page on an empty file and on the demo.

Other pages: test_pages_treasury.py, test_pages_plans.py, test_pages_review.py; shared
helpers (the sample file, `make`, `texts`, `find`) are here."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import subprocess
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QWidget

from desk.domain.money import format_minor
from desk.store import AssoFile, open_file
from desk.ui import pages
from desk.ui.pages.base import BasePage
from tests.ui.pages_data import (  # noqa: F401 (the *_fixture names register fixtures)
    build,
    demo_path,
    find,
    make,
    query,
    sample_fixture,
    sample_path_fixture,
    texts,
)

TODAY = date(2026, 11, 23)
DISPLAY = Qt.ItemDataRole.DisplayRole


# -- the contract ---------------------------------------------------------------------------


def test_pages_contract(qtbot, sample: AssoFile, french: None) -> None:  # type: ignore[no-untyped-def]
    assert [s.key for s in pages.PAGES] == [
        "dashboard",
        "treasury",
        "budgets",
        "logframe",
        "calendar",
        "reports",
        "review",
    ]
    assert [s.title() for s in pages.PAGES] == [
        "Tableau de bord",
        "Trésorerie",
        "Budgets",
        "Cadre logique",
        "Calendrier",
        "Rapports",
        "Revue",
    ]
    for spec in pages.PAGES:
        assert hasattr(QStyle.StandardPixmap, spec.icon)
        page = spec.factory(sample, None)
        qtbot.addWidget(page)
        assert isinstance(page, BasePage)
        assert page.title_label.text() == spec.title()
        assert not page.loaded  # nothing read before the page is shown
        with qtbot.waitSignal(page.status_message, timeout=50, raising=False):
            page.show()
        assert page.loaded


def test_dashboard_imports_no_heavy_library() -> None:
    code = (
        "import sys, desk.ui.pages.dashboard; "
        "print(sorted({'matplotlib', 'pandas'} & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# -- dashboard ------------------------------------------------------------------------------


def test_dashboard_shows_the_file_figures(
    qtbot, qtmodeltester, sample: AssoFile, sample_path: Path, french: None
) -> None:  # type: ignore[no-untyped-def]
    from desk.ui.pages.dashboard import DashboardPage, ProjectColumn

    page = make(qtbot, DashboardPage, sample, today=date(2025, 6, 30))
    (cash,) = query(
        sample_path,
        """SELECT SUM(amount_minor) FROM split s JOIN treasury_account ta
           ON ta.account_id = s.account_id WHERE ta.kind = 'cash'""",
    )[0]
    assert (
        page.cash_card.value_label.text()
        == format_minor(cash, "MAD", "fr")
        == "5\u202f750,00\u00a0MAD"
    )
    income, expense = query(
        sample_path,
        """SELECT -SUM(CASE WHEN a.kind = 'income' THEN s.amount_minor END),
                  SUM(CASE WHEN a.kind = 'expense' THEN s.amount_minor END)
           FROM split s JOIN account a ON a.id = s.account_id
           JOIN "transaction" t ON t.id = s.transaction_id
           WHERE t.date BETWEEN '2025-01-01' AND '2025-12-31' AND t.kind <> 'opening'""",
    )[0]
    assert page.income_card.title_label.text() == "Recettes 2025"
    assert page.income_card.value_label.text() == format_minor(income, "MAD", "fr")
    assert page.expense_card.value_label.text() == format_minor(expense, "MAD", "fr")
    assert page.result_card.value_label.text() == format_minor(income - expense, "MAD", "fr")
    assert page.missing_card.title_label.text() == "Pièces manquantes"
    assert page.missing_card.value_label.text() == "1"  # the taxi; the 2026 one is another year
    assert page.missing_card.property("tone") == "warning"
    bank_lines = dict(page.bank_card.line_texts())
    assert "Compte de Fatou — détenu par un membre" in bank_lines
    assert texts(page.model, ProjectColumn.CODE) == ["JDF25"]
    assert page.model.index(0, ProjectColumn.FUNDER).data(DISPLAY) == "Union européenne"
    assert page.model.headerData(ProjectColumn.SPENT, Qt.Orientation.Horizontal) == "Dépensé"
    qtmodeltester.check(page.model)


def test_dashboard_in_arabic_is_mirrored(qtbot, sample: AssoFile, speak) -> None:  # type: ignore[no-untyped-def]
    from desk.ui.pages.dashboard import DashboardPage

    speak("ar")
    page = make(qtbot, DashboardPage, sample, today=date(2025, 6, 30))
    assert page.title_label.text() == "لوحة القيادة"
    assert page.cash_card.title_label.text() == "الصندوق"
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert page.cash_card.value_label.text() == "\u20665\u202f750,00\u2069\u00a0د.م."


def test_row_table_model_sorts_with_none_last_and_keeps_selection(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPersistentModelIndex

    from desk.ui.widgets.table_model import ROW_ROLE, Align, Column, RowTableModel

    rows = [("b", 2), ("a", None), ("c", 1)]
    model: RowTableModel[tuple[str, int | None]] = RowTableModel(
        [Column("Name", lambda r: r[0]), Column("Amount", lambda r: r[1], align=Align.NUMBER)]
    )
    model.set_rows(rows)
    kept = QPersistentModelIndex(model.index(0, 0))  # "b"
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert [r[0] for r in model.rows] == ["c", "b", "a"]  # no amount: last
    assert kept.row() == 1 and kept.data(ROW_ROLE) == ("b", 2)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [r[0] for r in model.rows] == ["c", "b", "a"]
    assert model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole) == Align.NUMBER.value


# -- every page on an empty file and on the demo ------------------------------------------------


def test_every_page_on_an_empty_file(qtbot, french: None, asso_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desk.ui.widgets.empty_state import ListStack

    with open_file(asso_path) as asso:
        for spec in pages.PAGES:
            page = spec.factory(asso, None)
            qtbot.addWidget(page)
            page.refresh()
            stacks = [s for s in page.findChildren(ListStack) if s.parent() is not None]
            assert stacks, spec.key
            if spec.key == "reports":  # the audit log already holds the file's creation
                assert [s.is_empty for s in stacks] == [False]
            else:
                assert any(s.is_empty for s in stacks), spec.key


def test_every_page_on_the_demo(qtbot, french: None, request, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    from desk.ui.pages.dashboard import DashboardPage
    from desk.ui.pages.logframe import LogframeColumn, LogframePage

    path = demo_path(request, tmp_path_factory)
    with open_file(path, read_only=True) as demo:
        built: dict[str, QWidget] = {}
        for spec in pages.PAGES:
            built[spec.key] = page = spec.factory(demo, None)
            qtbot.addWidget(page)
            page.refresh()
        dashboard = built["dashboard"]
        assert isinstance(dashboard, DashboardPage) and dashboard.overview is not None
        (cash,) = query(
            path,
            """SELECT COALESCE(SUM(amount_minor), 0) FROM split s JOIN treasury_account ta
               ON ta.account_id = s.account_id WHERE ta.kind = 'cash' AND ta.active = 1""",
        )[0]
        assert dashboard.cash_card.value_label.text() == format_minor(cash, "MAD", "fr")
        logframe = built["logframe"]
        assert isinstance(logframe, LogframePage)
        assert find(logframe.model, LogframeColumn.CODE, "R1.2").isValid()
