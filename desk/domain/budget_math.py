"""Budget arithmetic: line totals, heading sums, percentage and subtotal lines, co-funding.

Pure functions over integer minor units, quantities in thousandths and percentages in basis
points (as stored). Every product is computed exactly on integers and rounded once, with the
same banker's rounding as `desk.domain.money`, so a budget never drifts by a float cent.

Rules (see DOMAIN.md, "Grants and budgets"):
- an amount line is quantity × unit cost (× duration);
- a line with children (a heading) is the sum of its children, subtotal lines excluded;
- a percentage line is a share of the direct costs that precede it among its siblings
  (EU line 8 "coûts indirects" = 7 % of lines 1-6; line 10 "imprévus" = 5 % of the same);
- a computed line is the running subtotal of the non-computed siblings before it
  (EU lines 7, 9, 11, 13).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal

from desk.domain.enums import BudgetLineKind

__all__ = [
    "FundingSpec",
    "LineSpec",
    "amount_total",
    "budget_total",
    "compute_totals",
    "divide_rounded",
    "funding_totals",
    "percent_of",
    "share_used",
]

_MILLI = 1000
_BASIS_POINTS = 10_000


@dataclass(frozen=True, slots=True)
class LineSpec:
    """What the arithmetic needs of a budget line; `parent_id` None for a top-level line.
    Lines are given in display order (position within their parent)."""

    id: int
    parent_id: int | None
    kind: BudgetLineKind
    quantity_milli: int = 0
    unit_cost_minor: int = 0
    duration_milli: int | None = None
    percent_bp: int | None = None


@dataclass(frozen=True, slots=True)
class FundingSpec:
    """Who pays what of a line: a fixed amount, or a share of the line in basis points."""

    line_id: int
    funder_id: int
    amount_minor: int | None = None
    share_bp: int | None = None


def divide_rounded(numerator: int, denominator: int) -> int:
    """`numerator / denominator` rounded half to even, exactly (no float, no precision limit)."""
    if denominator <= 0:
        raise ValueError("denominator must be positive")
    quotient, remainder = divmod(numerator, denominator)
    twice = 2 * remainder
    if twice > denominator or (twice == denominator and quotient % 2 == 1):
        quotient += 1
    return quotient


def amount_total(
    quantity_milli: int, unit_cost_minor: int, duration_milli: int | None = None
) -> int:
    """Quantity × unit cost (× duration), in minor units. 2.5 days × 300,00 × 1 = 750,00."""
    duration = _MILLI if duration_milli is None else duration_milli
    return divide_rounded(quantity_milli * unit_cost_minor * duration, _MILLI * _MILLI)


def percent_of(base_minor: int, percent_bp: int) -> int:
    """`percent_bp` basis points of `base_minor` (700 = 7 %), rounded half to even."""
    return divide_rounded(base_minor * percent_bp, _BASIS_POINTS)


def share_used(spent_minor: int, budget_minor: int) -> Decimal | None:
    """Spent / budget as an exact Decimal ratio (0.45 = 45 %); None when there is no budget."""
    if budget_minor <= 0:
        return None
    return (Decimal(spent_minor) / Decimal(budget_minor)).quantize(
        Decimal("0.0001"), rounding=ROUND_HALF_EVEN
    )


def _children(lines: Sequence[LineSpec]) -> dict[int | None, list[LineSpec]]:
    known = {line.id for line in lines}
    children: dict[int | None, list[LineSpec]] = defaultdict(list)
    for line in lines:
        # A line whose parent is missing is shown at the top rather than lost.
        parent = line.parent_id if line.parent_id in known else None
        children[parent].append(line)
    return children


def compute_totals(lines: Sequence[LineSpec]) -> dict[int, int]:
    """The total of every line, by id, following the rules of the module docstring."""
    children = _children(lines)
    totals: dict[int, int] = {}

    def evaluate(siblings: list[LineSpec], seen: frozenset[int]) -> None:
        running = 0  # non-computed siblings so far: the base of subtotal lines
        direct = 0  # amount lines and headings so far: the base of percentage lines
        for line in siblings:
            kids = [k for k in children.get(line.id, []) if k.id not in seen]
            if kids:
                evaluate(kids, seen | {line.id})
                total = sum(totals[k.id] for k in kids if k.kind is not BudgetLineKind.COMPUTED)
            elif line.kind is BudgetLineKind.AMOUNT:
                total = amount_total(line.quantity_milli, line.unit_cost_minor, line.duration_milli)
            elif line.kind is BudgetLineKind.PERCENTAGE:
                total = percent_of(direct, line.percent_bp or 0)
            elif line.kind is BudgetLineKind.COMPUTED:
                total = running
            else:  # an empty heading
                total = 0
            totals[line.id] = total
            if line.kind is not BudgetLineKind.COMPUTED:
                running += total
                if line.kind is not BudgetLineKind.PERCENTAGE:
                    direct += total

    evaluate(children.get(None, []), frozenset())
    return totals


def budget_total(lines: Sequence[LineSpec], totals: dict[int, int] | None = None) -> int:
    """The whole budget: the top-level lines, subtotal lines excluded."""
    totals = compute_totals(lines) if totals is None else totals
    children = _children(lines)
    return sum(
        totals[line.id]
        for line in children.get(None, [])
        if line.kind is not BudgetLineKind.COMPUTED
    )


def _split_shares(total: int, shares: Sequence[tuple[int, int]]) -> dict[int, int]:
    """Shares of `total` by cumulative rounding: the parts always add up to the rounded sum
    of the shares, and to `total` exactly when the shares make 100 %."""
    parts: dict[int, int] = {}
    cumulative_bp = 0
    previous = 0
    for funder_id, share_bp in shares:
        cumulative_bp += share_bp
        upto = percent_of(total, cumulative_bp)
        parts[funder_id] = parts.get(funder_id, 0) + upto - previous
        previous = upto
    return parts


def funding_totals(
    lines: Sequence[LineSpec],
    fundings: Sequence[FundingSpec],
    totals: dict[int, int] | None = None,
) -> dict[int, dict[int, int]]:
    """Per line, the amount each funder pays: the line's own funding rows if it has any, else
    the sum of its children's; subtotal lines take the running sum like their totals."""
    totals = compute_totals(lines) if totals is None else totals
    children = _children(lines)
    own: dict[int, list[FundingSpec]] = defaultdict(list)
    for funding in fundings:
        own[funding.line_id].append(funding)
    result: dict[int, dict[int, int]] = {}

    def add(into: dict[int, int], other: dict[int, int]) -> None:
        for funder_id, amount in other.items():
            into[funder_id] = into.get(funder_id, 0) + amount

    def evaluate(siblings: list[LineSpec], seen: frozenset[int]) -> None:
        running: dict[int, int] = {}
        for line in siblings:
            kids = [k for k in children.get(line.id, []) if k.id not in seen]
            if kids:
                evaluate(kids, seen | {line.id})
            parts: dict[int, int] = {}
            if line.kind is BudgetLineKind.COMPUTED and not kids:
                parts = dict(running)
            elif own.get(line.id):
                fixed = [f for f in own[line.id] if f.amount_minor is not None]
                for f in fixed:
                    parts[f.funder_id] = parts.get(f.funder_id, 0) + (f.amount_minor or 0)
                shared = [(f.funder_id, f.share_bp or 0) for f in own[line.id] if f.share_bp]
                add(parts, _split_shares(totals.get(line.id, 0), shared))
            else:
                for kid in kids:
                    if kid.kind is not BudgetLineKind.COMPUTED:
                        add(parts, result.get(kid.id, {}))
            result[line.id] = parts
            if line.kind is not BudgetLineKind.COMPUTED:
                add(running, parts)

    evaluate(children.get(None, []), frozenset())
    return result
