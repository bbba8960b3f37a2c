"""Change requests (*wijzigingsverzoeken*) on a running project: what each kind asks, what
keeps one from being complete, and how planned money moves between budget lines.

A request is decided by the steering group. Granted, its effect is applied with the decision:
a *verlenging* moves the end date; a *kostensoort* request lowers the SGIA lines of one cost
category in a year and raises another's by the same amount; an *overheveling* (carry-over)
moves granted money from year Y to Y + 1 (the year plan reads it from the request, see
:func:`fieldlab_desk.domain.yearplan.granted_after_carry`) and takes the lines' unbooked money
along as far as lines with an amount hold it. A *scope* request changes nothing but is kept.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from fieldlab_desk.domain import formats
from fieldlab_desk.domain.enums import RequestKind
from fieldlab_desk.domain.errors import ValidationError
from fieldlab_desk.domain.formats import Language
from fieldlab_desk.domain.texts import Both, Day, Money


@dataclass(frozen=True, slots=True)
class RequestInput:
    """What the user asks, already parsed (money in cents, dates as dates)."""

    kind: RequestKind
    submitted_on: dt.date
    asked_by: str
    reason: str
    new_end_date: dt.date | None = None
    year: int | None = None
    amount_cents: int | None = None
    from_category: str = ""
    to_category: str = ""
    scope: str = ""


@dataclass(frozen=True, slots=True)
class MovableLine:
    """A budget line whose planned money a request may move: an SGIA line with an amount (not
    hours × rate, whose money moves only with its hours), and what of it is not booked."""

    line_id: int
    year: int
    category: str
    description: str
    amount_cents: int
    unbooked_cents: int


@dataclass(frozen=True, slots=True)
class Facts:
    """What the rules need to know of the project as it stands."""

    end_date: dt.date | None
    unspent_cents: dict[int, int]
    """Per year with a grant: what a carry-over may take out (see ``unspent_grant_cents``)."""
    lines: tuple[MovableLine, ...]
    category_name: dict[str, Both]
    """Each cost category's name in both languages, by code."""


def problems(data: RequestInput, facts: Facts) -> list[ValidationError]:
    """What keeps a request from being complete or possible, each beside its field."""
    found = []
    if not data.reason.strip():
        found.append(ValidationError("request.reason_needed", field="reason"))
    kind = data.kind
    if kind is RequestKind.VERLENGING:
        if data.new_end_date is None:
            found.append(ValidationError("request.end_date_needed", field="new_end_date"))
        elif facts.end_date is not None and data.new_end_date <= facts.end_date:
            found.append(ValidationError("request.end_date_not_later", field="new_end_date",
                                         day=Day.of(facts.end_date)))  # fmt: skip
    if kind is RequestKind.SCOPE and not data.scope.strip():
        found.append(ValidationError("request.scope_needed", field="scope"))
    if kind in (RequestKind.OVERHEVELING, RequestKind.KOSTENSOORT):
        if data.year is None:
            found.append(ValidationError("request.year_needed", field="year"))
        if data.amount_cents is None or data.amount_cents <= 0:
            found.append(ValidationError("request.amount_needed", field="amount"))
    if kind is RequestKind.KOSTENSOORT and (
        not data.from_category or not data.to_category or data.from_category == data.to_category
    ):
        found.append(ValidationError("request.categories_needed", field="to_category"))
    if (
        data.year is None
        or data.amount_cents is None
        or any(p.field in ("year", "amount", "to_category") for p in found)
    ):
        return found  # the money cannot be judged before it is asked for whole
    if kind is RequestKind.OVERHEVELING:
        if data.year not in facts.unspent_cents:
            found.append(ValidationError("request.not_granted", field="year", year=data.year))
        elif data.amount_cents > facts.unspent_cents[data.year]:
            found.append(ValidationError("request.over_unspent", field="amount",
                                         most=Money(facts.unspent_cents[data.year]),
                                         year=data.year, next=data.year + 1))  # fmt: skip
    if kind is RequestKind.KOSTENSOORT:
        free = sum(line.unbooked_cents
                   for line in lines_of(facts.lines, data.year, data.from_category))  # fmt: skip
        if data.amount_cents > free:
            code = data.from_category
            name = facts.category_name.get(code, Both(code, code))
            found.append(ValidationError("request.category_short", field="amount",
                                         category=name, year=data.year, most=Money(free)))  # fmt: skip
    return found


def lines_of(lines: Iterable[MovableLine], year: int, category: str | None = None) -> list[MovableLine]:  # fmt: skip
    return [line for line in lines
            if line.year == year and (category is None or line.category == category)]  # fmt: skip


def take(lines: Iterable[MovableLine], cents: int) -> list[tuple[MovableLine, int]]:
    """Which lines give how much of ``cents``: the most unbooked first (then by id), never
    more than a line's unbooked money, so no line drops below what is booked on it. Gives
    less than ``cents`` when the lines together hold less."""
    taken = []
    left = cents
    for line in sorted(lines, key=lambda line: (-line.unbooked_cents, line.line_id)):
        if left <= 0:
            break
        part = min(line.unbooked_cents, left)
        if part > 0:
            taken.append((line, part))
            left -= part
    return taken


def describe(
    kind: RequestKind,
    language: Language,
    *,
    granted: bool = False,
    new_end_date: dt.date | None = None,
    previous_end_date: dt.date | None = None,
    year: int | None = None,
    amount_cents: int | None = None,
    from_name: str = "",
    to_name: str = "",
    scope: str = "",
) -> str:
    """What a request asks, in a few words; once granted, what it changed."""
    en = language == "en"
    money = formats.money(amount_cents or 0, language)
    if kind is RequestKind.VERLENGING:
        new = formats.date(new_end_date, language)
        if granted and previous_end_date is not None:
            old = formats.date(previous_end_date, language)
            return f"end date {old} → {new}" if en else f"einddatum {old} → {new}"
        return f"end date to {new}" if en else f"einddatum naar {new}"
    if kind is RequestKind.OVERHEVELING and year is not None:
        if granted:
            return (f"granted {year} − {money}, {year + 1} + {money}" if en
                    else f"toegekend {year} − {money}, {year + 1} + {money}")  # fmt: skip
        return f"{money} from {year} to {year + 1}" if en else f"{money} van {year} naar {year + 1}"
    if kind is RequestKind.KOSTENSOORT and year is not None:
        return (f"{money} from {from_name} to {to_name} in {year}" if en
                else f"{money} van {from_name} naar {to_name} in {year}")  # fmt: skip
    return " ".join(scope.split())
