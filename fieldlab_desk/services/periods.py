"""Closing a half year (*vaststellen*): once closed, the period's measurements, progress
stories and decisions no longer change — by any edit, an undo or an import — until it is
reopened with a reason, which is kept. The guard sits in the edit engine
(:func:`check_open`, called by ``edits.apply_edit``), so no path round it changes a closed
period; on a file that is the only guard, on a server the database holds to it too."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select as select_rows
from sqlmodel import Session, col, select

from fieldlab_desk.domain.errors import FieldLabError, ValidationError
from fieldlab_desk.domain.texts import Day
from fieldlab_desk.services.edits import Edit, EditConflict, InsertRows, UpdateRow, _values


@dataclass(frozen=True, slots=True)
class Closure:
    """One closing of a half year, and its reopening if that came."""

    id: int
    period: str
    closed_on: dt.date
    closed_by: str
    reopened_on: dt.date | None
    reopened_by: str
    reopen_reason: str

    @property
    def closed(self) -> bool:
        return self.reopened_on is None


def period_of(day: dt.date) -> str:
    """The half year a day falls in: ``2024H1`` (January–June) or ``2024H2``."""
    return f"{day.year}H{1 if day.month <= 6 else 2}"


def closures(*, session: Session, period: str | None = None) -> list[Closure]:
    """Every closing and reopening (of one period), oldest first: the periods' history."""
    from fieldlab_desk.domain.models import PeriodClosure as Row

    statement = select(Row).order_by(col(Row.id))
    if period is not None:
        statement = statement.where(col(Row.period) == period)
    return [Closure(r.id or 0, r.period, r.closed_on, r.closed_by, r.reopened_on, r.reopened_by,
                    r.reopen_reason) for r in session.exec(statement)]  # fmt: skip


def closed_periods(*, session: Session) -> dict[str, Closure]:
    """The periods closed now, each with the closing that holds."""
    latest: dict[str, Closure] = {}
    for closure in closures(session=session):
        latest[closure.period] = closure
    return {code: c for code, c in latest.items() if c.closed}


def close_period(label: str, period: str, day: dt.date, *, who: str, session: Session) -> Edit:
    """*Vaststellen*: the period's figures are final from now on."""
    if period in closed_periods(session=session):
        raise ValidationError("period.already_closed", field="period", period=period)
    values = {"period": period, "closed_on": day, "closed_by": who, "reopened_on": None,
              "reopened_by": "", "reopen_reason": ""}  # fmt: skip
    return Edit(label, (InsertRows(("period_closure", _values(values))),))


def reopen_period(
    label: str, period: str, day: dt.date, reason: str, *, who: str, session: Session
) -> Edit:
    """Reopen a closed period to fix a mistake; the reason is kept and said on its reports."""
    current = closed_periods(session=session).get(period)
    if current is None:
        raise EditConflict("edit.not_found")
    if not reason.strip():
        raise ValidationError("period.reason_needed", field="reason")
    before = {"reopened_on": None, "reopened_by": "", "reopen_reason": ""}
    after = {"reopened_on": day, "reopened_by": who, "reopen_reason": reason.strip()}
    return Edit(
        label, (UpdateRow("period_closure", (current.id,), _values(before), _values(after)),)
    )


GUARDED = ("measurement", "measurement_part", "progress_story", "decision", "decision_grant",
           "change_request")  # fmt: skip
"""The record kinds a closed period holds still: what its reports were made of."""


def check_open(edit: Edit, session: Any) -> None:
    """Refuse an edit that would change a record dated in a closed period (a measurement by
    its day, a story by its period, a decision by its meeting's day), whichever way it comes."""
    touched = [op for op in edit.operations if _tables(op) & set(GUARDED)]
    if not touched:
        return
    closed = closed_periods(session=session)  # the app's sessions are SQLModel's
    if not closed:
        return
    for op in touched:
        for name, values in _rows(op, session):
            for period in _periods(name, values, session):
                if period in closed:
                    c = closed[period]
                    raise FieldLabError("period.closed", period=period, day=Day.of(c.closed_on),
                                        who=c.closed_by or "?")  # fmt: skip


def _tables(op: Any) -> set[str]:
    if isinstance(op, UpdateRow):
        return {op.table}
    return {name for name, _ in (op.root, *op.rows)}


def _rows(op: Any, session: Any) -> list[tuple[str, dict[str, Any]]]:
    """The rows an operation touches, as they are and as they will be."""
    from fieldlab_desk.services.edits import _key_clause, table

    if isinstance(op, UpdateRow):
        if op.table not in GUARDED:
            return []
        found = session.execute(select_rows(table(op.table)).where(
            _key_clause(op.table, op.key))).mappings().first()  # fmt: skip
        now = dict(found) if found is not None else {}
        return [(op.table, now), (op.table, {**now, **dict(op.after)})]
    return [(name, dict(values)) for name, values in (op.root, *op.rows) if name in GUARDED]


def _periods(name: str, values: dict[str, Any], session: Any) -> list[str]:
    from fieldlab_desk.services.edits import table

    if name == "measurement" and values.get("measured_on") is not None:
        return [period_of(values["measured_on"])]
    if name == "measurement_part" and isinstance(values.get("measurement_id"), int):
        # (a part made with its measurement names it by NewId: that one is judged itself)
        day = session.execute(select_rows(table("measurement").c.measured_on).where(
            table("measurement").c.id == values["measurement_id"])).scalar()  # fmt: skip
        return [period_of(day)] if day is not None else []
    if name == "progress_story" and values.get("period"):
        return [str(values["period"])]
    if name in ("decision", "decision_grant") and values.get("meeting_id") is not None:
        return _meeting_period(values["meeting_id"], session)
    if name == "change_request" and values.get("meeting_id") is not None:
        return _meeting_period(values["meeting_id"], session)  # its decision, not its asking
    return []


def _meeting_period(meeting_id: object, session: Any) -> list[str]:
    from fieldlab_desk.services.edits import table

    meeting = table("meeting")
    day = session.execute(select_rows(meeting.c.held_on).where(meeting.c.id == meeting_id)).scalar()
    return [period_of(day)] if day is not None else []
