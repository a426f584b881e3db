"""Tests of desk.domain.money: exact amounts, parsing, formatting, allocation, conversion."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_UP, Decimal
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.domain.errors import DomainError, ErrorCode
from desk.domain.money import (
    CURRENCIES,
    NBSP,
    NNBSP,
    ROUNDING,
    Money,
    allocate,
    convert,
    format_amount,
    format_minor,
    format_money,
    minor_units,
    parse_money,
    split_equally,
    sum_money,
)

BIG = 10**13
minors = st.integers(min_value=-BIG, max_value=BIG)


def refused(
    code: ErrorCode, field: str | None, call: Any, *args: Any, **kwargs: Any
) -> DomainError:
    """Run `call` and check that it raises DomainError with `code` and `field`."""
    with pytest.raises(DomainError) as caught:
        call(*args, **kwargs)
    assert caught.value.code is code
    assert caught.value.field == field
    return caught.value


# -- currencies ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("currency", "exponent"),
    [("MAD", 2), ("EUR", 2), ("USD", 2), ("GBP", 2), ("CHF", 2), ("CAD", 2), ("XOF", 0),
     ("JPY", 0), ("TND", 3)],
)  # fmt: skip
def test_minor_units(currency: str, exponent: int) -> None:
    assert minor_units(currency) == exponent
    assert CURRENCIES[currency] == exponent


@pytest.mark.parametrize("code", ["XXX", "mad", "", "MADD"])
def test_minor_units_refuses_unknown_currency(code: str) -> None:
    error = refused(ErrorCode.MONEY_UNKNOWN_CURRENCY, "currency", minor_units, code)
    assert error.params["currency"] == code


def test_currencies_are_read_only() -> None:
    with pytest.raises(TypeError):
        CURRENCIES["ZZZ"] = 2  # type: ignore[index]


# -- Money value --------------------------------------------------------------------------------


def test_money_defaults_to_mad() -> None:
    assert Money(1250) == Money(1250, "MAD")
    assert Money(1250).currency == "MAD"


@pytest.mark.parametrize("minor", [1.0, 12.5, Decimal("12"), True, False])
def test_money_refuses_float_decimal_and_bool_minor(minor: Any) -> None:
    refused(ErrorCode.MONEY_FLOAT_REFUSED, "amount", Money, minor)


def test_money_refuses_other_types_and_unknown_currency() -> None:
    refused(ErrorCode.MONEY_INVALID, "amount", Money, "12")
    refused(ErrorCode.MONEY_UNKNOWN_CURRENCY, "currency", Money, 12, "XYZ")


def test_money_is_frozen_and_hashable() -> None:
    m = Money(100)
    with pytest.raises(AttributeError):
        m.minor = 5  # type: ignore[misc]
    assert {Money(100), Money(100), Money(100, "EUR")} == {Money(100), Money(100, "EUR")}


def test_money_has_no_truth_value() -> None:
    with pytest.raises(TypeError):
        bool(Money(0))
    with pytest.raises(TypeError):
        bool(Money(5))


def test_zero_and_queries() -> None:
    assert Money.zero() == Money(0, "MAD")
    assert Money.zero("XOF") == Money(0, "XOF")
    assert Money.zero("EUR").is_zero() is True
    assert Money(-1).is_negative() is True
    assert Money(0).is_negative() is False
    assert Money(1).is_positive() is True
    assert Money(0).is_positive() is False


@pytest.mark.parametrize(
    ("value", "currency", "minor"),
    [
        (Decimal("12.5"), "MAD", 1250),
        (Decimal("12.500"), "MAD", 1250),
        (Decimal("-0.01"), "MAD", -1),
        (Decimal("1E+3"), "MAD", 100000),
        (Decimal("0E-9"), "MAD", 0),
        (12, "MAD", 1200),
        (-7, "EUR", -700),
        (12, "XOF", 12),
        (Decimal("1.234"), "TND", 1234),
        ("12.5", "MAD", 1250),
        ("-12.50", "MAD", -1250),
        (" 3 ", "MAD", 300),
        (".5", "EUR", 50),
        ("1500", "XOF", 1500),
    ],
)
def test_of_major_units(value: Any, currency: str, minor: int) -> None:
    assert Money.of(value, currency) == Money(minor, currency)


@pytest.mark.parametrize(
    ("value", "currency", "code"),
    [
        (12.5, "MAD", ErrorCode.MONEY_FLOAT_REFUSED),
        (True, "MAD", ErrorCode.MONEY_FLOAT_REFUSED),
        (Decimal("12.505"), "MAD", ErrorCode.MONEY_TOO_MANY_DECIMALS),
        (Decimal("1.5"), "XOF", ErrorCode.MONEY_TOO_MANY_DECIMALS),
        ("0.001", "EUR", ErrorCode.MONEY_TOO_MANY_DECIMALS),
        (Decimal("NaN"), "MAD", ErrorCode.MONEY_INVALID),
        (Decimal("Infinity"), "MAD", ErrorCode.MONEY_INVALID),
        ("12,5", "MAD", ErrorCode.MONEY_INVALID),
        ("1e3", "MAD", ErrorCode.MONEY_INVALID),
        ("1_000", "MAD", ErrorCode.MONEY_INVALID),
        ("", "MAD", ErrorCode.MONEY_EMPTY),
        ("   ", "MAD", ErrorCode.MONEY_EMPTY),
        (None, "MAD", ErrorCode.MONEY_INVALID),
        (10**15, "MAD", ErrorCode.MONEY_TOO_LARGE),
        (Decimal("1E+15"), "MAD", ErrorCode.MONEY_TOO_LARGE),
        (Decimal("1E+999999999"), "MAD", ErrorCode.MONEY_TOO_LARGE),
        (Decimal("1E-999999999"), "MAD", ErrorCode.MONEY_TOO_MANY_DECIMALS),
    ],
)
def test_of_refusals(value: Any, currency: str, code: ErrorCode) -> None:
    refused(code, "amount", Money.of, value, currency)


def test_of_refuses_unknown_currency() -> None:
    refused(ErrorCode.MONEY_UNKNOWN_CURRENCY, "currency", Money.of, 1, "ABC")


def test_amount_is_exact_decimal() -> None:
    assert Money(1250).amount == Decimal("12.50")
    assert str(Money(1250).amount) == "12.50"
    assert str(Money(-5).amount) == "-0.05"
    assert str(Money(0, "EUR").amount) == "0.00"
    assert str(Money(15, "XOF").amount) == "15"
    assert str(Money(1234, "TND").amount) == "1.234"
    big = 10**40 + 1
    assert str(Money(big).amount) == "1" + "0" * 37 + "0.01"  # no 28-digit context rounding
    assert str(Money(1250)) == "12.50 MAD"


@given(minors, st.sampled_from(sorted(CURRENCIES)))
def test_of_amount_round_trip(minor: int, currency: str) -> None:
    m = Money(minor, currency)
    assert Money.of(m.amount, currency) == m


# -- arithmetic ---------------------------------------------------------------------------------


def test_arithmetic() -> None:
    a, b = Money(1050), Money(-250)
    assert a + b == Money(800)
    assert a - b == Money(1300)
    assert -a == Money(-1050)
    assert +a == a
    assert abs(b) == Money(250)
    assert a * 3 == Money(3150)
    assert 3 * a == Money(3150)
    assert a * -2 == Money(-2100)
    assert a > b
    assert b < a
    assert a >= Money(1050)
    assert a <= Money(1050)
    assert sorted([a, b, Money(0)]) == [b, Money(0), a]
    assert max([a, b]) == a


def test_equality_across_currencies_is_false_not_an_error() -> None:
    assert Money(100, "MAD") != Money(100, "EUR")
    assert Money(100) != 100  # type: ignore[comparison-overlap]
    assert Money(0) != 0  # type: ignore[comparison-overlap]


def mixed_ops() -> list[Any]:
    return [
        lambda a, b: a + b,
        lambda a, b: a - b,
        lambda a, b: a < b,
        lambda a, b: a <= b,
        lambda a, b: a > b,
        lambda a, b: a >= b,
        lambda a, b: sum_money([a, b], a.currency),
    ]


@given(minors, minors, st.sampled_from(["EUR", "USD", "XOF"]), st.sampled_from(range(7)))
def test_arithmetic_refuses_mixed_currencies(x: int, y: int, other: str, op_index: int) -> None:
    op = mixed_ops()[op_index]
    error = refused(ErrorCode.MONEY_CURRENCY_MISMATCH, None, op, Money(x, "MAD"), Money(y, other))
    assert error.params == {"expected": "MAD", "found": other}


def test_arithmetic_with_plain_numbers_is_a_type_error() -> None:
    m = Money(100)
    with pytest.raises(TypeError):
        m + 1  # type: ignore[operator]
    with pytest.raises(TypeError):
        m < 1  # type: ignore[operator]  # noqa: B015
    with pytest.raises(TypeError):
        m * Decimal("1.5")  # type: ignore[operator]
    with pytest.raises(TypeError):
        m * True  # bool is not a count
    with pytest.raises(TypeError):
        sum([m, m])  # type: ignore[list-item]


def test_multiplying_by_float_is_refused() -> None:
    refused(ErrorCode.MONEY_FLOAT_REFUSED, None, lambda: Money(100) * 1.5)  # type: ignore[operator]
    refused(ErrorCode.MONEY_FLOAT_REFUSED, None, lambda: 1.5 * Money(100))  # type: ignore[operator]
    refused(ErrorCode.MONEY_FLOAT_REFUSED, "factor", Money(100).multiply, 1.5)


def test_sum_money() -> None:
    assert sum_money([Money(1), Money(2), Money(-5)], "MAD") == Money(-2)
    assert sum_money([], "EUR") == Money(0, "EUR")
    assert sum_money((Money(i, "XOF") for i in range(5)), "XOF") == Money(10, "XOF")
    refused(ErrorCode.MONEY_CURRENCY_MISMATCH, None, sum_money, [Money(1)], "EUR")


def test_rounding_constant_is_bankers() -> None:
    assert ROUNDING == ROUND_HALF_EVEN


@pytest.mark.parametrize(
    ("minor", "factor", "rounding", "expected"),
    [
        (333, Decimal("0.5"), ROUNDING, 166),  # 166.5 -> even
        (335, Decimal("0.5"), ROUNDING, 168),  # 167.5 -> even
        (-333, Decimal("0.5"), ROUNDING, -166),
        (333, Decimal("0.5"), ROUND_HALF_UP, 167),
        (1001, Decimal("0.07"), ROUNDING, 70),  # 70.07
        (100, Decimal("0.001"), ROUND_UP, 1),
        (1, Decimal("1E-999999"), ROUND_UP, 1),
        (1, Decimal("-1E-999999"), ROUND_UP, -1),
        (1, Decimal("1E-999999"), ROUNDING, 0),
        (1999, 3, ROUNDING, 5997),
        (10**30 + 1, Decimal("1.5"), ROUNDING, 15 * 10**29 + 2),  # exact beyond 28 digits
        (0, Decimal("1E+999999"), ROUNDING, 0),
    ],
)
def test_multiply(minor: int, factor: Any, rounding: str, expected: int) -> None:
    assert Money(minor).multiply(factor, rounding) == Money(expected)


def test_multiply_refusals() -> None:
    refused(ErrorCode.MONEY_TOO_LARGE, None, Money(1).multiply, Decimal("1E+999999"))
    refused(ErrorCode.MONEY_INVALID, "factor", Money(1).multiply, Decimal("NaN"))
    refused(ErrorCode.MONEY_INVALID, "factor", Money(1).multiply, "2")
    with pytest.raises(ValueError):
        Money(1).multiply(Decimal(2), "SIDEWAYS")


def round_half_even(value: Fraction) -> int:
    return round(value)  # Python's round() on Fraction is half-even


@given(minors, st.decimals(min_value=-1000, max_value=1000, places=6, allow_nan=False))
def test_multiply_matches_exact_half_even(minor: int, factor: Decimal) -> None:
    assert Money(minor).multiply(factor).minor == round_half_even(
        Fraction(minor) * Fraction(factor)
    )


# -- parsing ------------------------------------------------------------------------------------

PARSED = [
    ("1 234,50", "MAD", 123450),
    ("1234,5", "MAD", 123450),
    ("1.234,50", "MAD", 123450),
    ("1234.50", "MAD", 123450),
    ("1234.5", "MAD", 123450),
    ("1,234.50", "MAD", 123450),
    ("350 DH", "MAD", 35000),
    ("350 dh", "MAD", 35000),
    ("350DH", "MAD", 35000),
    ("350 MAD", "MAD", 35000),
    ("350 mad", "MAD", 35000),
    ("350 Dhs", "MAD", 35000),
    ("350 dh.", "MAD", 35000),
    ("MAD 350", "MAD", 35000),
    ("350 د.م.", "MAD", 35000),
    ("350 درهم", "MAD", 35000),
    ("12 €", "EUR", 1200),
    ("12€", "EUR", 1200),
    ("€12,30", "EUR", 1230),
    ("12 EUR", "EUR", 1200),
    ("12 eur", "EUR", 1200),
    ("$12.30", "USD", 1230),
    ("-25,00", "MAD", -2500),
    ("\u221225,00", "MAD", -2500),
    ("+25,00", "MAD", 2500),
    ("(25,00)", "MAD", -2500),
    ("( 25,00 )", "MAD", -2500),
    ("(25,00) DH", "MAD", -2500),
    ("(MAD 25)", "MAD", -2500),
    ("-350 DH", "MAD", -35000),
    ("MAD -350", "MAD", -35000),
    ("-0", "MAD", 0),
    ("1\u00a0234,50", "MAD", 123450),
    ("1\u202f234,50", "MAD", 123450),
    ("1\u202f234\u202f567,89\u00a0MAD", "MAD", 123456789),
    ("  1 234,50 \t", "MAD", 123450),
    ("\u00a0\u202f42\u00a0", "MAD", 4200),
    ("1.234", "MAD", 123400),
    ("12.345", "MAD", 1234500),
    ("1.234.567", "MAD", 123456700),
    ("1.234.567,89", "MAD", 123456789),
    ("1,234,567", "MAD", 123456700),
    ("1,234,567.89", "MAD", 123456789),
    ("1 234 567", "MAD", 123456700),
    ("1 234.50", "MAD", 123450),
    ("0,5", "MAD", 50),
    ("0.50", "MAD", 50),
    (",5", "MAD", 50),
    ("12,", "MAD", 1200),
    ("0", "MAD", 0),
    ("007", "MAD", 700),
    ("999 999 999 999 999,99", "MAD", 99999999999999999),
    ("1 500", "XOF", 1500),
    ("1,234", "XOF", 1234),
    ("1.234", "XOF", 1234),
    ("1 500 FCFA", "XOF", 1500),
    ("1,234", "TND", 1234),
    ("1.234", "TND", 1234),
    ("1.234,567", "TND", 1234567),
    ("١٢٣٤,٥", "MAD", 123450),
    ("\u200f350 د.م.\u200f", "MAD", 35000),
]


@pytest.mark.parametrize(("text", "currency", "minor"), PARSED)
def test_parse_money(text: str, currency: str, minor: int) -> None:
    assert parse_money(text, currency) == Money(minor, currency)


REFUSED = [
    ("", "MAD", ErrorCode.MONEY_EMPTY),
    ("   ", "MAD", ErrorCode.MONEY_EMPTY),
    ("\u00a0\u202f", "MAD", ErrorCode.MONEY_EMPTY),
    ("abc", "MAD", ErrorCode.MONEY_INVALID),
    ("12abc", "MAD", ErrorCode.MONEY_INVALID),
    ("12 34", "MAD", ErrorCode.MONEY_INVALID),
    ("1 23", "MAD", ErrorCode.MONEY_INVALID),
    ("1  234", "MAD", ErrorCode.MONEY_INVALID),
    ("0 123", "MAD", ErrorCode.MONEY_INVALID),
    ("1.234.56", "MAD", ErrorCode.MONEY_INVALID),
    ("1,234,56", "MAD", ErrorCode.MONEY_INVALID),
    ("1,23.50", "MAD", ErrorCode.MONEY_INVALID),
    ("1.234,5,6", "MAD", ErrorCode.MONEY_INVALID),
    ("1.234 567", "MAD", ErrorCode.MONEY_INVALID),
    ("12,3 4", "MAD", ErrorCode.MONEY_INVALID),
    ("1e5", "MAD", ErrorCode.MONEY_INVALID),
    ("--5", "MAD", ErrorCode.MONEY_INVALID),
    ("-(5)", "MAD", ErrorCode.MONEY_INVALID),
    ("(-5)", "MAD", ErrorCode.MONEY_INVALID),
    ("5-", "MAD", ErrorCode.MONEY_INVALID),
    ("()", "MAD", ErrorCode.MONEY_INVALID),
    ("(25", "MAD", ErrorCode.MONEY_INVALID),
    (",", "MAD", ErrorCode.MONEY_INVALID),
    ("-", "MAD", ErrorCode.MONEY_INVALID),
    ("DH", "MAD", ErrorCode.MONEY_INVALID),
    ("MAD 350 MAD", "MAD", ErrorCode.MONEY_INVALID),
    ("350 nomad", "MAD", ErrorCode.MONEY_INVALID),
    ("12²", "MAD", ErrorCode.MONEY_INVALID),
    ("1,234", "MAD", ErrorCode.MONEY_TOO_MANY_DECIMALS),
    ("12,345", "MAD", ErrorCode.MONEY_TOO_MANY_DECIMALS),
    ("1234.567", "MAD", ErrorCode.MONEY_TOO_MANY_DECIMALS),
    ("0.500", "MAD", ErrorCode.MONEY_TOO_MANY_DECIMALS),
    ("1,5", "XOF", ErrorCode.MONEY_TOO_MANY_DECIMALS),
    ("1.5", "XOF", ErrorCode.MONEY_TOO_MANY_DECIMALS),
    ("1,2345", "TND", ErrorCode.MONEY_TOO_MANY_DECIMALS),
    ("1234567890123456", "MAD", ErrorCode.MONEY_TOO_LARGE),
    ("1 234 567 890 123 456,00", "MAD", ErrorCode.MONEY_TOO_LARGE),
    ("9" * 10000, "MAD", ErrorCode.MONEY_TOO_LARGE),
    ("12 €", "MAD", ErrorCode.MONEY_CURRENCY_MISMATCH),
    ("12 EUR", "MAD", ErrorCode.MONEY_CURRENCY_MISMATCH),
    ("350 DH", "EUR", ErrorCode.MONEY_CURRENCY_MISMATCH),
    ("$5", "EUR", ErrorCode.MONEY_CURRENCY_MISMATCH),
    ("12 XOF", "MAD", ErrorCode.MONEY_CURRENCY_MISMATCH),
    ("12", "XYZ", ErrorCode.MONEY_UNKNOWN_CURRENCY),
]


@pytest.mark.parametrize(("text", "currency", "code"), REFUSED)
def test_parse_money_refusals(text: str, currency: str, code: ErrorCode) -> None:
    error = refused(code, "amount", parse_money, text, currency)
    assert error.params["text"] == text


def test_parse_refusal_params() -> None:
    error = refused(ErrorCode.MONEY_CURRENCY_MISMATCH, "amount", parse_money, "12 €")
    assert error.params == {"text": "12 €", "expected": "MAD", "found": "€"}
    error = refused(ErrorCode.MONEY_TOO_MANY_DECIMALS, "amount", parse_money, "1,234")
    assert error.params == {"text": "1,234", "max_decimals": 2}
    error = refused(ErrorCode.MONEY_TOO_LARGE, "amount", parse_money, "1" * 16)
    assert error.params["max_digits"] == 15


@pytest.mark.parametrize("text", ["-25,00", "(25,00)", "-0,01 DH", "MAD -1"])
def test_parse_refuses_negative_when_not_allowed(text: str) -> None:
    error = refused(
        ErrorCode.MONEY_NEGATIVE_NOT_ALLOWED, "amount", parse_money, text, allow_negative=False
    )
    assert error.params == {"text": text}


def test_parse_allows_zero_and_positive_when_negative_not_allowed() -> None:
    assert parse_money("-0", allow_negative=False) == Money(0)
    assert parse_money("25", allow_negative=False) == Money(2500)


def test_parse_refuses_float_and_non_text() -> None:
    refused(ErrorCode.MONEY_FLOAT_REFUSED, "amount", parse_money, 12.5)
    refused(ErrorCode.MONEY_INVALID, "amount", parse_money, 12)


# -- formatting ---------------------------------------------------------------------------------

FORMATTED = [
    (Money(123450), "fr", f"1{NNBSP}234,50{NBSP}MAD"),
    (Money(123450), "en", f"1,234.50{NBSP}MAD"),
    (Money(123450), "ar", f"1{NNBSP}234,50{NBSP}د.م."),
    (Money(-123450), "fr", f"-1{NNBSP}234,50{NBSP}MAD"),
    (Money(-123450), "en", f"-1,234.50{NBSP}MAD"),
    (Money(-123450), "ar", f"-1{NNBSP}234,50{NBSP}د.م."),
    (Money(123456789012), "fr", f"1{NNBSP}234{NNBSP}567{NNBSP}890,12{NBSP}MAD"),
    (Money(123456789012), "en", f"1,234,567,890.12{NBSP}MAD"),
    (Money(0), "fr", f"0,00{NBSP}MAD"),
    (Money(5), "fr", f"0,05{NBSP}MAD"),
    (Money(-5), "en", f"-0.05{NBSP}MAD"),
    (Money(100000), "fr", f"1{NNBSP}000,00{NBSP}MAD"),
    (Money(99999), "en", f"999.99{NBSP}MAD"),
    (Money(1250, "EUR"), "ar", f"12,50{NBSP}EUR"),
    (Money(1234567, "XOF"), "fr", f"1{NNBSP}234{NNBSP}567{NBSP}XOF"),
    (Money(-1500, "XOF"), "en", f"-1,500{NBSP}XOF"),
    (Money(0, "XOF"), "fr", f"0{NBSP}XOF"),
    (Money(1234567, "TND"), "fr", f"1{NNBSP}234,567{NBSP}TND"),
    (Money(123450), "fr_MA", f"1{NNBSP}234,50{NBSP}MAD"),
    (Money(123450), "en-US", f"1,234.50{NBSP}MAD"),
    (Money(123450), "ar_MA", f"1{NNBSP}234,50{NBSP}د.م."),
    (Money(123450), "de", f"1{NNBSP}234,50{NBSP}MAD"),  # unknown language: French
]


@pytest.mark.parametrize(("money", "locale", "expected"), FORMATTED)
def test_format_money(money: Money, locale: str, expected: str) -> None:
    assert format_money(money, locale) == expected


def test_format_without_currency() -> None:
    assert format_money(Money(-123450), "fr", with_currency=False) == f"-1{NNBSP}234,50"
    assert format_amount(Money(123450), "en") == "1,234.50"
    assert format_amount(Money(123450)) == f"1{NNBSP}234,50"
    assert format_amount(Money(1500, "XOF"), "ar") == f"1{NNBSP}500"
    assert format_minor(123450, "MAD", "en") == f"1,234.50{NBSP}MAD"
    assert format_minor(-7, "EUR", "fr", with_currency=False) == "-0,07"
    refused(ErrorCode.MONEY_UNKNOWN_CURRENCY, "currency", format_minor, 1, "XYZ")


def test_french_separator_matches_qt() -> None:
    qtcore = pytest.importorskip("PySide6.QtCore")
    qt_text = qtcore.QLocale("fr_FR").toString(1234567.5, "f", 2)
    assert format_amount(Money(123456750), "fr") == qt_text


@given(minors, st.sampled_from(["MAD", "EUR"]), st.sampled_from(["fr", "en", "ar"]))
def test_parse_format_round_trip(minor: int, currency: str, locale: str) -> None:
    m = Money(minor, currency)
    assert parse_money(format_money(m, locale), currency) == m
    assert parse_money(format_amount(m, locale), currency) == m


@given(minors, st.sampled_from(sorted(CURRENCIES)))
def test_parse_format_round_trip_all_currencies_fr(minor: int, currency: str) -> None:
    m = Money(minor, currency)
    assert parse_money(format_money(m, "fr"), currency) == m


# -- allocation ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("total", "weights", "parts"),
    [
        (100, [1, 1, 1], [34, 33, 33]),
        (-100, [1, 1, 1], [-34, -33, -33]),
        (100, [1, 2], [33, 67]),
        (5, [1, 1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 0, 0]),
        (1000, [Decimal("0.5"), Decimal("0.25"), Decimal("0.25")], [500, 250, 250]),
        (1000, [Decimal("0.3"), 1, 0], [231, 769, 0]),
        (0, [1, 2, 3], [0, 0, 0]),
        (101, [1, 0, 1], [51, 0, 50]),
        (7, [5], [7]),
        (10, [Decimal("1E-30"), Decimal("1E-30")], [5, 5]),
    ],
)
def test_allocate_examples(total: int, weights: list[Any], parts: list[int]) -> None:
    assert allocate(Money(total, "EUR"), weights) == [Money(p, "EUR") for p in parts]


@pytest.mark.parametrize(
    ("weights", "code", "reason"),
    [
        ([], ErrorCode.MONEY_BAD_WEIGHTS, "empty"),
        ([0, 0], ErrorCode.MONEY_BAD_WEIGHTS, "all_zero"),
        ([Decimal(0), Decimal("-0")], ErrorCode.MONEY_BAD_WEIGHTS, "all_zero"),
        ([1, -1], ErrorCode.MONEY_BAD_WEIGHTS, "negative"),
        ([1, Decimal("-0.5")], ErrorCode.MONEY_BAD_WEIGHTS, "negative"),
        ([1, Decimal("NaN")], ErrorCode.MONEY_BAD_WEIGHTS, "not_a_number"),
        ([1, "2"], ErrorCode.MONEY_BAD_WEIGHTS, "not_a_number"),
        ([1, True], ErrorCode.MONEY_BAD_WEIGHTS, "not_a_number"),
        ([1, Decimal("1E-31")], ErrorCode.MONEY_BAD_WEIGHTS, "out_of_range"),
        ("12", ErrorCode.MONEY_BAD_WEIGHTS, "not_a_sequence"),
        ([1, 0.5], ErrorCode.MONEY_FLOAT_REFUSED, None),
    ],
)
def test_allocate_refusals(weights: Any, code: ErrorCode, reason: str | None) -> None:
    error = refused(code, "weights", allocate, Money(100), weights)
    assert error.params.get("reason") == reason


weights_lists = st.lists(
    st.one_of(
        st.integers(min_value=0, max_value=10**6),
        st.decimals(min_value=0, max_value=1000, places=4, allow_nan=False),
    ),
    min_size=1,
    max_size=20,
).filter(lambda ws: any(w != 0 for w in ws))


@given(minors, weights_lists)
def test_allocate_adds_up_and_stays_within_one_unit(minor: int, weights: list[Any]) -> None:
    total = Money(minor, "MAD")
    parts = allocate(total, weights)
    assert len(parts) == len(weights)
    assert sum_money(parts, "MAD") == total
    weight_sum = sum(Fraction(w) for w in weights)
    for part, weight in zip(parts, weights, strict=True):
        exact = Fraction(minor) * Fraction(weight) / weight_sum
        assert abs(part.minor - exact) < 1
        if weight == 0:
            assert part.minor == 0


@given(minors, weights_lists)
def test_allocate_is_sign_symmetric(minor: int, weights: list[Any]) -> None:
    assert allocate(Money(-minor), weights) == [-p for p in allocate(Money(minor), weights)]


@given(minors, st.integers(min_value=1, max_value=200))
def test_split_equally(minor: int, n: int) -> None:
    parts = split_equally(Money(minor, "XOF"), n)
    assert len(parts) == n
    assert sum_money(parts, "XOF") == Money(minor, "XOF")
    values = [p.minor for p in parts]
    assert max(values) - min(values) <= 1
    # The extra units go to the earliest parts.
    assert [abs(v) for v in values] == sorted((abs(v) for v in values), reverse=True)


def test_split_equally_refusals() -> None:
    refused(ErrorCode.MONEY_BAD_WEIGHTS, "weights", split_equally, Money(100), 0)
    refused(ErrorCode.MONEY_BAD_WEIGHTS, "weights", split_equally, Money(100), -2)
    refused(ErrorCode.MONEY_BAD_WEIGHTS, "weights", split_equally, Money(100), True)
    refused(ErrorCode.MONEY_FLOAT_REFUSED, "weights", split_equally, Money(100), 2.0)


# -- conversion ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("money", "rate", "to", "expected"),
    [
        (Money(1000, "EUR"), Decimal("10.8765"), "MAD", Money(10876, "MAD")),  # 10876.5 -> even
        (Money(10000, "EUR"), Decimal("655.957"), "XOF", Money(65596, "XOF")),
        (Money(65596, "XOF"), Decimal("0.00152449"), "EUR", Money(10000, "EUR")),
        (Money(125, "MAD"), Decimal("0.1"), "EUR", Money(12, "EUR")),  # 12.5 -> even
        (Money(135, "MAD"), Decimal("0.1"), "EUR", Money(14, "EUR")),  # 13.5 -> even
        (Money(-135, "MAD"), Decimal("0.1"), "EUR", Money(-14, "EUR")),
        (Money(1000, "MAD"), Decimal("1"), "MAD", Money(1000, "MAD")),
        (Money(1000, "MAD"), Decimal("1.5"), "TND", Money(15000, "TND")),
    ],
)
def test_convert(money: Money, rate: Decimal, to: str, expected: Money) -> None:
    assert convert(money, rate, to) == expected


@given(minors, st.decimals(min_value="0.0001", max_value=1000, places=6))
def test_convert_matches_exact_half_even(minor: int, rate: Decimal) -> None:
    exact = Fraction(minor, 100) * Fraction(rate)  # EUR major -> XOF major (no decimals)
    assert convert(Money(minor, "EUR"), rate, "XOF") == Money(round_half_even(exact), "XOF")


@pytest.mark.parametrize(
    ("rate", "to", "code", "field"),
    [
        (10.87, "MAD", ErrorCode.MONEY_FLOAT_REFUSED, "rate"),
        (10, "MAD", ErrorCode.MONEY_INVALID, "rate"),
        (Decimal(0), "MAD", ErrorCode.MONEY_INVALID, "rate"),
        (Decimal(-1), "MAD", ErrorCode.MONEY_INVALID, "rate"),
        (Decimal("NaN"), "MAD", ErrorCode.MONEY_INVALID, "rate"),
        (Decimal("Infinity"), "MAD", ErrorCode.MONEY_INVALID, "rate"),
        (Decimal(1), "XYZ", ErrorCode.MONEY_UNKNOWN_CURRENCY, "currency"),
    ],
)
def test_convert_refusals(rate: Any, to: str, code: ErrorCode, field: str) -> None:
    refused(code, field, convert, Money(100, "EUR"), rate, to)


# -- float refused everywhere -------------------------------------------------------------------


@pytest.mark.parametrize(
    "call",
    [
        lambda: Money(1.0),  # type: ignore[arg-type]
        lambda: Money.of(1.0),  # type: ignore[arg-type]
        lambda: Money(100) * 0.5,  # type: ignore[operator]
        lambda: Money(100).multiply(0.5),  # type: ignore[arg-type]
        lambda: allocate(Money(100), [0.5, 0.5]),  # type: ignore[list-item]
        lambda: split_equally(Money(100), 2.0),  # type: ignore[arg-type]
        lambda: convert(Money(100), 0.5, "EUR"),  # type: ignore[arg-type]
        lambda: parse_money(0.5),  # type: ignore[arg-type]
    ],
)
def test_float_refused_everywhere(call: Any) -> None:
    with pytest.raises(DomainError) as caught:
        call()
    assert caught.value.code is ErrorCode.MONEY_FLOAT_REFUSED
