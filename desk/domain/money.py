"""Money as exact integer minor units plus an ISO currency, never a float.

Also parses what a French-speaking treasurer types, formats amounts for the UI and reports,
splits totals so that the parts add up exactly, and converts between currencies.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
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


# -- allocation ---------------------------------------------------------------------------------


def _bad_weights(reason: str, **params: object) -> DomainError:
    return DomainError(ErrorCode.MONEY_BAD_WEIGHTS, field="weights", reason=reason, **params)


def _weights_as_integers(weights: Sequence[int | Decimal]) -> list[int]:
    """Scale all weights by one power of ten so that integer arithmetic stays exact."""
    if isinstance(weights, str | bytes):
        raise _bad_weights("not_a_sequence")
    items = list(weights)
    if not items:
        raise _bad_weights("empty")
    parts: list[tuple[int, int]] = []
    for index, weight in enumerate(items):
        w: object = weight
        if isinstance(w, float):
            raise DomainError(
                ErrorCode.MONEY_FLOAT_REFUSED, field="weights", index=index, value=repr(w)
            )
        if isinstance(w, bool):
            raise _bad_weights("not_a_number", index=index)
        if isinstance(w, int):
            coefficient, exp = w, 0
        elif isinstance(w, Decimal):
            if not w.is_finite():
                raise _bad_weights("not_a_number", index=index)
            sign, digits, raw_exp = w.as_tuple()
            assert isinstance(raw_exp, int)
            # Through Decimal, not str: int(str) refuses more than 4300 digits.
            coefficient, exp = int(Decimal((0, digits, 0))), raw_exp
            if sign and coefficient:
                coefficient = -coefficient
            if coefficient == 0:
                exp = 0
            while coefficient and coefficient % 10 == 0:
                coefficient //= 10
                exp += 1
            if abs(exp) > _MAX_WEIGHT_EXPONENT:
                raise _bad_weights("out_of_range", index=index)
        else:
            raise _bad_weights("not_a_number", index=index)
        if coefficient < 0:
            raise _bad_weights("negative", index=index)
        parts.append((coefficient, exp))
    scale = min(exp for _, exp in parts)
    return [coefficient * 10 ** (exp - scale) for coefficient, exp in parts]


def allocate(total: Money, weights: Sequence[int | Decimal]) -> list[Money]:
    """Split `total` in proportion to `weights` so that the parts add up exactly to it.

    Each part is its exact share rounded down (in absolute value); the centimes left over go
    one by one to the parts with the largest fractional remainder, ties to the earlier part.
    A negative total splits like its opposite, negated. Weights are non-negative int or
    Decimal, not all zero.
    """
    integers = _weights_as_integers(weights)
    weight_sum = sum(integers)
    if weight_sum == 0:
        raise _bad_weights("all_zero")
    magnitude = abs(total.minor)
    quotients: list[int] = []
    remainders: list[int] = []
    for weight in integers:
        quotient, remainder = divmod(magnitude * weight, weight_sum)
        quotients.append(quotient)
        remainders.append(remainder)
    # Fewer left-over units than parts with a non-zero remainder, so zero weights get nothing.
    left_over = magnitude - sum(quotients)
    by_remainder = sorted(range(len(integers)), key=lambda i: (-remainders[i], i))
    for index in by_remainder[:left_over]:
        quotients[index] += 1
    sign = -1 if total.minor < 0 else 1
    return [Money(sign * quotient, total.currency) for quotient in quotients]


def split_equally(total: Money, n: int) -> list[Money]:
    """`n` parts differing by at most one minor unit, the larger ones first."""
    count: object = n
    if isinstance(count, float):
        raise DomainError(ErrorCode.MONEY_FLOAT_REFUSED, field="weights", value=repr(count))
    if isinstance(count, bool) or not isinstance(count, int) or count < 1:
        raise _bad_weights("bad_count", count=count)
    return allocate(total, [1] * count)


def convert(m: Money, rate: Decimal, to_currency: str) -> Money:
    """`m` in `to_currency`, where `rate` is units of `to_currency` per 1 unit of `m.currency`.

    The result is rounded to the minor unit of `to_currency` with ROUNDING.
    """
    target_exponent = minor_units(to_currency)
    rate_value: object = rate
    if isinstance(rate_value, float):
        raise DomainError(ErrorCode.MONEY_FLOAT_REFUSED, field="rate", value=repr(rate_value))
    if not isinstance(rate_value, Decimal) or not rate_value.is_finite() or rate_value <= 0:
        raise DomainError(ErrorCode.MONEY_INVALID, field="rate", text=str(rate_value))
    # minor_to = minor_from * rate * 10**(target exponent - source exponent), in one exact step.
    scaled = _shift(rate_value, target_exponent - CURRENCIES[m.currency])
    return Money(_mul_round(Decimal(m.minor), scaled, ROUNDING), to_currency)


# -- formatting ---------------------------------------------------------------------------------

# (thousands separator, decimal separator). French uses U+202F NARROW NO-BREAK SPACE, the same
# character as Qt's QLocale("fr_FR") (Qt 6), so UI widgets and reports agree. Arabic (Morocco)
# is written like French with Western digits, which the Moroccan administration uses.
_SEPARATORS: Final[Mapping[str, tuple[str, str]]] = MappingProxyType(
    {"fr": (NNBSP, ","), "en": (",", "."), "ar": (NNBSP, ",")}
)


def _language(locale: str) -> str:
    """'fr', 'en' or 'ar' from 'fr', 'fr_MA', 'en-US'…; anything else falls back to French,
    the application's default language."""
    language = locale.replace("-", "_").split("_", 1)[0].lower()
    return language if language in _SEPARATORS else "fr"


