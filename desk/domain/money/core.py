"""The Money value: exact integer minor units plus an ISO currency, never a float; the
currencies we know and the exact Decimal helpers the other money modules share."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import (
    MAX_EMAX,
    MIN_EMIN,
    ROUND_05UP,
    ROUND_CEILING,
    ROUND_DOWN,
    ROUND_FLOOR,
    ROUND_HALF_DOWN,
    ROUND_HALF_EVEN,
    ROUND_HALF_UP,
    ROUND_UP,
    Context,
    Decimal,
)
from types import MappingProxyType
from typing import Final

from desk.domain.errors import DomainError, ErrorCode

# Banker's rounding: over the many lines of a budget or a ledger, half-cent cases round up and
# down equally often, so rounded sums do not drift upwards as they do with "half up".
ROUNDING: Final[str] = ROUND_HALF_EVEN

_ROUNDING_MODES: Final = frozenset(
    {
        ROUND_05UP,
        ROUND_CEILING,
        ROUND_DOWN,
        ROUND_FLOOR,
        ROUND_HALF_DOWN,
        ROUND_HALF_EVEN,
        ROUND_HALF_UP,
        ROUND_UP,
    }
)

# ISO 4217 code -> number of digits of the minor unit. Read-only so no module can add a
# currency behind the others' back.
CURRENCIES: Final[Mapping[str, int]] = MappingProxyType(
    {
        "MAD": 2,
        "EUR": 2,
        "USD": 2,
        "GBP": 2,
        "CHF": 2,
        "CAD": 2,
        "AUD": 2,
        "SEK": 2,
        "NOK": 2,
        "DKK": 2,
        "CNY": 2,
        "TRY": 2,
        "DZD": 2,
        "MRU": 2,
        "EGP": 2,
        "SAR": 2,
        "AED": 2,
        "QAR": 2,
        "TND": 3,
        "KWD": 3,
        "XOF": 0,
        "XAF": 0,
        "JPY": 0,
    }
)

# Anything above this is a typing accident, not an association's money.
MAX_INTEGER_DIGITS: Final = 15
# Results of multiply/convert beyond 10**40 minor units are refused rather than computed, so
# that an absurd Decimal exponent cannot make Python build a gigantic integer.
_MAX_RESULT_DIGITS: Final = 40
# Decimal weights finer or coarser than 10**±30 are refused for the same reason.
_MAX_WEIGHT_EXPONENT: Final = 30

# NO-BREAK SPACE, between a number and its currency code.
NBSP: Final = "\u00a0"
# NARROW NO-BREAK SPACE, the French (and Qt fr_FR) thousands separator.
NNBSP: Final = "\u202f"
_MAD_ARABIC: Final = "د.م."

_ONE: Final = Decimal(1)


def minor_units(currency: str) -> int:
    """Number of decimals of `currency` (2 for MAD, 0 for XOF); refuses unknown codes."""
    if not isinstance(currency, str) or currency not in CURRENCIES:
        raise DomainError(ErrorCode.MONEY_UNKNOWN_CURRENCY, field="currency", currency=currency)
    return CURRENCIES[currency]


def _is_money(value: object) -> bool:
    # Operators are typed for Money so that mypy flags `money + 1`; this is the runtime check.
    return isinstance(value, Money)


def _mismatch(a: str, b: str) -> DomainError:
    return DomainError(ErrorCode.MONEY_CURRENCY_MISMATCH, expected=a, found=b)


@dataclass(frozen=True, slots=True)
class Money:
    """An exact amount: `minor` units (centimes for MAD) of an ISO `currency`.

    Equality compares amount and currency (12 MAD != 12 EUR, no error, so Money can live in
    sets and dict keys); ordering and arithmetic across currencies raise
    MONEY_CURRENCY_MISMATCH. `bool(money)` raises TypeError: "if amount:" would silently
    treat 0,00 as missing, so write `money.is_zero()` instead.
    """

    minor: int
    currency: str = "MAD"

    def __post_init__(self) -> None:
        minor: object = self.minor
        if isinstance(minor, float | Decimal | bool):
            raise DomainError(ErrorCode.MONEY_FLOAT_REFUSED, field="amount", value=repr(minor))
        if not isinstance(minor, int):
            raise DomainError(ErrorCode.MONEY_INVALID, field="amount", text=repr(minor))
        minor_units(self.currency)

    # -- constructors -------------------------------------------------------------------------

    @classmethod
    def zero(cls, currency: str = "MAD") -> Money:
        """Zero in `currency`."""
        return cls(0, currency)

    @classmethod
    def of(cls, value: int | str | Decimal, currency: str = "MAD") -> Money:
        """Money from major units: `Money.of(Decimal("12.5"))` is 1250 centimes.

        A str must be plain decimal notation with a '.' ("-12.50"); user input with spaces,
        commas or currency symbols goes through `parse_money`. Decimal trailing zeros are fine
        (Decimal("12.500") is 12,50 MAD) but a value needing more decimals than the currency has
        is refused, never rounded.
        """
        exponent = minor_units(currency)
        if isinstance(value, float | bool):
            raise DomainError(ErrorCode.MONEY_FLOAT_REFUSED, field="amount", value=repr(value))
        if isinstance(value, int):
            if abs(value) >= 10**MAX_INTEGER_DIGITS:
                raise DomainError(
                    ErrorCode.MONEY_TOO_LARGE, field="amount", max_digits=MAX_INTEGER_DIGITS
                )
            return cls(value * 10**exponent, currency)
        if isinstance(value, str):
            text = value.strip()
            if not text:
                raise DomainError(ErrorCode.MONEY_EMPTY, field="amount", text=value)
            if not _PLAIN_DECIMAL.fullmatch(text):
                raise DomainError(ErrorCode.MONEY_INVALID, field="amount", text=value)
            return cls(_decimal_to_minor(Decimal(text), exponent, value), currency)
        if isinstance(value, Decimal):
            return cls(_decimal_to_minor(value, exponent, str(value)), currency)
        raise DomainError(ErrorCode.MONEY_INVALID, field="amount", text=repr(value))

    # -- queries ------------------------------------------------------------------------------

    @property
    def amount(self) -> Decimal:
        """The value in major units as an exact Decimal (1250 MAD centimes -> Decimal("12.50"))."""
        return _shift(Decimal(self.minor), -CURRENCIES[self.currency])

    def is_zero(self) -> bool:
        """True for 0 in any currency."""
        return self.minor == 0

    def is_negative(self) -> bool:
        """True below zero."""
        return self.minor < 0

    def is_positive(self) -> bool:
        """True above zero."""
        return self.minor > 0

    def __bool__(self) -> bool:
        raise TypeError("Money has no truth value; use is_zero(), is_negative() or is_positive()")

    def __str__(self) -> str:
        # Technical form for logs; users see format_money().
        return f"{self.amount} {self.currency}"

    # -- arithmetic ---------------------------------------------------------------------------

    def _same(self, other: Money) -> None:
        if self.currency != other.currency:
            raise _mismatch(self.currency, other.currency)

    def __add__(self, other: Money) -> Money:
        if not _is_money(other):
            return NotImplemented
        self._same(other)
        return Money(self.minor + other.minor, self.currency)

    def __sub__(self, other: Money) -> Money:
        if not _is_money(other):
            return NotImplemented
        self._same(other)
        return Money(self.minor - other.minor, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.minor, self.currency)

    def __pos__(self) -> Money:
        return self

    def __abs__(self) -> Money:
        return Money(abs(self.minor), self.currency)

    def __mul__(self, factor: int) -> Money:
        # Only exact integer factors here; a Decimal factor needs a rounding decision, which
        # `multiply` makes explicit.
        value: object = factor
        if isinstance(value, float):
            raise DomainError(ErrorCode.MONEY_FLOAT_REFUSED, value=repr(value))
        if isinstance(value, bool) or not isinstance(value, int):
            return NotImplemented
        return Money(self.minor * factor, self.currency)

    __rmul__ = __mul__

    def multiply(self, factor: Decimal | int, rounding: str = ROUNDING) -> Money:
        """`self * factor` rounded to the minor unit (a rate, a percentage, a quantity)."""
        factor = _exact_factor(factor, "factor")
        return Money(_mul_round(Decimal(self.minor), factor, rounding), self.currency)

    def __lt__(self, other: Money) -> bool:
        if not _is_money(other):
            return NotImplemented
        self._same(other)
        return self.minor < other.minor

    def __le__(self, other: Money) -> bool:
        if not _is_money(other):
            return NotImplemented
        self._same(other)
        return self.minor <= other.minor

    def __gt__(self, other: Money) -> bool:
        if not _is_money(other):
            return NotImplemented
        self._same(other)
        return self.minor > other.minor

    def __ge__(self, other: Money) -> bool:
        if not _is_money(other):
            return NotImplemented
        self._same(other)
        return self.minor >= other.minor


def sum_money(items: Iterable[Money], currency: str) -> Money:
    """Sum of `items`, all in `currency` (required so that an empty sum has a currency)."""
    total = Money.zero(currency)
    for item in items:
        total = total + item
    return total


# -- exact Decimal helpers ---------------------------------------------------------------------

_PLAIN_DECIMAL: Final = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")


def _shift(value: Decimal, places: int) -> Decimal:
    """value * 10**places, exactly (no context rounding, unlike scaleb)."""
    sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)  # callers pass finite numbers only
    return Decimal((sign, digits, exponent + places))


def _decimal_to_minor(value: Decimal, exponent: int, text: str) -> int:
    """Exact minor units of a major-unit Decimal, refusing what would need rounding."""
    if not value.is_finite():
        raise DomainError(ErrorCode.MONEY_INVALID, field="amount", text=text)
    sign, digits, exp = value.as_tuple()
    assert isinstance(exp, int)
    if not any(digits):
        return 0
    # Size first, from the exponent alone, so that Decimal("1E+999999") costs nothing.
    if value.adjusted() >= MAX_INTEGER_DIGITS:
        raise DomainError(
            ErrorCode.MONEY_TOO_LARGE, field="amount", text=text, max_digits=MAX_INTEGER_DIGITS
        )
    # Ignore trailing zeros so that Decimal("12.500") counts as 12.5.
    length = len(digits)
    while digits[length - 1] == 0:
        length -= 1
        exp += 1
    if exp < -exponent:
        raise DomainError(
            ErrorCode.MONEY_TOO_MANY_DECIMALS, field="amount", text=text, max_decimals=exponent
        )
    minor = int(Decimal((0, digits[:length], exp + exponent)))
    return -minor if sign else minor


def _exact_factor(factor: object, field: str) -> Decimal:
    if isinstance(factor, float):
        raise DomainError(ErrorCode.MONEY_FLOAT_REFUSED, field=field, value=repr(factor))
    if isinstance(factor, bool) or not isinstance(factor, int | Decimal):
        raise DomainError(ErrorCode.MONEY_INVALID, field=field, text=repr(factor))
    result = Decimal(factor)
    if not result.is_finite():
        raise DomainError(ErrorCode.MONEY_INVALID, field=field, text=str(factor))
    return result


def _mul_round(a: Decimal, b: Decimal, rounding: str) -> int:
    """a * b rounded to an integer with `rounding`, computed exactly whatever the sizes."""
    if rounding not in _ROUNDING_MODES:
        raise ValueError(f"unknown rounding mode {rounding!r}")
    if a.is_zero() or b.is_zero():
        return 0
    magnitude = a.adjusted() + b.adjusted()
    if magnitude > _MAX_RESULT_DIGITS:
        raise DomainError(ErrorCode.MONEY_TOO_LARGE, max_digits=_MAX_RESULT_DIGITS)
    if magnitude < -5:
        # |a*b| < 0.001: every value in (0, 0.5) rounds the same way in every mode, and this
        # avoids underflow for absurd exponents.
        negative = a.is_signed() != b.is_signed()
        product = Decimal("-0.001") if negative else Decimal("0.001")
    else:
        # Enough precision for the exact product: n digits times m digits fit in n+m digits.
        digits = len(a.as_tuple().digits) + len(b.as_tuple().digits) + 1
        context = Context(prec=digits, Emax=MAX_EMAX, Emin=MIN_EMIN)
        product = context.multiply(a, b)
    context = Context(prec=max(product.adjusted(), 0) + 2, Emax=MAX_EMAX, Emin=MIN_EMIN)
    return int(product.quantize(_ONE, rounding=rounding, context=context))
