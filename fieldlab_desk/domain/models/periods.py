"""Closed reporting periods (*vastgestelde halfjaren*): once a half year is closed, its
measurements, progress stories and decisions no longer change until it is reopened."""

import datetime as dt

from sqlmodel import Field

from fieldlab_desk.domain.models.fields import text_field
from fieldlab_desk.domain.models.types import Table


class PeriodClosure(Table, table=True):
    """One closing of a half year, and its reopening if that came. The newest row of a period
    says whether it is closed now; the older ones are its history."""

    __tablename__ = "period_closure"

    id: int | None = Field(default=None, primary_key=True)
    period: str = Field(max_length=7, index=True)
    """``2024H1`` or ``2024H2``."""
    closed_on: dt.date
    closed_by: str = Field(default="", max_length=120)
    reopened_on: dt.date | None = None
    reopened_by: str = Field(default="", max_length=120)
    reopen_reason: str = text_field()
