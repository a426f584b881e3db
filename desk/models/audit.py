"""The audit log: who changed what, when, with the values before and after (JSON)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk.domain.enums import AuditAction
from desk.models.base import Base, UtcDateTime, str_enum, utcnow


class AuditEntry(Base):
    """One change. Written by the services in the same unit of work as the change itself."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_record", "table_name", "record_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    user: Mapped[str] = mapped_column(String(100), default="")
    machine: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[AuditAction] = mapped_column(str_enum(AuditAction, "audit_action"))
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[int | None] = mapped_column(nullable=True)
    before: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON
    after: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON
    reason: Mapped[str] = mapped_column(Text, default="")
