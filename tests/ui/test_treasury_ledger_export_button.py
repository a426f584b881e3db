"""The ledger page's "Export…" button writes what is filtered (in the background) and says
where in the status bar; the file name is proposed from the period."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.domain.entry import EntryKind
from desk.models import TreasuryAccount
from desk.services.browse.treasury import LedgerFilters
from desk.services.entry import EntryInput, create_entry
from desk.store import AssoFile, open_file
from desk.ui.pages.treasury import TreasuryPage
from desk.ui.treasury.ledger_export_action import default_name
from desk.ui.undo import forget


@pytest.fixture
def asso(asso_path: Path) -> Iterator[AssoFile]:
    asso = open_file(asso_path)
    with asso.unit_of_work() as s:
        caisse = s.scalar(select(TreasuryAccount.id).where(TreasuryAccount.name == "Caisse"))
    for day, label in ((5, "Bus"), (9, "Atelier"), (7, "Café")):
        create_entry(
            asso,
            EntryInput(
                kind=EntryKind.EXPENSE, date=date(2025, 3, day), amount_minor=1000 * day,
                label=label, treasury_account_id=caisse, category_code="6142",
            ),
        )  # fmt: skip
    yield asso
    forget(asso)
    asso.close()


def test_export_button_writes_what_is_filtered(
    qtbot: QtBot, asso: AssoFile, tmp_path: Path, french: None
) -> None:
    page = TreasuryPage(asso, today=date(2025, 6, 30))
    qtbot.addWidget(page)
    page.refresh()
    assert page.export_button.text() == "Exporter…"
    with qtbot.waitSignal(page.filter_bar.changed, timeout=5000):  # applied after typing
        page.filter_bar.search.setText("a")  # Atelier, Café (not Bus)
    messages: list[str] = []
    page.status_message.connect(messages.append)
    out = tmp_path / "journal.xlsx"
    page.export_ledger(out)
    qtbot.waitUntil(lambda: len(messages) == 2, timeout=10_000)
    assert messages == ["Export du journal…", f"Journal exporté : {out}"]
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Date", "N° de pièce", "Libellé")
    assert [r[2] for r in rows[1:-4]] == ["Café", "Atelier"]
    assert rows[-1][8] == -160  # net: -70 - 90 MAD


def test_default_name_follows_the_period() -> None:
    today = date(2026, 6, 30)
    assert default_name(LedgerFilters(), today) == "ledger-2026.xlsx"
    span = LedgerFilters(start=date(2025, 7, 1), end=date(2026, 6, 30))
    assert default_name(span, today) == "ledger-2025-2026.xlsx"
