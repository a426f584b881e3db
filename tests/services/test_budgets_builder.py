"""The budget builder on the demo file: the EU budget of the demo project, editing lines with
undo-friendly results, co-funding, yearly amounts, versions and the operating budget."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desk.domain.budget_math import percent_of
from desk.domain.enums import BudgetLineKind, BudgetStatus, BudgetTemplate
from desk.domain.errors import DomainError, ErrorCode
from desk.services.browse.budgets import BudgetView, budget_view, project_budget
from desk.services.budgets.builder import LineInput, add_line, move_line, update_line
from desk.services.budgets.funding import FundingState, set_funding, set_line_years
from desk.services.budgets.operating import (
    estimate_from_last_year,
    operating_vs_actual,
    undo_estimate,
)
from desk.services.budgets.snapshots import delete_line, restore_lines
from desk.services.budgets.templates import complete_template, create_budget
from desk.services.budgets.versions import compare_versions, new_version, set_status, versions
from desk.store import AssoFile, open_file

JDF = 1  # project id of the demo's EUR grant


@pytest.fixture
def asso(demo_copy: Path) -> Iterator[AssoFile]:
    handle = open_file(demo_copy, auto_backup=False)
    yield handle
    handle.close()


def _view(asso: AssoFile, budget_id: int) -> BudgetView:
    view = budget_view(asso, budget_id)
    assert view is not None
    return view


def _by_code(view: BudgetView) -> dict[str, int]:
    return {row.code: row.total_minor for row in view.lines}


def eu_draft(asso: AssoFile) -> int:
    """The demo's signed JDF budget copied into a draft and completed to the EU layout."""
    signed = project_budget(asso, JDF)
    assert signed is not None and signed.status is BudgetStatus.SIGNED
    draft = new_version(asso, signed.id)
    complete_template(asso, draft)
    return draft


def test_eu_budget_of_the_demo_project(asso: AssoFile) -> None:
    draft = eu_draft(asso)
    view = _view(asso, draft)
    top = [row.code for row in view.lines if row.parent_id is None]
    assert top == [str(n) for n in range(1, 14)]
    totals = _by_code(view)
    direct = sum(totals[c] for c in "123456")
    assert totals["7"] == direct == 9_730_00
    assert totals["8"] == percent_of(totals["7"], 700) <= totals["7"] * 7 // 100
    assert totals["9"] == totals["7"] + totals["8"]
    assert totals["11"] == totals["9"] + totals["10"]
    assert totals["13"] == view.total_minor == totals["11"] + totals["12"]
    caps = [f for f in view.findings if f.error.code is ErrorCode.BUDGET_CAP_EXCEEDED]
    assert caps == []
    # Raising line 8 above the cap is accepted but flagged on line 8.
    line8 = next(r for r in view.lines if r.code == "8")
    update_line(asso, line8.id, percent_bp=800)
    view = _view(asso, draft)
    caps = [f for f in view.findings if f.error.code is ErrorCode.BUDGET_CAP_EXCEEDED]
    assert [(f.line_id, f.error.params["percent"]) for f in caps] == [(line8.id, "8\u202f%")]
    assert next(r for r in view.lines if r.code == "8").findings == tuple(caps)


def test_signed_budget_is_frozen_and_read_only_file_refuses(
    asso: AssoFile, demo_copy: Path
) -> None:
    signed = project_budget(asso, JDF)
    assert signed is not None and not signed.editable
    with pytest.raises(DomainError) as frozen:
        update_line(asso, signed.lines[2].id, quantity_milli=1000)
    assert frozen.value.code is ErrorCode.BUDGET_NOT_EDITABLE
    assert frozen.value.params == {"status": "signé"}
    asso.close()
    reader = open_file(demo_copy, read_only=True)
    try:
        with pytest.raises(DomainError) as refused:
            create_budget(reader, template=BudgetTemplate.FREE, project_id=JDF)
        assert refused.value.code is ErrorCode.FILE_READ_ONLY
    finally:
        reader.close()


