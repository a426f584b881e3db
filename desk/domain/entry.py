"""Plain-language entries and the double entry they mean (pure rules, no storage).

The treasurer says "I paid 350 MAD of transport from the caisse"; `legs_for` turns what was
said into balanced legs (account code, signed amount: debit > 0, credit < 0), and
`describe_legs` reads legs back into the same words so that an entry can be edited.

Kinds and their legs (X = amount, parts = the categories/budget lines it is split over):

- expense: each part debits its category; the treasury account is credited X.
- income: the treasury account is debited X; each part credits its category.
- transfer: the destination treasury account is debited X, the source credited X.
- member_advance: 3481 (member advances) debited X; the treasury account credited X.
- advance_settlement: the member brings receipts for the parts (each debits its category) and
  returns `returned` in cash (the treasury account debited); 3481 is credited the sum.
- member_reimbursement: the member paid the parts out of pocket (each debits its category,
  4488 credited: the association owes it); when a treasury account is given the member is
  repaid at once (4488 debited, the treasury credited). Without parts, it repays an earlier
  debt (4488 debited, treasury credited).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from desk.domain.chart import MEMBER_ADVANCES_ACCOUNT, MEMBERS_PAYABLE_ACCOUNT
from desk.domain.enums import TransactionKind
from desk.domain.errors import DomainError, ErrorCode


class EntryKind(StrEnum):
    EXPENSE = "expense"
    INCOME = "income"
    TRANSFER = "transfer"
    MEMBER_ADVANCE = "member_advance"
    ADVANCE_SETTLEMENT = "advance_settlement"
    MEMBER_REIMBURSEMENT = "member_reimbursement"


TRANSACTION_KIND: dict[EntryKind, TransactionKind] = {
    EntryKind.EXPENSE: TransactionKind.EXPENSE,
    EntryKind.INCOME: TransactionKind.INCOME,
    EntryKind.TRANSFER: TransactionKind.TRANSFER,
    EntryKind.MEMBER_ADVANCE: TransactionKind.ADVANCE,
    EntryKind.ADVANCE_SETTLEMENT: TransactionKind.ADVANCE_SETTLEMENT,
    EntryKind.MEMBER_REIMBURSEMENT: TransactionKind.REIMBURSEMENT,
}
ENTRY_KIND = {value: key for key, value in TRANSACTION_KIND.items()}
# Kinds whose parts are categories (an expense or income account each).
WITH_CATEGORIES = (
    EntryKind.EXPENSE,
    EntryKind.INCOME,
    EntryKind.ADVANCE_SETTLEMENT,
    EntryKind.MEMBER_REIMBURSEMENT,
)


@dataclass(frozen=True, slots=True)
class Part:
    """One share of an entry: its amount (> 0) and where it is booked."""

    amount_minor: int
    category_code: str = ""
    project_id: int | None = None
    budget_line_id: int | None = None
    activity_id: int | None = None
    memo: str = ""


@dataclass(frozen=True, slots=True)
class Leg:
    account_code: str
    amount_minor: int  # debit > 0, credit < 0
    project_id: int | None = None
    budget_line_id: int | None = None
    activity_id: int | None = None
    memo: str = ""


def remainder(total_minor: int, parts: Sequence[Part]) -> int:
    """What is left to split: the amount minus the parts typed so far (0 when done)."""
    return total_minor - sum(p.amount_minor for p in parts)


def _check_parts(total: int, parts: Sequence[Part], required: bool) -> None:
    if required and not parts:
        raise DomainError(ErrorCode.REQUIRED, field="category")
    for index, part in enumerate(parts):
        if part.amount_minor <= 0:
            raise DomainError(ErrorCode.MONEY_NEGATIVE_NOT_ALLOWED, field=f"parts[{index}]")
        if not part.category_code:
            field = "category" if len(parts) == 1 else f"parts[{index}]"
            raise DomainError(ErrorCode.REQUIRED, field=field)
    left = remainder(total, parts)
    if parts and left:
        raise DomainError(ErrorCode.ENTRY_SPLIT_REMAINDER, field="parts", remainder=left)


def _part_legs(parts: Sequence[Part], sign: int) -> list[Leg]:
    return [
        Leg(
            p.category_code,
            sign * p.amount_minor,
            p.project_id,
            p.budget_line_id,
            p.activity_id,
            p.memo,
        )
        for p in parts
    ]


def legs_for(
    kind: EntryKind,
    amount_minor: int,
    treasury_code: str | None,
    parts: Sequence[Part] = (),
    *,
    to_treasury_code: str | None = None,
    returned_minor: int = 0,
) -> list[Leg]:
    """The balanced legs of an entry described in plain words (see the module docstring)."""
    if isinstance(amount_minor, bool) or not isinstance(amount_minor, int):
        raise DomainError(ErrorCode.MONEY_FLOAT_REFUSED, field="amount")
    if amount_minor < 0 or returned_minor < 0:
        raise DomainError(ErrorCode.MONEY_NEGATIVE_NOT_ALLOWED, field="amount")
    needs_amount = kind is not EntryKind.ADVANCE_SETTLEMENT or not returned_minor
    if amount_minor == 0 and needs_amount:
        raise DomainError(ErrorCode.MONEY_EMPTY, field="amount")
    needs_treasury = kind is not EntryKind.MEMBER_REIMBURSEMENT and (
        kind is not EntryKind.ADVANCE_SETTLEMENT or returned_minor
    )
    if needs_treasury and not treasury_code:
        raise DomainError(ErrorCode.REQUIRED, field="treasury")
    if kind is EntryKind.EXPENSE:
        _check_parts(amount_minor, parts, True)
        return [*_part_legs(parts, 1), Leg(str(treasury_code), -amount_minor)]
    if kind is EntryKind.INCOME:
        _check_parts(amount_minor, parts, True)
        return [Leg(str(treasury_code), amount_minor), *_part_legs(parts, -1)]
    if kind is EntryKind.TRANSFER:
        if not to_treasury_code:
            raise DomainError(ErrorCode.REQUIRED, field="to_treasury")
        if to_treasury_code == treasury_code:
            raise DomainError(ErrorCode.ENTRY_SAME_ACCOUNT, field="to_treasury")
        return [Leg(to_treasury_code, amount_minor), Leg(str(treasury_code), -amount_minor)]
    if kind is EntryKind.MEMBER_ADVANCE:
        first = parts[0] if parts else Part(amount_minor)
        return [
            Leg(MEMBER_ADVANCES_ACCOUNT, amount_minor, first.project_id, first.budget_line_id,
                first.activity_id),
            Leg(str(treasury_code), -amount_minor),
        ]  # fmt: skip
    if kind is EntryKind.ADVANCE_SETTLEMENT:
        _check_parts(amount_minor, parts, amount_minor > 0)
        legs = _part_legs(parts, 1)
        if returned_minor:
            legs.append(Leg(str(treasury_code), returned_minor))
        legs.append(Leg(MEMBER_ADVANCES_ACCOUNT, -(amount_minor + returned_minor)))
        return legs
    # member reimbursement
    _check_parts(amount_minor, parts, False)
    if not parts and not treasury_code:
        raise DomainError(ErrorCode.REQUIRED, field="category")
    legs = []
    if parts:
        legs += [*_part_legs(parts, 1), Leg(MEMBERS_PAYABLE_ACCOUNT, -amount_minor)]
    if treasury_code:
        legs += [Leg(MEMBERS_PAYABLE_ACCOUNT, amount_minor), Leg(treasury_code, -amount_minor)]
    return legs


@dataclass(frozen=True, slots=True)
class Described:
    """Legs read back as plain words (what the entry form shows to edit them)."""

    kind: EntryKind
    amount_minor: int
    treasury_code: str | None
    parts: tuple[Part, ...]
    to_treasury_code: str | None = None
    returned_minor: int = 0


def describe_legs(
    kind: TransactionKind, legs: Sequence[Leg], treasury_codes: set[str]
) -> Described | None:
    """The plain description of `legs` (a transaction of `kind`), or None when they do not
    have a shape the forms know (an opening balance, a hand-made adjustment…)."""
    entry = ENTRY_KIND.get(kind)
    if entry is None:
        return None
    treasury = [leg for leg in legs if leg.account_code in treasury_codes]
    advances = [leg for leg in legs if leg.account_code == MEMBER_ADVANCES_ACCOUNT]
    payable = [leg for leg in legs if leg.account_code == MEMBERS_PAYABLE_ACCOUNT]
    others = [leg for leg in legs if leg not in treasury and leg not in advances + payable]

    def parts(sign: int) -> tuple[Part, ...]:
        return tuple(
            Part(sign * leg.amount_minor, leg.account_code, leg.project_id, leg.budget_line_id,
                 leg.activity_id, leg.memo)
            for leg in others
        )  # fmt: skip

    try:
        if entry is EntryKind.EXPENSE and len(treasury) == 1 and others:
            return Described(entry, -treasury[0].amount_minor, treasury[0].account_code, parts(1))
        if entry is EntryKind.INCOME and len(treasury) == 1 and others:
            return Described(entry, treasury[0].amount_minor, treasury[0].account_code, parts(-1))
        if entry is EntryKind.TRANSFER and len(treasury) == 2 and not others:
            to, source = sorted(treasury, key=lambda leg: -leg.amount_minor)
            return Described(
                entry, to.amount_minor, source.account_code, (), to_treasury_code=to.account_code
            )
        if entry is EntryKind.MEMBER_ADVANCE and len(treasury) == 1 and len(advances) == 1:
            a = advances[0]
            part = Part(a.amount_minor, "", a.project_id, a.budget_line_id, a.activity_id)
            return Described(entry, a.amount_minor, treasury[0].account_code, (part,))
        if entry is EntryKind.ADVANCE_SETTLEMENT and len(advances) == 1 and len(treasury) <= 1:
            returned = treasury[0].amount_minor if treasury else 0
            code = treasury[0].account_code if treasury else None
            total = -advances[0].amount_minor - returned
            return Described(entry, total, code, parts(1), returned_minor=returned)
        if entry is EntryKind.MEMBER_REIMBURSEMENT and len(treasury) <= 1:
            code = treasury[0].account_code if treasury else None
            spent = parts(1)
            amount = sum(p.amount_minor for p in spent) if spent else -treasury[0].amount_minor
            return Described(entry, amount, code, spent)
    except IndexError:
        return None
    return None
