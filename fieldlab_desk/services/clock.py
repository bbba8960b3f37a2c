"""The day a portfolio is judged on: today, or — for a file that shows a past moment, such as
the demo — the reference day it carries (``file_info.reference_date``). Every "as of today"
judgement (expected progress, overdue milestones, how long an assumption went unconfirmed,
which half year's story is due) asks here, so the demo is judged on the day its data stops
rather than on the calendar."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session

from fieldlab_desk.domain.models import FileInfo

REFERENCE_DAY = "reference_date"


def reference_day(*, session: Session) -> dt.date | None:
    """The day the file is shown as of, when it says one."""
    row = session.get(FileInfo, REFERENCE_DAY)
    return day_of(row.value if row is not None else None)


def day_of(value: str | None) -> dt.date | None:
    """A stored reference day; a hand-edited value that is no day counts as none (judged on
    today)."""
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def today_of(*, session: Session) -> dt.date:
    """The day the portfolio is judged on: its reference day, else today."""
    return reference_day(session=session) or dt.date.today()