def _currency_label(currency: str, language: str) -> str:
    if language == "ar" and currency == "MAD":
        return _MAD_ARABIC
    return currency


def format_minor(
    minor: int, currency: str = "MAD", locale: str = "fr", *, with_currency: bool = True
) -> str:
    """Format an integer amount of minor units; see `format_money`."""
    exponent = minor_units(currency)
    language = _language(locale)
    group, decimal_mark = _SEPARATORS[language]
    digits = str(abs(minor)).rjust(exponent + 1, "0")
    whole = digits[: len(digits) - exponent]
    fraction = digits[len(digits) - exponent :]
    head = len(whole) % 3 or 3
    groups = [whole[:head], *(whole[i : i + 3] for i in range(head, len(whole), 3))]
    text = group.join(groups)
    if exponent:
        text += decimal_mark + fraction
    if minor < 0:
        text = "-" + text
    if with_currency:
        # A no-break space so that the currency never wraps away from its number.
        text += NBSP + _currency_label(currency, language)
    return text


def format_money(m: Money, locale: str = "fr", *, with_currency: bool = True) -> str:
    """Amount for display, the currency always after the number.

    fr: "-1 234,50 MAD" (U+202F between groups, U+00A0 before the code); en: "1,234.50 MAD";
    ar: like fr with "د.م." for MAD. Currencies without minor unit show no decimals.
    """
    return format_minor(m.minor, m.currency, locale, with_currency=with_currency)


def format_amount(m: Money, locale: str = "fr") -> str:
    """Amount for display without the currency ("1 234,50")."""
    return format_minor(m.minor, m.currency, locale, with_currency=False)


# -- parsing ------------------------------------------------------------------------------------

