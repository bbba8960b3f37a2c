"""One formatter per language: money, percentages with one decimal, numbers, dates and years
written alike by every output."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldlab_desk.domain import formats
from fieldlab_desk.domain.money import MAX_CENTS, parse_cents, parse_decimal


@pytest.mark.parametrize(
    ("cents", "dutch", "english"),
    [
        (0, "€ 0,00", "€0.00"),
        (5, "€ 0,05", "€0.05"),
        (100, "€ 1,00", "€1.00"),
        (99_999, "€ 999,99", "€999.99"),
        (123_456, "€ 1.234,56", "€1,234.56"),
        (25_000_000, "€ 250.000,00", "€250,000.00"),
        (100_000_000_000, "€ 1.000.000.000,00", "€1,000,000,000.00"),
        (-550, "€ -5,50", "-€5.50"),
        (-123_456_789, "€ -1.234.567,89", "-€1,234,567.89"),
    ],
)
def test_money_in_both_languages(cents: int, dutch: str, english: str) -> None:
    assert formats.money(cents, "nl") == dutch
    assert formats.money(cents, "en") == english
    assert formats.money(cents) == dutch  # Dutch unless asked


def test_money_without_symbol_and_with_a_no_break_space() -> None:
    assert formats.money(-123_456, "nl", symbol=False) == "-1.234,56"
    assert formats.money(123_456, "en", symbol=False) == "1,234.56"
    assert formats.money(123_456, "nl", space=formats.NBSP) == "€\u00a01.234,56"


@given(st.integers(min_value=-MAX_CENTS, max_value=MAX_CENTS))
def test_dutch_money_reads_back_to_the_same_cents(cents: int) -> None:
    assert parse_cents(formats.money(cents, "nl")) == cents


@pytest.mark.parametrize(
    ("part", "whole", "expected"),
    [(259, 1000, Decimal("25.9")), (1, 3, Decimal("33.3")), (2, 3, Decimal("66.7")),
     (1, 8, Decimal("12.5")), (1047, 1000, Decimal("104.7")), (0, 5, Decimal("0.0")),
     (-1, 3, Decimal("-33.3")), (1, 2000, Decimal("0.1")), (1, 2001, Decimal("0.0"))],
)  # fmt: skip
def test_percent_of_has_one_decimal_rounded_half_up(
    part: int, whole: int, expected: Decimal
) -> None:
    found = formats.percent_of(part, whole)
    assert found == expected and found is not None
    assert found.as_tuple().exponent == -1  # always one decimal, never more or fewer


def test_percent_of_nothing_is_no_figure() -> None:
    assert formats.percent_of(5, 0) is None
    assert formats.share_of(5, 0) is None


def test_share_of_is_the_percentage_as_a_fraction() -> None:
    assert formats.share_of(259, 1000) == Decimal("0.259")
    assert formats.share_of(1, 3) == Decimal("0.333")
    assert formats.share_of(1, 8) == Decimal("0.125")


@pytest.mark.parametrize(
    ("value", "rounded"),
    [(Decimal("0.31564"), Decimal("0.316")), (Decimal("0.3155"), Decimal("0.316")),
     (Decimal("0.31549"), Decimal("0.315")), (Decimal("-0.0005"), Decimal("-0.001")),
     (Decimal("1"), Decimal("1.000"))],
)  # fmt: skip
def test_as_share_rounds_half_up_to_a_tenth_of_a_percent(value: Decimal, rounded: Decimal) -> None:
    assert formats.as_share(value) == rounded
    assert formats.as_share(value).as_tuple().exponent == -3


@pytest.mark.parametrize(
    ("value", "dutch", "english"),
    [(Decimal("23.3"), "23,3 %", "23.3 %"), (Decimal("103"), "103,0 %", "103.0 %"),
     (Decimal("1234.56"), "1.234,6 %", "1,234.6 %"), (Decimal("-5.04"), "-5,0 %", "-5.0 %"),
     (Decimal("0.05"), "0,1 %", "0.1 %"), (None, "—", "—")],
)  # fmt: skip
def test_percent_always_with_one_decimal(value: Decimal | None, dutch: str, english: str) -> None:
    assert formats.percent(value, "nl") == dutch
    assert formats.percent(value, "en") == english


def test_percent_on_paper_keeps_its_sign_with_the_number() -> None:
    assert formats.percent(Decimal("23.3"), "nl", space=formats.NBSP) == "23,3\u00a0%"
    assert formats.share(Decimal("0.233"), "en", space=formats.NBSP) == "23.3\u00a0%"


@pytest.mark.parametrize(
    ("value", "shown"),
    [(Decimal("0.316"), "31,6 %"), (Decimal("1"), "100,0 %"), (Decimal("-0.05"), "-5,0 %"),
     (Decimal("0.0004"), "0,0 %"), (None, "—")],
)  # fmt: skip
def test_share_is_a_fraction_shown_as_a_percentage(value: Decimal | None, shown: str) -> None:
    assert formats.share(value, "nl") == shown


@pytest.mark.parametrize(
    ("value", "places", "trim", "dutch", "english"),
    [(Decimal("1234.5"), 2, True, "1.234,5", "1,234.5"), (Decimal("1234.5"), 2, False, "1.234,50", "1,234.50"),
     (Decimal("12"), 2, True, "12", "12"), (Decimal("0.125"), 2, True, "0,13", "0.13"),
     (Decimal("-0.125"), 2, True, "-0,13", "-0.13"), (Decimal("999999.999"), 2, True, "1.000.000", "1,000,000"),
     (Decimal("1266"), 0, True, "1.266", "1,266"), (Decimal("7.05"), 1, False, "7,1", "7.1"),
     (100, 2, True, "100", "100"), (Decimal("123456789"), 0, True, "123.456.789", "123,456,789")],
)  # fmt: skip
def test_numbers_in_both_languages(
    value: Decimal, places: int, trim: bool, dutch: str, english: str
) -> None:
    assert formats.number(value, "nl", places=places, trim=trim) == dutch
    assert formats.number(value, "en", places=places, trim=trim) == english


def test_number_defaults_to_two_places_trimmed_in_dutch() -> None:
    assert formats.number(Decimal("3.14159")) == "3,14"
    assert formats.number(Decimal("3.10")) == "3,1"


@given(st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False))
def test_dutch_numbers_read_back(value: Decimal) -> None:
    assert parse_decimal(formats.number(value, "nl")) == value


def test_counts_and_years() -> None:
    assert formats.count(1266, "nl") == "1.266" and formats.count(1266, "en") == "1,266"
    assert formats.count(7) == "7"
    assert formats.year(2026) == "2026"  # never 2.026


@pytest.mark.parametrize(
    ("day", "dutch", "english"),
    [(dt.date(2026, 3, 1), "01-03-2026", "2026-03-01"), (dt.date(1999, 12, 31), "31-12-1999", "1999-12-31"),
     (None, "", "")],
)  # fmt: skip
def test_dates_in_both_languages(day: dt.date | None, dutch: str, english: str) -> None:
    assert formats.date(day, "nl") == dutch
    assert formats.date(day, "en") == english
    assert formats.date(day) == dutch


def test_grouping_of_every_length() -> None:
    assert [formats.count(int("9" * n), "nl") for n in range(1, 8)] == [
        "9", "99", "999", "9.999", "99.999", "999.999", "9.999.999",
    ]  # fmt: skip


@pytest.mark.parametrize("language", ["NL", "de", ""])
def test_a_language_the_app_does_not_speak_is_a_programming_error(language: str) -> None:
    with pytest.raises(KeyError):
        formats.money(1, language)
    with pytest.raises(KeyError):
        formats.date(dt.date(2026, 1, 1), language)
    with pytest.raises(KeyError):
        formats.count(1, language)


def test_money_mirrors_money_negative_and_whole_euro_edges() -> None:
    assert formats.count(-1234, "nl") == "-1.234"
    assert formats.number(Decimal("0.5"), "nl", places=0) == "1"  # half up, even at zero places
    assert formats.number(Decimal("2.5"), "en", places=0) == "3"
    assert (
        formats.number(Decimal("10.10"), "nl") == "10,1"
        and formats.number(Decimal("10"), "nl") == "10"
    )
    assert formats.number(Decimal("100.00"), "en", places=2) == "100"


def test_defaults_and_zero() -> None:
    assert formats.percent(Decimal(1)) == "1,0 %"
    assert formats.count(0) == "0" and formats.count(-1) == "-1"
    assert formats.number(Decimal("1266"), "nl", places=0, trim=False) == "1.266"
