"""Funders, projects (grants) with their rules and instalments, budgets and budget lines.

Percentages are stored in basis points (700 = 7 %) and quantities in thousandths (13.5 units =
13500) so that CHECK constraints can compare them exactly.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk.domain.enums import (
    BudgetLineKind,
    BudgetStatus,
    BudgetTemplate,
    FunderKind,
    ProjectStatus,
    RatePolicy,
)
from desk.models.base import Base, DecimalText, MinorUnits, UtcDateTime, str_enum, utcnow


class Funder(Base):
    """A bailleur: EU, Enabel, IOM, an embassy, a Moroccan programme, or the association itself."""

    __tablename__ = "funder"
    __table_args__ = (UniqueConstraint("name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    acronym: Mapped[str] = mapped_column(String(40), default="")
    kind: Mapped[FunderKind] = mapped_column(str_enum(FunderKind, "funder_kind"))
    country: Mapped[str] = mapped_column(String(60), default="")
    is_foreign: Mapped[bool] = mapped_column(default=False)  # foreign funding must be declared


class Project(Base):
    """A project and its grant: donor, period, currency and the donor's rules."""

    __tablename__ = "project"
    __table_args__ = (
        UniqueConstraint("code"),
        CheckConstraint("end_date >= start_date", name="dates_ordered"),
        CheckConstraint("donor_share_bp BETWEEN 0 AND 10000", name="donor_share"),
        CheckConstraint("indirect_cap_bp BETWEEN 0 AND 10000", name="indirect_cap"),
        CheckConstraint("contingency_cap_bp BETWEEN 0 AND 10000", name="contingency_cap"),
        CheckConstraint("transfer_flex_bp BETWEEN 0 AND 10000", name="transfer_flex"),
        CheckConstraint("length(currency) = 3", name="currency_iso"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(300))
    funder_id: Mapped[int | None] = mapped_column(
        ForeignKey("funder.id", ondelete="RESTRICT"), nullable=True
    )
    reference: Mapped[str] = mapped_column(String(100), default="")
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    eligible_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    eligible_end: Mapped[date | None] = mapped_column(Date, nullable=True)
    currency: Mapped[str] = mapped_column(String(3), default="MAD")
    rate_policy: Mapped[RatePolicy] = mapped_column(
        str_enum(RatePolicy, "rate_policy"), default=RatePolicy.FIXED
    )
    fixed_rate: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)  # MAD per unit
    status: Mapped[ProjectStatus] = mapped_column(
        str_enum(ProjectStatus, "project_status"), default=ProjectStatus.DRAFT
    )
    donor_share_bp: Mapped[int] = mapped_column(default=10000)
    indirect_cap_bp: Mapped[int] = mapped_column(default=700)
    contingency_cap_bp: Mapped[int] = mapped_column(default=500)
    transfer_flex_bp: Mapped[int] = mapped_column(default=2500)
    place: Mapped[str] = mapped_column(String(200), default="")
    summary: Mapped[str] = mapped_column(Text, default="")

    funder: Mapped[Funder | None] = relationship()
    instalments: Mapped[list[Instalment]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="Instalment.number"
    )


class Instalment(Base):
    """A tranche of a grant: expected date and amount, linked to the income once received."""

    __tablename__ = "instalment"
    __table_args__ = (
        UniqueConstraint("project_id", "number"),
        CheckConstraint("amount_minor > 0", name="amount_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column()
    expected_date: Mapped[date] = mapped_column(Date)
    amount_minor: Mapped[int] = mapped_column(MinorUnits)  # in the project's currency
    received_transaction_id: Mapped[int | None] = mapped_column(
        ForeignKey("transaction.id", ondelete="SET NULL"), nullable=True
    )

    project: Mapped[Project] = relationship(back_populates="instalments")


class ExchangeRate(Base):
    """A monthly (or fixed) rate used by a grant's rate policy: 1 unit = `rate` base units."""

    __tablename__ = "exchange_rate"
    __table_args__ = (UniqueConstraint("project_id", "currency", "month"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int | None] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), nullable=True
    )
    currency: Mapped[str] = mapped_column(String(3))
    month: Mapped[date] = mapped_column(Date)  # first day of the month
    rate: Mapped[Decimal] = mapped_column(DecimalText)


class Budget(Base):
    """A project budget (one per version) or the association's yearly operating budget."""

    __tablename__ = "budget"
    __table_args__ = (
        CheckConstraint(
            "(project_id IS NOT NULL) OR (financial_year_id IS NOT NULL)", name="owner"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int | None] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), nullable=True
    )
    financial_year_id: Mapped[int | None] = mapped_column(
        ForeignKey("financial_year.id", ondelete="RESTRICT"), nullable=True
    )
    name: Mapped[str] = mapped_column(String(200))
    template: Mapped[BudgetTemplate] = mapped_column(str_enum(BudgetTemplate, "budget_template"))
    status: Mapped[BudgetStatus] = mapped_column(
        str_enum(BudgetStatus, "budget_status"), default=BudgetStatus.DRAFT
    )
    version: Mapped[int] = mapped_column(default=1)
    based_on_id: Mapped[int | None] = mapped_column(
        ForeignKey("budget.id", ondelete="SET NULL"), nullable=True
    )
    currency: Mapped[str] = mapped_column(String(3), default="MAD")
    years: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    project: Mapped[Project | None] = relationship()
    lines: Mapped[list[BudgetLine]] = relationship(
        back_populates="budget", cascade="all, delete-orphan", order_by="BudgetLine.position"
    )


