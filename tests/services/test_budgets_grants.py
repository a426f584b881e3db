"""The grant record: creation and validation (French-facing codes), rules, instalments linked
to the income that paid them, monthly rates, and the eligibility check for entry forms."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from desk.domain.enums import RatePolicy
from desk.domain.errors import DomainError, ErrorCode
from desk.services.budgets.grant_ledger import check_eligible
from desk.services.budgets.grants import (
    GrantInput,
    add_funder,
    add_instalment,
    create_grant,
    delete_instalment,
    funders,
    grant,
    set_monthly_rate,
    update_grant,
    update_instalment,
)
from desk.store import AssoFile

BASE = GrantInput(
    code="UE-2027",
    title="Accès aux droits",
    start_date=date(2025, 3, 1),
    end_date=date(2026, 2, 28),
    currency="EUR",
    rate_policy=RatePolicy.FIXED,
    fixed_rate=Decimal("10.90"),
)


def test_create_and_update_a_grant(new_asso: AssoFile) -> None:
    funder = add_funder(new_asso, "Délégation de l'Union européenne", "UE")
    project = create_grant(new_asso, replace(BASE, funder_id=funder))
    view = grant(new_asso, project)
    assert view.funder_name == "Délégation de l'Union européenne"
    assert (view.data.indirect_cap_bp, view.data.contingency_cap_bp) == (700, 500)
    assert view.data.transfer_flex_bp == 2500 and view.data.fixed_rate == Decimal("10.90")
    before = update_grant(new_asso, project, replace(view.data, indirect_cap_bp=600))
    assert before.indirect_cap_bp == 700
    assert grant(new_asso, project).data.indirect_cap_bp == 600
    assert "UE" in [f[2] for f in funders(new_asso)]


@pytest.mark.parametrize(
    ("change", "code", "field"),
    [
        ({"fixed_rate": None}, ErrorCode.BUDGET_RATE_MISSING, "fixed_rate"),
        ({"end_date": date(2025, 1, 1)}, ErrorCode.BUDGET_PERIOD_ORDER, "end_date"),
        ({"indirect_cap_bp": 12_000}, ErrorCode.BUDGET_PERCENT_RANGE, "indirect_cap_bp"),
        ({"donor_share_bp": -1}, ErrorCode.BUDGET_PERCENT_RANGE, "donor_share_bp"),
        ({"currency": "XYZ"}, ErrorCode.MONEY_UNKNOWN_CURRENCY, "currency"),
        ({"title": " "}, ErrorCode.REQUIRED, "title"),
    ],
)
def test_bad_grants_are_refused(
    new_asso: AssoFile, change: dict[str, object], code: ErrorCode, field: str
) -> None:
    with pytest.raises(DomainError) as refused:
        create_grant(new_asso, replace(BASE, **change))  # type: ignore[arg-type]
    assert (refused.value.code, refused.value.field) == (code, field)
    assert grant_count(new_asso) == 0


def grant_count(asso: AssoFile) -> int:
    from sqlalchemy import func, select

    from desk.models import Project

    with asso.reader() as session:
        return int(session.scalar(select(func.count(Project.id))) or 0)


def test_instalments_and_link_to_income(
    demo_copy,
) -> None:  # type: ignore[no-untyped-def]
    from desk.store import open_file

    asso = open_file(demo_copy, auto_backup=False)
    try:
        view = grant(asso, 1)
        assert [(i.number, i.received_date) for i in view.instalments] == [
            (1, date(2025, 2, 10)),
            (2, None),
        ]
        new = add_instalment(asso, 1, date(2026, 9, 1), 1_000_00)
        update_instalment(
            asso, new, date(2026, 9, 15), 1_200_00, view.instalments[0].received_transaction_id
        )
        row = grant(asso, 1).instalments[-1]
        assert (row.number, row.amount_minor, row.received_date) == (3, 1_200_00, date(2025, 2, 10))
        with pytest.raises(DomainError) as negative:
            add_instalment(asso, 1, date(2026, 9, 1), -5)
        assert negative.value.code is ErrorCode.MONEY_NEGATIVE_NOT_ALLOWED
        delete_instalment(asso, new)
        assert len(grant(asso, 1).instalments) == 2
        set_monthly_rate(asso, 1, date(2025, 4, 17), Decimal("10.95"))
        assert grant(asso, 1).monthly_rates == ((date(2025, 4, 1), Decimal("10.95")),)
        with pytest.raises(DomainError):
            set_monthly_rate(asso, 1, date(2025, 4, 1), Decimal("0"))
        # the entry forms' check
        check_eligible(asso, 1, date(2025, 6, 1))
        with pytest.raises(DomainError) as outside:
            check_eligible(asso, 1, date(2026, 1, 5), "Taxi")
        assert outside.value.code is ErrorCode.BUDGET_OUTSIDE_GRANT_PERIOD
        assert outside.value.field == "date"
    finally:
        asso.close()
