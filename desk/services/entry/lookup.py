"""What the entry form offers and reads back: accounts, categories, projects with their
budget lines and activities, members, payees from history, the next receipt number, and an
existing transaction in plain words (to edit it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from desk.domain.entry import Described, EntryKind, Leg, describe_legs
from desk.domain.enums import AccountKind, BudgetLineKind, TransactionKind, TreasuryKind
from desk.domain.errors import DomainError, ErrorCode
from desk.models import (
    Account,
    Activity,
    Attachment,
    Budget,
    BudgetLine,
    Member,
    Project,
    Split,
    Transaction,
    TreasuryAccount,
)
from desk.services.entry.model import EntryInput
from desk.services.ledger import next_receipt_number, year_for_date
from desk.store import AssoFile


@dataclass(frozen=True, slots=True)
class Choice:
    id: int
    name: str
    project_id: int | None = None  # budget lines and activities: their project


@dataclass(frozen=True, slots=True)
class Category:
    code: str
    name: str
    kind: AccountKind


@dataclass(frozen=True, slots=True)
class EntryChoices:
    treasury: tuple[Choice, ...]
    expense_categories: tuple[Category, ...]
    income_categories: tuple[Category, ...]
    projects: tuple[Choice, ...]
    budget_lines: tuple[Choice, ...]
    activities: tuple[Choice, ...]
    members: tuple[Choice, ...]
    currency: str

    def lines_of(self, project_id: int | None) -> tuple[Choice, ...]:
        return tuple(c for c in self.budget_lines if c.project_id == project_id)

    def activities_of(self, project_id: int | None) -> tuple[Choice, ...]:
        return tuple(c for c in self.activities if c.project_id == project_id)


def entry_choices(asso: AssoFile) -> EntryChoices:
    from desk.services.browse.ledger_query import base_currency

    with asso.reader() as session:
        rank = {TreasuryKind.CASH: 0, TreasuryKind.BANK: 1, TreasuryKind.MOBILE_MONEY: 2}
        rows = session.execute(
            select(TreasuryAccount.id, TreasuryAccount.name, TreasuryAccount.kind).where(
                TreasuryAccount.active.is_(True)
            )
        ).all()
        # The caisse first (most entries), then banks, then mobile money, by name.
        treasury = tuple(
            Choice(i, n) for i, n, _k in sorted(rows, key=lambda r: (rank.get(r[2], 9), r[1]))
        )
        categories = [
            Category(code, name, kind)
            for code, name, kind in session.execute(
                select(Account.code, Account.plain_name, Account.kind)
                .where(Account.is_category.is_(True), Account.active.is_(True))
                .order_by(Account.plain_name)
            )
        ]
        projects = tuple(
            Choice(i, f"{code} — {title}")
            for i, code, title in session.execute(
                select(Project.id, Project.code, Project.title).order_by(Project.code)
            )
        )
        # Lines of each project's latest budget version, headings and subtotals left out.
        latest = (
            select(Budget.project_id, func.max(Budget.version).label("version"))
            .where(Budget.project_id.is_not(None))
            .group_by(Budget.project_id)
            .subquery()
        )
        lines = tuple(
            Choice(i, f"{code} {label}", project)
            for i, code, label, project in session.execute(
                select(BudgetLine.id, BudgetLine.code, BudgetLine.label, Budget.project_id)
                .join(Budget, Budget.id == BudgetLine.budget_id)
                .join(
                    latest,
                    (latest.c.project_id == Budget.project_id)
                    & (latest.c.version == Budget.version),
                )
                .where(BudgetLine.kind == BudgetLineKind.AMOUNT)
                .order_by(Budget.project_id, BudgetLine.position, BudgetLine.id)
            )
        )
        activities = tuple(
            Choice(i, title, project)
            for i, title, project in session.execute(
                select(Activity.id, Activity.title, Activity.project_id).order_by(
                    Activity.project_id, Activity.planned_start, Activity.id
                )
            )
        )
        members = tuple(
            Choice(i, n)
            for i, n in session.execute(
                select(Member.id, Member.name).where(Member.active.is_(True)).order_by(Member.name)
            )
        )
        currency = base_currency(session)
    return EntryChoices(
        treasury,
        tuple(c for c in categories if c.kind is AccountKind.EXPENSE),
        tuple(c for c in categories if c.kind is AccountKind.INCOME),
        projects,
        lines,
        activities,
        members,
        currency,
    )


def payee_suggestions(asso: AssoFile, prefix: str = "", limit: int = 200) -> tuple[str, ...]:
    """Distinct payees already used, the most recent first (then the most frequent)."""
    with asso.reader() as session:
        query = (
            select(Transaction.payee)
            .where(Transaction.payee != "")
            .group_by(Transaction.payee)
            .order_by(func.max(Transaction.date).desc(), func.count().desc(), Transaction.payee)
            .limit(limit)
        )
        if prefix.strip():
            query = query.where(Transaction.payee.ilike(f"{prefix.strip()}%"))
        return tuple(session.scalars(query))


def suggest_receipt_number(asso: AssoFile, day: date) -> str:
    """The number the next transaction dated `day` would get ("2025-0042")."""
    with asso.reader() as session:
        return next_receipt_number(session, year_for_date(session, day))


@dataclass(frozen=True, slots=True)
class LoadedEntry:
    """An existing transaction as the form shows it."""

    id: int
    entry: EntryInput
    reconciled: bool
    attachment_ids: tuple[int, ...]


def load_entry(asso: AssoFile, transaction_id: int) -> LoadedEntry:
    """The transaction in plain words; ENTRY_NOT_EDITABLE when it has no form (an opening
    balance, a hand-made adjustment)."""
    with asso.reader() as session:
        tx = session.get(Transaction, transaction_id)
        if tx is None:
            raise DomainError(ErrorCode.NOT_FOUND, id=transaction_id)
        accounts = dict(session.execute(select(Account.id, Account.code)).all())
        treasury = dict(
            session.execute(
                select(Account.code, TreasuryAccount.id).join(
                    TreasuryAccount, TreasuryAccount.account_id == Account.id
                )
            ).all()
        )
        splits = list(
            session.scalars(select(Split).where(Split.transaction_id == tx.id).order_by(Split.id))
        )
        legs = [
            Leg(accounts[s.account_id], s.amount_minor, s.project_id, s.budget_line_id,
                s.activity_id, s.memo)
            for s in splits
        ]  # fmt: skip
        described = describe_legs(TransactionKind(tx.kind), legs, set(treasury))
        if described is None:
            raise DomainError(ErrorCode.ENTRY_NOT_EDITABLE, id=transaction_id)
        attachment_ids = tuple(
            session.scalars(
                select(Attachment.id)
                .where(Attachment.transaction_id == tx.id)
                .order_by(Attachment.id)
            )
        )
        entry = _entry(tx, described, treasury)
        reconciled = any(s.reconciliation_id is not None for s in splits)
    return LoadedEntry(transaction_id, entry, reconciled, attachment_ids)


def _entry(tx: Transaction, d: Described, treasury: dict[str, int]) -> EntryInput:
    parts = d.parts
    single = parts[0] if len(parts) == 1 else None
    if d.kind is EntryKind.MEMBER_ADVANCE and single is not None:
        parts = ()
    return EntryInput(
        kind=d.kind,
        date=tx.date,
        amount_minor=d.amount_minor,
        label=tx.label,
        treasury_account_id=treasury.get(d.treasury_code or ""),
        category_code=single.category_code if single else "",
        payee=tx.payee,
        receipt_number=tx.receipt_number or "",
        project_id=single.project_id if single else None,
        budget_line_id=single.budget_line_id if single else None,
        activity_id=single.activity_id if single else None,
        parts=() if single is not None else parts,
        notes=tx.notes,
        member_id=tx.member_id,
        to_treasury_account_id=treasury.get(d.to_treasury_code or ""),
        returned_minor=d.returned_minor,
        receipt_not_required=tx.receipt_not_required,
    )
