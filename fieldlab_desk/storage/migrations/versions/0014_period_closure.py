"""period_closure: half years that are closed (vastgesteld) and reopened with a reason

A half year's report, once sent, must not change afterwards: the secretary closes the period
(who, when); its measurements, progress stories and decisions then no longer change, until
it is reopened with a reason, which is kept. A new table: no record changes.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "period_closure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=False),
        sa.Column("closed_by", sa.String(length=120), nullable=False),
        sa.Column("reopened_on", sa.Date(), nullable=True),
        sa.Column("reopened_by", sa.String(length=120), nullable=False),
        sa.Column("reopen_reason", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_period_closure")),
    )
    with op.batch_alter_table("period_closure") as batch:
        batch.create_index(batch.f("ix_period_closure_period"), ["period"], unique=False)


def downgrade() -> None:
    op.drop_table("period_closure")
