"""Plain-language, translated messages for every `ErrorCode`.

Source strings are English; the installed QTranslator (French by default) gives the user's
language. The UI shows `describe_error(e)` next to `e.field`; the CLI prints it.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale

from desk.domain.errors import DomainError, ErrorCode

CONTEXT = "Errors"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks `source` for lupdate (which looks for this name) and returns it unchanged; typed
    as str, unlike PySide's own marker."""
    return source


# Marked with QT_TRANSLATE_NOOP so that lupdate extracts them; translated at call time so that
# a language switch at run time is honoured.
_TEMPLATES: dict[ErrorCode, str] = {
    ErrorCode.MONEY_EMPTY: QT_TRANSLATE_NOOP("Errors", "Enter an amount."),
    ErrorCode.MONEY_INVALID: QT_TRANSLATE_NOOP(
        "Errors", "“{text}” is not an amount. Example: 1 234,50"
    ),
    ErrorCode.MONEY_TOO_MANY_DECIMALS: QT_TRANSLATE_NOOP(
        "Errors", "Too many decimals in “{text}”."
    ),
    ErrorCode.MONEY_FLOAT_REFUSED: QT_TRANSLATE_NOOP(
        "Errors", "Internal error: an amount was given as a float."
    ),
    ErrorCode.MONEY_CURRENCY_MISMATCH: QT_TRANSLATE_NOOP("Errors", "The currency does not match."),
    ErrorCode.MONEY_UNKNOWN_CURRENCY: QT_TRANSLATE_NOOP("Errors", "Unknown currency “{currency}”."),
    ErrorCode.MONEY_NEGATIVE_NOT_ALLOWED: QT_TRANSLATE_NOOP(
        "Errors", "The amount must be positive."
    ),
    ErrorCode.MONEY_BAD_WEIGHTS: QT_TRANSLATE_NOOP(
        "Errors", "The shares cannot be used to split this amount."
    ),
    ErrorCode.MONEY_TOO_LARGE: QT_TRANSLATE_NOOP("Errors", "This amount is too large."),
    ErrorCode.TRANSACTION_UNBALANCED: QT_TRANSLATE_NOOP(
        "Errors",
        "The transaction does not balance: a difference of {difference} centimes remains.",
    ),
    ErrorCode.TRANSACTION_EMPTY: QT_TRANSLATE_NOOP(
        "Errors", "A transaction needs at least two lines."
    ),
    ErrorCode.TRANSACTION_DATE_OUTSIDE_YEAR: QT_TRANSLATE_NOOP(
        "Errors", "The date {date} is outside every financial year of this file."
    ),
    ErrorCode.YEAR_CLOSED: QT_TRANSLATE_NOOP(
        "Errors", "The financial year {year} is closed: it cannot be changed."
    ),
    ErrorCode.RECEIPT_NUMBER_TAKEN: QT_TRANSLATE_NOOP(
        "Errors", "The receipt number {number} is already used."
    ),
    ErrorCode.UNKNOWN_ACCOUNT: QT_TRANSLATE_NOOP("Errors", "Unknown account {code}."),
    ErrorCode.NOT_FOUND: QT_TRANSLATE_NOOP("Errors", "This record no longer exists."),
    ErrorCode.REQUIRED: QT_TRANSLATE_NOOP("Errors", "This field is required."),
    ErrorCode.INVALID_VALUE: QT_TRANSLATE_NOOP("Errors", "This value is not valid."),
    ErrorCode.FILE_NOT_FOUND: QT_TRANSLATE_NOOP("Errors", "The file {path} cannot be found."),
    ErrorCode.FILE_NOT_ASSODESK: QT_TRANSLATE_NOOP("Errors", "{path} is not an AssoDesk file."),
    ErrorCode.FILE_CORRUPT: QT_TRANSLATE_NOOP(
        "Errors", "{path} is damaged and cannot be opened. Open one of its backups instead."
    ),
    ErrorCode.FILE_TOO_NEW: QT_TRANSLATE_NOOP(
        "Errors",
        "{path} was written by a newer version of AssoDesk. Install the latest version "
        "to open it; the file has not been changed.",
    ),
    ErrorCode.FILE_LOCKED: QT_TRANSLATE_NOOP(
        "Errors", "{path} is already open by {user} on {machine} since {since}."
    ),
    ErrorCode.FILE_READ_ONLY: QT_TRANSLATE_NOOP(
        "Errors", "The file is open read-only: changes cannot be saved."
    ),
    ErrorCode.FILE_EXISTS: QT_TRANSLATE_NOOP("Errors", "A file named {path} already exists."),
    ErrorCode.FILE_WRITE_FAILED: QT_TRANSLATE_NOOP(
        "Errors", "The file {path} could not be written."
    ),
    ErrorCode.DISK_FULL: QT_TRANSLATE_NOOP(
        "Errors", "The disk is full: nothing was changed. Free some space."
    ),
    # Each area adds its messages under its own heading, as in desk/domain/errors.py.
    # -- treasury (issue 3)
    # -- bank statement import (issue 3)
    # -- grants and budgets (issue 4)
    # -- logframe and indicators (issue 5)
    # -- activities and calendar (issue 6)
}
_UNEXPECTED = QT_TRANSLATE_NOOP("Errors", "Unexpected error ({code}).")
_UNKNOWN_PARAM = QT_TRANSLATE_NOOP("Errors", "unknown")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def format_param(value: object) -> str:
    """A parameter as the user reads it: dates in the current locale (set by use_language),
    paths as given, the rest with str()."""
    locale = QLocale()
    if isinstance(value, datetime):
        moment = QDateTime.fromSecsSinceEpoch(int(value.timestamp()))
        return locale.toString(moment, QLocale.FormatType.ShortFormat)
    if isinstance(value, date):
        day = QDate(value.year, value.month, value.day)
        return locale.toString(day, QLocale.FormatType.ShortFormat)
    if isinstance(value, Path):
        return str(value)
    if value is None or value == "":
        return _tr(_UNKNOWN_PARAM)
    return str(value)


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "?"


def describe_error(error: DomainError) -> str:
    """The user's-language sentence for `error`, its parameters filled in."""
    template = _TEMPLATES.get(error.code, _UNEXPECTED)
    params = _Blank({k: format_param(v) for k, v in error.params.items()})
    params.setdefault("code", error.code.value)
    return _tr(template).format_map(params)
