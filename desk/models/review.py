"""Comments a coach (or anyone) leaves on any record of the file."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk.domain.enums import CommentStatus
from desk.models.base import Base, UtcDateTime, str_enum, utcnow


class ReviewComment(Base):
    """A comment on a record named by table and id (or on the whole file: both empty)."""

    __tablename__ = "review_comment"
    __table_args__ = (Index("ix_review_comment_record", "record_table", "record_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    record_table: Mapped[str] = mapped_column(String(60), default="")
    record_id: Mapped[int | None] = mapped_column(nullable=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("review_comment.id", ondelete="CASCADE"), nullable=True
    )
    author: Mapped[str] = mapped_column(String(100))
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[CommentStatus] = mapped_column(
        str_enum(CommentStatus, "comment_status"), default=CommentStatus.OPEN
    )
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
