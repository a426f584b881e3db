"""Translated words for the stored vocabularies (statuses, kinds, actions, record types).

Sources are marked with QT_TRANSLATE_NOOP and translated on each call, so that a language
switch at run time is honoured; an unknown value falls back to the value itself.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desk.domain.enums import (
    ActivityStatus,
    AuditAction,
    BudgetStatus,
    CommentStatus,
    DeadlineKind,
    IndicatorKind,
    ProjectStatus,
    TransactionKind,
    TreasuryKind,
)

# English sources, marked for lupdate; translated when asked for.
_LABELS: dict[Enum, object] = {  # QT_TRANSLATE_NOOP is typed as returning object
    ActivityStatus.PLANNED: QT_TRANSLATE_NOOP("Pages", "Planned"),
    ActivityStatus.ONGOING: QT_TRANSLATE_NOOP("Pages", "Ongoing"),
    ActivityStatus.DONE: QT_TRANSLATE_NOOP("Pages", "Done"),
    ActivityStatus.POSTPONED: QT_TRANSLATE_NOOP("Pages", "Postponed"),
    ActivityStatus.CANCELLED: QT_TRANSLATE_NOOP("Pages", "Cancelled"),
    ProjectStatus.DRAFT: QT_TRANSLATE_NOOP("Pages", "Draft"),
    ProjectStatus.SUBMITTED: QT_TRANSLATE_NOOP("Pages", "Submitted"),
    ProjectStatus.SIGNED: QT_TRANSLATE_NOOP("Pages", "Signed"),
    ProjectStatus.ONGOING: QT_TRANSLATE_NOOP("Pages", "In progress"),
    ProjectStatus.CLOSED: QT_TRANSLATE_NOOP("Pages", "Closed"),
    ProjectStatus.REJECTED: QT_TRANSLATE_NOOP("Pages", "Rejected"),
    BudgetStatus.DRAFT: QT_TRANSLATE_NOOP("Pages", "Draft"),
    BudgetStatus.SUBMITTED: QT_TRANSLATE_NOOP("Pages", "Submitted"),
    BudgetStatus.SIGNED: QT_TRANSLATE_NOOP("Pages", "Signed"),
    BudgetStatus.AMENDMENT: QT_TRANSLATE_NOOP("Pages", "Amendment"),
    CommentStatus.OPEN: QT_TRANSLATE_NOOP("Pages", "Open"),
    CommentStatus.RESOLVED: QT_TRANSLATE_NOOP("Pages", "Resolved"),
    DeadlineKind.MILESTONE: QT_TRANSLATE_NOOP("Pages", "Milestone"),
    DeadlineKind.REPORT: QT_TRANSLATE_NOOP("Pages", "Report due"),
    DeadlineKind.INSTALMENT: QT_TRANSLATE_NOOP("Pages", "Instalment"),
    AuditAction.CREATE: QT_TRANSLATE_NOOP("Pages", "Created"),
    AuditAction.UPDATE: QT_TRANSLATE_NOOP("Pages", "Changed"),
    AuditAction.DELETE: QT_TRANSLATE_NOOP("Pages", "Deleted"),
    AuditAction.CLOSE: QT_TRANSLATE_NOOP("Pages", "Closed"),
    AuditAction.REOPEN: QT_TRANSLATE_NOOP("Pages", "Reopened"),
    AuditAction.IMPORT: QT_TRANSLATE_NOOP("Pages", "Imported"),
    AuditAction.MIGRATE: QT_TRANSLATE_NOOP("Pages", "File upgraded"),
    TransactionKind.EXPENSE: QT_TRANSLATE_NOOP("Pages", "Expense"),
    TransactionKind.INCOME: QT_TRANSLATE_NOOP("Pages", "Income"),
    TransactionKind.TRANSFER: QT_TRANSLATE_NOOP("Pages", "Transfer"),
    TransactionKind.ADVANCE: QT_TRANSLATE_NOOP("Pages", "Advance"),
    TransactionKind.ADVANCE_SETTLEMENT: QT_TRANSLATE_NOOP("Pages", "Advance settled"),
    TransactionKind.REIMBURSEMENT: QT_TRANSLATE_NOOP("Pages", "Reimbursement"),
    TransactionKind.OPENING: QT_TRANSLATE_NOOP("Pages", "Opening balance"),
    TransactionKind.ADJUSTMENT: QT_TRANSLATE_NOOP("Pages", "Adjustment"),
    TreasuryKind.CASH: QT_TRANSLATE_NOOP("Pages", "Cash"),
    TreasuryKind.BANK: QT_TRANSLATE_NOOP("Pages", "Bank"),
    TreasuryKind.MOBILE_MONEY: QT_TRANSLATE_NOOP("Pages", "Mobile money"),
    IndicatorKind.NUMBER: QT_TRANSLATE_NOOP("Pages", "Number"),
    IndicatorKind.PERCENTAGE: QT_TRANSLATE_NOOP("Pages", "Percentage"),
    IndicatorKind.YES_NO: QT_TRANSLATE_NOOP("Pages", "Yes/no"),
    IndicatorKind.TEXT: QT_TRANSLATE_NOOP("Pages", "Text"),
}


def label(value: Enum) -> str:
    """The user's-language word for a stored enum value."""
    source = _LABELS.get(value)
    return str(value.value) if source is None else QCoreApplication.translate("Pages", str(source))


