"""Dates as Dutch users type them; what is no date, or an unlikely year, is refused."""

from __future__ import annotations

import datetime as dt

import pytest

from fieldlab_desk.domain.dates import parse_date
from fieldlab_desk.domain.errors import InvalidInput
from fieldlab_desk.domain.formats import date as format_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("01-03-2026", dt.date(2026, 3, 1)), ("1-3-2026", dt.date(2026, 3, 1)),
        ("01032026", dt.date(2026, 3, 1)), ("1/3/2026", dt.date(2026, 3, 1)),
        ("1.3.26", dt.date(2026, 3, 1)), ("010326", dt.date(2026, 3, 1)),
        ("31032024", dt.date(2024, 3, 31)), ("2026-03-01", dt.date(2026, 3, 1)),
        (" 29-02-2024 ", dt.date(2024, 2, 29)), ("", None), ("   ", None),
    ],
)  # fmt: skip
def test_dutch_ways_of_typing_a_date(text: str, expected: dt.date | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("31-02-2024", "date.invalid"), ("29-02-2023", "date.invalid"), ("13-13-2024", "date.invalid"),
        ("3202-10-03", "date.out_of_range"), ("15-02-1890", "date.out_of_range"),
        ("1-3", "date.invalid"), ("maandag", "date.invalid"), ("0103202", "date.invalid"),
        ("١-٣-٢٠٢٦", "date.invalid"),
    ],
)  # fmt: skip
def test_what_is_no_date_is_refused(text: str, code: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_date(text)
    assert caught.value.code == code and caught.value.message("nl") and caught.value.message("en")


def test_a_date_reads_back_the_way_it_is_shown() -> None:
    day = dt.date(2026, 3, 1)
    assert format_date(day) == "01-03-2026" and parse_date(format_date(day)) == day
    assert format_date(day, "en") == "2026-03-01" and parse_date(format_date(day, "en")) == day
