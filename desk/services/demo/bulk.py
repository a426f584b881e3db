"""Many generated transactions for stress tests and benchmarks (`transactions=N`).

Written with SQLAlchemy Core `insert()` executemany in chunks, inside the caller's unit of
work (one SQLite transaction), with ids assigned here so that splits and receipts can point at
their transaction without a round trip. Every transaction is balanced by construction (its
treasury leg is minus the sum of the others) and the generated flows keep their own cash and
bank running balances at or above zero, so the file stays plausible whatever N. About 90 %
of the rows get a small receipt image from a pool of pre-drawn ones (a few hundred bytes each),
which keeps a 100 000-row file well under 100 MB.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from desk.domain.enums import AuditAction, TransactionKind
from desk.models import Account, Attachment, FinancialYear, Split, Transaction
from desk.services import audit
from desk.services.demo.context import ACTORS, stamp
from desk.services.demo.entries import BANK, CASH
from desk.services.demo.receipts import ReceiptImage, draw_receipt

CHUNK = 5000
RECEIPT_SHARE = 0.9
WHAT = (
    "réunion du bureau", "atelier", "permanence juridique", "visite à domicile",
    "sensibilisation", "accueil des nouveaux arrivants", "cours de darija", "sortie culturelle",
)  # fmt: skip
# label, account, min DH, max DH
CASH_COSTS = (
    ("Transport — {}", "6142", 20, 300),
    ("Pause café — {}", "6143", 50, 800),
    ("Recharge téléphonique — {}", "6145", 20, 200),
    ("Fournitures — {}", "6122", 30, 600),
    ("Per diems — {}", "6178", 80, 2400),
)
BANK_COSTS = (
    ("Location de salle — {}", "6131", 400, 3000),
    ("Impression — {}", "6144", 200, 4000),
    ("Honoraires — {}", "6136", 500, 5000),
    ("Eau et électricité du local", "6125", 100, 600),
)
INCOMES = (
    ("Cotisation d'un membre", "7181", "cash", 100, 300),
    ("Don d'un particulier", "7182", "bank", 200, 3_000),
)


@dataclass
class _Ids:
    transaction: int
    split: int
    attachment: int


def _next_id(session: Session, column: Any) -> int:
    return int(session.scalar(select(func.coalesce(func.max(column), 0))) or 0) + 1


def _dh(rng: random.Random, low: int, high: int) -> int:
    """A price in centimes, rounded to 5 DH above 100 DH, as prices are."""
    value = rng.randint(low * 100, high * 100)
    return value - value % 500 if value > 100_00 else value - value % 10


# kind, label, legs (account code, signed minor units), is a bank fee (no receipt possible)
Generated = tuple[TransactionKind, str, list[tuple[str, int]], bool]


class _Generator:
    """Makes one generated transaction after the other, keeping its own balances >= 0."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.cash = self.bank = 0  # the generated flows' own balances

    def _income(self) -> Generated:
        """Dues and small gifts, the association's everyday income."""
        label, account, where, low, high = self.rng.choice(INCOMES)
        amount = _dh(self.rng, low, high)
        treasury = CASH if where == "cash" else BANK
        self._move(treasury, amount)
        return TransactionKind.INCOME, label, [(treasury, amount), (account, -amount)], False

    def _grant(self, needed: int) -> Generated:
        """A subsidy when the bank runs short, sized to last a while (so balances stay
        realistic instead of piling up)."""
        amount = -(-needed // 10_000_00) * 10_000_00 + 20_000_00
        self.bank += amount
        legs = [(BANK, amount), ("7133", -amount)]
        return TransactionKind.INCOME, "Subvention de fonctionnement", legs, False

    def _move(self, treasury: str, amount: int) -> None:
        if treasury == CASH:
            self.cash += amount
        else:
            self.bank += amount

    def next(self) -> Generated:
        rng = self.rng
        roll = rng.random()
        if roll < 0.12:
            return self._income()
        if roll < 0.17:
            amount = _dh(rng, 10, 60)
            if self.bank < amount:
                return self._grant(amount)
            self.bank -= amount
            return (
                TransactionKind.EXPENSE,
                "Frais bancaires",
                [("6147", amount), (BANK, -amount)],
                True,
            )
        cash = roll < 0.72
        label, account, low, high = rng.choice(CASH_COSTS if cash else BANK_COSTS)
        amount = _dh(rng, low, high)
        treasury = CASH if cash else BANK
        if cash and self.cash < amount:
            if self.bank < amount + 1000_00:
                return self._grant(amount + 1000_00)
            topup = -(-(amount + 500_00) // 1000_00) * 1000_00
            self.bank -= topup
            self.cash += topup
            legs = [(CASH, topup), (BANK, -topup)]
            return TransactionKind.TRANSFER, "Retrait d'espèces pour la caisse", legs, False
        if not cash and self.bank < amount:
            return self._grant(amount)
        self._move(treasury, -amount)
        text = label.format(rng.choice(WHAT))
        if not cash and rng.random() < 0.1:  # a shared cost, split over two categories
            part = amount // 3
            legs = [(account, amount - part), ("6143", part), (treasury, -amount)]
            return TransactionKind.EXPENSE, text + " (avec pause café)", legs, False
        return TransactionKind.EXPENSE, text, [(account, amount), (treasury, -amount)], False


def add_generated(
    session: Session, count: int, *, seed: int, start: date, end: date, day: date
) -> int:
    """Add `count` generated transactions dated from `start` to `end` (inclusive, spread
    evenly, in date order); `day` dates the audit entries. Returns `count`."""
    if count <= 0:
        return 0
    rng = random.Random(f"bulk:{seed}")
    accounts = {code: id_ for code, id_ in session.execute(select(Account.code, Account.id))}
    years = list(session.scalars(select(FinancialYear).order_by(FinancialYear.start_date)))
    numbers = {year.id: _last_number(session, year) for year in years}
    ids = _Ids(
        _next_id(session, Transaction.id),
        _next_id(session, Split.id),
        _next_id(session, Attachment.id),
    )
    pool: list[ReceiptImage] = [draw_receipt(f"bulk:{seed}:{i}", "small") for i in range(64)]
    span = (end - start).days + 1
    generator = _Generator(rng)
    batch = _Batch()
    year_index = 0
    for index in range(count):
        when = start + timedelta(days=index * span // count)
        while years[year_index].end_date < when:
            year_index += 1
        year = years[year_index]
        kind, label, legs, fee = generator.next()
        tx_id = ids.transaction
        ids.transaction += 1
        number = None
        if not fee:
            numbers[year.id] += 1
            number = f"{year.label}-{numbers[year.id]:04d}"
        moment = stamp(when)
        batch.transactions.append(
            {
                "id": tx_id, "financial_year_id": year.id, "date": when, "kind": kind,
                "label": label, "receipt_number": number, "payee": "", "member_id": None,
                "notes": "", "receipt_not_required": fee, "created_at": moment,
                "updated_at": moment,
            }
        )  # fmt: skip
        for account, amount in legs:
            batch.splits.append(
                {
                    "id": ids.split, "transaction_id": tx_id, "account_id": accounts[account],
                    "amount_minor": amount, "memo": "", "original_minor": None,
                    "original_currency": None, "rate": None, "project_id": None,
                    "budget_line_id": None, "activity_id": None, "funder_id": None,
                    "reconciliation_id": None,
                }
            )  # fmt: skip
            ids.split += 1
        if not fee and rng.random() < RECEIPT_SHARE:
            image = pool[tx_id % len(pool)]
            batch.attachments.append(
                {
                    "id": ids.attachment, "transaction_id": tx_id,
                    "original_name": f"piece-{number}.png", "mime_type": image.mime_type,
                    "size": image.size, "sha256": image.sha256, "data": image.data,
                    "created_at": moment,
                }
            )  # fmt: skip
            ids.attachment += 1
        if len(batch.transactions) >= CHUNK:
            batch.write(session)
    batch.write(session)
    for table, written in batch.written.items():
        entry = audit.record(
            session,
            AuditAction.IMPORT,
            table=table,
            after={"count": written, "generator": "demo", "seed": seed},
            reason="demo: generated transactions",
        )
        entry.user, entry.machine = ACTORS["treasurer"]
        entry.at = stamp(day)
    return count


class _Batch:
    """Rows waiting to be written; written every CHUNK transactions so that memory stays flat
    whatever the count (parents first: foreign keys are on)."""

    def __init__(self) -> None:
        self.transactions: list[dict[str, Any]] = []
        self.splits: list[dict[str, Any]] = []
        self.attachments: list[dict[str, Any]] = []
        self.written: dict[str, int] = {"transaction": 0, "split": 0, "attachment": 0}

    def write(self, session: Session) -> None:
        targets = (
            (cast(Table, Transaction.__table__), self.transactions),
            (cast(Table, Split.__table__), self.splits),
            (cast(Table, Attachment.__table__), self.attachments),
        )
        # Core executemany on the tables (not the ORM classes): no identity map, no objects.
        for table, rows in targets:
            if rows:
                session.execute(insert(table), rows)
                self.written[table.name] += len(rows)
                rows.clear()


def _last_number(session: Session, year: FinancialYear) -> int:
    """The highest numeric suffix of the year's receipt numbers ("2025-0042" -> 42)."""
    numbers = session.scalars(
        select(Transaction.receipt_number).where(
            Transaction.financial_year_id == year.id, Transaction.receipt_number.is_not(None)
        )
    )
    suffixes = [int(n.rpartition("-")[2]) for n in numbers if n and n.rpartition("-")[2].isdigit()]
    return max(suffixes, default=0)
