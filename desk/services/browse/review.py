"""What a coach reviews: the comments left on the file and a summary of the checks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from desk.domain.enums import CommentStatus
from desk.models import ReviewComment, Split, Transaction
from desk.services.browse.records import record_labels
from desk.services.overview import count_missing_receipts
from desk.store import AssoFile


@dataclass(frozen=True, slots=True)
class CommentRow:
    id: int
    created_at: datetime
    author: str
    record_table: str  # "" for a comment on the whole file
    record_id: int | None
    record_label: str
    body: str
    status: CommentStatus
    resolved_at: datetime | None
    parent_id: int | None


@dataclass(frozen=True, slots=True)
class ChecksSummary:
    transactions: int
    missing_receipts: int  # all years: a coach checks the whole file
    unbalanced: int  # transactions whose splits do not sum to zero
    open_comments: int


def comments(asso: AssoFile, *, open_only: bool = False) -> tuple[CommentRow, ...]:
    """Review comments, newest first."""
    query = select(ReviewComment).order_by(ReviewComment.created_at.desc(), ReviewComment.id.desc())
    if open_only:
        query = query.where(ReviewComment.status == CommentStatus.OPEN)
    with asso.reader() as session:
        found = list(session.scalars(query))
        labels = record_labels(
            session, ((c.record_table, c.record_id) for c in found if c.record_id is not None)
        )
        return tuple(
            CommentRow(
                id=c.id,
                created_at=c.created_at,
                author=c.author,
                record_table=c.record_table,
                record_id=c.record_id,
                record_label=labels.get((c.record_table, c.record_id or 0), ""),
                body=c.body,
                status=c.status,
                resolved_at=c.resolved_at,
                parent_id=c.parent_id,
            )
            for c in found
        )


def checks_summary(asso: AssoFile) -> ChecksSummary:
    """The counts the review page starts with: a few aggregates over the whole file."""
    unbalanced = (
        select(Split.transaction_id)
        .group_by(Split.transaction_id)
        .having(func.sum(Split.amount_minor) != 0)
        .subquery()
    )
    with asso.reader() as session:
        return ChecksSummary(
            transactions=int(session.scalar(select(func.count(Transaction.id))) or 0),
            missing_receipts=count_missing_receipts(session),
            unbalanced=int(session.scalar(select(func.count()).select_from(unbalanced)) or 0),
            open_comments=int(
                session.scalar(
                    select(func.count(ReviewComment.id)).where(
                        ReviewComment.status == CommentStatus.OPEN
                    )
                )
                or 0
            ),
        )
