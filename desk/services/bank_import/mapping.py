"""Which column of a statement holds what: guessed from the header row (French, English and
German bank words) or from the cells when there is no header, and remembered per bank.

A mapping names columns by position. It is stored in the association file itself (the
`file_info` table, key "bank_mapping:<bank>", JSON), so it travels with the file to the next
treasurer or the coach.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Final

from sqlalchemy import Connection, select

from desk.domain.errors import DomainError, ErrorCode
from desk.domain.statement_parsing import (
    DATE_ORDERS,
    DECIMAL_MARKS,
    constant_columns,
    detect_date_order,
    detect_decimal_mark,
    fold,
    looks_like_amount,
    looks_like_date,
)
from desk.services.bank_import.reading import Cell, RawTable
from desk.store import fileinfo

KEY_PREFIX: Final = "bank_mapping:"
HEADER_SEARCH_ROWS: Final = 40
ROLES: Final = (
    "date",
    "label",
    "amount",
    "debit",
    "credit",
    "value_date",
    "details",
    "payee",
    "reference",
    "balance",
)

# Folded header words -> role. Checked in this order: the first rule whose words are all in
# the header wins ("date de valeur" is a value date before it is a date).
_RULES: Final[tuple[tuple[str, frozenset[str]], ...]] = tuple(
    (role, frozenset(words.split()))
    for role, words in (
        ("value_date", "date valeur"),
        ("value_date", "value date"),
        ("value_date", "wertstellung"),
        ("value_date", "valuta"),
        ("date", "date"),
        ("date", "datum"),
        ("date", "buchungstag"),
        ("date", "jour"),
        ("debit", "debit"),
        ("debit", "sortie"),
        ("debit", "retrait"),
        ("debit", "decaissement"),
        ("debit", "soll"),
        ("credit", "credit"),
        ("credit", "entree"),
        ("credit", "encaissement"),
        ("credit", "haben"),
        ("balance", "solde"),
        ("balance", "balance"),
        ("balance", "kontostand"),
        ("amount", "montant"),
        ("amount", "amount"),
        ("amount", "betrag"),
        ("amount", "somme"),
        ("reference", "reference"),
        ("reference", "ref"),
        ("reference", "transaction"),
        ("reference", "numero"),
        ("reference", "number"),
        ("reference", "cheque"),
        ("payee", "partner"),
        ("payee", "beneficiaire"),
        ("payee", "tiers"),
        ("payee", "payee"),
        ("payee", "auftraggeber"),
        ("ignore", "type"),
        ("ignore", "pointage"),
        ("label", "libelle"),
        ("label", "label"),
        ("label", "libele"),
        ("label", "designation"),
        ("label", "intitule"),
        ("label", "buchungstext"),
        ("label", "description"),
        ("label", "nature"),
        ("label", "operation"),
        ("details", "detail"),
        ("details", "details"),
        ("details", "informations"),
        ("details", "complementaires"),
        ("details", "vwz1"),
        ("details", "motif"),
    )
)


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """Column positions (0-based) and reading conventions of one statement layout."""

    header_row: int | None = None  # index in RawTable.rows; data starts on the next row
    date: int | None = None
    label: int | None = None
    amount: int | None = None
    debit: int | None = None
    credit: int | None = None
    value_date: int | None = None
    payee: int | None = None
    reference: int | None = None
    balance: int | None = None
    details: tuple[int, ...] = ()
    date_order: str = "dmy"
    decimal_mark: str = ","
    headers: tuple[str, ...] = field(default=())  # folded header texts: recognises the layout

    def missing(self) -> tuple[str, ...]:
        """Roles a statement cannot do without that are not mapped yet."""
        missing = []
        if self.date is None:
            missing.append("date")
        if self.label is None and self.payee is None:
            missing.append("label")
        if self.amount is None and self.debit is None and self.credit is None:
            missing.append("amount")
        return tuple(missing)

    def check(self) -> None:
        if missing := self.missing():
            raise DomainError(
                ErrorCode.STATEMENT_MAPPING_INCOMPLETE, field="mapping", missing=", ".join(missing)
            )

    def to_json(self) -> str:
        data = asdict(self)
        data["details"] = list(self.details)
        data["headers"] = list(self.headers)
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> ColumnMapping:
        data = json.loads(text)
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        known["details"] = tuple(known.get("details") or ())
        known["headers"] = tuple(known.get("headers") or ())
        mapping = cls(**known)
        if mapping.date_order not in DATE_ORDERS or mapping.decimal_mark not in DECIMAL_MARKS:
            raise ValueError("bad conventions")
        return mapping


def header_roles(cells: tuple[Cell, ...]) -> dict[int, str]:
    """The role each header cell names (cells that name none are left out)."""
    roles: dict[int, str] = {}
    for index, cell in enumerate(cells):
        if not isinstance(cell, str) or not cell or len(cell) > 60:
            continue
        words = set(fold(cell).split())
        for role, needed in _RULES:
            if needed <= words:
                roles[index] = role
                break
    return roles


def _header_score(cells: tuple[Cell, ...]) -> int:
    roles = set(header_roles(cells).values())
    if not roles & {"date", "value_date"} or not roles & {"amount", "debit", "credit"}:
        return 0
    return len(roles - {"ignore"})


def find_header_row(table: RawTable) -> int | None:
    """The row naming the columns: the one among the first rows that names a date and an
    amount (or debit/credit) and the most other known columns; None when none does."""
    best, best_score = None, 0
    for index, row in enumerate(table.rows[:HEADER_SEARCH_ROWS]):
        score = _header_score(row)
        if score > best_score:
            best, best_score = index, score
    return best


def _column_values(table: RawTable, start: int, column: int, limit: int = 200) -> list[Cell]:
    return [
        row[column]
        for row in table.rows[start : start + limit]
        if column < len(row) and row[column] not in (None, "")
    ]


def guess_mapping(table: RawTable) -> ColumnMapping:
    """The best guess for `table`; incomplete when nothing is recognised (see `missing()`)."""
    header = find_header_row(table)
    mapping = _guess_from_cells(table) if header is None else _guess_from_header(table, header)
    start = 0 if mapping.header_row is None else mapping.header_row + 1
    dates = _column_values(table, start, mapping.date) if mapping.date is not None else []
    amount_columns = [c for c in (mapping.amount, mapping.debit, mapping.credit) if c is not None]
    amounts = [v for c in amount_columns for v in _column_values(table, start, c)]
    return replace(
        mapping,
        date_order=detect_date_order(dates),
        decimal_mark=detect_decimal_mark(amounts),
        headers=signature(table, mapping.header_row),
    )


def signature(table: RawTable, header_row: int | None) -> tuple[str, ...]:
    if header_row is None:
        return ()
    return tuple(fold(str(c or "")) for c in table.rows[header_row])


def _guess_from_header(table: RawTable, header: int) -> ColumnMapping:
    chosen: dict[str, Any] = {}
    details: list[int] = []
    body = [row for row in table.rows[header + 1 : header + 201] if any(row)]
    constant = constant_columns(body, table.width)
    roles = header_roles(table.rows[header])
    texts = [i for i, r in roles.items() if r in ("label", "details")]
    if all(i in constant for i in texts):
        constant = set()  # every text column repeats: keep them rather than lose the label
    for index, role in sorted(roles.items()):
        if role == "ignore":
            continue
        if role == "details" or (role == "label" and "label" in chosen):
            if index not in constant:
                details.append(index)
        elif role == "label" and index in constant:
            continue  # "Compte personnel UBS" on every row says nothing
        elif role not in chosen:
            chosen[role] = index
    if "amount" in chosen and ("debit" in chosen or "credit" in chosen):
        chosen.pop("amount")  # "Montant (FRANCS)" next to Débit/Crédit: the split columns win
    if "date" not in chosen and "value_date" in chosen:
        chosen["date"] = chosen.pop("value_date")  # UBS: the value date is the only one
    if "label" not in chosen and details:
        chosen["label"] = details.pop(0)
    return replace(ColumnMapping(header_row=header, details=tuple(details)), **chosen)


def _guess_from_cells(table: RawTable) -> ColumnMapping:
    """No header: the first column of dates, the last column of amounts, the longest text."""
    width = table.width
    rows = [row for row in table.rows[:200] if any(row)]
    if not rows:
        return ColumnMapping()

    def share(column: int, test: object) -> float:
        assert callable(test)
        values = [row[column] for row in rows if column < len(row)]
        return sum(1 for v in values if test(v)) / len(rows)

    dates = [c for c in range(width) if share(c, looks_like_date) >= 0.6]
    amounts = [c for c in range(width) if c not in dates and share(c, looks_like_amount) >= 0.6]

    def text_length(column: int) -> int:
        return sum(len(str(row[column])) for row in rows if column < len(row))

    texts = [c for c in range(width) if c not in dates and c not in amounts]
    header = None
    if dates:  # a header the words did not recognise: the row just above the first date
        first = next(
            (
                i
                for i, row in enumerate(table.rows)
                if dates[0] < len(row) and looks_like_date(row[dates[0]])
            ),
            0,
        )
        above = table.rows[first - 1] if first else ()
        if sum(1 for c in above if isinstance(c, str) and c) >= 2:
            header = first - 1
    return ColumnMapping(
        header_row=header,
        date=dates[0] if dates else None,
        value_date=dates[1] if len(dates) > 1 else None,
        amount=amounts[0] if amounts else None,
        label=max(texts, key=text_length) if texts else None,
    )


# -- remembered per bank ----------------------------------------------------------------------


def bank_key(name: str) -> str:
    return KEY_PREFIX + " ".join(name.split())


def load_mapping(conn: Connection, bank: str) -> ColumnMapping | None:
    text = fileinfo.get_value(conn, bank_key(bank))
    if text is None:
        return None
    try:
        return ColumnMapping.from_json(text)
    except (ValueError, TypeError, KeyError):
        return None  # written by a later version, or damaged: guess again


def saved_mappings(conn: Connection) -> dict[str, ColumnMapping]:
    """Every remembered mapping, by bank name."""
    table = fileinfo.file_info
    rows = conn.execute(
        select(table.c.key, table.c.value).where(table.c.key.startswith(KEY_PREFIX))
    ).all()
    found: dict[str, ColumnMapping] = {}
    for key, value in rows:
        try:
            found[key[len(KEY_PREFIX) :]] = ColumnMapping.from_json(value)
        except (ValueError, TypeError, KeyError):
            continue
    return found


def save_mapping(conn: Connection, bank: str, mapping: ColumnMapping) -> None:
    """Remember `mapping` for `bank`, inside the caller's transaction."""
    fileinfo.set_value(conn, bank_key(bank), mapping.to_json())
