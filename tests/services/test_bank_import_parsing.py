"""Reading statements: encodings, delimiters, French dates and amounts, header detection."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from desk.domain.errors import DomainError, ErrorCode
from desk.domain.statement_parsing import (
    decode,
    detect_date_order,
    detect_decimal_mark,
    labels_similar,
    parse_amount,
    parse_date,
    sniff_delimiter,
)
from desk.services.bank_import import guess_mapping, parse_statement, read_statement
from tests.services.bank_import_fixtures import write_statement, write_xlsx


@pytest.mark.parametrize(
    ("text", "mark", "minor"),
    [
        ("1 234,50", ",", 123450),
        ("1.234,50", ",", 123450),
        ("-1234.5", ".", -123450),
        ("1 234,50 DH", ",", 123450),
        ("1\u202f234,50\u00a0MAD", ",", 123450),
        ("11'373.94", ".", 1137394),
        ("+1500,75", ",", 150075),
        ("50,00-", ",", -5000),
        ("(25,00)", ",", -2500),
        ("1250", ",", 125000),
        ("-0,99", ",", -99),
        ("1,234.50", ".", 123450),
        (Decimal("350.75"), ",", 35075),
        (Decimal("100.25000000000001"), ",", 10025),
    ],
)
def test_amounts(text: object, mark: str, minor: int) -> None:
    assert parse_amount(text, mark) == minor


@pytest.mark.parametrize("text", ["1234.5", "abc", "12,3,4", "", "1,234", "12,345"])
def test_bad_amounts_in_a_comma_column(text: str) -> None:
    with pytest.raises(DomainError) as caught:
        parse_amount(text, ",")
    assert caught.value.code in (ErrorCode.MONEY_INVALID, ErrorCode.MONEY_TOO_MANY_DECIMALS)


@pytest.mark.parametrize(
    "text",
    [
        "23/11/2026",
        "23-11-26",
        "23.11.2026",
        "2026-11-23",
        "23 nov. 2026",
        "23 novembre 2026",
        "23-nov-26",
        "23 Nov 2026",
        "2026-11-23 00:00:00",
        "20261123",
        date(2026, 11, 23),
        Decimal(46349),  # Excel serial day
    ],
)
def test_french_dates(text: object) -> None:
    assert parse_date(text) == date(2026, 11, 23)


def test_month_first_dates_when_the_column_says_so() -> None:
    assert detect_date_order(["11/23/2026", "12/01/2026"]) == "mdy"
    assert detect_date_order(["23/11/2026", "01/12/2026"]) == "dmy"
    assert parse_date("11/23/2026", "mdy") == date(2026, 11, 23)


@pytest.mark.parametrize("text", ["32/13/2024", "hier", "", "12/2024"])
def test_bad_dates(text: str) -> None:
    with pytest.raises(DomainError) as caught:
        parse_date(text)
    assert caught.value.code is ErrorCode.STATEMENT_BAD_DATE
    assert caught.value.params["text"] == text


def test_decimal_mark_of_a_column() -> None:
    assert detect_decimal_mark(["328.00", "-328.00", "1,250.5"]) == "."
    assert detect_decimal_mark(["1 234,50", "-0,99", "1.000"]) == ","
    assert detect_decimal_mark(["1250"]) == ","


def test_three_encodings() -> None:
    text = "Date;Libellé\n01/02/2025;Régie été\n"
    assert decode(text.encode("utf-8")) == (text, "utf-8")
    assert decode(b"\xef\xbb\xbf" + text.encode("utf-8")) == (text, "utf-8-sig")
    assert decode(text.encode("cp1252")) == (text, "cp1252")
    assert decode("Montant €".encode("cp1252"))[0] == "Montant €"


def test_delimiters() -> None:
    assert sniff_delimiter("Date;Montant;Libellé\n01/02/2025;-500,00;A\n") == ";"
    assert sniff_delimiter('Date,Montant,Libellé\n01/02/2025,"-500,00",A\n') == ","
    assert sniff_delimiter("Date\tMontant\tLibellé\n01/02/2025\t-500,00\tA\n") == "\t"
    # One comma per row inside the amounts must not beat ten semicolon columns.
    rows = "\n".join(f"0{i}/05/2026;X;1;2;3;-50{i},00;;0{i}/05/2026;;Non" for i in range(1, 8))
    assert sniff_delimiter("A;B;C;D;E;F;G;H;I;J\n" + rows) == ";"


def test_similar_labels() -> None:
    assert labels_similar("PAIEMENT CB LA LOUVE", "CB LA LOUVE 030526")
    assert labels_similar("Régie publicitaire Casa", "REGIE PUBLICITAIRE CASA")
    assert not labels_similar("VIREMENT RECU", "Frais bancaires")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_reading_each_encoding(tmp_path: Path, encoding: str) -> None:
    table = read_statement(write_statement(tmp_path, encoding=encoding))
    expected = "utf-8" if encoding == "utf-8" else encoding
    assert (table.kind, table.encoding, table.delimiter) == ("csv", expected, ";")
    assert ("07/03/2025", "Régie publicitaire Casa", "1 234,50", "") in table.rows
    mapping = guess_mapping(table)
    assert (mapping.header_row, mapping.date, mapping.label) == (3, 0, 1)
    assert (mapping.debit, mapping.credit, mapping.amount) == (2, 3, None)
    parsed = parse_statement(table, mapping)
    assert [(x.line, x.amount_minor) for x in parsed.lines] == [
        (5, 1_250_000),
        (6, -123_450),
        (7, -4_500),
        (8, -200_000),
    ]
    assert parsed.errors == () and parsed.ignored == (9,)


def test_comma_delimited_statement(tmp_path: Path) -> None:
    table = read_statement(write_statement(tmp_path, encoding="utf-8", delimiter=","))
    assert table.delimiter == ","
    parsed = parse_statement(table, guess_mapping(table))
    assert [x.amount_minor for x in parsed.lines] == [1_250_000, -123_450, -4_500, -200_000]


def test_a_bad_row_is_named_by_its_line(tmp_path: Path) -> None:
    rows = (
        ("05/03/2025", "VIR RECU", "", "100,00"),
        ("31/02/2025", "DATE IMPOSSIBLE", "10,00", ""),
        ("07/03/2025", "MONTANT FAUX", "douze", ""),
        ("08/03/2025", "DEUX MONTANTS", "1,00", "2,00"),
    )
    table = read_statement(write_statement(tmp_path, rows=rows))
    parsed = parse_statement(table, guess_mapping(table))
    assert [x.line for x in parsed.lines] == [5]
    assert [(e.line, e.error.code) for e in parsed.errors] == [
        (6, ErrorCode.STATEMENT_BAD_DATE),
        (7, ErrorCode.MONEY_INVALID),
        (8, ErrorCode.STATEMENT_TWO_AMOUNTS),
    ]


def test_xlsx_with_typed_and_text_cells(tmp_path: Path) -> None:
    table = read_statement(write_xlsx(tmp_path))
    assert table.kind == "xlsx"
    parsed = parse_statement(table, guess_mapping(table))
    assert [(x.line, x.date, x.amount_minor) for x in parsed.lines] == [
        (4, date(2025, 4, 2), 150_000),
        (5, date(2025, 4, 3), -35_075),
        (6, date(2025, 4, 4), -1_250),
    ]


def test_statement_without_header_is_guessed_from_its_cells(tmp_path: Path) -> None:
    path = tmp_path / "nohead.csv"
    path.write_text("02/01/2025;Cotisation Awa;200,00\n03/01/2025;Achat ramettes papier;-89,90\n")
    table = read_statement(path)
    mapping = guess_mapping(table)
    assert (mapping.header_row, mapping.date, mapping.label, mapping.amount) == (None, 0, 1, 2)
    assert [x.amount_minor for x in parse_statement(table, mapping).lines] == [20000, -8990]


def test_statement_balances_that_do_not_add_up_give_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "off.csv"
    path.write_text(
        "Solde en fin de période;;;1 000,02\n"
        "Date;Libellé;Débit;Crédit\n"
        "02/01/2025;Frais;-100,00;\n"
        "Solde en début de période;;;1 100,00\n",
        encoding="utf-8",
    )
    table = read_statement(path)
    parsed = parse_statement(table, guess_mapping(table))
    assert (parsed.opening_minor, parsed.closing_minor) == (110000, 100002)
    [warning] = parsed.warnings
    assert warning.error.code is ErrorCode.STATEMENT_BALANCE_MISMATCH
    assert warning.error.params["difference_minor"] == 2


def test_running_balance_column_is_checked(tmp_path: Path) -> None:
    path = tmp_path / "solde.csv"
    path.write_text(
        "Date;Libellé;Montant;Solde\n"
        "02/01/2025;A;-100,00;900,00\n"
        "03/01/2025;B;50,00;950,00\n"
        "04/01/2025;C;-10,00;939,00\n",
        encoding="utf-8",
    )
    table = read_statement(path)
    parsed = parse_statement(table, guess_mapping(table))
    assert [w.line for w in parsed.warnings] == [4]


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"PK\x03\x04 not really a zip", ErrorCode.STATEMENT_UNREADABLE),
        (b"\x00\x01\x02\x03binary" * 10, ErrorCode.STATEMENT_UNREADABLE),
        (b"%PDF-1.4 ...", ErrorCode.STATEMENT_UNSUPPORTED),
        (
            ("0130001    00794EUR2 12345678901  090216" + " " * 80)[:120].encode(),
            ErrorCode.STATEMENT_UNSUPPORTED,
        ),
        (b"", ErrorCode.STATEMENT_EMPTY),
    ],
)
def test_unreadable_files(tmp_path: Path, content: bytes, code: ErrorCode) -> None:
    path = tmp_path / "releve.xlsx"
    path.write_bytes(content)
    with pytest.raises(DomainError) as caught:
        read_statement(path)
    assert caught.value.code is code


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DomainError) as caught:
        read_statement(tmp_path / "absent.csv")
    assert caught.value.code is ErrorCode.FILE_NOT_FOUND
