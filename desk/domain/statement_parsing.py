"""Reading the cells of a bank statement: encodings, delimiters, French dates and amounts.

Pure functions, no I/O: `desk.services.bank_import` feeds them the bytes and cells it read.
Amounts come back as integer minor units, never floats.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Final

from desk.domain.errors import DomainError, ErrorCode

DELIMITERS: Final = (";", ",", "\t", "|")
DATE_ORDERS: Final = ("dmy", "mdy", "ymd")
DECIMAL_MARKS: Final = (",", ".")

_MONTHS: Final[dict[str, int]] = {}
for _number, _names in enumerate(
    (
        ("janvier", "janv", "jan", "january"),
        ("fevrier", "fevr", "fev", "feb", "february"),
        ("mars", "mar", "march"),
        ("avril", "avr", "apr", "april"),
        ("mai", "may"),
        ("juin", "jun", "june"),
        ("juillet", "juil", "jul", "july"),
        ("aout", "aou", "aug", "august"),
        ("septembre", "sept", "sep", "september"),
        ("octobre", "oct", "october"),
        ("novembre", "nov", "november"),
        ("decembre", "dec", "december"),
    ),
    start=1,
):
    _MONTHS.update(dict.fromkeys(_names, _number))

_INVISIBLE: Final = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e"))
_SPACES: Final = re.compile(r"[\s\u00a0\u202f\u2007\u2009]+")
_NUMERIC_DATE: Final = re.compile(r"(\d{1,4})[/.\- ](\d{1,2})[/.\- ](\d{2,4})")
_WORD_DATE: Final = re.compile(r"(\d{1,2})[\s.\-/]*([^\W\d_]+)\.?[\s.\-/]*(\d{2,4})")
_COMPACT_DATE: Final = re.compile(r"(\d{4})(\d{2})(\d{2})")
_TIME_SUFFIX: Final = re.compile(r"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$")
# What may surround a number: a currency code or symbol ("DH", "MAD", "EUR", "€", "د.م.").
_CURRENCY_AROUND: Final = re.compile(r"^[^\d\-+−(]*|[^\d)\-−]*$")
_EXCEL_EPOCH: Final = date(1899, 12, 30)


def fold(text: str) -> str:
    """Lower case, accents removed, punctuation as spaces: "Débit (€)" -> "debit"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^0-9a-z]+", " ", plain).split())


# -- bytes and rows ---------------------------------------------------------------------------


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name) of a CSV file: UTF-8 with or without BOM, UTF-16 with a BOM,
    else Windows-1252 (which also reads Latin-1 and Latin-9 letters the same), else Latin-1."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:  # bytes cp1252 leaves undefined (0x81, 0x8d…)
        return data.decode("latin-1"), "latin-1"


