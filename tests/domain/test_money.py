"""Money: Dutch notation in and out, exact integer cents, clear refusals."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldlab_desk.domain.errors import InvalidInput
from fieldlab_desk.domain.money import (
    MAX_CENTS,
    Money,
    format_cents,
    format_decimal,
    hours_times_rate,
    parse_cents,
    parse_decimal,
)

cents = st.integers(min_value=-MAX_CENTS, max_value=MAX_CENTS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("€ 1.234,56", 123_456),
        ("1234,56", 123_456),
        ("1.234", 123_400),
        ("250.000", 25_000_000),
        ("€ 250,-", 25_000),
        ("250.000,-", 25_000_000),
        ("12,5", 1_250),
        (",75", 75),
        ("0", 0),
        ("-12,50", -1_250),
        ("€ -5,50", -550),
        ("−5,50", -550),
        ("  € 1 234,00 ", 123_400),
        ("+7", 700),
        ("€\u00a099,99", 9_999),
    ],
)
def test_parses_dutch_notation(text: str, expected: int) -> None:
    assert parse_cents(text) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "money.empty"),
        ("   ", "money.empty"),
        ("abc", "money.invalid"),
        ("12.50", "money.decimal_point"),
        ("1.5", "money.decimal_point"),
        ("12,345", "money.too_many_decimals"),
        ("1.23,45", "money.invalid"),
        ("12,5a", "money.invalid"),
        ("1,2,3", "money.invalid"),
        ("€", "money.invalid"),
        ("1e5", "money.invalid"),
        ("1.000.000.000.000,00", "money.too_large"),
        ("--5", "money.invalid"),
    ],
)
def test_refuses_nonsense_with_a_clear_message(text: str, code: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_cents(text)
    assert caught.value.code == code
    assert caught.value.message("nl") != caught.value.message("en")
    assert "{" not in caught.value.message("en")


def test_error_messages_quote_what_was_typed() -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_cents("12.50")
    assert "12.50" in caught.value.message("nl")
    assert "komma" in caught.value.message("nl")
    assert "comma" in caught.value.message("en")


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (0, "€ 0,00"),
        (5, "€ 0,05"),
        (123_456, "€ 1.234,56"),
        (25_000_000, "€ 250.000,00"),
        (-550, "€ -5,50"),
        (-100_000_000_00, "€ -100.000.000,00"),
    ],
)
def test_formats_dutch_style_never_accounting_brackets(value: int, text: str) -> None:
    assert format_cents(value) == text
    assert str(Money(value)) == text


@given(cents)
def test_formatting_and_parsing_round_trip(value: int) -> None:
    assert parse_cents(format_cents(value)) == value
    assert parse_cents(format_cents(value, symbol=False)) == value


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=99))
def test_plain_comma_notation_is_exact(euros: int, rest: int) -> None:
    assert parse_cents(f"{euros},{rest:02d}") == euros * 100 + rest


@given(cents, cents)
def test_money_addition_is_exact(a: int, b: int) -> None:
    assert (Money(a) + Money(b)).cents == a + b
    assert (Money(a) + Money(b) - Money(b)) == Money(a)


@given(
    st.decimals(min_value=0, max_value=10_000, places=2, allow_nan=False, allow_infinity=False),
    st.integers(min_value=0, max_value=50_000),
)
def test_hours_times_rate_rounds_half_up_to_whole_cents(hours: Decimal, rate: int) -> None:
    result = hours_times_rate(hours, rate)
    assert abs(Decimal(result) - hours * rate) <= Decimal("0.5")


def test_hours_times_rate_examples() -> None:
    assert hours_times_rate(Decimal("12.5"), 6_250) == 78_125
    assert hours_times_rate(Decimal("0.01"), 50) == 1  # 0,5 cent rounds up


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12,5", Decimal("12.5")),
        ("1.250", Decimal(1250)),
        ("-3", Decimal(-3)),
        ("0,25", Decimal("0.25")),
    ],
)
def test_parses_dutch_decimals(text: str, value: Decimal) -> None:
    assert parse_decimal(text) == value


@pytest.mark.parametrize("text", ["", "12.5", "abc", "1,2,3", "12,"])
def test_refuses_bad_decimals(text: str) -> None:
    with pytest.raises(InvalidInput):
        parse_decimal(text)


def test_formats_decimals_without_trailing_zeros() -> None:
    assert format_decimal(Decimal("12.50")) == "12,5"
    assert format_decimal(Decimal("1250")) == "1.250"
    assert format_decimal(Decimal("6.1")) == "6,1"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("0.500", "money.decimal_point"),  # a Dutch reader means half a euro, not € 500
        ("0.001", "money.decimal_point"),
        ("٥", "money.invalid"),  # Arabic-Indic five
        ("５", "money.invalid"),  # full-width five
        ("𝟓", "money.invalid"),  # mathematical bold five
        ("€€5", "money.invalid"),
        ("€-€5", "money.invalid"),
        ("5,,-", "money.invalid"),
        ("12 34", "money.invalid"),  # spaces only group thousands
        ("1 23,00", "money.invalid"),
    ],
)
def test_refuses_what_nobody_means(text: str, code: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_cents(text)
    assert caught.value.code == code


@pytest.mark.parametrize(
    ("text", "expected"), [("12 345", 1_234_500), ("-€ 5", -500), ("EUR 12", 1_200)]
)
def test_accepts_thousands_spaces_and_a_sign_before_the_euro(text: str, expected: int) -> None:
    assert parse_cents(text) == expected


@pytest.mark.parametrize("text", ["١٢", "１２", "1 2"])
def test_decimal_numbers_take_ascii_digits_and_real_groups_only(text: str) -> None:
    with pytest.raises(InvalidInput):
        parse_decimal(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [("€€5", "money.invalid"), ("5 EUR", "money.invalid"), ("5€", "money.invalid"),
     ("5,5,-", "money.invalid"), ("12,345", "money.too_many_decimals"), ("12,a", "money.invalid"),
     ("1" * 21, "money.too_large"), ("1" * 13, "money.too_large"), ("12.50", "money.decimal_point"),
     ("abc", "money.invalid")],
)  # fmt: skip
def test_every_refusal_quotes_what_was_typed(text: str, code: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        parse_cents(f" {text} ")
    assert refused.value.code == code
    assert refused.value.params["text"] == text


def test_whole_euro_dashes_and_signs() -> None:
    assert parse_cents("€ 250,--") == 25_000
    assert parse_cents("€ 250,-") == 25_000
    assert Money.parse("€ 1,50") == Money(150)
    assert parse_decimal("+12,5") == Decimal("12.5")
    assert parse_decimal("-12,5") == Decimal("-12.5")
    assert parse_decimal("1\u00a0234,5") == Decimal("1234.5")  # a no-break space groups too
    with pytest.raises(InvalidInput) as refused:
        parse_decimal(" twaalf ")
    assert refused.value.params["text"] == "twaalf"


def test_the_dutch_helpers_write_what_the_one_formatter_writes() -> None:
    assert format_cents(-550, symbol=False) == "-5,50"
    assert format_cents(123_456) == "€ 1.234,56"
    assert format_decimal(Decimal("1234.567"), 0) == "1.235"
    assert format_decimal(Decimal("1234.567")) == "1.234,57"


@pytest.mark.parametrize(
    ("text", "cents"),
    [("1,234.56", 123_456), ("€1,234.56", 123_456), ("-€5.50", -550), ("12.5", 1_250),
     ("250", 25_000), ("1 234.50", 123_450)],
)  # fmt: skip
def test_english_amounts_read_the_english_way(text: str, cents: int) -> None:
    assert parse_cents(text, "en") == cents


def test_english_refusals_quote_what_was_typed_and_advise_the_english_way() -> None:
    with pytest.raises(InvalidInput) as refused:
        parse_cents("12,50", "en")
    assert refused.value.params["text"] == "12,50"
    assert "use a point for the cents, as in 12.50" in refused.value.message("en")
    assert parse_decimal("1,234.5", "en") == Decimal("1234.5")
    with pytest.raises(InvalidInput) as bad:
        parse_decimal("12,345.6.7", "en")
    assert bad.value.params["text"] == "12,345.6.7"
