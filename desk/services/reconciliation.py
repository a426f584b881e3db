"""The rapprochement bancaire: match the books of a bank account to a statement.

A reconciliation is a `BankReconciliation` row (statement date, closing balance). While it is a
draft (`finished_at` NULL) the treasurer ticks splits: a ticked split carries the draft's id in
`Split.reconciliation_id`, so a draft can be left and resumed. It is finished only when

    difference = closing balance − (opening reconciled balance + ticked) = 0

where the opening reconciled balance is the sum of the splits ticked on finished reconciliations
of that account, plus its opening entries (soldes d'ouverture and reports à nouveau are not bank
movements: they are never ticked, they are the starting point). The latest finished one can be
reopened (audited); `unreconcile_transaction` frees the splits of a transaction being edited.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session

from desk.domain.cash import reconciliation_difference
from desk.domain.enums import AuditAction, TransactionKind, TreasuryKind
from desk.domain.errors import DomainError, ErrorCode
from desk.domain.money import format_minor
from desk.models import BankReconciliation, Split, Transaction, TreasuryAccount
from desk.models.base import utcnow
from desk.services import audit
from desk.services.ledger import writable_year_for_date
from desk.store import AssoFile

RECONCILABLE = (TreasuryKind.BANK, TreasuryKind.MOBILE_MONEY)


@dataclass(frozen=True, slots=True)
class BankAccountChoice:
    id: int
    name: str
    currency: str
    draft_id: int | None


@dataclass(frozen=True, slots=True)
class StatementLine:
    split_id: int
    transaction_id: int
    date: date
    receipt_number: str
    label: str
    payee: str
    amount_minor: int  # money in > 0, out < 0
    ticked: bool


@dataclass(frozen=True, slots=True)
class ReconciliationState:
    id: int
    treasury_account_id: int
    account_name: str
    currency: str
    statement_date: date
    closing_balance_minor: int
    opening_minor: int
    finished: bool
    lines: tuple[StatementLine, ...]

    @property
    def ticked_minor(self) -> int:
        return sum(line.amount_minor for line in self.lines if line.ticked)

    @property
    def difference_minor(self) -> int:
        return reconciliation_difference(
            self.closing_balance_minor, self.opening_minor, self.ticked_minor
        )


@dataclass(frozen=True, slots=True)
class ReconciliationRow:
    id: int
    statement_date: date
    closing_balance_minor: int
    finished_at: datetime | None
    lines: int
    ticked_minor: int


def bank_accounts(asso: AssoFile) -> tuple[BankAccountChoice, ...]:
    """Active bank and mobile-money accounts, with their draft reconciliation if any."""
    with asso.reader() as session:
        accounts = session.scalars(
            select(TreasuryAccount)
            .where(TreasuryAccount.kind.in_(RECONCILABLE), TreasuryAccount.active.is_(True))
            .order_by(TreasuryAccount.kind, TreasuryAccount.name)
        ).all()
        return tuple(
            BankAccountChoice(a.id, a.name, a.currency, _draft_id(session, a.id)) for a in accounts
        )


def _draft_id(session: Session, treasury_account_id: int) -> int | None:
    return session.scalar(
        select(BankReconciliation.id).where(
            BankReconciliation.treasury_account_id == treasury_account_id,
            BankReconciliation.finished_at.is_(None),
        )
    )


def _bank(session: Session, treasury_account_id: int) -> TreasuryAccount:
    account = session.get(TreasuryAccount, treasury_account_id)
    if account is None:
        raise DomainError(ErrorCode.NOT_FOUND, field="account", table="treasury_account")
    if account.kind not in RECONCILABLE:
        raise DomainError(ErrorCode.RECONCILIATION_NOT_BANK, field="account", name=account.name)
    return account


def _last_finished(session: Session, treasury_account_id: int) -> BankReconciliation | None:
    return session.scalar(
        select(BankReconciliation)
        .where(
            BankReconciliation.treasury_account_id == treasury_account_id,
            BankReconciliation.finished_at.is_not(None),
        )
        .order_by(BankReconciliation.statement_date.desc(), BankReconciliation.id.desc())
        .limit(1)
    )


def _check_statement(
    session: Session, treasury_account_id: int, statement_date: date, exclude: int | None = None
) -> None:
    writable_year_for_date(session, statement_date)
    last = _last_finished(session, treasury_account_id)
    if last is not None and last.id != exclude and statement_date < last.statement_date:
        raise DomainError(
            ErrorCode.RECONCILIATION_DATE_BEFORE_LAST, field="date", last=last.statement_date
        )


def start(
    asso: AssoFile, treasury_account_id: int, statement_date: date, closing_balance_minor: int
) -> int:
    """Open a draft reconciliation against a statement; returns its id."""
    with asso.unit_of_work() as session:
        _bank(session, treasury_account_id)
        if _draft_id(session, treasury_account_id) is not None:
            raise DomainError(ErrorCode.RECONCILIATION_DRAFT_EXISTS, field="account")
        _check_statement(session, treasury_account_id, statement_date)
        rec = BankReconciliation(
            treasury_account_id=treasury_account_id,
            statement_date=statement_date,
            closing_balance_minor=closing_balance_minor,
        )
        session.add(rec)
        session.flush()
        return rec.id


def _draft(session: Session, reconciliation_id: int) -> BankReconciliation:
    rec = session.get(BankReconciliation, reconciliation_id)
    if rec is None:
        raise DomainError(ErrorCode.NOT_FOUND, table="bank_reconciliation")
    if rec.finished_at is not None:
        raise DomainError(ErrorCode.RECONCILIATION_FINISHED)
    return rec


def update_statement(
    asso: AssoFile, reconciliation_id: int, statement_date: date, closing_balance_minor: int
) -> None:
    """Change the statement date or closing balance of a draft; lines ticked after the new
    date are unticked."""
    with asso.unit_of_work() as session:
        rec = _draft(session, reconciliation_id)
        _check_statement(session, rec.treasury_account_id, statement_date, exclude=rec.id)
        rec.statement_date = statement_date
        rec.closing_balance_minor = closing_balance_minor
        late = select(Transaction.id).where(Transaction.date > statement_date)
        session.execute(
            update(Split)
            .where(Split.reconciliation_id == rec.id, Split.transaction_id.in_(late))
            .values(reconciliation_id=None),
            execution_options={"synchronize_session": False},
        )


def _opening(session: Session, account_id: int, treasury_account_id: int, until: date) -> int:
    finished = select(BankReconciliation.id).where(
        BankReconciliation.treasury_account_id == treasury_account_id,
        BankReconciliation.finished_at.is_not(None),
    )
    reconciled = session.scalar(
        select(func.coalesce(func.sum(Split.amount_minor), 0)).where(
            Split.account_id == account_id, Split.reconciliation_id.in_(finished)
        )
    )
    openings = session.scalar(
        select(func.coalesce(func.sum(Split.amount_minor), 0))
        .join(Transaction, Transaction.id == Split.transaction_id)
        .where(
            Split.account_id == account_id,
            Split.reconciliation_id.is_(None),
            Transaction.kind == TransactionKind.OPENING,
            Transaction.date <= until,
        )
    )
    return int(reconciled or 0) + int(openings or 0)


def state(asso: AssoFile, reconciliation_id: int) -> ReconciliationState:
    """The statement, the opening reconciled balance and the lines to tick: unreconciled
    splits of the account up to the statement date, and those ticked on this one."""
    with asso.reader() as session:
        rec = session.get(BankReconciliation, reconciliation_id)
        if rec is None:
            raise DomainError(ErrorCode.NOT_FOUND, table="bank_reconciliation")
        bank = session.get_one(TreasuryAccount, rec.treasury_account_id)
        if rec.finished_at is None:
            wanted = or_(
                Split.reconciliation_id == rec.id,
                and_(
                    Split.reconciliation_id.is_(None),
                    Transaction.date <= rec.statement_date,
                    Transaction.kind != TransactionKind.OPENING,
                ),
            )
        else:
            wanted = Split.reconciliation_id == rec.id
        rows = session.execute(
            select(
                Split.id,
                Transaction.id,
                Transaction.date,
                Transaction.receipt_number,
                Transaction.label,
                Transaction.payee,
                Split.amount_minor,
                Split.reconciliation_id,
            )
            .join(Transaction, Transaction.id == Split.transaction_id)
            .where(Split.account_id == bank.account_id, wanted)
            .order_by(Transaction.date, Transaction.id, Split.id)
        ).all()
        if rec.finished_at is None:
            opening = _opening(session, bank.account_id, bank.id, rec.statement_date)
        else:  # finished at a zero difference: what its statement started from
            opening = rec.closing_balance_minor - sum(r[6] for r in rows)
        return ReconciliationState(
            id=rec.id,
            treasury_account_id=bank.id,
            account_name=bank.name,
            currency=bank.currency,
            statement_date=rec.statement_date,
            closing_balance_minor=rec.closing_balance_minor,
            opening_minor=opening,
            finished=rec.finished_at is not None,
            lines=tuple(
                StatementLine(r[0], r[1], r[2], r[3] or "", r[4], r[5], r[6], r[7] == rec.id)
                for r in rows
            ),
        )


def set_ticked(
    asso: AssoFile, reconciliation_id: int, split_ids: Iterable[int], ticked: bool
) -> None:
    """Tick (or untick) splits of the draft's account dated up to the statement date."""
    ids = sorted(set(split_ids))
    if not ids:
        return
    with asso.unit_of_work() as session:
        rec = _draft(session, reconciliation_id)
        bank = session.get_one(TreasuryAccount, rec.treasury_account_id)
        rows = session.execute(
            select(Split.id, Split.account_id, Split.reconciliation_id, Transaction.date)
            .join(Transaction, Transaction.id == Split.transaction_id)
            .where(Split.id.in_(ids))
        ).all()
        for split_id, account_id, current, day in rows:
            mine = current == rec.id
            free = current is None and day <= rec.statement_date
            if account_id != bank.account_id or not (mine or free):
                raise DomainError(ErrorCode.RECONCILIATION_SPLIT_UNAVAILABLE, split=split_id)
        if len(rows) != len(ids):
            raise DomainError(ErrorCode.RECONCILIATION_SPLIT_UNAVAILABLE)
        session.execute(
            update(Split)
            .where(Split.id.in_(ids))
            .values(reconciliation_id=rec.id if ticked else None),
            execution_options={"synchronize_session": False},
        )


