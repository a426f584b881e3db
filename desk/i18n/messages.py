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
    ErrorCode.UNKNOWN_ACCOUNT: QT_TRANSLATE_NOOP("Errors", "Unknown account {account}."),
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
    ErrorCode.ENTRY_SPLIT_REMAINDER: QT_TRANSLATE_NOOP(
        "Errors", "The split does not add up to the amount: {remainder} centimes remain."
    ),
    ErrorCode.ENTRY_SAME_ACCOUNT: QT_TRANSLATE_NOOP(
        "Errors", "Choose two different accounts for a transfer."
    ),
    ErrorCode.ENTRY_NOT_EDITABLE: QT_TRANSLATE_NOOP(
        "Errors", "This transaction cannot be changed with the entry form."
    ),
    ErrorCode.TRANSACTION_RECONCILED: QT_TRANSLATE_NOOP(
        "Errors",
        "This transaction was reconciled with a bank statement: changing it cancels the "
        "reconciliation.",
    ),
    ErrorCode.ATTACHMENT_UNSUPPORTED: QT_TRANSLATE_NOOP(
        "Errors", "“{name}” is neither an image nor a PDF."
    ),
    ErrorCode.ATTACHMENT_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Errors", "“{name}” is too large (at most {limit} MB)."
    ),
    # cash count, reconciliation, year closing (bookkeeping)
    ErrorCode.CASH_BAD_COUNT: QT_TRANSLATE_NOOP(
        "Errors", "Enter a whole number of notes or coins (0 or more)."
    ),
    ErrorCode.CASH_NOT_CASH_ACCOUNT: QT_TRANSLATE_NOOP(
        "Errors", "A cash count is only for a cash box (caisse)."
    ),
    ErrorCode.CASH_NO_DIFFERENCE: QT_TRANSLATE_NOOP(
        "Errors", "The count matches the books: there is nothing to adjust."
    ),
    ErrorCode.CASH_ALREADY_ADJUSTED: QT_TRANSLATE_NOOP(
        "Errors", "The difference of this count was already booked."
    ),
    ErrorCode.RECONCILIATION_NOT_BANK: QT_TRANSLATE_NOOP(
        "Errors", "Only a bank or mobile-money account can be reconciled with a statement."
    ),
    ErrorCode.RECONCILIATION_NOT_BALANCED: QT_TRANSLATE_NOOP(
        "Errors",
        "The difference with the statement is {difference}: it must be zero to finish.",
    ),
    ErrorCode.RECONCILIATION_DRAFT_EXISTS: QT_TRANSLATE_NOOP(
        "Errors", "A reconciliation of this account is already in progress: finish it first."
    ),
    ErrorCode.RECONCILIATION_DATE_BEFORE_LAST: QT_TRANSLATE_NOOP(
        "Errors", "The statement date must come after the last reconciled statement ({last})."
    ),
    ErrorCode.RECONCILIATION_FINISHED: QT_TRANSLATE_NOOP(
        "Errors", "This reconciliation is finished: it can no longer be changed."
    ),
    ErrorCode.RECONCILIATION_SPLIT_UNAVAILABLE: QT_TRANSLATE_NOOP(
        "Errors", "This line cannot be ticked on this statement."
    ),
    ErrorCode.RECONCILIATION_NOT_LAST: QT_TRANSLATE_NOOP(
        "Errors", "Only the latest reconciliation of an account can be cancelled."
    ),
    ErrorCode.YEAR_ALREADY_CLOSED: QT_TRANSLATE_NOOP(
        "Errors", "The financial year {year} is already closed."
    ),
    ErrorCode.YEAR_NOT_CLOSED: QT_TRANSLATE_NOOP("Errors", "The financial year {year} is open."),
    ErrorCode.YEAR_NOT_ENDED: QT_TRANSLATE_NOOP(
        "Errors", "The financial year {year} is not over yet: it ends on {end}."
    ),
    ErrorCode.YEAR_PREVIOUS_OPEN: QT_TRANSLATE_NOOP(
        "Errors", "Close the financial year {year} first."
    ),
    ErrorCode.YEAR_NEXT_CLOSED: QT_TRANSLATE_NOOP(
        "Errors", "Reopen the financial year {year} first: it comes after this one."
    ),
    ErrorCode.YEAR_UNBALANCED: QT_TRANSLATE_NOOP(
        "Errors", "{count} transactions of this year do not balance: correct them first."
    ),
    # -- bank statement import (issue 3)
    ErrorCode.STATEMENT_UNREADABLE: QT_TRANSLATE_NOOP(
        "Errors", "The statement {path} cannot be read: {reason}."
    ),
    ErrorCode.STATEMENT_UNSUPPORTED: QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is not a CSV or Excel table ({format}). Export the statement from your bank "
        "as CSV or Excel.",
    ),
    ErrorCode.STATEMENT_EMPTY: QT_TRANSLATE_NOOP(
        "Errors", "The statement {path} contains no operations."
    ),
    ErrorCode.STATEMENT_MAPPING_INCOMPLETE: QT_TRANSLATE_NOOP(
        "Errors", "Say which column holds: {missing}."
    ),
    ErrorCode.STATEMENT_BAD_DATE: QT_TRANSLATE_NOOP(
        "Errors", "“{text}” is not a date. Example: 23/11/2026"
    ),
    ErrorCode.STATEMENT_NO_AMOUNT: QT_TRANSLATE_NOOP("Errors", "No amount on this row."),
    ErrorCode.STATEMENT_TWO_AMOUNTS: QT_TRANSLATE_NOOP(
        "Errors", "This row has both a debit ({debit}) and a credit ({credit})."
    ),
    ErrorCode.STATEMENT_NO_LABEL: QT_TRANSLATE_NOOP("Errors", "No label on this row."),
    ErrorCode.STATEMENT_HAS_ERRORS: QT_TRANSLATE_NOOP(
        "Errors", "{count} rows have errors: nothing was imported. Correct them and try again."
    ),
    ErrorCode.STATEMENT_BALANCE_MISMATCH: QT_TRANSLATE_NOOP(
        "Errors",
        "The statement's own balances do not add up: expected {expected}, found {found} "
        "(difference {difference}). Check the statement with your bank.",
    ),
    ErrorCode.STATEMENT_ACCOUNT_UNKNOWN: QT_TRANSLATE_NOOP(
        "Errors", "No treasury account named “{name}”. Accounts: {choices}."
    ),
    ErrorCode.STATEMENT_ACCOUNT_CURRENCY: QT_TRANSLATE_NOOP(
        "Errors",
        "The account {name} is in {currency}; statements can only be imported into accounts "
        "in {base}.",
    ),
    ErrorCode.STATEMENT_NOTHING_TO_IMPORT: QT_TRANSLATE_NOOP(
        "Errors", "Nothing to import: every row is already in the books."
    ),
    ErrorCode.STATEMENT_UNDO_REFUSED: QT_TRANSLATE_NOOP(
        "Errors",
        "The import cannot be undone: {count} of its transactions were reconciled or "
        "changed since.",
    ),
    ErrorCode.STATEMENT_CURRENCY: QT_TRANSLATE_NOOP(
        "Errors",
        "This statement is in {found} but the account {account} is kept in {expected}: its "
        "amounts would be wrong. Choose an account kept in {found}.",
    ),
    # -- grants and budgets (issue 4)
    ErrorCode.BUDGET_NEGATIVE_QUANTITY: QT_TRANSLATE_NOOP(
        "Errors", "The quantity cannot be negative ({value})."
    ),
    ErrorCode.BUDGET_NEGATIVE_AMOUNT: QT_TRANSLATE_NOOP(
        "Errors", "A budget amount cannot be negative ({value})."
    ),
    ErrorCode.BUDGET_PERCENT_RANGE: QT_TRANSLATE_NOOP(
        "Errors", "A percentage must be between 0 and 100 % ({value} given)."
    ),
    ErrorCode.BUDGET_RATE_MISSING: QT_TRANSLATE_NOOP(
        "Errors",
        "No exchange rate for {currency} on {date}: enter the grant's rate before using "
        "this currency.",
    ),
    ErrorCode.BUDGET_OUTSIDE_GRANT_PERIOD: QT_TRANSLATE_NOOP(
        "Errors",
        "The expense of {date} (“{label}”) is outside the grant period ({start} – {end}): "
        "the donor will not accept it.",
    ),
    ErrorCode.BUDGET_TOO_DEEP: QT_TRANSLATE_NOOP(
        "Errors", "Budget lines nest at most three levels deep."
    ),
    ErrorCode.BUDGET_CODE_TAKEN: QT_TRANSLATE_NOOP(
        "Errors", "The code {line} is already used in this budget."
    ),
    ErrorCode.BUDGET_LINE_USED: QT_TRANSLATE_NOOP(
        "Errors",
        "The line {line} has {count} expenses tagged to it: move them to another line first.",
    ),
    ErrorCode.BUDGET_NOT_EDITABLE: QT_TRANSLATE_NOOP(
        "Errors",
        "This budget is {status}: it cannot be changed. Make a new version (amendment) instead.",
    ),
    ErrorCode.BUDGET_PERIOD_ORDER: QT_TRANSLATE_NOOP(
        "Errors", "The end of the period must come after its start."
    ),
    ErrorCode.BUDGET_CAP_EXCEEDED: QT_TRANSLATE_NOOP(
        "Errors",
        "Line {line} ({label}) is {percent} of the direct costs: the donor allows at most {cap}.",
    ),
    ErrorCode.BUDGET_FUNDING_MISMATCH: QT_TRANSLATE_NOOP(
        "Errors",
        "The co-funding of line {line} adds up to {funded}, not to the line total {total}.",
    ),
    ErrorCode.BUDGET_NO_ACTIVITY: QT_TRANSLATE_NOOP(
        "Errors", "Line {line} is linked to no activity of the plan."
    ),
    ErrorCode.BUDGET_TRANSFER_BEYOND_FLEX: QT_TRANSLATE_NOOP(
        "Errors",
        "Heading {line} moves by {percent}, more than the {cap} allowed without an amendment.",
    ),
    ErrorCode.BUDGET_YEARS_MISMATCH: QT_TRANSLATE_NOOP(
        "Errors", "The yearly amounts of line {line} add up to {funded}, not to {total}."
    ),
    ErrorCode.BUDGET_NO_PREVIOUS_YEAR: QT_TRANSLATE_NOOP(
        "Errors", "There is no previous financial year to estimate from."
    ),
    # -- logframe and indicators (issue 5)
    ErrorCode.LOGFRAME_MISSING: QT_TRANSLATE_NOOP(
        "Errors", "The project {project} has no logframe yet."
    ),
    ErrorCode.LOGFRAME_IMPORT_UNREADABLE: QT_TRANSLATE_NOOP(
        "Errors",
        "{path} cannot be read as an Excel workbook (.xlsx). Open it in Excel or LibreOffice, "
        "save it as .xlsx and try again.",
    ),
    ErrorCode.LOGFRAME_IMPORT_NO_SHEET: QT_TRANSLATE_NOOP(
        "Errors", "The workbook has no sheet named “{sheet}”."
    ),
    ErrorCode.LOGFRAME_IMPORT_NO_HEADER: QT_TRANSLATE_NOOP(
        "Errors",
        "No logframe header row (Intervention logic, Indicators, Sources of verification, "
        "Assumptions) was found in the sheet “{sheet}”. Choose the columns by hand.",
    ),
    ErrorCode.LOGFRAME_IMPORT_NO_STATEMENT: QT_TRANSLATE_NOOP(
        "Errors", "Choose the column that holds the intervention logic (the statements)."
    ),
    ErrorCode.LOGFRAME_IMPORT_EMPTY: QT_TRANSLATE_NOOP(
        "Errors", "No objective, result or activity was found in the sheet “{sheet}”."
    ),
    ErrorCode.LOGFRAME_IMPORT_EXISTS: QT_TRANSLATE_NOOP(
        "Errors",
        "The project {project} already has a logframe: the import would replace it. Import "
        "into another project, or delete that logframe first.",
    ),
    ErrorCode.LOGFRAME_UNKNOWN_TEMPLATE: QT_TRANSLATE_NOOP(
        "Errors", "There is no logframe template named “{name}” in this file."
    ),
    ErrorCode.LOGFRAME_SECOND_ROOT: QT_TRANSLATE_NOOP(
        "Errors", "A logframe has only one overall objective."
    ),
    ErrorCode.LOGFRAME_TOO_DEEP: QT_TRANSLATE_NOOP(
        "Errors", "The logframe has no level below the activities."
    ),
    ErrorCode.LOGFRAME_ROOT_FIXED: QT_TRANSLATE_NOOP(
        "Errors", "The overall objective cannot be moved or deleted."
    ),
    ErrorCode.LOGFRAME_MOVE_INTO_ITSELF: QT_TRANSLATE_NOOP(
        "Errors", "An item cannot be moved under itself."
    ),
    ErrorCode.LOGFRAME_WRONG_LEVEL: QT_TRANSLATE_NOOP(
        "Errors", "An item keeps its level: place it under an item of the level just above."
    ),
    ErrorCode.INDICATOR_STATEMENT_REQUIRED: QT_TRANSLATE_NOOP(
        "Errors", "Describe what the indicator measures."
    ),
    ErrorCode.INDICATOR_BAD_NUMBER: QT_TRANSLATE_NOOP(
        "Errors", "“{text}” is not a number. Example: 12,5"
    ),
    ErrorCode.INDICATOR_YES_NO_VALUE: QT_TRANSLATE_NOOP(
        "Errors", "A yes/no indicator takes the value 1 (yes) or 0 (no)."
    ),
    ErrorCode.INDICATOR_PERCENTAGE_RANGE: QT_TRANSLATE_NOOP(
        "Errors", "A percentage is between 0 and 100."
    ),
    ErrorCode.INDICATOR_PERIOD_REQUIRED: QT_TRANSLATE_NOOP(
        "Errors", "Give the end date of the period."
    ),
    # -- activities and calendar (issue 6)
    ErrorCode.CALENDAR_END_BEFORE_START: QT_TRANSLATE_NOOP(
        "Errors", "The end ({end}) comes before the start ({start})."
    ),
    ErrorCode.CALENDAR_OUTSIDE_PROJECT: QT_TRANSLATE_NOOP(
        "Errors",
        "The dates must stay within the project period, from {project_start} to {project_end}.",
    ),
    ErrorCode.CALENDAR_NEGATIVE_ATTENDANCE: QT_TRANSLATE_NOOP(
        "Errors", "A number of participants cannot be negative ({count})."
    ),
    ErrorCode.CALENDAR_NOT_A_RESULT: QT_TRANSLATE_NOOP(
        "Errors", "Choose a result of this project's logframe for the activity."
    ),
    ErrorCode.CALENDAR_PARTICIPANT_INVALID: QT_TRANSLATE_NOOP(
        "Errors",
        "Participant {row}: give initials only (at most {max_length} characters), not a full name.",
    ),
    ErrorCode.CALENDAR_SESSION_OUTSIDE_PROJECT: QT_TRANSLATE_NOOP(
        "Errors",
        "The session date must be within the project period, from {project_start} to "
        "{project_end}.",
    ),
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
