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
    # -- bank statement import (issue 3)
    # -- grants and budgets (issue 4)
    # -- logframe and indicators (issue 5)
    # -- activities and calendar (issue 6)


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
