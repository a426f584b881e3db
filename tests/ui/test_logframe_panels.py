"""The logframe page's panels: the indicator editor (values by period, refusals shown next to
the field), the matrix edited in place in both layouts, the quality checks (a click selects
the item), costs in the details, and the export menu calling the reports."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desk.domain.enums import Sex
from desk.models import Indicator, IndicatorValue, LogframeNode, Project
from desk.services.logframe import edit
from desk.store import AssoFile, open_file
from desk.ui.undo import edits_for, forget

DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def asso(asso_path: Path) -> Iterator[AssoFile]:
    opened = open_file(asso_path, auto_backup=False)
    with opened.unit_of_work() as session:
        session.add(
            Project(
                code="JDF",
                title="Journée des droits",
                start_date=date(2025, 1, 1),
                end_date=date(2025, 12, 31),
            )
        )
    try:
        yield opened
    finally:
        forget(opened)
        opened.close()


@pytest.fixture
def tree(asso: AssoFile) -> dict[str, int]:
    lf = edit.create_logframe(asso, 1, "UE 2004")
    with asso.reader() as s:
        root = s.scalar(select(LogframeNode.id).where(LogframeNode.depth == 0))
    assert root is not None
    edit.update_node(asso, root, statement="Droits des femmes")
    os1 = edit.add_node(asso, lf, root, "Femmes informées")
    r1 = edit.add_node(asso, lf, os1, "Ateliers tenus")
    a1 = edit.add_node(asso, lf, r1, "Animer les ateliers")
    ind = edit.add_indicator(
        asso,
        r1,
        "Femmes formées",
        baseline_value=Decimal(0),
        target_value=Decimal(40),
        means_of_verification="Présences",
    )
    return {"lf": lf, "root": root, "os1": os1, "r1": r1, "a1": a1, "ind": ind}


def make_page(qtbot: Any, asso: AssoFile) -> Any:
    from desk.ui.pages.logframe import LogframePage

    page = LogframePage(asso, today=date(2025, 6, 30))
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    return page


def test_quality_checks_live_and_click_selects(
    qtbot: Any, asso: AssoFile, tree: dict[str, int], french: None
) -> None:
    page = make_page(qtbot, asso)
    texts = page.quality.texts()
    assert texts == [
        "I-R1.1-1 — La cible n'est pas répartie entre femmes et hommes",
        "A1.1.1 — Aucune ligne budgétaire liée à cette activité",
    ]
    assert page.quality.title.text() == "Vérifications (2)"
    page.tabs.setCurrentIndex(1)
    page.quality.list.itemClicked.emit(page.quality.list.item(0))
    assert page.tabs.currentIndex() == 0
    current = page.tree.current()
    assert current is not None and current.code == "I-R1.1-1"
    assert "Femmes formées" in page.details.summary.text()
    # Untick "by sex" in the editor: the check goes away at once.
    edits_for(asso).run(_update(asso, tree["ind"], disaggregate_by_sex=False))
    assert len(page.quality.texts()) == 1


def _update(asso: AssoFile, ident: int, **fields: Any) -> Any:
    from desk.ui.logframe.commands import UpdateIndicator

    return UpdateIndicator(asso, ident, fields)


def test_indicator_editor_values_targets_and_refusal(
    qtbot: Any, asso: AssoFile, tree: dict[str, int], french: None
) -> None:
    from desk.services.logframe.read import indicator_detail
    from desk.ui.logframe.indicator_editor import IndicatorEditor

    detail = indicator_detail(asso, tree["ind"])
    dialog = IndicatorEditor(asso, detail)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Indicateur I-R1.1-1"
    dialog.sex_targets[Sex.FEMALE].setText("30")
    dialog.sex_targets[Sex.MALE].setText("10")
    row = dialog.values.add_row()
    dialog.values.put(row, 0, "31/03/2025")
    dialog.values.put(row, 3, "douze")
    dialog.buttons.accepted.emit()
    assert dialog.error.text() == "« douze » n'est pas un nombre. Exemple : 12,5"
    assert dialog.result() == 0
    with asso.reader() as s:  # nothing written
        assert s.scalars(select(IndicatorValue)).all() == []
    dialog.values.put(row, 3, "12")
    dialog.values.put(row, 4, "Feuilles de présence")
    period = dialog.period_targets.add_row()
    dialog.period_targets.put(period, 0, "30/06/2025")
    dialog.period_targets.put(period, 1, "S1")
    dialog.period_targets.put(period, 2, "20")
    dialog.buttons.accepted.emit()
    assert dialog.result() == 1
    after = indicator_detail(asso, tree["ind"])
    assert after is not None
    assert [(v.period_end, v.value, v.source) for v in after.values] == [
        (date(2025, 3, 31), Decimal(12), "Feuilles de présence")
    ]
    assert (after.overall_target(Sex.FEMALE), after.overall_target(Sex.MALE)) == (30, 10)
    assert [(t.period_end, t.label, t.value) for t in after.targets if t.period_end] == [
        (date(2025, 6, 30), "S1", Decimal(20))
    ]
    edits_for(asso).stack.undo()  # the whole OK is one step
    again = indicator_detail(asso, tree["ind"])
    assert again is not None and again.values == () and again.targets == ()


def test_matrix_edit_in_place_both_layouts(
    qtbot: Any, asso: AssoFile, tree: dict[str, int], french: None
) -> None:
    page = make_page(qtbot, asso)
    model = page.matrix.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Code",
        "Logique d'intervention",
        "Indicateurs objectivement vérifiables",
        "Sources de vérification",
        "Hypothèses",
    ]
    rows = [[model.index(r, c).data(DISPLAY) for c in range(3)] for r in range(model.rowCount())]
    assert ["Activité", "", "Moyens"] in rows  # the activity section names Moyens / Coûts
    activity = next(r for r, row in enumerate(rows) if row[0] == "A1.1.1")
    model.setData(model.index(activity, 2), "Formatrice, salle")  # Moyens
    qtbot.waitUntil(lambda: _node(asso, tree["a1"]).means == "Formatrice, salle")
    page.matrix.layout_choice.setCurrentIndex(1)
    page.matrix.layout_choice.activated.emit(1)
    model = page.matrix.model
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Valeur de référence (année)"
    result = next(r for r in range(model.rowCount()) if model.index(r, 0).data(DISPLAY) == "R1.1")
    model.setData(model.index(result, 5), "45")  # target
    qtbot.waitUntil(lambda: _indicator(asso, tree["ind"]).target_value == 45)
    model = page.matrix.model
    model.setData(model.index(result, 5), "beaucoup")
    qtbot.wait(50)
    assert _indicator(asso, tree["ind"]).target_value == 45  # refused, nothing written
    # The preconditions box commits when it loses the focus.
    page.matrix.layout_choice.setCurrentIndex(0)
    page.matrix.layout_choice.activated.emit(0)
    page.matrix.preconditions.setPlainText("Convention signée")
    page.matrix.preconditions.commit()
    assert page.view_data.preconditions == "Convention signée"


def _node(asso: AssoFile, ident: int) -> LogframeNode:
    with asso.reader() as s:
        return s.get_one(LogframeNode, ident)


def _indicator(asso: AssoFile, ident: int) -> Indicator:
    with asso.reader() as s:
        return s.get_one(Indicator, ident)


def test_details_edit_and_export_menu(
    qtbot: Any, asso: AssoFile, tree: dict[str, int], tmp_path: Path, french: None
) -> None:
    page = make_page(qtbot, asso)
    assert page.tree.select("node", tree["a1"])
    assert page.details.title.text() == "Activité A1.1.1"
    assert page.details.planned.text() == "0,00\u00a0MAD"
    page.details.fields["assumptions"].setPlainText("Salle disponible")
    page.details.fields["assumptions"].commit()
    assert _node(asso, tree["a1"]).assumptions == "Salle disponible"
    edits_for(asso).stack.undo()
    assert _node(asso, tree["a1"]).assumptions == ""
    actions = [a.text() for a in page.export_menu.actions()]
    assert actions[0] == "Cadre logique, présentation UE 2004 (Excel)…"
    out = page.export_to("xlsx", "2016", tmp_path / "cadre.xlsx")
    assert out is not None and out.stat().st_size > 0
