"""The logframe import wizard driven as the president does: choose the exported matrix of
another project, check the columns, ignore a row, see the preview tree change, import; and the
refusals shown in French next to the field at fault."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desk.models import Indicator, Logframe, LogframeNode
from desk.reports.logframe import export_logframe_xlsx
from desk.services.logframe_export import project_id_by_code
from desk.services.logframe_import import Role
from desk.store import AssoFile, open_file
from desk.ui.logframe_import.wizard import DONE_PAGE, MAPPING_PAGE, LogframeImportWizard
from desk.ui.undo import edits_for, forget


@pytest.fixture
def asso(demo_copy: Path) -> Iterator[AssoFile]:
    opened = open_file(demo_copy, auto_backup=False)
    try:
        yield opened
    finally:
        forget(opened)
        opened.close()


def start(qtbot: QtBot, asso: AssoFile, project: str, path: Path) -> LogframeImportWizard:
    wizard = LogframeImportWizard(asso, project_id_by_code(asso, project))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    wizard.file_page.load_sheets()
    return wizard


def _count(asso: AssoFile, model: type, **where: object) -> int:
    with asso.reader() as session:
        query = select(func.count()).select_from(model)
        for name, value in where.items():
            query = query.where(getattr(model, name) == value)
        return int(session.scalar(query) or 0)


def test_import_with_a_row_ignored(
    qtbot: QtBot, asso: AssoFile, tmp_path: Path, french: None
) -> None:
    changed: list[str] = []
    edits_for(asso).changed.connect(changed.append)
    sheet = export_logframe_xlsx(asso, project_id_by_code(asso, "JDF-2025"), tmp_path / "cl.xlsx")
    wizard = start(qtbot, asso, "AGR-INDH-2026", sheet)
    page = wizard.file_page
    assert page.project_label.text() == "AGR-INDH-2026"
    assert page.sheet_combo.currentText() == "Cadre logique"
    assert page.template_combo.currentText() == "UE 2004"
    wizard.next()
    assert wizard.currentId() == MAPPING_PAGE
    mapping = wizard.mapping_page
    assert mapping.header_spin.value() == 4
    assert Role(mapping.column_combos[2].currentData()) is Role.STATEMENT
    assert mapping.column_combos[3].currentText() == "Indicateurs"
    root = mapping.tree.topLevelItem(0)
    assert root is not None and root.text(0).startswith("Objectif global — Contribuer")
    assert "13 éléments et 7 indicateurs seront importés." in mapping.status.text()
    # the last activity (row 18) is not wanted: ignored, the preview follows at once
    combo = mapping.rows_table.cellWidget(17, 0)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findText("Ignorer cette ligne"))
    assert "12 éléments et 7 indicateurs" in mapping.status.text()
    assert mapping.isComplete()
    wizard.button(QWizard.WizardButton.CommitButton).click()
    assert wizard.currentId() == DONE_PAGE
    assert "12 éléments et 7 indicateurs" in wizard.done_page.message.text()
    assert wizard.logframe_id is not None
    assert _count(asso, LogframeNode, logframe_id=wizard.logframe_id) == 12
    assert _count(asso, Indicator) == 14  # the 7 of JDF-2025 and the 7 imported
    assert "logframe" in changed


def test_refusals_in_french(qtbot: QtBot, asso: AssoFile, tmp_path: Path, french: None) -> None:
    broken = tmp_path / "cadre.xlsx"
    broken.write_bytes(b"ceci n'est pas un classeur")
    wizard = start(qtbot, asso, "AGR-INDH-2026", broken)
    message = wizard.file_page.errors.text("file")
    assert message.startswith("cadre.xlsx ne peut pas être lu comme un classeur Excel (.xlsx)")
    wizard.next()
    assert wizard.currentId() != MAPPING_PAGE
    # a project that already has its logframe is told on the first page
    taken = start(qtbot, asso, "JDF-2025", broken)
    assert "a déjà un cadre logique" in taken.file_page.errors.text("project")
    assert _count(asso, Logframe) == 1
