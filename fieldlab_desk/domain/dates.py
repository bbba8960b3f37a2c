"""Dates as a Dutch user types them: ``01-03-2026``, ``1-3-2026``, ``1/3/26``, ``01032026``.

A date that is not a real day, or a year outside 1990-2100, is refused with a message; an
empty text is "no date" (for optional fields). What is typed is what is stored: digits are
never shifted into other places.
"""

from __future__ import annotations

import datetime as dt
import re

from fieldlab_desk.domain.errors import InvalidInput

FIRST_YEAR, LAST_YEAR = 1990, 2100
_SEPARATED = re.compile(r"^([0-9]{1,2})[-/. ]([0-9]{1,2})[-/. ]([0-9]{2}|[0-9]{4})$")
_ISO = re.compile(r"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$")
_RUN = re.compile(r"^([0-9]{2})([0-9]{2})([0-9]{2}|[0-9]{4})$")


def parse_date(text: str) -> dt.date | None:
    """The date in ``text`` (day first), None for an empty text; else :class:`InvalidInput`."""
    cleaned = text.strip()
    if not cleaned:
        return None
    match = _SEPARATED.match(cleaned) or _RUN.match(cleaned)
    if match:
        day, month, year = (int(part) for part in match.groups())
        if len(match.group(3)) == 2:
            year += 2000
    elif iso := _ISO.match(cleaned):
        year, month, day = (int(part) for part in iso.groups())
    else:
        raise InvalidInput("date.invalid", text=cleaned)
    try:
        value = dt.date(year, month, day)
    except ValueError as error:
        raise InvalidInput("date.invalid", text=cleaned) from error
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise InvalidInput("date.out_of_range", text=cleaned, first=FIRST_YEAR, last=LAST_YEAR)
    return value
