"""What the books already know: transactions a statement would duplicate, and the category a
label was booked to before.

Duplicate rule (documented for the treasurer): a statement row is already in the books when a
transaction of the same treasury account has the SAME date, the SAME amount (same direction)
and a SIMILAR label (equal once accents and case are ignored, one inside the other, or half
of their meaningful words in common). Each transaction of the books absorbs one row at most,
so two genuine identical fees on one day are both imported the first time and both skipped
the second. Inside the file, a row is a repeat of an earlier one when date, amount, label AND
a non-empty reference (or the running balance) are the same.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.domain.enums import AccountKind, TransactionKind
from desk.domain.statement_parsing import fold, label_tokens, labels_similar
from desk.models import Account, Split, Transaction, TreasuryAccount
from desk.services.bank_import.parsing import StatementLine

HISTORY_SIZE: Final = 20_000
# Plain bank words -> category code, for a file with no history yet. Checked in order.
_RULES: Final[tuple[tuple[frozenset[str], str, int], ...]] = tuple(
    (frozenset(words.split()), code, sign)
    for words, code, sign in (
        ("frais commission comm agios cotis tenue sms commissions", "6147", -1),
        ("interets interet", "7381", 1),
        ("cotisation cotisations adhesion", "7181", 1),
        ("subvention", "7132", 1),
        ("don dons", "7182", 1),
        ("loyer location", "6131", -1),
        ("salaire salaires", "6171", -1),
        ("cnss", "6174", -1),
        ("telecom inwi orange iam internet telephone", "6145", -1),
        ("lydec redal amendis onee electricite eau", "6125", -1),
        ("assurance", "6134", -1),
        ("taxi ctm oncf transport", "6142", -1),
    )
)
_WITHDRAWAL: Final = frozenset({"retrait", "dab", "gab"})
DEFAULT_EXPENSE: Final = "6148"  # Autres frais
DEFAULT_INCOME: Final = "7182"  # Dons


@dataclass(frozen=True, slots=True)
class Category:
    """A counterpart a statement row can be booked to: a category or another treasury
    account (a withdrawal into the caisse is a transfer)."""

    code: str
    name: str
    kind: AccountKind


@dataclass(frozen=True, slots=True)
class Suggestion:
    category: Category
    source: str  # "history", "rule" or "default"


def transaction_kind(category: Category, amount_minor: int) -> TransactionKind:
    if category.kind is AccountKind.TREASURY:
        return TransactionKind.TRANSFER
    if category.kind is AccountKind.EXPENSE:
        return TransactionKind.EXPENSE
    if category.kind is AccountKind.INCOME:
        return TransactionKind.INCOME
    return TransactionKind.EXPENSE if amount_minor < 0 else TransactionKind.INCOME


def categories(session: Session, treasury_account_id: int) -> dict[str, Category]:
    """Every counterpart offered, by code: active categories, then the other treasury
    accounts (named as the treasurer named them)."""
    found: dict[str, Category] = {}
    for code, name, kind in session.execute(
        select(Account.code, Account.plain_name, Account.kind)
        .where(Account.is_category.is_(True), Account.active.is_(True))
        .order_by(Account.code)
    ):
        found[code] = Category(code, name, kind)
    for code, name in session.execute(
        select(Account.code, TreasuryAccount.name)
        .join(Account, Account.id == TreasuryAccount.account_id)
        .where(TreasuryAccount.id != treasury_account_id, TreasuryAccount.active.is_(True))
        .order_by(TreasuryAccount.name)
    ):
        found[code] = Category(code, name, AccountKind.TREASURY)
    return found


@dataclass
class Existing:
    transaction_id: int
    label: str
    used: bool = False


def existing_by_day(
    session: Session, account_id: int, start: date, end: date
) -> dict[tuple[date, int], list[Existing]]:
    """Movements of the treasury account (chart account `account_id`) between the dates, by
    (date, amount)."""
    rows = session.execute(
        select(
            Transaction.id,
            Transaction.date,
            Transaction.label,
            Transaction.payee,
            Split.amount_minor,
        )
        .join(Split, Split.transaction_id == Transaction.id)
        .where(Split.account_id == account_id, Transaction.date.between(start, end))
        .order_by(Transaction.id)
    )
    found: dict[tuple[date, int], list[Existing]] = defaultdict(list)
    for tx_id, day, label, payee, amount in rows:
        found[(day, amount)].append(Existing(tx_id, f"{label} {payee}".strip()))
    return found


def find_duplicates(
    session: Session, account_id: int, lines: tuple[StatementLine, ...]
) -> tuple[set[int], set[int]]:
    """(lines already in the books, lines repeating an earlier row of the file), by line
    number."""
    if not lines:
        return set(), set()
    books = existing_by_day(
        session, account_id, min(x.date for x in lines), max(x.date for x in lines)
    )
    in_books: set[int] = set()
    in_file: set[int] = set()
    seen: set[tuple[object, ...]] = set()
    for line in lines:  # first the repeats inside the file, whatever the books hold
        marker = line.reference or line.balance_minor
        if marker not in ("", None):
            key = (line.date, line.amount_minor, fold(line.label), marker)
            if key in seen:
                in_file.add(line.line)
            seen.add(key)
    for line in lines:
        if line.line in in_file:
            continue
        for candidate in books.get((line.date, line.amount_minor), ()):
            if not candidate.used and labels_similar(line.label, candidate.label):
                candidate.used = True
                in_books.add(line.line)
                break
    return in_books, in_file


class Suggester:
    """Category suggestions from the latest transactions: each meaningful word of a label or
    payee votes for the counterpart it was booked to, weighted by how rare the word is."""

    def __init__(self, session: Session, treasury_account_id: int) -> None:
        self.categories = categories(session, treasury_account_id)
        self._votes: dict[str, Counter[str]] = defaultdict(Counter)
        self._documents = 0
        own = session.scalar(
            select(TreasuryAccount.account_id).where(TreasuryAccount.id == treasury_account_id)
        )
        latest = (
            select(Transaction.id)
            .order_by(Transaction.date.desc(), Transaction.id.desc())
            .limit(HISTORY_SIZE)
            .subquery()
        )
        rows = session.execute(
            select(Transaction.id, Transaction.label, Transaction.payee, Account.code, Account.id)
            .join(latest, latest.c.id == Transaction.id)
            .join(Split, Split.transaction_id == Transaction.id)
            .join(Account, Account.id == Split.account_id)
        )
        legs: dict[int, tuple[str, list[str]]] = {}
        for tx_id, label, payee, code, account_id in rows:
            entry = legs.setdefault(tx_id, (f"{label} {payee}", []))
            if account_id != own:
                entry[1].append(code)
        for text, codes in legs.values():
            counterparts = [c for c in codes if c in self.categories]
            if len(counterparts) != 1:
                continue  # split across several categories: no single answer
            self._documents += 1
            for token in label_tokens(text):
                self._votes[token][counterparts[0]] += 1

    def suggest(self, line: StatementLine) -> Suggestion:
        allowed = (
            {AccountKind.EXPENSE, AccountKind.TREASURY}
            if line.amount_minor < 0
            else {AccountKind.INCOME, AccountKind.TREASURY}
        )
        tokens = label_tokens(f"{line.label} {line.payee}")
        scores: dict[str, float] = defaultdict(float)
        for token in tokens:
            votes = self._votes.get(token)
            if not votes:
                continue
            weight = math.log(1 + self._documents / sum(votes.values()))
            for code, count in votes.items():
                if self.categories[code].kind in allowed:
                    scores[code] += count * weight
        if scores:
            best = max(scores, key=lambda code: (scores[code], code))
            return Suggestion(self.categories[best], "history")
        return self._by_rule(line, tokens)

    def _by_rule(self, line: StatementLine, tokens: frozenset[str]) -> Suggestion:
        sign = -1 if line.amount_minor < 0 else 1
        words = tokens | set(fold(line.label).split())
        if sign < 0 and words & _WITHDRAWAL:
            cash = [c for c in self.categories.values() if c.kind is AccountKind.TREASURY]
            caisse = [c for c in cash if "caisse" in fold(c.name)]
            if caisse or cash:
                return Suggestion((caisse or cash)[0], "rule")
        for needed, code, rule_sign in _RULES:
            if rule_sign == sign and words & needed and code in self.categories:
                return Suggestion(self.categories[code], "rule")
        fallback = DEFAULT_EXPENSE if sign < 0 else DEFAULT_INCOME
        if fallback in self.categories:
            return Suggestion(self.categories[fallback], "default")
        kind = AccountKind.EXPENSE if sign < 0 else AccountKind.INCOME
        first = next(c for c in self.categories.values() if c.kind is kind)
        return Suggestion(first, "default")
