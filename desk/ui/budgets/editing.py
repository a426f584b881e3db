"""From what the user typed in a cell of the builder to the undoable command that does it:
quantities and percentages parsed by the grant rules, amounts by desk.domain.money, each
refusal a DomainError naming the field (shown in French by the builder)."""

from __future__ import annotations

from desk.domain.budget_rules import parse_percent, parse_quantity
from desk.domain.enums import BudgetLineKind
from desk.domain.errors import DomainError, ErrorCode
from desk.domain.money import parse_money
from desk.services.browse.budgets import BudgetLineRow, BudgetView
from desk.services.budgets.funding import FundingState
from desk.store import AssoFile
from desk.ui.budgets import commands
from desk.ui.undo import ServiceCommand


def parse_amount(text: str, currency: str, field: str) -> int:
    """A positive amount typed in a cell, in minor units."""
    try:
        minor = parse_money(text, currency).minor
    except DomainError as error:
        raise DomainError(error.code, field=field, **error.params) from None
    if minor < 0:
        raise DomainError(ErrorCode.BUDGET_NEGATIVE_AMOUNT, field=field, value=text.strip())
    return minor


def funding_state(
    budget: BudgetView, row: BudgetLineRow, funder_id: int, text: str
) -> FundingState | None:
    """ "85 %" is a share, "1 200,00" an amount, nothing removes the funder from the line; the
    in-kind mark is kept."""
    if not text:
        return None
    in_kind = row.in_kind(funder_id)
    if text.endswith("%"):
        return FundingState(share_bp=parse_percent(text, "funding"), in_kind=in_kind)
    return FundingState(
        amount_minor=parse_amount(text, budget.currency, "funding"), in_kind=in_kind
    )


def command_for(
    asso: AssoFile, budget: BudgetView, row: BudgetLineRow, key: str, text: str, what: str
) -> ServiceCommand | None:
    """The command for `text` typed in column `key` of `row`; None for a column not edited."""
    text = text.strip()
    if key in ("code", "label", "unit"):
        return commands.EditLine(asso, row.id, {key: text}, what)
    if key == "quantity" and row.kind is BudgetLineKind.PERCENTAGE:
        return commands.EditLine(asso, row.id, {"percent_bp": parse_percent(text)}, what)
    if key == "quantity":
        return commands.EditLine(asso, row.id, {"quantity_milli": parse_quantity(text)}, what)
    if key == "duration":
        duration = parse_quantity(text, "duration") if text else None
        return commands.EditLine(asso, row.id, {"duration_milli": duration}, what)
    if key == "unit_cost":
        cost = parse_amount(text, budget.currency, "unit_cost")
        return commands.EditLine(asso, row.id, {"unit_cost_minor": cost}, what)
    if key.startswith("year:"):
        index = int(key.partition(":")[2])
        amounts: list[int | None] = [a or None for a in row.years]
        amounts += [None] * (budget.years - len(amounts))
        amounts[index - 1] = parse_amount(text, budget.currency, "years") if text else None
        return commands.SetYears(asso, row.id, tuple(amounts), what)
    if key.startswith("funder:"):
        funder_id = int(key.partition(":")[2])
        state = funding_state(budget, row, funder_id, text)
        return commands.SetFunding(asso, row.id, funder_id, state, what)
    return None
