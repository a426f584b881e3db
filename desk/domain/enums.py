"""The closed vocabularies of AssoDesk, shared by models, services and the UI.

Values are stored in the file: never rename a value, add new ones instead.
"""

from __future__ import annotations

from enum import StrEnum


class AccountKind(StrEnum):
    """Where an account sits in the chart (CGNC classes)."""

    EQUITY = "equity"  # class 1
    ASSET = "asset"  # class 2/3 (fixed assets, receivables such as member advances)
    LIABILITY = "liability"  # class 4 (payables)
    TREASURY = "treasury"  # class 5 (cash, bank)
    EXPENSE = "expense"  # class 6
    INCOME = "income"  # class 7


class TreasuryKind(StrEnum):
    CASH = "cash"
    BANK = "bank"
    MOBILE_MONEY = "mobile_money"


class TransactionKind(StrEnum):
    """What the treasurer said happened; the splits say how it is booked."""

    EXPENSE = "expense"
    INCOME = "income"
    TRANSFER = "transfer"
    ADVANCE = "advance"
    ADVANCE_SETTLEMENT = "advance_settlement"
    REIMBURSEMENT = "reimbursement"
    OPENING = "opening"
    ADJUSTMENT = "adjustment"


class YearStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class ProjectStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    SIGNED = "signed"
    ONGOING = "ongoing"
    CLOSED = "closed"
    REJECTED = "rejected"


class RatePolicy(StrEnum):
    FIXED = "fixed"
    PER_TRANSFER = "per_transfer"
    MONTHLY = "monthly"


class FunderKind(StrEnum):
    MULTILATERAL = "multilateral"
    BILATERAL = "bilateral"
    PUBLIC_MOROCCAN = "public_moroccan"
    PRIVATE = "private"
    OWN_FUNDS = "own_funds"


class BudgetStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    SIGNED = "signed"
    AMENDMENT = "amendment"


class BudgetTemplate(StrEnum):
    EU = "eu"
    FREE = "free"
    OPERATING = "operating"


class BudgetLineKind(StrEnum):
    HEADING = "heading"  # groups children, total = sum of children
    AMOUNT = "amount"  # quantity x unit cost (x duration)
    PERCENTAGE = "percentage"  # a % of the direct-costs subtotal (indirect costs, contingency)
    COMPUTED = "computed"  # a subtotal of the donor layout (EU lines 7, 9, 11, 13)


class LogframeLayout(StrEnum):
    EU_2004 = "eu2004"
    EU_2016 = "eu2016"
    CUSTOM = "custom"


class IndicatorKind(StrEnum):
    NUMBER = "number"
    PERCENTAGE = "percentage"
    YES_NO = "yes_no"
    TEXT = "text"


class Sex(StrEnum):
    """Disaggregation by sex; UNKNOWN is always there, TOTAL is for undisaggregated figures."""

    FEMALE = "female"
    MALE = "male"
    UNKNOWN = "unknown"
    TOTAL = "total"


class AgeGroup(StrEnum):
    UNDER_18 = "under_18"
    FROM_18_TO_35 = "18_35"
    FROM_36_TO_59 = "36_59"
    OVER_60 = "60_plus"
    UNKNOWN = "unknown"
    ALL = "all"


class ActivityStatus(StrEnum):
    PLANNED = "planned"
    ONGOING = "ongoing"
    DONE = "done"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"


class DeadlineKind(StrEnum):
    MILESTONE = "milestone"
    REPORT = "report"
    INSTALMENT = "instalment"


class CommentStatus(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    CLOSE = "close"
    REOPEN = "reopen"
    IMPORT = "import"
    MIGRATE = "migrate"


class ProgressState(StrEnum):
    """An indicator's progress compared with the share of the project period elapsed
    (`desk.domain.indicators.progress_state`)."""

    AHEAD = "ahead"  # en avance
    ON_TRACK = "on_track"  # dans les temps
    LATE = "late"  # en retard
    NO_DATA = "no_data"  # pas de données
