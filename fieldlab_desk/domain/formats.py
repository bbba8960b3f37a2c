"""How a figure is written, one way per language, for every output: the app, the CLI, the
workbooks' texts and the PDFs.

Dutch: ``€ 1.234,56``, ``€ -5,50``, ``23,3 %``, ``01-03-2026``.
English: ``€1,234.56``, ``-€5.50``, ``23.3 %``, ``2026-03-01`` (ISO: no day/month confusion).

Percentages always carry one decimal and are rounded half up, so no output shows a figure
rounded that another shows unrounded. Years are written without a thousands separator.
Between the € sign and its amount, and between a number and its %, stands a no-break space in
what is printed on paper (:data:`NBSP`); on screen and in the CLI a plain space.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

Language = str  # "nl" or "en"

NBSP = "\u00a0"
PERCENT_PLACES = 1  # every percentage is shown with one decimal
PERCENT_QUANTUM = Decimal(1).scaleb(-PERCENT_PLACES)  # 0.1 of a percent
SHARE_QUANTUM = Decimal(1).scaleb(-PERCENT_PLACES - 2)  # a share as a fraction: 0.001
DASH = "—"  # a figure that has no value (nothing to divide by, no data)


def _group(digits: str, separator: str) -> str:
    """``1234567`` → ``1.234.567`` (with ``.``)."""
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return separator.join(parts)


DATE_PATTERNS = {"nl": "%d-%m-%Y", "en": "%Y-%m-%d"}
SEPARATORS = {"nl": (".", ","), "en": (",", ".")}
"""(thousands, decimal) separators per language; another language is a programming error."""


def _separators(language: Language) -> tuple[str, str]:
    return SEPARATORS[language]


def money(cents: int, language: Language = "nl", *, symbol: bool = True, space: str = " ") -> str:
    """Exact euros and cents: ``€ 1.234,56`` / ``€1,234.56``; negative ``€ -5,50`` / ``-€5.50``."""
    thousands, decimal = _separators(language)
    euros, rest = divmod(abs(cents), 100)
    amount = f"{_group(str(euros), thousands)}{decimal}{rest:02d}"
    sign = "-" if cents < 0 else ""
    if not symbol:
        return sign + amount
    if language == "en":
        return f"{sign}€{amount}"
    return f"€{space}{sign}{amount}"


def percent_of(part: int, whole: int) -> Decimal | None:
    """``part`` as a percentage of ``whole`` with one decimal (half up); None for whole 0."""
    if whole == 0:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(PERCENT_QUANTUM, ROUND_HALF_UP)


def share_of(part: int, whole: int) -> Decimal | None:
    """``part`` as a fraction of ``whole``, exact to a tenth of a percent: 0.259 for 25,9 %."""
    pct = percent_of(part, whole)
    return None if pct is None else pct / 100


def as_share(value: Decimal) -> Decimal:
    """A fraction rounded (half up) to a tenth of a percent: 0.31564 → 0.316."""
    return value.quantize(SHARE_QUANTUM, ROUND_HALF_UP)


def percent(value: Decimal | None, language: Language = "nl", *, space: str = " ") -> str:
    """A percentage (23.3 → ``23,3 %`` / ``23.3 %``); ``—`` for None."""
    if value is None:
        return DASH
    return _fixed(Decimal(value), language, PERCENT_PLACES) + space + "%"


def share(value: Decimal | None, language: Language = "nl", *, space: str = " ") -> str:
    """A fraction as a percentage: 0.316 → ``31,6 %``; ``—`` for None."""
    return percent(None if value is None else value * 100, language, space=space)


def _fixed(value: Decimal, language: Language, places: int) -> str:
    """``value`` rounded half up to exactly ``places`` decimals, grouped: ``1.234,50``."""
    thousands, decimal = _separators(language)
    rounded = value.quantize(Decimal(f"1e-{places}"), ROUND_HALF_UP)
    whole, _, fraction = f"{abs(rounded):f}".partition(".")
    sign = "-" if rounded < 0 else ""
    return sign + _group(whole, thousands) + (decimal + fraction if fraction else "")


def number(value: Decimal | int, language: Language = "nl", *, places: int = 2,
           trim: bool = True) -> str:  # fmt: skip
    """A decimal number rounded half up to ``places``: ``1.234,5`` / ``1,234.5``; with
    ``trim`` trailing zeros (and a bare decimal sign) are dropped."""
    text = _fixed(Decimal(value), language, places)
    decimal = _separators(language)[1]
    if trim and decimal in text:
        while text.endswith("0"):
            text = text[:-1]
        text = text.removesuffix(decimal)
    return text


def count(value: int, language: Language = "nl") -> str:
    """A whole count with thousands grouped: ``1.266`` / ``1,266``."""
    sign = "-" if value < 0 else ""
    return sign + _group(str(abs(value)), _separators(language)[0])


def year(value: int) -> str:
    """A year: never with a thousands separator."""
    return str(value)


def date(value: dt.date | None, language: Language = "nl") -> str:
    """``01-03-2026`` in Dutch, ``2026-03-01`` in English; "" for no date."""
    if value is None:
        return ""
    return value.strftime(DATE_PATTERNS[language])


def moment(value: dt.datetime, language: Language = "nl") -> str:
    """A moment in local time: ``06-12-2026 14:05`` / ``2026-12-06 14:05``."""
    return value.strftime(DATE_PATTERNS[language] + " %H:%M")