def finish(asso: AssoFile, reconciliation_id: int) -> None:
    """Finish a draft whose difference is zero (refused otherwise), with an audit entry."""
    current = state(asso, reconciliation_id)
    with asso.unit_of_work() as session:
        rec = _draft(session, reconciliation_id)
        writable_year_for_date(session, rec.statement_date)
        if current.difference_minor != 0:
            raise DomainError(
                ErrorCode.RECONCILIATION_NOT_BALANCED,
                field="difference",
                difference=format_minor(current.difference_minor, current.currency),
            )
        rec.finished_at = utcnow()
        after = audit.snapshot(rec)
        after["split_ids"] = [line.split_id for line in current.lines if line.ticked]
        audit.record(session, AuditAction.CLOSE, rec, after=after)


def discard(asso: AssoFile, reconciliation_id: int) -> None:
    """Drop a draft: its lines are unticked."""
    with asso.unit_of_work() as session:
        rec = _draft(session, reconciliation_id)
        session.execute(
            update(Split).where(Split.reconciliation_id == rec.id).values(reconciliation_id=None),
            execution_options={"synchronize_session": False},
        )
        session.delete(rec)


def reopen_last(asso: AssoFile, treasury_account_id: int, reason: str = "") -> int:
    """Cancel the latest finished reconciliation of an account: it becomes a draft again (its
    lines stay ticked, to be corrected or discarded). Audited. Returns its id."""
    with asso.unit_of_work() as session:
        _bank(session, treasury_account_id)
        if _draft_id(session, treasury_account_id) is not None:
            raise DomainError(ErrorCode.RECONCILIATION_DRAFT_EXISTS, field="account")
        last = _last_finished(session, treasury_account_id)
        if last is None:
            raise DomainError(ErrorCode.NOT_FOUND, table="bank_reconciliation")
        writable_year_for_date(session, last.statement_date)
        before = audit.snapshot(last)
        last.finished_at = None
        audit.record(session, AuditAction.REOPEN, last, before=before, reason=reason.strip())
        return last.id


