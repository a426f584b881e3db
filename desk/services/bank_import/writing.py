"""Writing an import: every new row of the plan as a balanced transaction, all in ONE unit of
work (a single bad row, a closed year, a full disk: nothing is imported), the mapping
remembered for the bank in the same commit; and undoing it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.domain.enums import AuditAction
from desk.domain.errors import DomainError, ErrorCode
from desk.models import Account, FinancialYear, Split, Transaction
from desk.services import audit
from desk.services.bank_import.history import find_duplicates, transaction_kind
from desk.services.bank_import.mapping import save_mapping
from desk.services.bank_import.planning import ImportPlan, PlanRow, RowStatus
from desk.services.ledger import (
    FinancialYearLookup,
    SplitInput,
    TransactionInput,
    add_transaction,
    next_receipt_number,
)
from desk.store import AssoFile


@dataclass(frozen=True, slots=True)
class ImportResult:
    transaction_ids: tuple[int, ...]
    total_minor: int
    duplicates: int  # rows skipped, in the books or repeated in the file

    @property
    def imported(self) -> int:
        return len(self.transaction_ids)


class _ReceiptNumbers:
    """Pièce numbers for many transactions at once, the way record_transaction numbers one
    ("2026-0042"), without one count query per row."""

    def __init__(self, session: Session, years: FinancialYearLookup) -> None:
        self.session = session
        self.next: dict[int, int] = {}
        self.used: dict[int, set[str]] = {}
        self.years = years

    def take(self, day: date) -> str:
        year = self.years.year(day)  # refuses with the ledger's own error
        if year.id not in self.next:
            first = next_receipt_number(self.session, year)
            self.next[year.id] = int(first.rsplit("-", 1)[1])
            self.used[year.id] = set(
                self.session.scalars(
                    select(Transaction.receipt_number).where(
                        Transaction.financial_year_id == year.id,
                        Transaction.receipt_number.is_not(None),
                    )
                )
            )
        while True:
            candidate = f"{year.label}-{self.next[year.id]:04d}"
            self.next[year.id] += 1
            if candidate not in self.used[year.id]:
                self.used[year.id].add(candidate)
                return candidate


def run_import(
    asso: AssoFile,
    plan: ImportPlan,
    categories: dict[int, str] | None = None,
    *,
    remember: bool = True,
) -> ImportResult:
    """Import the plan's new rows; `categories` overrides the suggestion per line number.

    Refused whole (DomainError) when the plan has errors or any row is refused by the ledger
    service (its line number is in the error's `line` parameter). The duplicate check is run
    again inside the write, so that an import made meanwhile is not doubled.
    """
    if plan.errors:
        raise DomainError(ErrorCode.STATEMENT_HAS_ERRORS, field="file", count=len(plan.errors))
    chosen = categories or {}
    with asso.unit_of_work() as session:
        lines = tuple(r.line for r in plan.rows if r.status is not RowStatus.FILE_DUPLICATE)
        in_books, _ = find_duplicates(session, plan.account.account_id, lines)
        todo = [r for r in plan.new_rows if r.line.line not in in_books]
        codes = {plan.account.account_code} | {r.suggestion.category.code for r in todo}
        codes |= set(chosen.values())
        accounts = dict(
            session.execute(select(Account.code, Account.id).where(Account.code.in_(codes))).all()
        )
        years = FinancialYearLookup(session)  # one query, not one per row
        numbers = _ReceiptNumbers(session, years)
        added: list[Transaction] = []
        # No flush before each of the ledger's queries: one flush for the whole import (the
        # pièce numbers are kept unique by _ReceiptNumbers, which saw every number in use).
        with session.no_autoflush:
            _add_all(session, plan, todo, chosen, accounts, years, numbers, added)
        session.flush()
        reason = f"bank statement {plan.path.name}"
        for tx in added:
            after = audit.snapshot(tx)
            after["splits"] = [audit.snapshot(s) for s in tx.splits]
            audit.record(
                session,
                AuditAction.IMPORT,
                table="transaction",
                record_id=tx.id,
                after=after,
                reason=reason,
            )
        if remember:
            save_mapping(session.connection(), plan.bank, plan.mapping)
        ids = tuple(tx.id for tx in added)
        total = sum(r.line.amount_minor for r in todo)
    return ImportResult(ids, total, len(plan.rows) - len(todo))


def _add_all(
    session: Session,
    plan: ImportPlan,
    todo: list[PlanRow],
    chosen: dict[int, str],
    accounts: dict[str, int],
    years: FinancialYearLookup,
    numbers: _ReceiptNumbers,
    added: list[Transaction],
) -> None:
    """One balanced transaction per row, through the ledger service's own checks."""
    for row in todo:
        line = row.line
        code = chosen.get(line.line, row.suggestion.category.code)
        category = plan.categories.get(code, row.suggestion.category)
        notes = f"Relevé {plan.path.name}, ligne {line.line}"
        if line.reference:
            notes += f", réf. {line.reference}"
        data = TransactionInput(
            date=line.date,
            kind=transaction_kind(category, line.amount_minor),
            label=line.label,
            payee=line.payee,
            notes=notes,
            splits=(
                SplitInput(plan.account.account_code, line.amount_minor),
                SplitInput(code, -line.amount_minor),
            ),
        )
        try:
            tx = add_transaction(session, data, accounts, years)
        except DomainError as error:
            error.params.setdefault("line", line.line)
            raise
        # Numbered after the ledger's checks, as record_transaction does (unique by design).
        tx.receipt_number = numbers.take(line.date)
        added.append(tx)


def undo_import(asso: AssoFile, transaction_ids: tuple[int, ...]) -> None:
    """Delete the transactions an import created, all or none: refused when one was
    reconciled, is in a closed year or is gone."""
    with asso.unit_of_work() as session:
        txs = list(session.scalars(select(Transaction).where(Transaction.id.in_(transaction_ids))))
        reconciled = set(
            session.scalars(
                select(Split.transaction_id).where(
                    Split.transaction_id.in_(transaction_ids), Split.reconciliation_id.is_not(None)
                )
            )
        )
        closed = {
            tx.id
            for tx in txs
            if session.get_one(FinancialYear, tx.financial_year_id).status.value == "closed"
        }
        refused = len(transaction_ids) - len(txs) + len(reconciled | closed)
        if refused:
            raise DomainError(ErrorCode.STATEMENT_UNDO_REFUSED, field="file", count=refused)
        for tx in txs:
            before = audit.snapshot(tx)
            audit.record(
                session,
                AuditAction.DELETE,
                table="transaction",
                record_id=tx.id,
                before=before,
                reason="bank statement import undone",
            )
            session.delete(tx)
