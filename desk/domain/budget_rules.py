"""A grant's rules, as pure functions: input validation of budget lines, the EU caps (indirect
costs at most 7 % and contingency at most 5 % of the direct costs), co-funding that must add up
to the line total, the transfer flexibility between two budget versions, and the rate policy
that converts an actual expense from the base currency into the grant's currency.

Findings are `DomainError`s (a code, the line at fault, parameters): the UI and the exports turn
them into sentences with `describe_error`, like any refusal.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from desk.domain.budget_math import FundingSpec, divide_rounded, percent_of
from desk.domain.enums import BudgetLineKind, BudgetTemplate, RatePolicy
from desk.domain.errors import DomainError, ErrorCode
from desk.domain.periods import month_start

__all__ = [
    "EU_CONTINGENCY",
    "EU_INDIRECT",
    "Finding",
    "GrantRules",
    "HeadingChange",
    "RateTable",
    "RuleLine",
    "cap_findings",
    "compare_headings",
    "funding_findings",
    "parse_percent",
    "parse_quantity",
    "parse_rate",
    "to_grant_currency",
    "transfer_findings",
    "validate_line_values",
    "validate_share",
]

BASIS_POINTS = 10_000
EU_INDIRECT = "8"  # "coûts indirects", at most indirect_cap of line 7
EU_CONTINGENCY = "10"  # "réserve pour imprévus", at most contingency_cap of line 7


@dataclass(frozen=True, slots=True)
class GrantRules:
    """The caps of a grant, in basis points (700 = 7 %)."""

    indirect_cap_bp: int = 700
    contingency_cap_bp: int = 500
    transfer_flex_bp: int = 2500


@dataclass(frozen=True, slots=True)
class RuleLine:
    """What the checks need of a line, in display order (depth first)."""

    id: int
    parent_id: int | None
    code: str
    label: str
    kind: BudgetLineKind
    total_minor: int


@dataclass(frozen=True, slots=True)
class Finding:
    """A rule broken by line `line_id` (None: the whole budget). `error.code` says which."""

    line_id: int | None
    error: DomainError
    blocking: bool = True  # False for advice (a line linked to no activity)


def _percent_text(bp: int) -> str:
    """Basis points as a short percentage for messages: 700 -> "7 %", 725 -> "7,25 %"."""
    whole, rest = divmod(bp, 100)
    text = str(whole) if rest == 0 else f"{whole},{rest:02d}".rstrip("0")
    return f"{text}\u202f%"


def validate_line_values(
    *,
    quantity_milli: int | None = None,
    unit_cost_minor: int | None = None,
    duration_milli: int | None = None,
    percent_bp: int | None = None,
) -> None:
    """Refuse a negative quantity, unit cost or duration and a percentage outside 0-100 %."""
    for name, value in (("quantity", quantity_milli), ("duration", duration_milli)):
        if value is not None and value < 0:
            raise DomainError(
                ErrorCode.BUDGET_NEGATIVE_QUANTITY, field=name, value=_milli_text(value)
            )
    if unit_cost_minor is not None and unit_cost_minor < 0:
        raise DomainError(
            ErrorCode.BUDGET_NEGATIVE_AMOUNT,
            field="unit_cost",
            value=_plain_amount(unit_cost_minor),
        )
    if percent_bp is not None:
        validate_share(percent_bp, "percent")


def validate_share(share_bp: int, field_name: str = "share") -> None:
    if not 0 <= share_bp <= BASIS_POINTS:
        raise DomainError(
            ErrorCode.BUDGET_PERCENT_RANGE, field=field_name, value=_percent_text(share_bp)
        )


def _milli_text(value: int) -> str:
    whole, rest = divmod(abs(value), 1000)
    text = str(whole) if rest == 0 else f"{whole},{rest:03d}".rstrip("0")
    return f"-{text}" if value < 0 else text


def _plain_amount(minor: int) -> str:
    sign = "-" if minor < 0 else ""
    whole, cents = divmod(abs(minor), 100)
    return f"{sign}{whole},{cents:02d}"


def _direct_before(lines: Sequence[RuleLine], index: int) -> int:
    """Direct costs preceding top-level line `index`: amount lines and headings, neither
    percentage nor computed lines (EU line 7 = headings 1 to 6)."""
    return sum(
        line.total_minor
        for line in lines[:index]
        if line.parent_id is None and line.kind in (BudgetLineKind.AMOUNT, BudgetLineKind.HEADING)
    )


def cap_findings(
    lines: Sequence[RuleLine], rules: GrantRules, template: BudgetTemplate
) -> list[Finding]:
    """EU layout: line 8 at most `indirect_cap` and line 10 at most `contingency_cap` of the
    direct costs before them."""
    if template is not BudgetTemplate.EU:
        return []
    top = [line for line in lines if line.parent_id is None]
    caps = {EU_INDIRECT: rules.indirect_cap_bp, EU_CONTINGENCY: rules.contingency_cap_bp}
    findings = []
    for index, line in enumerate(top):
        cap = caps.get(line.code)
        if cap is None:
            continue
        direct = _direct_before(top, index)
        if line.total_minor > percent_of(direct, cap):
            share = divide_rounded(line.total_minor * BASIS_POINTS, direct) if direct else 0
            error = DomainError(
                ErrorCode.BUDGET_CAP_EXCEEDED,
                field="total",
                line=line.code,
                label=line.label,
                percent=_percent_text(share) if direct else "∞",
                cap=_percent_text(cap),
            )
            findings.append(Finding(line.id, error))
    return findings


def funding_findings(
    lines: Sequence[RuleLine],
    fundings: Sequence[FundingSpec],
    funded: Mapping[int, Mapping[int, int]],
    format_amount: Callable[[int], str] | None = None,
) -> list[Finding]:
    """Lines whose own co-funding rows do not add up to their total; and priced lines without
    any co-funding row when the budget has co-funding elsewhere. `funded`: per line, what each
    funder pays (budget_math.funding_totals)."""
    if not fundings:
        return []
    with_rows = {f.line_id for f in fundings}
    parents = {line.parent_id for line in lines}
    findings = []
    for line in lines:
        own = line.id in with_rows
        priced = (BudgetLineKind.AMOUNT, BudgetLineKind.PERCENTAGE)
        leaf = line.id not in parents and line.kind in priced
        if not own and not (leaf and line.total_minor):
            continue
        paid = sum(funded.get(line.id, {}).values())
        if paid != line.total_minor:
            fmt = format_amount or _plain_amount
            error = DomainError(
                ErrorCode.BUDGET_FUNDING_MISMATCH,
                field="funding",
                line=line.code,
                funded=fmt(paid),
                total=fmt(line.total_minor),
            )
            findings.append(Finding(line.id, error))
    return findings


@dataclass(frozen=True, slots=True)
class HeadingChange:
    """A heading of two versions: before, after, change and whether it needs an amendment."""

    code: str
    label: str
    before_minor: int
    after_minor: int
    change_bp: int | None  # of `before`; None for a new heading
    beyond: bool

    @property
    def delta_minor(self) -> int:
        return self.after_minor - self.before_minor


def compare_headings(
    before: Sequence[tuple[str, str, int]],
    after: Sequence[tuple[str, str, int]],
    flex_bp: int,
) -> list[HeadingChange]:
    """Headings (code, label, total) of two versions matched by code: a heading moved by more
    than `flex_bp` of its first amount (or a heading added or removed) is `beyond`."""
    old = {code: (label, total) for code, label, total in before}
    new = {code: (label, total) for code, label, total in after}
    codes = [code for code, _, _ in before] + [c for c, _, _ in after if c not in old]
    result = []
    for code in codes:
        label, was = old.get(code, ("", 0))
        label, now = new.get(code, (label, 0))
        if not label:
            label = old.get(code, ("", 0))[0]
        change = divide_rounded(abs(now - was) * BASIS_POINTS, was) if was else None
        beyond = (now != was) if change is None else change > flex_bp
        result.append(HeadingChange(code, label, was, now, change, beyond))
    return result


def transfer_findings(changes: Sequence[HeadingChange], flex_bp: int) -> list[Finding]:
    return [
        Finding(
            None,
            DomainError(
                ErrorCode.BUDGET_TRANSFER_BEYOND_FLEX,
                line=c.code,
                percent=_percent_text(c.change_bp) if c.change_bp is not None else "∞",
                cap=_percent_text(flex_bp),
            ),
        )
        for c in changes
        if c.beyond
    ]


@dataclass(frozen=True)
class RateTable:
    """How a grant converts the base currency (MAD) into its own currency: `rate` base units
    per unit of the grant currency, by policy."""

    policy: RatePolicy
    currency: str
    fixed: Decimal | None = None
    transfers: tuple[tuple[date, Decimal], ...] = ()  # received transfers, by date
    monthly: Mapping[date, Decimal] = field(default_factory=dict)  # first day of month -> rate

    def rate_on(self, day: date) -> Decimal:
        """The rate applying to an expense of `day`; DomainError when there is none."""
        rate: Decimal | None = None
        if self.policy is RatePolicy.FIXED:
            rate = self.fixed
        elif self.policy is RatePolicy.PER_TRANSFER:
            # The last transfer received by that day; before the first one, the first one.
            days = [d for d, _ in self.transfers]
            if days:
                rate = self.transfers[max(bisect_right(days, day) - 1, 0)][1]
        else:
            rate = self.monthly.get(month_start(day))
        if rate is None or not rate.is_finite() or rate <= 0:
            raise DomainError(
                ErrorCode.BUDGET_RATE_MISSING, field="rate", currency=self.currency, date=day
            )
        return rate

    def bucket(self, day: date) -> date:
        """Expenses of the same bucket share one rate: converted once, on their sum."""
        if self.policy is RatePolicy.FIXED:
            return date.min
        if self.policy is RatePolicy.MONTHLY:
            return month_start(day)
        days = [d for d, _ in self.transfers]
        index = max(bisect_right(days, day) - 1, 0)
        return days[index] if days else date.min


def parse_rate(text: str) -> Decimal:
    """A rate typed by the treasurer ("10,85" or "10.85"), positive."""
    try:
        rate = Decimal(text.strip().replace("\u202f", "").replace(" ", "").replace(",", "."))
    except InvalidOperation:
        raise DomainError(ErrorCode.MONEY_INVALID, field="rate", text=text) from None
    if not rate.is_finite() or rate <= 0:
        raise DomainError(ErrorCode.MONEY_INVALID, field="rate", text=text)
    return rate


def to_grant_currency(base_minor: int, rate: Decimal, digits_shift: int = 0) -> int:
    """`base_minor` (MAD centimes) in the grant currency's minor units at `rate` MAD per unit,
    rounded half to even once. `digits_shift`: the grant currency's minor digits minus the
    base currency's (0 for EUR against MAD)."""
    numerator, denominator = rate.as_integer_ratio()
    if digits_shift >= 0:
        return divide_rounded(base_minor * denominator * 10**digits_shift, numerator)
    return divide_rounded(base_minor * denominator, numerator * 10**-digits_shift)


