"""The association itself: its profile, its financial years and its members."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, deferred, mapped_column

from desk.domain.enums import YearStatus
from desk.models.base import Base, UtcDateTime, str_enum, utcnow


class Organisation(Base):
    """The association's profile. A file holds exactly one row (id = 1)."""

    __tablename__ = "organisation"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint("fiscal_year_start_month BETWEEN 1 AND 12", name="start_month"),
        CheckConstraint("length(base_currency) = 3", name="currency_iso"),
    )

    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    name: Mapped[str] = mapped_column(String(200))
    acronym: Mapped[str] = mapped_column(String(40), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    registration_number: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    base_currency: Mapped[str] = mapped_column(String(3), default="MAD")
    fiscal_year_start_month: Mapped[int] = mapped_column(default=1)
    logo: Mapped[bytes | None] = deferred(mapped_column(LargeBinary, nullable=True))
    logo_mime: Mapped[str] = mapped_column(String(50), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class FinancialYear(Base):
    """An exercice. Closed years refuse writes (enforced by the services)."""

    __tablename__ = "financial_year"
    __table_args__ = (
        CheckConstraint("end_date > start_date", name="dates_ordered"),
        UniqueConstraint("label"),
        UniqueConstraint("start_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(20))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    status: Mapped[YearStatus] = mapped_column(
        str_enum(YearStatus, "year_status"), default=YearStatus.OPEN
    )
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    closed_by: Mapped[str] = mapped_column(String(100), default="")
    reopen_reason: Mapped[str] = mapped_column(Text, default="")


class Member(Base):
    """A member of the association: who receives advances, who paid out of pocket."""

    __tablename__ = "member"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(default=True)
