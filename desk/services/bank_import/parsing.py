"""Turning the raw rows of a statement into dated, signed operations, with every problem
tied to the row's line number.

Rows that are not operations are set aside, not refused: blank rows, and balance lines
("Solde en début de période", "Balance at end of period", "Total") that banks put above or
below the table. The opening and closing balances found that way, or a running-balance
column, are checked against the operations: a statement whose own arithmetic is off gives a
warning that names the gap.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass
from datetime import date
from typing import Final

from desk.domain.errors import DomainError, ErrorCode
from desk.domain.money import format_minor, minor_units
from desk.domain.statement_parsing import fold, looks_like_date, parse_amount, parse_date
from desk.services.bank_import.mapping import ColumnMapping
from desk.services.bank_import.reading import Cell, RawTable

_BALANCE_WORDS: Final = ("solde", "balance", "total", "kontostand", "sous total", "report")
_OPENING_WORDS: Final = ("debut", "start", "ancien", "opening", "precedent", "initial")
_CLOSING_WORDS: Final = ("fin", "end", "nouveau", "closing", "final")


@dataclass(frozen=True, slots=True)
class StatementLine:
    """One operation as the bank tells it; amount > 0 is money in."""

    line: int
    date: dt.date
    label: str
    amount_minor: int
    value_date: dt.date | None = None
    payee: str = ""
    reference: str = ""
    balance_minor: int | None = None


@dataclass(frozen=True, slots=True)
class LineError:
    line: int
    error: DomainError


@dataclass(frozen=True, slots=True)
class ParsedStatement:
    lines: tuple[StatementLine, ...]
    errors: tuple[LineError, ...]
    ignored: tuple[int, ...]  # line numbers of balance lines and other non-operations
    warnings: tuple[LineError, ...]
    opening_minor: int | None = None
    closing_minor: int | None = None


def _text(row: tuple[Cell, ...], column: int | None) -> str:
    if column is None or column >= len(row) or row[column] is None:
        return ""
    value = row[column]
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(str(value).split())


def _cell(row: tuple[Cell, ...], column: int | None) -> Cell:
    if column is None or column >= len(row):
        return None
    value = row[column]
    return None if value == "" else value


def _balance_line(row: tuple[Cell, ...]) -> str | None:
    """ "opening", "closing" or "other" for a balance/total line, else None."""
    first = next((c for c in row if c not in (None, "")), None)
    if not isinstance(first, str):
        return None
    words = fold(first)
    if not words.startswith(_BALANCE_WORDS):
        return None
    if any(w in words.split() for w in _OPENING_WORDS):
        return "opening"
    if any(w in words.split() for w in _CLOSING_WORDS):
        return "closing"
    return "other"


def _last_amount(row: tuple[Cell, ...], mark: str, exponent: int) -> int | None:
    for cell in reversed(row):
        if cell in (None, "") or isinstance(cell, date):
            continue
        try:
            return parse_amount(cell, mark, exponent)
        except DomainError:
            continue
    return None


def _amount(row: tuple[Cell, ...], m: ColumnMapping, exponent: int) -> int:
    """The signed amount of a row: the amount column, or credit minus debit (a debit is
    money out whether the bank writes it "75,25" or "-75,25")."""
    if m.amount is not None:
        value = _cell(row, m.amount)
        if value is None:
            raise DomainError(ErrorCode.STATEMENT_NO_AMOUNT, field="amount")
        return parse_amount(value, m.decimal_mark, exponent)
    debit_cell, credit_cell = _cell(row, m.debit), _cell(row, m.credit)
    debit = 0 if debit_cell is None else abs(parse_amount(debit_cell, m.decimal_mark, exponent))
    credit = 0 if credit_cell is None else parse_amount(credit_cell, m.decimal_mark, exponent)
    if debit and credit:
        raise DomainError(
            ErrorCode.STATEMENT_TWO_AMOUNTS,
            field="amount",
            debit=_text(row, m.debit),
            credit=_text(row, m.credit),
        )
    if not debit and not credit:
        raise DomainError(ErrorCode.STATEMENT_NO_AMOUNT, field="amount")
    return credit - debit


def _label(row: tuple[Cell, ...], m: ColumnMapping) -> str:
    parts = [_text(row, m.label), *(_text(row, c) for c in m.details)]
    seen: list[str] = []
    for part in parts:
        if part and part not in seen:
            seen.append(part)
    return " – ".join(seen) or _text(row, m.payee)


def parse_statement(
    table: RawTable, mapping: ColumnMapping, currency: str = "MAD"
) -> ParsedStatement:
    """Every row after the header, read with `mapping` (which must be complete)."""
    mapping.check()
    exponent = minor_units(currency)
    start = 0 if mapping.header_row is None else mapping.header_row + 1
    lines: list[StatementLine] = []
    errors: list[LineError] = []
    ignored: list[int] = []
    balances: dict[str, int] = {}
    for index, row in enumerate(table.rows):
        number = table.lines[index]
        kind = _balance_line(row)
        if kind is not None and (index < start or not looks_like_date(_cell(row, mapping.date))):
            amount = _last_amount(row, mapping.decimal_mark, exponent)
            if amount is not None and kind != "other":
                balances.setdefault(kind, amount)
            if index >= start:
                ignored.append(number)
            continue
        if index < start:
            continue
        if not any(c not in (None, "") for c in row):
            continue
        try:
            lines.append(_parse_row(row, number, mapping, exponent))
        except DomainError as error:
            if _is_noise(row, mapping):
                ignored.append(number)
            else:
                errors.append(LineError(number, error))
    parsed = ParsedStatement(
        tuple(lines),
        tuple(errors),
        tuple(ignored),
        (),
        balances.get("opening"),
        balances.get("closing"),
    )
    return _with_balance_checks(parsed, currency)


def _is_noise(row: tuple[Cell, ...], m: ColumnMapping) -> bool:
    """A row with neither date nor amount (a page footer, a lone comment): not an operation."""
    amount_cells = [_cell(row, c) for c in (m.amount, m.debit, m.credit) if c is not None]
    return _cell(row, m.date) is None and all(c is None for c in amount_cells)


def _parse_row(
    row: tuple[Cell, ...], number: int, m: ColumnMapping, exponent: int
) -> StatementLine:
    date_cell = _cell(row, m.date)
    if date_cell is None:
        raise DomainError(ErrorCode.STATEMENT_BAD_DATE, field="date", text="")
    day = parse_date(date_cell, m.date_order)
    amount = _amount(row, m, exponent)
    label = _label(row, m)
    if not label:
        raise DomainError(ErrorCode.STATEMENT_NO_LABEL, field="label")
    value_cell = _cell(row, m.value_date)
    value_day = None
    if value_cell is not None:
        value_day = parse_date(value_cell, m.date_order)
    balance_cell = _cell(row, m.balance)
    balance = None
    if balance_cell is not None:
        balance = parse_amount(balance_cell, m.decimal_mark, exponent)
    return StatementLine(
        line=number,
        date=day,
        label=label[:300],
        amount_minor=amount,
        value_date=value_day,
        payee=_text(row, m.payee)[:200],
        reference=_text(row, m.reference)[:100],
        balance_minor=balance,
    )


def _with_balance_checks(parsed: ParsedStatement, currency: str) -> ParsedStatement:
    warnings: list[LineError] = []
    total = sum(line.amount_minor for line in parsed.lines)
    if parsed.opening_minor is not None and parsed.closing_minor is not None:
        expected = parsed.opening_minor + total
        if expected != parsed.closing_minor:
            warnings.append(LineError(0, _mismatch(expected, parsed.closing_minor, currency)))
    with_balance = [line for line in parsed.lines if line.balance_minor is not None]
    if len(with_balance) >= 2 and len(with_balance) == len(parsed.lines):
        warnings.extend(_running_balance_gaps(parsed.lines, currency))
    if not warnings:
        return parsed
    return ParsedStatement(
        parsed.lines,
        parsed.errors,
        parsed.ignored,
        tuple(warnings),
        parsed.opening_minor,
        parsed.closing_minor,
    )


def _mismatch(expected: int, found: int, currency: str) -> DomainError:
    # Amounts as text: messages show parameters as they are (French grouping, the main UI).
    return DomainError(
        ErrorCode.STATEMENT_BALANCE_MISMATCH,
        field="balance",
        expected=format_minor(expected, currency, "fr"),
        found=format_minor(found, currency, "fr"),
        difference=format_minor(found - expected, currency, "fr"),
        difference_minor=found - expected,
    )


def _running_balance_gaps(lines: tuple[StatementLine, ...], currency: str) -> list[LineError]:
    """Rows whose balance is not the previous one plus (top-down) or minus (newest first) the
    operation; the direction that fits best is taken as the statement's order."""
    best: list[LineError] | None = None
    for direction in (1, -1):
        gaps: list[LineError] = []
        for previous, current in itertools.pairwise(lines):
            assert previous.balance_minor is not None and current.balance_minor is not None
            if direction == 1:
                expected = previous.balance_minor + current.amount_minor
                found = current.balance_minor
            else:
                expected = current.balance_minor + previous.amount_minor
                found = previous.balance_minor
            if expected != found:
                gaps.append(LineError(current.line, _mismatch(expected, found, currency)))
        if best is None or len(gaps) < len(best):
            best = gaps
    return best or []