# Typed symbols and names -> the currencies they can mean ("$" is ambiguous on purpose).
# ISO codes of CURRENCIES are added below. Matching ignores case.
_ALIASES: Final[dict[str, frozenset[str]]] = {
    "dh": frozenset({"MAD"}),
    "dh.": frozenset({"MAD"}),
    "dhs": frozenset({"MAD"}),
    "dirham": frozenset({"MAD"}),
    "dirhams": frozenset({"MAD"}),
    _MAD_ARABIC: frozenset({"MAD"}),
    "د.م": frozenset({"MAD"}),
    "درهم": frozenset({"MAD"}),
    "€": frozenset({"EUR"}),
    "euro": frozenset({"EUR"}),
    "euros": frozenset({"EUR"}),
    "$": frozenset({"USD", "CAD", "AUD"}),
    "us$": frozenset({"USD"}),
    "ca$": frozenset({"CAD"}),
    "£": frozenset({"GBP"}),
    "¥": frozenset({"JPY", "CNY"}),
    "fcfa": frozenset({"XOF", "XAF"}),
    "f cfa": frozenset({"XOF", "XAF"}),
    "cfa": frozenset({"XOF", "XAF"}),
    "dt": frozenset({"TND"}),
    "da": frozenset({"DZD"}),
}
_ALIASES.update({code.casefold(): frozenset({code}) for code in CURRENCIES})
# Longest first so that "dhs" wins over "dh".
_ALIAS_ORDER: Final = sorted(_ALIASES, key=len, reverse=True)

