"""Plain-language, translated messages for every `ErrorCode`.

Source strings are English; the installed QTranslator (French by default) gives the user's
language. The UI shows `describe_error(e)` next to `e.field`; the CLI prints it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk.domain.errors import DomainError, ErrorCode


def _tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def _messages() -> dict[ErrorCode, str]:
    # Built on each call so that a language switch at run time is honoured.
    return {
        ErrorCode.MONEY_EMPTY: _tr("Enter an amount."),
        ErrorCode.MONEY_INVALID: _tr("“{text}” is not an amount. Example: 1 234,50"),
        ErrorCode.MONEY_TOO_MANY_DECIMALS: _tr("Too many decimals in “{text}”."),
        ErrorCode.MONEY_FLOAT_REFUSED: _tr("Internal error: an amount was given as a float."),
        ErrorCode.MONEY_CURRENCY_MISMATCH: _tr("The currency does not match."),
        ErrorCode.MONEY_UNKNOWN_CURRENCY: _tr("Unknown currency “{currency}”."),
        ErrorCode.MONEY_NEGATIVE_NOT_ALLOWED: _tr("The amount must be positive."),
        ErrorCode.MONEY_BAD_WEIGHTS: _tr("The shares cannot be used to split this amount."),
        ErrorCode.MONEY_TOO_LARGE: _tr("This amount is too large."),
        ErrorCode.TRANSACTION_UNBALANCED: _tr(
            "The transaction does not balance: a difference of {difference} centimes remains."
        ),
        ErrorCode.TRANSACTION_EMPTY: _tr("A transaction needs at least two lines."),
        ErrorCode.TRANSACTION_DATE_OUTSIDE_YEAR: _tr(
            "The date {date} is outside every financial year of this file."
        ),
        ErrorCode.YEAR_CLOSED: _tr("The financial year {year} is closed: it cannot be changed."),
        ErrorCode.RECEIPT_NUMBER_TAKEN: _tr("The receipt number {number} is already used."),
        ErrorCode.UNKNOWN_ACCOUNT: _tr("Unknown account {account}."),
        ErrorCode.NOT_FOUND: _tr("This record no longer exists."),
        ErrorCode.REQUIRED: _tr("This field is required."),
        ErrorCode.INVALID_VALUE: _tr("This value is not valid."),
        ErrorCode.FILE_NOT_FOUND: _tr("The file {path} cannot be found."),
        ErrorCode.FILE_NOT_ASSODESK: _tr("{path} is not an AssoDesk file."),
        ErrorCode.FILE_CORRUPT: _tr(
            "{path} is damaged and cannot be opened. Open one of its backups instead."
        ),
        ErrorCode.FILE_TOO_NEW: _tr(
            "{path} was written by a newer version of AssoDesk. Install the latest version "
            "to open it; the file has not been changed."
        ),
        ErrorCode.FILE_LOCKED: _tr("{path} is already open by {user} on {machine} since {since}."),
        ErrorCode.FILE_READ_ONLY: _tr("The file is open read-only: changes cannot be saved."),
        ErrorCode.FILE_EXISTS: _tr("A file named {path} already exists."),
        ErrorCode.FILE_WRITE_FAILED: _tr("The file {path} could not be written."),
        ErrorCode.DISK_FULL: _tr("The disk is full: nothing was changed. Free some space."),
    }


class _Blank(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "?"


def describe_error(error: DomainError) -> str:
    """The user's-language sentence for `error`, its parameters filled in."""
    template = _messages().get(error.code, _tr("Unexpected error ({code})."))
    params = _Blank({k: v for k, v in error.params.items()})
    params.setdefault("code", error.code.value)
    return template.format_map(params)
