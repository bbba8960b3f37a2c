"""What is booked on budget lines: money committed and money spent."""

import datetime as dt

from sqlmodel import Field

from fieldlab_desk.domain.models.fields import cents_field, parent_key, text_field
from fieldlab_desk.domain.models.types import Table


class Commitment(Table, table=True):
    """Money promised against a budget line (an order, a contract) but not yet paid."""

    __tablename__ = "commitment"

    id: int | None = Field(default=None, primary_key=True)
    budget_line_id: int = parent_key("budget_line.id")
    committed_on: dt.date
    amount_cents: int = cents_field()
    note: str = text_field()


class Expense(Table, table=True):
    """Money spent against a budget line (realisatie)."""

    __tablename__ = "expense"

    id: int | None = Field(default=None, primary_key=True)
    budget_line_id: int = parent_key("budget_line.id")
    spent_on: dt.date = Field(index=True)
    amount_cents: int = cents_field()
    note: str = text_field()