def test_add_edit_move_delete_and_restore_lines(asso: AssoFile) -> None:
    draft = eu_draft(asso)
    codes = {row.code: row.id for row in _view(asso, draft).lines}
    heading = codes["4"]
    new = add_line(
        asso,
        draft,
        LineInput(
            "", "Loyer du bureau", unit="par mois", quantity_milli=12_000, unit_cost_minor=150_00
        ),
        parent_id=heading,
    )
    view = _view(asso, draft)
    row = next(r for r in view.lines if r.id == new)
    assert (row.code, row.level, row.total_minor) == ("4.1", 2, 1_800_00)
    assert _by_code(view)["4"] == 1_800_00
    assert _by_code(view)["7"] == 9_730_00 + 1_800_00
    before = update_line(asso, new, quantity_milli=6_000)
    assert before == {"quantity_milli": 12_000}
    assert _by_code(_view(asso, draft))["4.1"] == 900_00
    with pytest.raises(DomainError) as negative:
        update_line(asso, new, quantity_milli=-1000)
    assert negative.value.code is ErrorCode.BUDGET_NEGATIVE_QUANTITY
    with pytest.raises(DomainError) as taken:
        update_line(asso, new, code="1.1")
    assert taken.value.code is ErrorCode.BUDGET_CODE_TAKEN
    # three levels at most
    deep = codes["1.1.1"]
    with pytest.raises(DomainError) as too_deep:
        add_line(asso, draft, LineInput("", "Trop profond"), parent_id=deep)
    assert too_deep.value.code is ErrorCode.BUDGET_TOO_DEEP
    # move under heading 6, then back
    was = move_line(asso, new, codes["6"], 0)
    assert was == (heading, 0)
    moved = _by_code(_view(asso, draft))
    assert (moved["4"], moved["6"]) == (0, 900_00)
    move_line(asso, new, *was)
    # delete and restore keep the id and the co-funding
    set_funding(asso, new, 2, FundingState(share_bp=10_000))
    snapshot = delete_line(asso, new)
    assert new not in {r.id for r in _view(asso, draft).lines}
    restore_lines(asso, snapshot)
    row = next(r for r in _view(asso, draft).lines if r.id == new)
    assert row.funding(2) == 900_00 and row.code == "4.1"


def test_a_line_with_expenses_cannot_be_deleted(asso: AssoFile) -> None:
    signed = project_budget(asso, JDF)
    assert signed is not None
    set_status(asso, signed.id, BudgetStatus.DRAFT)
    with pytest.raises(DomainError) as used:
        delete_line(asso, next(r.id for r in signed.lines if r.code == "1.1.1"))
    assert used.value.code is ErrorCode.BUDGET_LINE_USED
    assert used.value.params["count"] > 0


def test_cofunding_amounts_shares_and_in_kind(asso: AssoFile) -> None:
    draft = eu_draft(asso)
    line = next(r for r in _view(asso, draft).lines if r.code == "3.1")  # 420,00 EUR
    assert dict(line.fundings) == {2: 357_00, 1: 63_00}
    before = set_funding(asso, line.id, 1, FundingState(amount_minor=50_00, in_kind=True))
    assert before == FundingState(share_bp=1500)
    row = next(r for r in _view(asso, draft).lines if r.id == line.id)
    assert row.in_kind(1) and row.funding(1) == 50_00
    mismatch = [f for f in row.findings if f.error.code is ErrorCode.BUDGET_FUNDING_MISMATCH]
    assert mismatch[0].error.params == {
        "line": "3.1",
        "funded": "407,00\u00a0EUR",
        "total": "420,00\u00a0EUR",
    }
    with pytest.raises(DomainError) as over:
        set_funding(asso, line.id, 2, FundingState(share_bp=12_000))
    assert over.value.code is ErrorCode.BUDGET_PERCENT_RANGE