def unreconcile_transaction(session: Session, transaction_id: int, reason: str = "") -> int:
    """Free the reconciled splits of a transaction about to be edited (in the caller's unit
    of work), with an audit entry; returns how many splits were freed. The reconciliation
    they belonged to keeps its statement; the next one will show them again."""
    tx = session.get(Transaction, transaction_id)
    if tx is None:
        raise DomainError(ErrorCode.NOT_FOUND, table="transaction")
    writable_year_for_date(session, tx.date)
    splits = session.scalars(
        select(Split).where(
            Split.transaction_id == transaction_id, Split.reconciliation_id.is_not(None)
        )
    ).all()
    if not splits:
        return 0
    before = {"reconciled_splits": {str(s.id): s.reconciliation_id for s in splits}}
    for split in splits:
        split.reconciliation_id = None
    audit.record(
        session,
        AuditAction.UPDATE,
        table="transaction",
        record_id=transaction_id,
        before=before,
        after={"reconciled_splits": {}},
        reason=reason.strip(),
    )
    return len(splits)


def history(asso: AssoFile, treasury_account_id: int) -> tuple[ReconciliationRow, ...]:
    """Reconciliations of an account, the latest statement first."""
    with asso.reader() as session:
        lines = (
            select(
                Split.reconciliation_id.label("rid"),
                func.count(Split.id).label("n"),
                func.sum(Split.amount_minor).label("total"),
            )
            .where(Split.reconciliation_id.is_not(None))
            .group_by(Split.reconciliation_id)
            .subquery()
        )
        rows = session.execute(
            select(BankReconciliation, lines.c.n, lines.c.total)
            .outerjoin(lines, lines.c.rid == BankReconciliation.id)
            .where(BankReconciliation.treasury_account_id == treasury_account_id)
            .order_by(BankReconciliation.statement_date.desc(), BankReconciliation.id.desc())
        ).all()
        return tuple(
            ReconciliationRow(
                r.id, r.statement_date, r.closing_balance_minor, r.finished_at, n or 0, total or 0
            )
            for r, n, total in rows
        )
