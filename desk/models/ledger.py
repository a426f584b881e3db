"""Books: chart of accounts, treasury accounts, transactions and their splits, receipts,
cash counts and bank reconciliations.

Every transaction's splits sum to zero; SQLite cannot check a sum across rows, so the ledger
service enforces it and `assodesk check` verifies it.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from desk.domain.enums import AccountKind, TransactionKind, TreasuryKind
from desk.models.base import Base, MinorUnits, UtcDateTime, str_enum, utcnow


class Account(Base):
    """An account of the chart (CGNC numbering). Treasurers see `plain_name`, not `code`."""

    __tablename__ = "account"
    __table_args__ = (UniqueConstraint("code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))  # official label of the plan comptable
    plain_name: Mapped[str] = mapped_column(String(200))  # what the treasurer picks
    kind: Mapped[AccountKind] = mapped_column(str_enum(AccountKind, "account_kind"))
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("account.id", ondelete="RESTRICT"), nullable=True
    )
    is_category: Mapped[bool] = mapped_column(default=False)  # offered in expense/income forms
    active: Mapped[bool] = mapped_column(default=True)


class TreasuryAccount(Base):
    """Where money sits: the caisse, a bank account, a mobile-money wallet."""

    __tablename__ = "treasury_account"
    __table_args__ = (UniqueConstraint("name"), UniqueConstraint("account_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[TreasuryKind] = mapped_column(str_enum(TreasuryKind, "treasury_kind"))
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="RESTRICT"))
    currency: Mapped[str] = mapped_column(String(3), default="MAD")
    bank_name: Mapped[str] = mapped_column(String(100), default="")
    account_number: Mapped[str] = mapped_column(String(60), default="")  # RIB
    # Money kept on a member's personal account: allowed but flagged in every report.
    held_by_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="RESTRICT"), nullable=True
    )
    active: Mapped[bool] = mapped_column(default=True)

    account: Mapped[Account] = relationship()


class Transaction(Base):
    """One dated event (an écriture). Amounts live on its splits."""

    __tablename__ = "transaction"
    __table_args__ = (
        UniqueConstraint("financial_year_id", "receipt_number"),
        Index("ix_transaction_date_id", "date", "id"),
        Index("ix_transaction_label_id", "label", "id"),  # the ledger sorted by label
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    financial_year_id: Mapped[int] = mapped_column(
        ForeignKey("financial_year.id", ondelete="RESTRICT")
    )
    date: Mapped[date] = mapped_column(Date)
    kind: Mapped[TransactionKind] = mapped_column(str_enum(TransactionKind, "transaction_kind"))
    label: Mapped[str] = mapped_column(String(300))
    # Pièce number, e.g. "2025-0042"; NULL while not numbered. Unique within a year.
    receipt_number: Mapped[str | None] = mapped_column(String(40), nullable=True)
    payee: Mapped[str] = mapped_column(String(200), default="")
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="RESTRICT"), nullable=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    # Set when the treasurer states that no receipt can exist (e.g. bank fees).
    receipt_not_required: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)

    splits: Mapped[list[Split]] = relationship(
        back_populates="transaction", cascade="all, delete-orphan", passive_deletes=True
    )
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="transaction", cascade="all, delete-orphan", passive_deletes=True
    )


class Split(Base):
    """One leg of a transaction, in the base currency, with its analytic links."""

    __tablename__ = "split"
    __table_args__ = (
        CheckConstraint("amount_minor <> 0", name="amount_not_zero"),
        CheckConstraint(
            "(original_minor IS NULL) = (original_currency IS NULL)", name="original_pair"
        ),
        # Covering: an account's balance and running balance read the index alone (1M splits).
        Index("ix_split_account_tx_amount", "account_id", "transaction_id", "amount_minor"),
        # The ledger's filters probe "a split of this transaction on project X" in one seek.
        Index("ix_split_project_tx", "project_id", "transaction_id"),
        Index("ix_split_budget_line_tx", "budget_line_id", "transaction_id"),
        Index("ix_split_activity_tx", "activity_id", "transaction_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    transaction_id: Mapped[int] = mapped_column(
        ForeignKey("transaction.id", ondelete="CASCADE"), index=True
    )
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="RESTRICT"))
    amount_minor: Mapped[int] = mapped_column(MinorUnits)  # debit > 0, credit < 0
    memo: Mapped[str] = mapped_column(String(300), default="")
    # Foreign-currency origin (e.g. a EUR grant transfer) and the rate used.
    original_minor: Mapped[int | None] = mapped_column(MinorUnits, nullable=True)
    original_currency: Mapped[str | None] = mapped_column(String(3), nullable=True)
    rate: Mapped[str | None] = mapped_column(String(40), nullable=True)  # Decimal as text
    project_id: Mapped[int | None] = mapped_column(
        ForeignKey("project.id", ondelete="RESTRICT"), nullable=True
    )
    budget_line_id: Mapped[int | None] = mapped_column(
        ForeignKey("budget_line.id", ondelete="RESTRICT"), nullable=True
    )
    activity_id: Mapped[int | None] = mapped_column(
        ForeignKey("activity.id", ondelete="SET NULL"), nullable=True
    )
    funder_id: Mapped[int | None] = mapped_column(
        ForeignKey("funder.id", ondelete="RESTRICT"), nullable=True
    )
    reconciliation_id: Mapped[int | None] = mapped_column(
        ForeignKey("bank_reconciliation.id", ondelete="SET NULL"), nullable=True
    )

    transaction: Mapped[Transaction] = relationship(back_populates="splits")


class Attachment(Base):
    """A receipt (pièce justificative) stored inside the file."""

    __tablename__ = "attachment"
    __table_args__ = (CheckConstraint("size >= 0", name="size_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    transaction_id: Mapped[int] = mapped_column(
        ForeignKey("transaction.id", ondelete="CASCADE"), index=True
    )
    original_name: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column()
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    # Deferred: listing receipts must never load their bytes.
    data: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    transaction: Mapped[Transaction] = relationship(back_populates="attachments")


class CashCount(Base):
    """A comptage de caisse: notes and coins counted, compared with the book balance."""

    __tablename__ = "cash_count"

    id: Mapped[int] = mapped_column(primary_key=True)
    treasury_account_id: Mapped[int] = mapped_column(
        ForeignKey("treasury_account.id", ondelete="RESTRICT")
    )
    date: Mapped[date] = mapped_column(Date)
    denominations: Mapped[str] = mapped_column(Text)  # JSON {"20000": 3, "50": 2} minor->count
    counted_minor: Mapped[int] = mapped_column(MinorUnits)
    book_minor: Mapped[int] = mapped_column(MinorUnits)
    counted_by: Mapped[str] = mapped_column(String(100), default="")
    adjustment_transaction_id: Mapped[int | None] = mapped_column(
        ForeignKey("transaction.id", ondelete="SET NULL"), nullable=True
    )
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class BankReconciliation(Base):
    """A rapprochement bancaire against one statement."""

    __tablename__ = "bank_reconciliation"

    id: Mapped[int] = mapped_column(primary_key=True)
    treasury_account_id: Mapped[int] = mapped_column(
        ForeignKey("treasury_account.id", ondelete="RESTRICT")
    )
    statement_date: Mapped[date] = mapped_column(Date)
    closing_balance_minor: Mapped[int] = mapped_column(MinorUnits)
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
