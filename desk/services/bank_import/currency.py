"""The currency a statement is written in, when it says so: a currency column ("Devise",
"Monn.", "Währung") with one code on every row, amount headers such as "Débit Euros" or
"Amount (EUR)", or a preamble cell "Devise : EUR". Importing euros into a dirham account
would book every amount wrong, so a statement in another currency than the account's is
refused whole."""

from __future__ import annotations

from collections import Counter
from typing import Final

from desk.domain.statement_parsing import fold
from desk.services.bank_import.mapping import ColumnMapping
from desk.services.bank_import.reading import RawTable

_WORDS: Final[dict[str, str]] = {
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "mad": "MAD",
    "dh": "MAD",
    "dhs": "MAD",
    "dirham": "MAD",
    "dirhams": "MAD",
    "chf": "CHF",
    "usd": "USD",
    "xof": "XOF",
    "fcfa": "XOF",
    "gbp": "GBP",
}
_COLUMN_NAMES: Final = frozenset({"devise", "monnaie", "monn", "currency", "wahrung"})
_LABEL_WORDS: Final = frozenset({"devise", "currency", "monnaie", "wahrung"})


def _code(text: str) -> str | None:
    words = fold(text.replace("€", " eur ")).split()
    found = {_WORDS[w] for w in words if w in _WORDS}
    return found.pop() if len(found) == 1 else None


def statement_currency(table: RawTable, mapping: ColumnMapping) -> str | None:
    """The ISO code the statement states, or None when it says nothing (or contradicts
    itself)."""
    votes: Counter[str] = Counter()
    header = table.rows[mapping.header_row] if mapping.header_row is not None else ()
    start = 0 if mapping.header_row is None else mapping.header_row + 1
    for index, cell in enumerate(header):
        if not isinstance(cell, str):
            continue
        if set(fold(cell).split()) & _COLUMN_NAMES:
            values = {
                str(row[index]).strip().upper()
                for row in table.rows[start : start + 500]
                if index < len(row) and row[index] not in (None, "")
            }
            if len(values) == 1:
                code = _code(values.pop())
                if code:
                    votes[code] += 1
        elif index in (mapping.amount, mapping.debit, mapping.credit) and (code := _code(cell)):
            votes[code] += 1
    for row in table.rows[: start or 15]:  # the preamble: "Devise : EUR"
        for cell in row:
            if isinstance(cell, str) and set(fold(cell).split()[:1]) & _LABEL_WORDS:
                code = _code(cell.split(":", 1)[-1])
                if code:
                    votes[code] += 1
    if len(votes) != 1:
        return None
    return next(iter(votes))