_RECORD_KINDS: dict[str, object] = {
    "": QT_TRANSLATE_NOOP("Pages", "Whole file"),
    "transaction": QT_TRANSLATE_NOOP("Pages", "Transaction"),
    "split": QT_TRANSLATE_NOOP("Pages", "Transaction line"),
    "project": QT_TRANSLATE_NOOP("Pages", "Project"),
    "activity": QT_TRANSLATE_NOOP("Pages", "Activity"),
    "budget": QT_TRANSLATE_NOOP("Pages", "Budget"),
    "budget_line": QT_TRANSLATE_NOOP("Pages", "Budget line"),
    "logframe_node": QT_TRANSLATE_NOOP("Pages", "Logframe"),
    "indicator": QT_TRANSLATE_NOOP("Pages", "Indicator"),
    "member": QT_TRANSLATE_NOOP("Pages", "Member"),
    "organisation": QT_TRANSLATE_NOOP("Pages", "Association"),
    "financial_year": QT_TRANSLATE_NOOP("Pages", "Financial year"),
    "attachment": QT_TRANSLATE_NOOP("Pages", "Receipt"),
    "session": QT_TRANSLATE_NOOP("Pages", "Session"),
    "review_comment": QT_TRANSLATE_NOOP("Pages", "Comment"),
    "participant": QT_TRANSLATE_NOOP("Pages", "Participant"),
    "attendance": QT_TRANSLATE_NOOP("Pages", "Attendance"),
    "deadline": QT_TRANSLATE_NOOP("Pages", "Deadline"),
    "instalment": QT_TRANSLATE_NOOP("Pages", "Instalment"),
    "funder": QT_TRANSLATE_NOOP("Pages", "Donor"),
    "logframe": QT_TRANSLATE_NOOP("Pages", "Logframe"),
    "indicator_value": QT_TRANSLATE_NOOP("Pages", "Indicator value"),
    "cash_count": QT_TRANSLATE_NOOP("Pages", "Cash count"),
    "bank_reconciliation": QT_TRANSLATE_NOOP("Pages", "Bank reconciliation"),
    "treasury_account": QT_TRANSLATE_NOOP("Pages", "Treasury account"),
    "account": QT_TRANSLATE_NOOP("Pages", "Category"),
}


def record_kind(table: str) -> str:
    """What kind of record a table holds, in words: "transaction" -> "Opération"."""
    source = _RECORD_KINDS.get(table)
    return table if source is None else QCoreApplication.translate("Pages", str(source))
