"""Tests of desk.services.setup: a new file has its chart, treasury accounts, year, own-funds
funder and logframe templates."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desk.domain.enums import AccountKind, FunderKind, TreasuryKind
from desk.domain.errors import DomainError, ErrorCode
from desk.models import (
    Account,
    FinancialYear,
    Funder,
    LogframeTemplate,
    Organisation,
    TreasuryAccount,
)
from desk.services.setup import NewAssociation, new_association
from desk.store import AssoFile


def test_chart_has_treasury_and_plain_named_categories(new_asso: AssoFile) -> None:
    with new_asso.reader() as session:
        accounts = {a.code: a for a in session.scalars(select(Account))}
    assert accounts["5141"].plain_name == "Banque"
    assert accounts["5141"].kind is AccountKind.TREASURY
    assert accounts["5161"].plain_name == "Caisse"
    expenses = [a for a in accounts.values() if a.code.startswith("6") and a.is_category]
    incomes = [a for a in accounts.values() if a.code.startswith("7") and a.is_category]
    assert {a.kind for a in expenses} == {AccountKind.EXPENSE}
    assert {a.kind for a in incomes} == {AccountKind.INCOME}
    assert accounts["6147"].plain_name == "Frais bancaires"
    assert accounts["7181"].plain_name == "Cotisations des membres"
    # Every category a treasurer picks has a plain name, distinct from its code.
    assert all(a.plain_name and a.plain_name != a.code for a in expenses + incomes)


def test_treasury_year_funder_and_templates(new_asso: AssoFile) -> None:
    with new_asso.reader() as session:
        treasury = {t.kind: t for t in session.scalars(select(TreasuryAccount))}
        assert treasury[TreasuryKind.CASH].account.code == "5161"
        assert treasury[TreasuryKind.BANK].account.code == "5141"
        year = session.scalars(select(FinancialYear)).one()
        assert (year.label, str(year.start_date), str(year.end_date)) == (
            "2025",
            "2025-01-01",
            "2025-12-31",
        )
        own = session.scalars(select(Funder)).one()
        assert own.kind is FunderKind.OWN_FUNDS
        templates = {t.name: t for t in session.scalars(select(LogframeTemplate))}
        assert [level.code_prefix for level in templates["UE 2004"].levels] == [
            "OG",
            "OS",
            "R",
            "A",
        ]
        assert [level.depth for level in templates["UE 2016"].levels] == [0, 1, 2, 3]
        assert session.get_one(Organisation, 1).base_currency == "MAD"


def test_an_empty_name_is_refused_and_no_file_is_left(tmp_path: Path) -> None:
    path = tmp_path / "x.assodesk"
    with pytest.raises(DomainError) as caught:
        new_association(path, NewAssociation(name="  "))
    assert caught.value.code is ErrorCode.REQUIRED
    assert not path.exists()
