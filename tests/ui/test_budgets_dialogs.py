"""The grant dialog (refusals in French next to the field, nothing typed lost, undoable
change) and the comparison of two versions against the transfer flexibility."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from desk.domain.enums import BudgetStatus
from desk.services.browse.budgets import budget_view, project_budget
from desk.services.budgets.builder import update_line
from desk.services.budgets.grants import grant
from desk.services.budgets.versions import new_version
from desk.store import AssoFile, open_file
from desk.ui.undo import edits_for


@pytest.fixture
def asso(demo_copy: Path) -> Iterator[AssoFile]:
    handle = open_file(demo_copy, auto_backup=False)
    yield handle
    handle.close()


def test_new_grant_refusals_in_french(qtbot: Any, asso: AssoFile, french: None) -> None:
    from desk.ui.budgets.grant_dialog import GrantDialog

    dialog = GrantDialog(asso)
    qtbot.addWidget(dialog)
    dialog.code.setText("UE-2027")
    dialog.title_edit.setText("Accès aux droits")
    dialog.currency.setCurrentText("EUR")
    dialog.save()  # EUR at a fixed rate, but no rate
    assert dialog.errors.text("fixed_rate").startswith("Aucun taux de change pour EUR au ")
    dialog.rate.setText("10,90")
    dialog.percents["indirect_cap_bp"].setText("120")
    dialog.save()
    assert dialog.errors.text("indirect_cap_bp") == (
        "Un pourcentage doit être compris entre 0 et 100 % (120 saisi)."
    )
    assert dialog.code.text() == "UE-2027"  # nothing typed is lost
    dialog.percents["indirect_cap_bp"].setText("7")
    dialog.save()
    assert dialog.saved_id is not None
    saved = grant(asso, dialog.saved_id).data
    assert (saved.currency, saved.fixed_rate, saved.indirect_cap_bp) == (
        "EUR",
        Decimal("10.90"),
        700,
    )


def test_grant_change_is_undoable(qtbot: Any, asso: AssoFile, french: None) -> None:
    from desk.ui.budgets.grant_dialog import GrantDialog

    dialog = GrantDialog(asso, 1)
    qtbot.addWidget(dialog)
    assert dialog.rate.text() == "10,85"
    assert dialog.instalments.model.rowCount() == 2
    dialog.percents["transfer_flex_bp"].setText("15")
    dialog.save()
    assert grant(asso, 1).data.transfer_flex_bp == 1500
    edits_for(asso).stack.undo()
    assert grant(asso, 1).data.transfer_flex_bp == 2500


def test_compare_dialog_flags_headings_beyond_flexibility(
    qtbot: Any, asso: AssoFile, french: None
) -> None:
    from desk.ui.budgets.compare import CompareDialog

    signed = project_budget(asso, 1)
    assert signed is not None
    draft = new_version(asso, signed.id, BudgetStatus.AMENDMENT)
    view = budget_view(asso, draft)
    assert view is not None
    update_line(asso, next(r.id for r in view.lines if r.code == "3.1"), unit_cost_minor=1_920_00)
    dialog = CompareDialog(asso, 1, draft)
    qtbot.addWidget(dialog)
    rows = {r.code: r for r in dialog.model.rows}
    assert rows["3"].beyond and not rows["1"].beyond
    three = [h.code for h in dialog.model.rows].index("3")
    assert dialog.model.index(three, 5).data() == "143,5\u202f%"
    assert dialog.summary.text() == (
        "Des rubriques bougent de plus de 25\u202f% : le bailleur doit signer un avenant."
    )
