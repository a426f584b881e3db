"""Amounts as text for the UI and the reports, by language (fr, en, ar)."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from desk.domain.money.core import (
    _MAD_ARABIC,
    NBSP,
    NNBSP,
    Money,
    minor_units,
)

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
