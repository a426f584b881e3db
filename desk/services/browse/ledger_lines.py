"""The ledger as the export reads it: the page's filters and keyset order (`ledger_query`),
one query per window joining each kept transaction to its splits (with their budget lines),
gathered as the page does (`SplitSummary`), and the running balance of one account."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from sqlalchemy import select

from desk.domain.errors import DomainError, ErrorCode
from desk.models import Account, BudgetLine, Project, Split, Transaction, TreasuryAccount
from desk.services.browse.ledger_balance import running_balances
from desk.services.browse.ledger_query import Cursor, LedgerFilters, LedgerOrder, filtered, ordered
from desk.services.browse.treasury import SplitSummary
from desk.store import AssoFile

ORDER = LedgerOrder.OLDEST  # a ledger reads oldest first, its running balance too


class ExportRow(NamedTuple):  # a tuple: 100k of them made 5x faster than a frozen dataclass
    id: int
    date: date
    receipt_number: str
    label: str
    payee: str
    treasury: str  # as on the page: "Caisse", "Banque → Caisse"
    category: str
    project: str
    budget_lines: str  # "2.2 Déplacements de l'équipe"
    amount_minor: int  # as on the page
    balance_minor: int | None  # of the filtered treasury account, if one is

    @property
    def cursor(self) -> Cursor:
        return (self.date, self.id)


def export_window(
    asso: AssoFile, filters: LedgerFilters, after: Cursor | None, limit: int
) -> list[ExportRow]:
    """Up to `limit` filtered transactions, oldest first, strictly after `after`."""
    kept = select(
        Transaction.id,
        Transaction.date,
        Transaction.receipt_number,
        Transaction.label,
        Transaction.payee,
    )
    window = ordered(filtered(kept, filters), ORDER, after).limit(limit).subquery()
    query = (
        select(
            window.c.id,
            window.c.date,
            window.c.receipt_number,
            window.c.label,
            window.c.payee,
            Split.amount_minor,
            Account.kind,
            Account.plain_name,
            TreasuryAccount.id,
            TreasuryAccount.name,
            Project.code,
            BudgetLine.code,
            BudgetLine.label,
        )
        .select_from(window)
        .join(Split, Split.transaction_id == window.c.id)
        .join(Account, Account.id == Split.account_id)
        .outerjoin(TreasuryAccount, TreasuryAccount.account_id == Split.account_id)
        .outerjoin(Project, Project.id == Split.project_id)
        .outerjoin(BudgetLine, BudgetLine.id == Split.budget_line_id)
        .order_by(window.c.date, window.c.id)
    )
    account = filters.treasury_account_id
    with asso.reader() as session:
        splits = session.connection().execute(query).all()
        heads: dict[int, tuple[date, str, str, str]] = {}
        summaries: dict[int, SplitSummary] = {}
        lines: dict[int, set[str]] = {}
        for tx_id, day, number, label, payee, *split, line_code, line_label in splits:
            if tx_id not in heads:
                heads[tx_id] = (day, number or "", label, payee)
                summaries[tx_id] = SplitSummary()
                lines[tx_id] = set()
            summaries[tx_id].add(account, *split)
            if line_code is not None:
                lines[tx_id].add(f"{line_code} {line_label}".strip())
        balances: dict[int, int] = {}
        if account is not None and heads:
            cursors = [(head[0], tx_id) for tx_id, head in heads.items()]
            balances = running_balances(session, account, cursors)
    rows = []
    for tx_id, (day, number, label, payee) in heads.items():
        summary = summaries[tx_id]
        rows.append(
            ExportRow(
                tx_id, day, number, label, payee, summary.treasury(),
                ", ".join(sorted(summary.categories)), ", ".join(sorted(summary.projects)),
                ", ".join(sorted(lines[tx_id])), summary.amount_minor, balances.get(tx_id),
            )
        )  # fmt: skip
    return rows


def project_id_of(asso: AssoFile, code: str) -> int:
    """The id of the project whose code is `code` (NOT_FOUND when there is none)."""
    with asso.reader() as session:
        found = session.scalar(select(Project.id).where(Project.code == code))
    if found is None:
        raise DomainError(ErrorCode.NOT_FOUND, field="project", project=code)
    return int(found)
