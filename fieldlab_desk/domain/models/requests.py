"""Change requests (*wijzigingsverzoeken*) on running projects, and what the steering group
decided on each."""

import datetime as dt

from sqlalchemy import CheckConstraint
from sqlmodel import Field

from fieldlab_desk.domain.enums import RequestKind, RequestStatus
from fieldlab_desk.domain.models.fields import (
    cents_field,
    enum_field,
    optional_key,
    parent_key,
    text_field,
)
from fieldlab_desk.domain.models.types import Table


class ChangeRequest(Table, table=True):
    """One request: what it asks (by kind), why, who asked and when, and its decision.

    A granted request's effect is applied with its decision, in the same edit: a later end
    date, planned money moved between cost categories, or (an *overheveling*) granted money
    moved from ``year`` to ``year + 1``, which the year plan reads from the request itself.
    """

    __tablename__ = "change_request"
    __table_args__ = (
        CheckConstraint("amount_cents IS NULL OR amount_cents > 0", name="amount_positive"),
    )

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = parent_key("project.id")
    kind: RequestKind = enum_field(RequestKind)
    submitted_on: dt.date
    asked_by: str = Field(default="", max_length=200)
    reason: str = text_field()
    status: RequestStatus = enum_field(RequestStatus, RequestStatus.INGEDIEND, index=True)
    new_end_date: dt.date | None = None
    """*Verlenging*: the end date asked for."""
    previous_end_date: dt.date | None = None
    """*Verlenging*, once granted: the end date it replaced (what the request changed)."""
    year: int | None = None
    """*Overheveling*: the year the money leaves (it goes to the next); *kostensoort*: the
    year whose lines change."""
    amount_cents: int | None = cents_field(None)
    from_category: str = Field(default="", max_length=32)
    to_category: str = Field(default="", max_length=32)
    scope: str = text_field()
    """*Scope*: the change asked for, in words."""
    meeting_id: int | None = optional_key("meeting.id")
    """The meeting that decided (granted or rejected) the request."""
    decision_note: str = text_field()
    decided_on: dt.date | None = None
    """The day it was decided (the meeting's) or withdrawn."""