_SPACES: Final = " \t\u00a0\u202f\u2007\u2009"
_SIGNS: Final = "+-\u2212"
# Bidi marks that Arabic input methods and copy-paste from RTL text slip in.
_INVISIBLE: Final = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e"))
_INVISIBLE.update(dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069")))
# Arabic-Indic and Eastern Arabic-Indic digits, Arabic decimal and thousands separators.
_ARABIC_DIGITS: Final = {
    **{0x0660 + i: str(i) for i in range(10)},
    **{0x06F0 + i: str(i) for i in range(10)},
    0x066B: ",",
    0x066C: " ",
}
_BODY: Final = re.compile(r"[0-9., ]+")


def _take_currency(text: str) -> tuple[str, frozenset[str] | None, str]:
    """Remove one currency symbol or code at the start or the end of `text`.

    Returns (rest, currencies it can mean or None, the symbol as typed).
    """
    for alias in _ALIAS_ORDER:
        size = len(alias)
        # Compare slices, not a casefolded copy: casefold can change the length ("ß" -> "ss").
        if text[:size].casefold() == alias:
            rest = text[size:]
            # "dhs" must not be read as "dh" + "s", nor "da" out of "dad".
            if not (alias[-1].isalpha() and rest[:1].isalpha()):
                return rest, _ALIASES[alias], text[:size]
        if len(text) >= size and text[len(text) - size :].casefold() == alias:
            rest = text[: len(text) - size]
            if not (alias[0].isalpha() and rest[-1:].isalpha()):
                return rest, _ALIASES[alias], text[len(text) - size :]
    return text, None, ""


def _is_group_head(part: str) -> bool:
    """True for the first group of a grouped number: 1 to 3 digits, no leading zero."""
    return 1 <= len(part) <= 3 and part.isdigit() and part[0] != "0"


def _valid_groups(part: str, separator: str) -> bool:
    """True when `part` is digits grouped by three: "1 234", "12.345.678" (no leading 0)."""
    head, *tail = part.split(separator)
    return _is_group_head(head) and all(len(g) == 3 and g.isdigit() for g in tail)


def _split_number(body: str, exponent: int) -> tuple[str, str] | None:
    """(integer digits, fraction digits) of a number body, or None when it is malformed.

    `body` holds only digits, '.', ',' and ' ' (all spaces normalised).
    """
    dots, commas = body.count("."), body.count(",")
    whole, fraction = body, ""
    if dots and commas:
        # The last separator is the decimal mark; the other must group thousands.
        decimal_mark = "." if body.rfind(".") > body.rfind(",") else ","
        if body.count(decimal_mark) != 1:
            return None
        whole, fraction = body.split(decimal_mark)
    elif commas == 1:
        head, tail = body.split(",")
        # French first: a lone comma is the decimal mark, except in a currency without
        # decimals where "1,234" can only mean thousands.
        if not (exponent == 0 and len(tail) == 3 and _is_group_head(head)):
            whole, fraction = head, tail
    elif dots == 1:
        head, tail = body.split(".")
        # "1.234" and "12.345" group thousands the French way; "1234.5", "0.50" and "1234.567"
        # are decimals. In a three-decimal currency (TND) a lone dot is always the decimal mark.
        if not (exponent != 3 and len(tail) == 3 and _is_group_head(head)):
            whole, fraction = head, tail
    # Several commas or several dots: thousands separators, checked below.
    if fraction and not fraction.isdigit():
        return None
    separators = {c for c in whole if not c.isdigit()}
    if len(separators) > 1:
        return None
    if separators and not _valid_groups(whole, separators.pop()):
        return None
    digits = whole.replace(" ", "").replace(".", "").replace(",", "")
    if not digits and not fraction:
        return None
    return digits, fraction


def parse_money(text: str, currency: str = "MAD", *, allow_negative: bool = True) -> Money:
    """Read an amount typed by a treasurer: "1 234,50", "1.234,50", "1,234.50", "350 DH",
    "MAD 350", "12 €", "-25,00", "(25,00)"…

    Separators: normal space, U+00A0 and U+202F group thousands. When both '.' and ',' appear,
    the last one is the decimal mark and the other must group by three. A single ',' is always
    the decimal mark ("1,234" has too many decimals for MAD), except in currencies without
    decimals (XOF "1,234" is 1234); several commas group thousands ("1,234,567"). A single
    '.' followed by exactly three digits after a 1–3 digit head groups thousands, the French
    way ("1.234" is 1234; "1234.5" and "0.500" are decimals), except in three-decimal
    currencies; several dots group thousands. A currency symbol or code must mean `currency`.
    Every refusal is a DomainError with field="amount" and text=the original input.
    """
    original = text

    def fail(code: ErrorCode, **params: object) -> DomainError:
        return DomainError(code, field="amount", text=original, **params)

    raw: object = text
    if isinstance(raw, float):
        raise fail(ErrorCode.MONEY_FLOAT_REFUSED)
    if not isinstance(raw, str):
        raise fail(ErrorCode.MONEY_INVALID)
    if not isinstance(currency, str) or currency not in CURRENCIES:
        raise fail(ErrorCode.MONEY_UNKNOWN_CURRENCY, currency=currency)
    exponent = CURRENCIES[currency]

    s = text.translate(_INVISIBLE).translate(_ARABIC_DIGITS)
    for space in _SPACES:
        s = s.replace(space, " ")
    s = s.strip()
    if not s:
        raise fail(ErrorCode.MONEY_EMPTY)

    negative = parenthesised = signed = False
    found: frozenset[str] | None = None
    typed_symbol = ""
    # Peel the decorations in any order: "(25,00) DH", "MAD -350", "-350 DH", "(MAD 25)".
    while True:
        s = s.strip()
        if not parenthesised and not signed and s.startswith("(") and s.endswith(")"):
            parenthesised = negative = True
            s = s[1:-1]
            continue
        if found is None:
            rest, candidates, symbol = _take_currency(s)
            if candidates is not None:
                found, typed_symbol, s = candidates, symbol, rest
                continue
        if not signed and not parenthesised and s[:1] and s[0] in _SIGNS:
            signed = True
            negative = s[0] != "+"
            s = s[1:]
            continue
        break

    if found is not None and currency not in found:
        raise fail(ErrorCode.MONEY_CURRENCY_MISMATCH, expected=currency, found=typed_symbol)
    if not _BODY.fullmatch(s):
        raise fail(ErrorCode.MONEY_INVALID)
    parts = _split_number(s, exponent)
    if parts is None:
        raise fail(ErrorCode.MONEY_INVALID)
    whole, fraction = parts
    if len(whole.lstrip("0")) > MAX_INTEGER_DIGITS:
        raise fail(ErrorCode.MONEY_TOO_LARGE, max_digits=MAX_INTEGER_DIGITS)
    if len(fraction) > exponent:
        raise fail(ErrorCode.MONEY_TOO_MANY_DECIMALS, max_decimals=exponent)
    # Leading zeros stripped: int() refuses strings of more than 4300 digits.
    minor = int((whole.lstrip("0") or "0") + fraction.ljust(exponent, "0"))
    if negative:
        minor = -minor
    if minor < 0 and not allow_negative:
        raise fail(ErrorCode.MONEY_NEGATIVE_NOT_ALLOWED)
    return Money(minor, currency)
