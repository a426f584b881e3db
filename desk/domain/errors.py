"""Errors are data: a stable code plus parameters, turned into words only by the UI or CLI.

Every layer raises `DomainError` (or a subclass) with a code from `ErrorCode`; the UI and the CLI
turn it into a translated, plain-language sentence with `desk.i18n.messages.describe_error` and
show it next to the field at fault (`field`).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class ErrorCode(StrEnum):
    """Stable identifiers of everything that can be refused. Never renumber or reuse one."""

    # money
    MONEY_EMPTY = "money.empty"
    MONEY_INVALID = "money.invalid"
    MONEY_TOO_MANY_DECIMALS = "money.too_many_decimals"
    MONEY_FLOAT_REFUSED = "money.float_refused"
    MONEY_CURRENCY_MISMATCH = "money.currency_mismatch"
    MONEY_UNKNOWN_CURRENCY = "money.unknown_currency"
    MONEY_NEGATIVE_NOT_ALLOWED = "money.negative_not_allowed"
    MONEY_BAD_WEIGHTS = "money.bad_weights"
    MONEY_TOO_LARGE = "money.too_large"
    # ledger
    TRANSACTION_UNBALANCED = "ledger.unbalanced"
    TRANSACTION_EMPTY = "ledger.empty"
    TRANSACTION_DATE_OUTSIDE_YEAR = "ledger.date_outside_year"
    YEAR_CLOSED = "ledger.year_closed"
    RECEIPT_NUMBER_TAKEN = "ledger.receipt_number_taken"
    UNKNOWN_ACCOUNT = "ledger.unknown_account"
    # records
    NOT_FOUND = "record.not_found"
    REQUIRED = "record.required"
    INVALID_VALUE = "record.invalid_value"
    # files
    FILE_NOT_FOUND = "file.not_found"
    FILE_NOT_ASSODESK = "file.not_assodesk"
    FILE_CORRUPT = "file.corrupt"
    FILE_TOO_NEW = "file.too_new"
    FILE_LOCKED = "file.locked"
    FILE_READ_ONLY = "file.read_only"
    FILE_EXISTS = "file.exists"
    FILE_WRITE_FAILED = "file.write_failed"
    DISK_FULL = "file.disk_full"
    # Each area adds its codes under its own heading (several people work at once).
    # -- treasury: entry, receipts, cash count, reconciliation, year closing (issue 3)
    ENTRY_SPLIT_REMAINDER = "treasury.split_remainder"
    ENTRY_SAME_ACCOUNT = "treasury.same_account"
    ENTRY_NOT_EDITABLE = "treasury.not_editable"
    TRANSACTION_RECONCILED = "treasury.reconciled"
    ATTACHMENT_UNSUPPORTED = "treasury.attachment_unsupported"
    ATTACHMENT_TOO_LARGE = "treasury.attachment_too_large"
    # cash count, reconciliation, year closing (bookkeeping)
    CASH_BAD_COUNT = "treasury.cash_bad_count"
    CASH_NOT_CASH_ACCOUNT = "treasury.cash_not_cash_account"
    CASH_NO_DIFFERENCE = "treasury.cash_no_difference"
    CASH_ALREADY_ADJUSTED = "treasury.cash_already_adjusted"
    RECONCILIATION_NOT_BANK = "treasury.reconciliation_not_bank"
    RECONCILIATION_NOT_BALANCED = "treasury.reconciliation_not_balanced"
    RECONCILIATION_DRAFT_EXISTS = "treasury.reconciliation_draft_exists"
    RECONCILIATION_DATE_BEFORE_LAST = "treasury.reconciliation_date_before_last"
    RECONCILIATION_FINISHED = "treasury.reconciliation_finished"
    RECONCILIATION_SPLIT_UNAVAILABLE = "treasury.reconciliation_split_unavailable"
    RECONCILIATION_NOT_LAST = "treasury.reconciliation_not_last"
    YEAR_ALREADY_CLOSED = "treasury.year_already_closed"
    YEAR_NOT_CLOSED = "treasury.year_not_closed"
    YEAR_NOT_ENDED = "treasury.year_not_ended"
    YEAR_PREVIOUS_OPEN = "treasury.year_previous_open"
    YEAR_NEXT_CLOSED = "treasury.year_next_closed"
    YEAR_UNBALANCED = "treasury.year_unbalanced"
    # -- bank statement import (issue 3)
    STATEMENT_UNREADABLE = "bank_import.unreadable"
    STATEMENT_UNSUPPORTED = "bank_import.unsupported"
    STATEMENT_EMPTY = "bank_import.empty"
    STATEMENT_MAPPING_INCOMPLETE = "bank_import.mapping_incomplete"
    STATEMENT_BAD_DATE = "bank_import.bad_date"
    STATEMENT_NO_AMOUNT = "bank_import.no_amount"
    STATEMENT_TWO_AMOUNTS = "bank_import.two_amounts"
    STATEMENT_NO_LABEL = "bank_import.no_label"
    STATEMENT_HAS_ERRORS = "bank_import.has_errors"
    STATEMENT_BALANCE_MISMATCH = "bank_import.balance_mismatch"
    STATEMENT_ACCOUNT_UNKNOWN = "bank_import.account_unknown"
    STATEMENT_ACCOUNT_CURRENCY = "bank_import.account_currency"
    STATEMENT_NOTHING_TO_IMPORT = "bank_import.nothing_to_import"
    STATEMENT_UNDO_REFUSED = "bank_import.undo_refused"
    STATEMENT_CURRENCY = "bank_import.currency"
    # -- grants and budgets (issue 4)
    BUDGET_NEGATIVE_QUANTITY = "budget.negative_quantity"
    BUDGET_NEGATIVE_AMOUNT = "budget.negative_amount"
    BUDGET_PERCENT_RANGE = "budget.percent_range"
    BUDGET_RATE_MISSING = "budget.rate_missing"
    BUDGET_OUTSIDE_GRANT_PERIOD = "budget.outside_grant_period"
    BUDGET_TOO_DEEP = "budget.too_deep"
    BUDGET_CODE_TAKEN = "budget.code_taken"
    BUDGET_LINE_USED = "budget.line_used"
    BUDGET_NOT_EDITABLE = "budget.not_editable"
    BUDGET_PERIOD_ORDER = "budget.period_order"
    BUDGET_CAP_EXCEEDED = "budget.cap_exceeded"
    BUDGET_FUNDING_MISMATCH = "budget.funding_mismatch"
    BUDGET_NO_ACTIVITY = "budget.no_activity"
    BUDGET_TRANSFER_BEYOND_FLEX = "budget.transfer_beyond_flex"
    BUDGET_YEARS_MISMATCH = "budget.years_mismatch"
    BUDGET_NO_PREVIOUS_YEAR = "budget.no_previous_year"
    # -- logframe and indicators (issue 5)
    LOGFRAME_MISSING = "logframe.missing"
    LOGFRAME_IMPORT_UNREADABLE = "logframe.import_unreadable"
    LOGFRAME_IMPORT_NO_SHEET = "logframe.import_no_sheet"
    LOGFRAME_IMPORT_NO_HEADER = "logframe.import_no_header"
    LOGFRAME_IMPORT_NO_STATEMENT = "logframe.import_no_statement"
    LOGFRAME_IMPORT_EMPTY = "logframe.import_empty"
    LOGFRAME_IMPORT_EXISTS = "logframe.import_exists"
    LOGFRAME_UNKNOWN_TEMPLATE = "logframe.unknown_template"
    LOGFRAME_SECOND_ROOT = "logframe.second_root"
    LOGFRAME_TOO_DEEP = "logframe.too_deep"
    LOGFRAME_ROOT_FIXED = "logframe.root_fixed"
    LOGFRAME_MOVE_INTO_ITSELF = "logframe.move_into_itself"
    LOGFRAME_WRONG_LEVEL = "logframe.wrong_level"
    INDICATOR_STATEMENT_REQUIRED = "indicator.statement_required"
    INDICATOR_BAD_NUMBER = "indicator.bad_number"
    INDICATOR_YES_NO_VALUE = "indicator.yes_no_value"
    INDICATOR_PERCENTAGE_RANGE = "indicator.percentage_range"
    INDICATOR_PERIOD_REQUIRED = "indicator.period_required"
    # -- activities and calendar (issue 6)
    CALENDAR_END_BEFORE_START = "calendar.end_before_start"
    CALENDAR_OUTSIDE_PROJECT = "calendar.outside_project"
    CALENDAR_NEGATIVE_ATTENDANCE = "calendar.negative_attendance"
    CALENDAR_NOT_A_RESULT = "calendar.not_a_result"
    CALENDAR_PARTICIPANT_INVALID = "calendar.participant_invalid"
    CALENDAR_SESSION_OUTSIDE_PROJECT = "calendar.session_outside_project"


class DomainError(Exception):
    """A refusal with a code, optional parameters and the field at fault.

    `str(error)` gives an English technical description for logs; users see the translation
    of `code` with `params` substituted.
    """

    def __init__(self, code: ErrorCode, field: str | None = None, **params: Any) -> None:
        self.code = code
        self.field = field
        self.params: dict[str, Any] = params
        detail = ", ".join(f"{k}={v!r}" for k, v in sorted(params.items()))
        where = f" [{field}]" if field else ""
        super().__init__(f"{code.value}{where}: {detail}" if detail else f"{code.value}{where}")