def test_yearly_columns(asso: AssoFile) -> None:
    budget = create_budget(asso, template=BudgetTemplate.EU, project_id=2, years=2)
    heading = next(r.id for r in _view(asso, budget).lines if r.code == "1")
    line = add_line(
        asso,
        budget,
        LineInput("", "Formatrice", quantity_milli=10_000, unit_cost_minor=1_000_00),
        heading,
    )
    set_line_years(asso, line, [6_000_00, 4_000_00])
    view = _view(asso, budget)
    rows = {r.code: r for r in view.lines}
    assert rows["1.1"].years == (6_000_00, 4_000_00)
    assert rows["1"].years == (6_000_00, 4_000_00)
    assert rows["7"].years == (6_000_00, 4_000_00)
    assert rows["8"].years == (420_00, 280_00)
    set_line_years(asso, line, [6_000_00, 3_000_00])
    found = [f.error.code for f in _view(asso, budget).findings if f.line_id == line]
    assert ErrorCode.BUDGET_YEARS_MISMATCH in found


def test_versions_and_comparison(asso: AssoFile) -> None:
    signed = project_budget(asso, JDF)
    assert signed is not None
    draft = new_version(asso, signed.id, BudgetStatus.AMENDMENT)
    assert [v.version for v in versions(asso, JDF)] == [2, 1]
    # heading 3 (4 620,00) grows by 1 500,00: 32 %, beyond 25 %
    line = next(r for r in _view(asso, draft).lines if r.code == "3.1")
    update_line(asso, line.id, unit_cost_minor=1_920_00)
    comparison = compare_versions(asso, signed.id, draft)
    three = next(h for h in comparison.headings if h.code == "3")
    assert (three.before_minor, three.after_minor, three.beyond) == (1_045_00, 2_545_00, True)
    assert comparison.needs_amendment
    assert not next(h for h in comparison.headings if h.code == "1").beyond


def test_operating_budget_estimated_from_last_year(asso: AssoFile) -> None:
    budget_2026 = 4
    draft = new_version(asso, budget_2026)
    before = {r.code: r.total_minor for r in _view(asso, draft).lines}
    actual_2025 = {
        r.line.account_id: r.actual_minor
        for r in operating_vs_actual(asso, 3).lines
        if r.line.account_id
    }
    undo = estimate_from_last_year(asso, draft)
    view = _view(asso, draft)
    for row in view.lines:
        if row.account_id in actual_2025 and actual_2025[row.account_id] > 0:
            assert row.total_minor == actual_2025[row.account_id], row.code
    assert undo.added or undo.changed
    undo_estimate(asso, undo)
    assert {r.code: r.total_minor for r in _view(asso, draft).lines} == before


def test_no_previous_year(asso: AssoFile) -> None:
    draft = new_version(asso, 3)  # 2025 is the first year
    with pytest.raises(DomainError) as none:
        estimate_from_last_year(asso, draft)
    assert none.value.code is ErrorCode.BUDGET_NO_PREVIOUS_YEAR


def test_new_operating_budget_has_income_and_expense_headings(asso: AssoFile) -> None:
    budget = create_budget(asso, template=BudgetTemplate.OPERATING, financial_year_id=2)
    view = _view(asso, budget)
    assert [(r.code, r.kind) for r in view.lines] == [
        ("P", BudgetLineKind.HEADING),
        ("C", BudgetLineKind.HEADING),
    ]
    assert view.status is BudgetStatus.DRAFT and view.version == 2


def test_number_of_years_drops_amounts_beyond(asso: AssoFile) -> None:
    from desk.services.budgets.templates import set_years

    budget = create_budget(asso, template=BudgetTemplate.FREE, project_id=2, years=3)
    assert _view(asso, budget).lines == ()  # the free template starts empty
    line = add_line(
        asso, budget, LineInput("", "Formatrice", quantity_milli=1000, unit_cost_minor=900_00)
    )
    set_line_years(asso, line, [300_00, 300_00, 300_00])
    assert set_years(asso, budget, 2) == 3
    row = _view(asso, budget).lines[0]
    assert row.years == (300_00, 300_00)
    assert [f.error.code for f in row.findings] == [ErrorCode.BUDGET_YEARS_MISMATCH]
    with pytest.raises(DomainError):
        set_years(asso, budget, 0)
