"""SQLAlchemy models of an AssoDesk file, one module per area. Importing this package registers
every table on `Base.metadata` (Alembic and the store rely on that)."""

from desk.models.audit import AuditEntry
from desk.models.base import Base
from desk.models.budget import (
    Budget,
    BudgetLine,
    BudgetLineFunding,
    BudgetLineYear,
    ExchangeRate,
    Funder,
    Instalment,
    Project,
)
from desk.models.calendar import (
    Activity,
    Attendance,
    Deadline,
    Participant,
    Session,
    activity_budget_lines,
    session_participants,
)
from desk.models.ledger import (
    Account,
    Attachment,
    BankReconciliation,
    CashCount,
    Split,
    Transaction,
    TreasuryAccount,
)
from desk.models.logframe import (
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    Logframe,
    LogframeLevel,
    LogframeNode,
    LogframeTemplate,
)
from desk.models.organisation import FinancialYear, Member, Organisation
from desk.models.review import ReviewComment

__all__ = [
    "Account",
    "Activity",
    "Attachment",
    "Attendance",
    "AuditEntry",
    "BankReconciliation",
    "Base",
    "Budget",
    "BudgetLine",
    "BudgetLineFunding",
    "BudgetLineYear",
    "CashCount",
    "Deadline",
    "ExchangeRate",
    "FinancialYear",
    "Funder",
    "Indicator",
    "IndicatorTarget",
    "IndicatorValue",
    "Instalment",
    "Logframe",
    "LogframeLevel",
    "LogframeNode",
    "LogframeTemplate",
    "Member",
    "Organisation",
    "Participant",
    "Project",
    "ReviewComment",
    "Session",
    "Split",
    "Transaction",
    "TreasuryAccount",
    "activity_budget_lines",
    "session_participants",
]
