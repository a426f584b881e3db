"""The vocabulary of the demo's story: entries as a treasurer would tell them ("paid 600 DH of
hall rent in cash for workshop 1"), turned into balanced legs by construction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desk.domain.chart import BANK_ACCOUNT, CASH_ACCOUNT
from desk.domain.enums import TransactionKind
from desk.domain.money import parse_money
from desk.services.demo.projects import AGR, JDF

CASH, BANK = CASH_ACCOUNT, BANK_ACCOUNT
TREASURY = {"cash": CASH, "bank": BANK}


@dataclass(frozen=True, slots=True)
class Leg:
    """One split: account code, signed minor units (debit > 0), analytic tags by key."""

    account: str
    amount: int
    project: str | None = None
    line: str | None = None  # budget line code within `project`
    activity: str | None = None  # activity key
    funder: str | None = None  # funder key
    original: tuple[int, str, str] | None = None  # (minor units, currency, rate)


@dataclass(frozen=True, slots=True)
class Entry:
    day: date
    kind: TransactionKind
    label: str
    legs: tuple[Leg, ...]
    payee: str = ""
    member: str | None = None  # member key
    receipt: bool = True  # a receipt image is attached
    not_required: bool = False  # no receipt can exist (bank fees, opening balances)
    key: str | None = None  # name used to find the transaction later

    def flow(self, account: str) -> int:
        """Net movement of `account` in this entry."""
        return sum(leg.amount for leg in self.legs if leg.account == account)


def dh(value: int | str) -> int:
    """Minor units of a MAD amount: dh(350) or dh("24,20")."""
    return value * 100 if isinstance(value, int) else parse_money(value).minor


def d(text: str) -> date:
    return date.fromisoformat(text)


def jdf(account: str, amount: int, line: str, activity: str | None = None) -> Leg:
    return Leg(account, amount, project=JDF, line=line, activity=activity)


def agr(account: str, amount: int, line: str, activity: str | None = None) -> Leg:
    return Leg(account, amount, project=AGR, line=line, activity=activity)


def op(account: str, amount: int) -> Leg:
    """An operating (non-project) leg."""
    return Leg(account, amount)


def spend(
    day: date,
    label: str,
    via: str,
    *costs: Leg,
    payee: str = "",
    receipt: bool = True,
    not_required: bool = False,
    member: str | None = None,
    kind: TransactionKind = TransactionKind.EXPENSE,
    key: str | None = None,
) -> Entry:
    """An expense paid from the caisse or the bank: the costs, and the treasury leg opposite."""
    total = sum(leg.amount for leg in costs)
    return Entry(
        day,
        kind,
        label,
        (*costs, Leg(TREASURY[via], -total)),
        payee=payee,
        member=member,
        receipt=receipt and not not_required,
        not_required=not_required,
        key=key,
    )


def receive(
    day: date,
    label: str,
    via: str,
    income: Leg,
    *,
    payee: str = "",
    receipt: bool = True,
    key: str | None = None,
    original: tuple[int, str, str] | None = None,
) -> Entry:
    """Income into the caisse or the bank; `income.amount` is positive here and booked as a
    credit. `original` (foreign amount, currency, rate) goes on the treasury leg."""
    credit = Leg(
        income.account, -income.amount, income.project, income.line, income.activity, income.funder
    )
    money_in = Leg(TREASURY[via], income.amount, original=original)
    return Entry(
        day,
        TransactionKind.INCOME,
        label,
        (money_in, credit),
        payee=payee,
        receipt=receipt,
        key=key,
    )


def withdrawal(day: date, amount: int) -> Entry:
    """Cash taken from the bank into the caisse (virement interne)."""
    return Entry(
        day,
        TransactionKind.TRANSFER,
        "Retrait d'espèces à la banque pour la caisse",
        (Leg(CASH, amount), Leg(BANK, -amount)),
        payee="Banque Populaire",
    )
