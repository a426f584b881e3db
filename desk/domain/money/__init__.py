"""Money as exact integer minor units plus an ISO currency, never a float.

Also parses what a French-speaking treasurer types, formats amounts for the UI and reports,
splits totals so that the parts add up exactly, and converts between currencies.
"""

from desk.domain.money.allocation import allocate, convert, split_equally
from desk.domain.money.core import (
    CURRENCIES,
    MAX_INTEGER_DIGITS,
    NBSP,
    NNBSP,
    ROUNDING,
    Money,
    minor_units,
    sum_money,
)
from desk.domain.money.formatting import format_amount, format_minor, format_money
from desk.domain.money.parsing import parse_money

__all__ = [
    "CURRENCIES",
    "MAX_INTEGER_DIGITS",
    "NBSP",
    "NNBSP",
    "ROUNDING",
    "Money",
    "allocate",
    "convert",
    "format_amount",
    "format_minor",
    "format_money",
    "minor_units",
    "parse_money",
    "split_equally",
    "sum_money",
]
