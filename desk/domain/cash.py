"""Counting the caisse: dirham notes and coins by denomination, the total in centimes, and the
adjusting entry a difference with the books calls for (pure arithmetic, no database).

Counts are keyed by the denomination's value in minor units (200 DH = 20000, 0,50 DH = 50), the
same keys the `cash_count.denominations` JSON column stores (as strings).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from desk.domain.chart import CASH_DIFFERENCE_EXPENSE, CASH_DIFFERENCE_INCOME
from desk.domain.errors import DomainError, ErrorCode

# Largest first, as a treasurer counts them.
NOTES: Final = (200_00, 100_00, 50_00, 20_00)
COINS: Final = (10_00, 5_00, 2_00, 1_00, 50)
DENOMINATIONS: Final = NOTES + COINS
# More pieces than this of one denomination is a typing slip (a caisse is a small box).
MAX_PIECES: Final = 1_000_000


def is_note(value_minor: int) -> bool:
    return value_minor in NOTES


def check_counts(counts: Mapping[int, int]) -> dict[int, int]:
    """The counts without zeros; refuses an unknown denomination or a count that is not a
    whole number between 0 and MAX_PIECES (field "count:<value>")."""
    clean: dict[int, int] = {}
    for value, number in counts.items():
        if value not in DENOMINATIONS:
            raise DomainError(ErrorCode.CASH_BAD_COUNT, field="denomination", denomination=value)
        if isinstance(number, bool) or not isinstance(number, int) or not 0 <= number <= MAX_PIECES:
            raise DomainError(ErrorCode.CASH_BAD_COUNT, field=f"count:{value}", count=number)
        if number:
            clean[value] = number
    return clean


def counted_total(counts: Mapping[int, int]) -> int:
    """The money in the box, in centimes: sum of value × number."""
    return sum(value * number for value, number in check_counts(counts).items())


def line_total(value_minor: int, number: int) -> int:
    return value_minor * number


def counts_to_json(counts: Mapping[int, int]) -> str:
    """{"20000": 3, "50": 2}: what the cash_count row stores."""
    clean = check_counts(counts)
    return json.dumps({str(v): clean[v] for v in sorted(clean, reverse=True)})


def counts_from_json(text: str) -> dict[int, int]:
    """The counts a cash_count row stores; unknown keys are kept out (never guessed)."""
    try:
        raw = json.loads(text or "{}")
    except ValueError:
        return {}
    if not isinstance(raw, dict):
        return {}
    counts: dict[int, int] = {}
    for key, number in raw.items():
        try:
            value = int(key)
        except ValueError:
            continue
        if value in DENOMINATIONS and isinstance(number, int) and number > 0:
            counts[value] = number
    return counts


@dataclass(frozen=True, slots=True)
class Leg:
    account_code: str
    amount_minor: int  # debit > 0, credit < 0


@dataclass(frozen=True, slots=True)
class CashAdjustment:
    """The entry that brings the books to what was counted."""

    difference_minor: int  # counted − book: < 0 a shortage (manque), > 0 a surplus (excédent)
    legs: tuple[Leg, Leg]

    @property
    def shortage(self) -> bool:
        return self.difference_minor < 0


def adjustment_for(
    counted_minor: int, book_minor: int, cash_account_code: str
) -> CashAdjustment | None:
    """None when the box matches the books; else a shortage booked to 6588 (debit the charge,
    credit the caisse) or a surplus booked to 7588 (debit the caisse, credit the income)."""
    difference = counted_minor - book_minor
    if difference == 0:
        return None
    if difference < 0:
        legs = (Leg(CASH_DIFFERENCE_EXPENSE, -difference), Leg(cash_account_code, difference))
    else:
        legs = (Leg(cash_account_code, difference), Leg(CASH_DIFFERENCE_INCOME, -difference))
    return CashAdjustment(difference, legs)


def reconciliation_difference(closing_minor: int, opening_minor: int, ticked_minor: int) -> int:
    """What is left to explain on a bank statement: closing − (opening reconciled + ticked)."""
    return closing_minor - (opening_minor + ticked_minor)
