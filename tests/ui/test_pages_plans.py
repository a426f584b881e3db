"""The planning pages on a real file: budget tree totals and funders, the logframe with its
indicators, the calendar with attendance."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt

from desk.domain.money import format_minor
from desk.store import AssoFile
from tests.ui.pages_data import (  # noqa: F401 (the *_fixture names register fixtures)
    BUDGET_TOTAL_EUR,
    build,
    find,
    make,
    sample_fixture,
    sample_path_fixture,
    texts,
)

TODAY = date(2026, 11, 23)
DISPLAY = Qt.ItemDataRole.DisplayRole


# -- budgets ----------------------------------------------------------------------------------


def test_budget_tree_totals_and_funders(
    qtbot, qtmodeltester, sample: AssoFile, french: None
) -> None:  # type: ignore[no-untyped-def]
    from desk.ui.pages.budget_tree import BudgetColumn
    from desk.ui.pages.budgets import BudgetsPage

    page = make(qtbot, BudgetsPage, sample)
    selected = page.projects_table.selectionModel().selectedRows()
    assert page.projects.row_at(selected[0].row()).code == "JDF25"  # the one with a budget
    model = page.editor.model
    assert texts(model, BudgetColumn.CODE) == ["1", "2", "7", "8", "9"]
    # 6 months × 3 000,00 + 2,5 days × 800,00 + 30 people × 50,00 × 2, plus 7 % indirect costs
    direct = 6 * 300_000 + 5 * 80_000 // 2 + 30 * 5_000 * 2
    total = direct + direct * 7 // 100
    assert total == BUDGET_TOTAL_EUR
    nine = find(model, BudgetColumn.CODE, "9")
    assert nine.siblingAtColumn(BudgetColumn.TOTAL).data(DISPLAY) == format_minor(
        total, "EUR", "fr"
    )
    eleven = find(model, BudgetColumn.CODE, "1.1")
    assert eleven.siblingAtColumn(BudgetColumn.QUANTITY).data(DISPLAY) == "6"
    assert eleven.siblingAtColumn(BudgetColumn.UNIT_COST).data(DISPLAY) == "3\u202f000,00\u00a0EUR"
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[len(BudgetColumn) :] == ["AE", "UE"]
    tip = model.headerData(
        len(BudgetColumn) + 1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert tip == "Union européenne"
    eu_total = nine.siblingAtColumn(len(BudgetColumn) + 1).data(DISPLAY)
    assert eu_total == format_minor(2_101_000, "EUR", "fr")
    eight = find(model, BudgetColumn.CODE, "8")
    assert eight.siblingAtColumn(BudgetColumn.QUANTITY).data(DISPLAY) == "7\u202f%"
    for checked in (model, page.projects, page.operating):
        qtmodeltester.check(checked)
    page.projects_table.selectRow(texts(page.projects, 0).index("FORM27"))
    assert page.tree_stack.is_empty
    assert page.operating.index(0, 3).data(DISPLAY) == format_minor(400_000, "MAD", "fr")


# -- logframe ---------------------------------------------------------------------------------


def test_logframe_tree_with_indicators(
    qtbot, qtmodeltester, sample: AssoFile, french: None
) -> None:  # type: ignore[no-untyped-def]
    from desk.ui.pages.logframe import LogframeColumn, LogframePage

    page = make(qtbot, LogframePage, sample, today=date(2025, 6, 30))
    model = page.model
    r12 = find(model, LogframeColumn.CODE, "R1.2")
    assert r12.isValid()
    assert r12.siblingAtColumn(LogframeColumn.LEVEL).data(DISPLAY) == "Résultat"
    assert r12.parent().data(DISPLAY) == "OS1"
    i1 = find(model, LogframeColumn.CODE, "I1")
    assert i1.siblingAtColumn(LogframeColumn.LEVEL).data(DISPLAY) == "Indicateur"
    assert "Objectif spécifique" in page.caption.text()
    qtmodeltester.check(model)
    # The EU 2016 matrix shows the value to date: 4 + 25 + 6 people (a cumulative count).
    page.matrix.layout_choice.setCurrentIndex(page.matrix.layout_choice.findData("2016"))
    page.matrix.layout_choice.activated.emit(1)
    matrix = page.matrix.model
    current = {
        matrix.index(r, 2).data(DISPLAY): matrix.index(r, 4).data(DISPLAY)
        for r in range(matrix.rowCount())
    }
    assert current["I1 Nombre de participantes formées"] == "35 (31/03/2025)"
    assert current["I2 Part des relais actives"] == "45,5\u202f% (30/06/2025)"
    qtmodeltester.check(matrix)
    share = next(r for r in page.tracking.model.rows if r.code == "I1")
    assert share.progress == Decimal("0.875")
    page.selector.setCurrentIndex(page.selector.findData(2))  # FORM27: no logframe
    assert page.stack.is_empty
    assert page.empty.title_label.text() == "Ce projet n'a pas encore de cadre logique"


# -- calendar ---------------------------------------------------------------------------------


def test_calendar_activities_with_attendance(
    qtbot, qtmodeltester, sample: AssoFile, french: None
) -> None:  # type: ignore[no-untyped-def]
    from desk.ui.pages.calendar import ActivityColumn, CalendarPage, DeadlineColumn

    page = make(qtbot, CalendarPage, sample, today=TODAY)
    model = page.activities
    assert texts(model, ActivityColumn.TITLE) == [
        "Atelier de la Journée des droits des femmes",
        "Formation des femmes relais",
    ]
    row = [model.index(0, c).data(DISPLAY) for c in range(model.columnCount())]
    assert row[ActivityColumn.WOMEN : ActivityColumn.TOTAL + 1] == ["28", "6", "35"]
    assert row[ActivityColumn.STATUS] == "Réalisée"
    assert row[ActivityColumn.ACTUAL] == "08/03/2025"
    assert model.index(1, ActivityColumn.STATUS).data(DISPLAY) == "Prévue"
    assert texts(page.deadlines, DeadlineColumn.TITLE) == ["Rapport final", "Restitution"]
    assert texts(page.deadlines, DeadlineColumn.STATE) == ["En retard", "À venir"]
    qtmodeltester.check(model)
    qtmodeltester.check(page.deadlines)
    page.selector.setCurrentIndex(page.selector.findData(2))
    assert page.activities_stack.is_empty and page.deadlines_stack.is_empty