def _decimal(text: str, field_name: str) -> Decimal:
    cleaned = text.strip().replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
    cleaned = cleaned.replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise DomainError(ErrorCode.INVALID_VALUE, field=field_name, text=text) from None
    if not value.is_finite():
        raise DomainError(ErrorCode.INVALID_VALUE, field=field_name, text=text)
    return value


def parse_quantity(text: str, field_name: str = "quantity") -> int:
    """A quantity or duration typed in the builder ("12", "2,5") in thousandths; refused when
    negative or finer than a thousandth."""
    value = _decimal(text or "0", field_name)
    if value < 0:
        raise DomainError(ErrorCode.BUDGET_NEGATIVE_QUANTITY, field=field_name, value=text.strip())
    milli = value * 1000
    if milli != milli.to_integral_value():
        raise DomainError(ErrorCode.INVALID_VALUE, field=field_name, text=text)
    return int(milli)


def parse_percent(text: str, field_name: str = "percent") -> int:
    """A percentage typed as "7", "7,5" or "7,5 %" in basis points; refused outside 0-100 %."""
    value = _decimal(text.replace("%", ""), field_name)
    bp = value * 100
    if bp != bp.to_integral_value():
        raise DomainError(ErrorCode.INVALID_VALUE, field=field_name, text=text)
    if not 0 <= bp <= BASIS_POINTS:
        raise DomainError(ErrorCode.BUDGET_PERCENT_RANGE, field=field_name, value=text.strip())
    return int(bp)
