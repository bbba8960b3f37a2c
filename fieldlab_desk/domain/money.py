"""Money as integer cents, with Dutch notation for reading and writing amounts.

Accepted: ``€ 1.234,56``, ``1234,56``, ``1.234`` and ``1 234`` (one thousand two hundred
thirty-four euro), ``€ 250,-``, ``-12,5`` and ``€ -5,50``. Refused with a clear message:
``12.50`` and ``0.500`` (a point used for the decimals), three decimals, letters, digits other
than 0-9, a second euro sign or comma, spaces that do not group thousands (``12 34``), and
amounts of a trillion euro or more.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from fieldlab_desk.domain import formats
from fieldlab_desk.domain.errors import InvalidInput

MAX_CENTS = 100_000_000_000_000 - 1  # just under a trillion euro
_MINUS_SIGNS = "-\u2212\u2013"
_SPACES = "\u00a0\u202f\t"  # read as plain spaces
# ASCII digits only: Python's \d also takes Arabic-Indic, full-width and other digits.
_GROUPED = re.compile(r"^[0-9]{1,3}(\.[0-9]{3})+$")
_SPACED = re.compile(r"^[0-9]{1,3}( [0-9]{3})+$")
_PLAIN = re.compile(r"^[0-9]+$")
_AMOUNT = re.compile(r"^(?:(€|EUR) *)?([-\u2212\u2013+])? *(?:(€) *)?(.*)$", re.DOTALL)


@dataclass(frozen=True, order=True, slots=True)
class Money:
    """An exact amount of euro, held as integer cents."""

    cents: int

    @classmethod
    def parse(cls, text: str) -> Money:
        return cls(parse_cents(text))

    def __str__(self) -> str:
        return format_cents(self.cents)

    def __add__(self, other: Money) -> Money:
        return Money(self.cents + other.cents)

    def __sub__(self, other: Money) -> Money:
        return Money(self.cents - other.cents)


ENGLISH_TO_DUTCH = str.maketrans(",.", ".,")  # 1,234.56 is 1.234,56
# What a refusal is called when the amount was typed the English way: its advice shows English
# notation ("use a point for the cents, as in 12.50") in both languages.
ENGLISH_NOTATION = {
    "money.invalid": "money.invalid_en", "money.decimal_point": "money.decimal_point_en",
    "money.too_many_decimals": "money.too_many_decimals_en", "number.invalid": "number.invalid_en",
}  # fmt: skip


def as_dutch(text: str, language: str) -> str:
    """An amount or number typed the ``language``'s way, written the Dutch way."""
    return text.translate(ENGLISH_TO_DUTCH) if language == "en" else text


def parse_cents(text: str, language: str = "nl") -> int:
    """Read an amount typed the ``language``'s way (Dutch ``1.234,56``, English
    ``1,234.56``) into integer cents, or raise :class:`InvalidInput` quoting what was typed."""
    if language != "en":
        return _dutch_cents(text)
    try:
        return _dutch_cents(as_dutch(text, language), shown=text.strip())
    except InvalidInput as refused:
        raise InvalidInput(
            ENGLISH_NOTATION.get(refused.code, refused.code), **refused.params
        ) from None


def _dutch_cents(text: str, *, shown: str | None = None) -> int:
    original = text.strip() if shown is None else shown
    cleaned = text.strip()
    for space in _SPACES:
        cleaned = cleaned.replace(space, " ")
    if not cleaned:
        raise InvalidInput("money.empty")
    match = _AMOUNT.match(cleaned)
    assert match is not None  # the pattern's last group takes anything
    currency_before, sign, currency_after, body = match.groups()
    if currency_before and currency_after:  # €€5, €-€5 (a € inside the digits fails below)
        raise InvalidInput("money.invalid", text=original)
    for dash in (",--", ",-"):  # "€ 250,-": whole euros, once
        if body.endswith(dash):
            body = body.removesuffix(dash)
            if "," in body:
                raise InvalidInput("money.invalid", text=original)  # 5,,-
            break
    euros_text, comma, cents_text = body.partition(",")
    euros = _parse_euros(euros_text, original, has_cents=bool(comma))
    cents = _parse_cents_part(cents_text, original) if comma else 0
    total = euros * 100 + cents
    if total > MAX_CENTS:
        raise InvalidInput("money.too_large", text=original)
    negative = sign is not None and sign in _MINUS_SIGNS
    return -total if negative else total


def _take_sign(text: str) -> tuple[bool, str]:
    if text and text[0] in _MINUS_SIGNS:
        return True, text[1:]
    if text.startswith("+"):
        return False, text[1:]
    return False, text


def _whole_number(text: str) -> str | None:
    """The digits of ``1234``, ``1.234`` or ``1 234``; None for anything else."""
    if _PLAIN.match(text):
        return text
    if _GROUPED.match(text) or _SPACED.match(text):
        return text.replace(".", "").replace(" ", "")
    return None


def _parse_euros(text: str, original: str, *, has_cents: bool) -> int:
    if text == "" and has_cents:
        return 0
    digits = _whole_number(text)
    if digits is not None and not (_GROUPED.match(text) and text.startswith("0")):
        if len(digits) > 20:
            raise InvalidInput("money.too_large", text=original)
        return int(digits)
    if re.match(r"^[0-9]+\.[0-9]+$", text) and not has_cents:
        raise InvalidInput("money.decimal_point", text=original)  # 12.50, 0.500: a decimal point
    raise InvalidInput("money.invalid", text=original)


def _parse_cents_part(text: str, original: str) -> int:
    if not _PLAIN.match(text):
        raise InvalidInput("money.invalid", text=original)
    if len(text) > 2:
        raise InvalidInput("money.too_many_decimals", text=original)
    return int(text.ljust(2, "0"))


def format_cents(cents: int, *, symbol: bool = True) -> str:
    """Cents the Dutch way, ``€ 1.234,56`` and ``€ -5,50`` (what the edit fields show and
    read back); the one formatter is :func:`fieldlab_desk.domain.formats.money`."""
    return formats.money(cents, "nl", symbol=symbol)


def parse_decimal(text: str, language: str = "nl") -> Decimal:
    """Read a decimal number typed the ``language``'s way (``12,5`` / ``12.5``) for hours,
    values and rates."""
    if language != "en":
        return _dutch_decimal(text, text)
    try:
        return _dutch_decimal(as_dutch(text, language), text)
    except InvalidInput as refused:
        raise InvalidInput(
            ENGLISH_NOTATION.get(refused.code, refused.code), **refused.params
        ) from None


def _dutch_decimal(text: str, typed: str) -> Decimal:
    cleaned = text.strip()
    for space in _SPACES:
        cleaned = cleaned.replace(space, " ")
    negative, cleaned = _take_sign(cleaned)
    whole, comma, fraction = cleaned.strip().partition(",")
    digits = _whole_number(whole)
    if digits is None or (comma and not _PLAIN.match(fraction)):
        raise InvalidInput("number.invalid", text=typed.strip())
    value = Decimal(digits + ("." + fraction if comma else ""))
    return -value if negative else value


def format_decimal(value: Decimal, places: int = 2) -> str:
    """A decimal number the Dutch way, trailing zeros dropped: ``12,5`` (see ``formats``)."""
    return formats.number(value, "nl", places=places)


def hours_times_rate(hours: Decimal, rate_cents: int) -> int:
    """The cost of hours at an hourly rate, rounded half up to whole cents."""
    exact = hours * rate_cents
    return int(exact.to_integral_value(rounding=ROUND_HALF_UP))