def sniff_delimiter(text: str) -> str:
    """The delimiter that gives the most rows of one same width (>= 2 columns) in the first
    200 lines, wider tables preferred ("-500,00;;02/05" is not two comma columns); ';' wins
    ties (French exports). Preambles and footers are outvoted."""
    sample = text.splitlines()[:200]
    best, best_score = ";", (0, 0)
    for delimiter in DELIMITERS:
        widths = Counter(len(row) for row in csv.reader(sample, delimiter=delimiter) if row)
        widths.pop(1, None)
        if not widths:
            continue
        width, count = widths.most_common(1)[0]
        score = (count * min(width, 8), width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def split_rows(text: str, delimiter: str) -> list[tuple[int, list[str]]]:
    """(line number of the row's first line, cells) for every row; a quoted cell may hold a
    line break, so a row may span several lines."""
    reader = csv.reader(text.splitlines(keepends=True), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for cells in reader:
            rows.append((start, cells))
            start = reader.line_num + 1
    except csv.Error as error:
        raise DomainError(
            ErrorCode.STATEMENT_UNREADABLE, field="file", reason=str(error), line=start
        ) from error
    return rows


# -- dates ------------------------------------------------------------------------------------


def _year(text: str) -> int:
    value = int(text)
    return value + 2000 if len(text) <= 2 else value


def _bad_date(text: str) -> DomainError:
    return DomainError(ErrorCode.STATEMENT_BAD_DATE, field="date", text=text)


def parse_date(value: object, order: str = "dmy") -> date:
    """A statement date: "23/11/2026", "23-11-26", "23.11.2026", "2026-11-23",
    "23 nov. 2026", "23 novembre 2026", "20261123", a date cell or an Excel serial number.
    `order` says how to read three numbers ("dmy" French, "mdy", "ymd"); a four-digit first
    number is always a year."""
    if isinstance(value, date):
        return value
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        if 20000 <= value <= 80000 and value == int(value):  # an Excel serial day
            return _EXCEL_EPOCH + timedelta(days=int(value))
        raise _bad_date(str(value))
    text = str(value).translate(_INVISIBLE).strip()
    cleaned = _TIME_SUFFIX.sub("", text).strip()
    try:
        return _parse_date_text(cleaned, order)
    except (ValueError, KeyError):
        raise _bad_date(text) from None


def _parse_date_text(text: str, order: str) -> date:
    if match := _NUMERIC_DATE.fullmatch(text):
        a, b, c = match.groups()
        if len(a) == 4:
            return date(int(a), int(b), int(c))
        if order == "ymd":
            return date(_year(a), int(b), int(c))
        if order == "mdy":
            return date(_year(c), int(a), int(b))
        return date(_year(c), int(b), int(a))
    if match := _WORD_DATE.fullmatch(text):
        day, month, year = match.groups()
        return date(_year(year), _MONTHS[fold(month)], int(day))
    if match := _COMPACT_DATE.fullmatch(text):
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    raise ValueError(text)


def detect_date_order(values: Iterable[object]) -> str:
    """ "dmy" unless the texts can only be month-first ("11/23/2026") or year-first with two
    digits; French order when nothing tells."""
    first_big = second_big = False
    for value in values:
        if not isinstance(value, str):
            continue
        match = _NUMERIC_DATE.fullmatch(_TIME_SUFFIX.sub("", value.strip()))
        if not match or len(match.group(1)) == 4:
            continue
        first_big = first_big or int(match.group(1)) > 12
        second_big = second_big or int(match.group(2)) > 12
    return "mdy" if second_big and not first_big else "dmy"


def looks_like_date(value: object) -> bool:
    if value is None or value == "":
        return False
    try:
        parse_date(value)
    except DomainError:
        return False
    return True


# -- amounts ----------------------------------------------------------------------------------


def _bad_amount(text: str) -> DomainError:
    return DomainError(ErrorCode.MONEY_INVALID, field="amount", text=text)


def _last_mark(text: str) -> tuple[str, int] | None:
    """The last '.' or ',' of a number and how many digits follow it."""
    body = text.rstrip(" -)")
    position = max(body.rfind("."), body.rfind(","))
    if position < 0:
        return None
    tail = re.match(r"\d*", body[position + 1 :])
    return body[position], len(tail.group(0)) if tail else 0


def detect_decimal_mark(values: Iterable[object]) -> str:
    """ "," or ".": the mark followed by one or two digits in most cells ("1 234,50", "-1234.5");
    a comma when nothing tells (French)."""
    votes: Counter[str] = Counter()
    for value in values:
        if not isinstance(value, str):
            continue
        found = _last_mark(value.strip())
        if found is not None and found[1] in (1, 2):
            votes[found[0]] += 1
    if votes["."] > votes[","]:
        return "."
    return ","


def parse_amount(value: object, decimal_mark: str = ",", exponent: int = 2) -> int:
    """Minor units of a statement amount: "1 234,50", "1.234,50", "-1234.5", "1 234,50 DH",
    "11'373.94", "+1500,75", "50,00-", "(25,00)", a number cell. `decimal_mark` is the
    column's mark (see detect_decimal_mark); the other one groups thousands."""
    if isinstance(value, bool):
        raise _bad_amount(str(value))
    if isinstance(value, int):
        return int(value * 10**exponent)
    if isinstance(value, Decimal):
        return _decimal_minor(value, str(value), exponent)
    original = str(value)
    text = _SPACES.sub("", original.translate(_INVISIBLE)).replace("\u2212", "-")
    text = _CURRENCY_AROUND.sub(lambda m: "" if _is_currency(m.group(0)) else m.group(0), text)
    negative = False
    if text.startswith("(") and text.endswith(")"):
        negative, text = True, text[1:-1]
    if text[:1] in "+-" and text[:1]:
        negative, text = text[0] == "-", text[1:]
    elif text[-1:] in "+-" and text[-1:]:
        negative, text = text[-1] == "-", text[:-1]
    grouping = "." if decimal_mark == "," else ","
    text = text.replace("'", "").replace("\u2019", "")
    whole = text.split(decimal_mark)[0]
    if grouping in whole and not re.fullmatch(rf"\d{{1,3}}(\{grouping}\d{{3}})+", whole):
        raise _bad_amount(original)  # "1234.5" in a comma column is not "12345"
    text = text.replace(grouping, "")
    if not re.fullmatch(rf"\d+(\{decimal_mark}\d+)?|\{decimal_mark}\d+", text):
        raise _bad_amount(original)
    number = Decimal(text.replace(",", "."))
    return _decimal_minor(-number if negative else number, original, exponent)


def _is_currency(text: str) -> bool:
    """A currency code or symbol around a number (letters, €, $…), or nothing."""
    stripped = text.strip(" .")
    return not stripped or all(not c.isdigit() and c not in "+-()" for c in stripped)


def _decimal_minor(number: Decimal, original: str, exponent: int) -> int:
    try:
        scaled = number.scaleb(exponent)
    except InvalidOperation:
        raise _bad_amount(original) from None
    if not scaled.is_finite():
        raise _bad_amount(original)
    # A number cell read from Excel can carry binary noise (100.25000000000001).
    rounded = scaled.quantize(Decimal(1))
    if abs(scaled - rounded) > Decimal("0.000001"):
        raise DomainError(
            ErrorCode.MONEY_TOO_MANY_DECIMALS, field="amount", text=original, max_decimals=exponent
        )
    return int(rounded)


def looks_like_amount(value: object) -> bool:
    if value is None or value == "" or isinstance(value, date):
        return False
    for mark in DECIMAL_MARKS:
        try:
            parse_amount(value, mark)
        except DomainError:
            continue
        return True
    return False


# -- labels -----------------------------------------------------------------------------------

# Words every bank puts everywhere: they say nothing about who was paid.
_NOISE: Final = frozenset(
    (
        "de",
        "du",
        "des",
        "la",
        "le",
        "les",
        "et",
        "a",
        "au",
        "aux",
        "en",
        "par",
        "pour",
        "sur",
        "vers",
        "vir",
        "virement",
        "sepa",
        "recu",
        "emis",
        "prlv",
        "prelevement",
        "paiement",
        "cb",
        "carte",
        "inst",
        "web",
        "fav",
        "ref",
        "n",
        "no",
        "op",
        "operation",
        "date",
    )
)


def label_tokens(text: str) -> frozenset[str]:
    """The meaningful words of a label: folded, without digits-only words and bank noise."""
    return frozenset(
        word
        for word in fold(text).split()
        if len(word) > 1 and not word.isdigit() and word not in _NOISE
    )


def labels_similar(a: str, b: str) -> bool:
    """Same label for the duplicate check: equal once folded, one inside the other, or at
    least half of their meaningful words in common."""
    fa, fb = fold(a), fold(b)
    if fa == fb or (fa and fb and (fa in fb or fb in fa)):
        return True
    ta, tb = label_tokens(a), label_tokens(b)
    if not ta or not tb:
        return False
    return len(ta & tb) * 2 >= min(len(ta), len(tb)) + max(1, len(ta | tb) // 2)


def constant_columns(rows: Sequence[Sequence[object]], width: int) -> set[int]:
    """Columns holding the same non-empty value on every row (an account name repeated)."""
    constant: set[int] = set()
    for column in range(width):
        values = {row[column] for row in rows if column < len(row)}
        if len(rows) > 1 and len(values) == 1 and values != {""} and values != {None}:
            constant.add(column)
    return constant