class BudgetLine(Base):
    """A ligne budgétaire; nests up to three levels under its budget."""

    __tablename__ = "budget_line"
    __table_args__ = (
        UniqueConstraint("budget_id", "code"),
        CheckConstraint("level BETWEEN 1 AND 3", name="level_range"),
        CheckConstraint("quantity_milli >= 0", name="quantity_positive"),
        CheckConstraint("unit_cost_minor >= 0", name="unit_cost_positive"),
        CheckConstraint("duration_milli IS NULL OR duration_milli >= 0", name="duration_positive"),
        CheckConstraint("percent_bp IS NULL OR percent_bp BETWEEN 0 AND 10000", name="percent"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    budget_id: Mapped[int] = mapped_column(ForeignKey("budget.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("budget_line.id", ondelete="CASCADE"), nullable=True
    )
    level: Mapped[int] = mapped_column(default=1)
    position: Mapped[int] = mapped_column(default=0)
    code: Mapped[str] = mapped_column(String(20))
    label: Mapped[str] = mapped_column(String(300))
    kind: Mapped[BudgetLineKind] = mapped_column(
        str_enum(BudgetLineKind, "budget_line_kind"), default=BudgetLineKind.AMOUNT
    )
    unit: Mapped[str] = mapped_column(String(40), default="")
    quantity_milli: Mapped[int] = mapped_column(default=0)
    unit_cost_minor: Mapped[int] = mapped_column(MinorUnits, default=0)
    duration_milli: Mapped[int | None] = mapped_column(nullable=True)
    percent_bp: Mapped[int | None] = mapped_column(nullable=True)
    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("account.id", ondelete="RESTRICT"), nullable=True
    )  # category, for operating budgets
    notes: Mapped[str] = mapped_column(Text, default="")

    budget: Mapped[Budget] = relationship(back_populates="lines")
    fundings: Mapped[list[BudgetLineFunding]] = relationship(
        back_populates="line", cascade="all, delete-orphan"
    )


class BudgetLineYear(Base):
    """The share of a multi-year line planned in year `year_index` (1-based) of the project."""

    __tablename__ = "budget_line_year"
    __table_args__ = (
        UniqueConstraint("line_id", "year_index"),
        CheckConstraint("year_index >= 1", name="year_index_positive"),
        CheckConstraint("amount_minor >= 0", name="amount_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    line_id: Mapped[int] = mapped_column(ForeignKey("budget_line.id", ondelete="CASCADE"))
    year_index: Mapped[int] = mapped_column()
    amount_minor: Mapped[int] = mapped_column(MinorUnits)


class BudgetLineFunding(Base):
    """Who pays what of a line (co-funding): an amount or a share, possibly in kind."""

    __tablename__ = "budget_line_funding"
    __table_args__ = (
        UniqueConstraint("line_id", "funder_id"),
        CheckConstraint("(amount_minor IS NULL) <> (share_bp IS NULL)", name="amount_or_share"),
        CheckConstraint("amount_minor IS NULL OR amount_minor >= 0", name="amount_positive"),
        CheckConstraint("share_bp IS NULL OR share_bp BETWEEN 0 AND 10000", name="share_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    line_id: Mapped[int] = mapped_column(ForeignKey("budget_line.id", ondelete="CASCADE"))
    funder_id: Mapped[int] = mapped_column(ForeignKey("funder.id", ondelete="RESTRICT"))
    amount_minor: Mapped[int | None] = mapped_column(MinorUnits, nullable=True)
    share_bp: Mapped[int | None] = mapped_column(nullable=True)
    in_kind: Mapped[bool] = mapped_column(default=False)

    line: Mapped[BudgetLine] = relationship(back_populates="fundings")
    funder: Mapped[Funder] = relationship()
