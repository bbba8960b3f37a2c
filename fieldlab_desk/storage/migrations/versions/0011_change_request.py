"""change_request: requests on running projects (extension, carry-over, cost categories, scope)

A running project's changes go to the steering group as requests (*wijzigingsverzoeken*): a
later end date, unspent granted money carried to the next year (*overheveling*), planned money
moved between cost categories, or a change of scope. Each keeps its reason, who asked, its
status and the meeting that decided it; a granted carry-over moves the year's granted money
(the year plan reads it from the request). A new table: no record changes.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "change_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("submitted_on", sa.Date(), nullable=False),
        sa.Column("asked_by", sa.String(length=200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("new_end_date", sa.Date(), nullable=True),
        sa.Column("previous_end_date", sa.Date(), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("amount_cents", sa.BigInteger(), nullable=True),
        sa.Column("from_category", sa.String(length=32), nullable=False),
        sa.Column("to_category", sa.String(length=32), nullable=False),
        sa.Column("scope", sa.Text(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("decision_note", sa.Text(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "amount_cents IS NULL OR amount_cents > 0",
            name=op.f("ck_change_request_amount_positive"),
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_change_request_meeting_id_meeting"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_change_request_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_request")),
    )
    with op.batch_alter_table("change_request") as batch:
        batch.create_index(batch.f("ix_change_request_meeting_id"), ["meeting_id"], unique=False)
        batch.create_index(batch.f("ix_change_request_project_id"), ["project_id"], unique=False)
        batch.create_index(batch.f("ix_change_request_status"), ["status"], unique=False)


def downgrade() -> None:
    op.drop_table("change_request")
