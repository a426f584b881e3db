"""Numbers, money and dates as the UI shows them, in the user's language.

The language is read from the default `QLocale` (the shell sets it with `QLocale.setDefault`
when it installs the translators), so every page formats the same way and a language switch is
honoured on the next repaint. Money goes through `desk.domain.money.format_minor`, the same
function as the reports, so screens and exports agree to the character.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from PySide6.QtCore import QLocale

from desk.domain.money import NBSP, NNBSP, format_minor

_LANGUAGES = {
    QLocale.Language.French: "fr",
    QLocale.Language.English: "en",
    QLocale.Language.Arabic: "ar",
}


def ui_language() -> str:
    """'fr', 'en' or 'ar'; French for any other language (the application's default)."""
    return _LANGUAGES.get(QLocale().language(), "fr")


# LEFT-TO-RIGHT ISOLATE ... POP DIRECTIONAL ISOLATE: in right-to-left text the bidi algorithm
# would otherwise move the minus sign of "-10 485,20" to the far end of the number.
_LRI, _PDI = "\u2066", "\u2069"


def _isolated(number: str, language: str) -> str:
    return f"{_LRI}{number}{_PDI}" if language == "ar" else number


def user_text_ui(text: str) -> str:
    """A text typed by the user (a project title, a payee) as the UI shows it: in Arabic it is
    wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, so that a French title keeps its
    own direction inside a right-to-left line (else a closing "»" jumps to its start)."""
    return f"\u2068{text}{_PDI}" if text and ui_language() == "ar" else text


def format_money_ui(minor: int, currency: str, *, with_currency: bool = True) -> str:
    """The amount in the UI language: "1 234,50 MAD" (fr), "1,234.50 MAD" (en),
    "1 234,50 د.م." (ar, the number kept left-to-right inside the right-to-left line)."""
    language = ui_language()
    number = format_minor(minor, currency, language, with_currency=False)
    if not with_currency:
        return _isolated(number, language)
    suffix = format_minor(minor, currency, language)[len(number) :]
    return _isolated(number, language) + suffix


def format_decimal_ui(value: Decimal | int | None, *, places: int | None = None) -> str:
    """A plain number without trailing zeros ("2,5", "1 250"); "" for None."""
    if value is None:
        return ""
    number = Decimal(value)
    if places is not None:
        number = number.quantize(Decimal(1).scaleb(-places))
    elif number == number.to_integral_value():
        number = number.quantize(Decimal(1))
    else:
        number = number.normalize()
    text = format(abs(number), "f")
    whole, _, fraction = text.partition(".")
    language = ui_language()
    group, mark = (",", ".") if language == "en" else (NNBSP, ",")
    head = len(whole) % 3 or 3
    whole = group.join([whole[:head], *(whole[i : i + 3] for i in range(head, len(whole), 3))])
    sign = "-" if number < 0 else ""
    return f"{sign}{whole}{mark}{fraction}" if fraction else f"{sign}{whole}"


def format_milli_ui(milli: int | None) -> str:
    """A quantity stored in thousandths: 2500 -> "2,5"."""
    return "" if milli is None else format_decimal_ui(Decimal(milli) / 1000)


def format_percent_ui(ratio: Decimal | float | None, places: int | None = 0) -> str:
    """A ratio as a percentage: 0.456 -> "46 %" (narrow no-break space in French);
    `places=None` keeps the decimals there are (0.075 -> "7,5 %")."""
    if ratio is None:
        return ""
    text = format_decimal_ui(Decimal(str(ratio)) * 100, places=places)
    language = ui_language()
    return f"{text}%" if language == "en" else _isolated(f"{text}{NNBSP}%", language)


def format_date_ui(day: date | None) -> str:
    """dd/mm/yyyy, as Moroccan paperwork writes dates, whatever the language."""
    return "" if day is None else day.strftime("%d/%m/%Y")


def format_datetime_ui(moment: datetime | None) -> str:
    """A stored UTC timestamp in the computer's local time: "01/04/2025 10:00"."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


def format_period_ui(start: date | None, end: date | None) -> str:
    """ "01/01/2025 – 31/12/2025" (no-break spaces keep the dash with its dates)."""
    if start is None and end is None:
        return ""
    return f"{format_date_ui(start)}{NBSP}–{NBSP}{format_date_ui(end)}"
