"""Reading what a French-speaking treasurer types: "1 234,50", "1.234,50", "350 DH"..."""

from __future__ import annotations

import re
from typing import Final

from desk.domain.errors import DomainError, ErrorCode
from desk.domain.money.core import (
    _MAD_ARABIC,
    CURRENCIES,
    MAX_INTEGER_DIGITS,
    Money,
)

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
