"""theory of change: assumption history, evidence, costed activities

A link's assumption gets a note on its evidence, the day its status was set, and a dated
history of its status changes (``assumption_change``). A budget line can be attached to the
activity it pays for (``budget_line.activity_id``), so that the chain shows what it costs.
Existing assumptions count from the day of the migration.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "assumption_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("link_id", sa.Integer(), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("changed_by", sa.String(length=120), nullable=False),
        sa.Column("old_status", sa.String(length=32), nullable=True),
        sa.Column("new_status", sa.String(length=32), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["link_id"], ["toc_link.id"],
            name=op.f("fk_assumption_change_link_id_toc_link"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assumption_change")),
    )  # fmt: skip
    with op.batch_alter_table("assumption_change") as batch_op:
        batch_op.create_index(batch_op.f("ix_assumption_change_link_id"), ["link_id"])

    with op.batch_alter_table("budget_line") as batch_op:
        batch_op.add_column(sa.Column("activity_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_budget_line_activity_id"), ["activity_id"])
        batch_op.create_foreign_key(
            batch_op.f("fk_budget_line_activity_id_toc_element"), "toc_element",
            ["activity_id"], ["id"], ondelete="SET NULL",
        )  # fmt: skip

    with op.batch_alter_table("toc_link") as batch_op:
        batch_op.add_column(sa.Column("evidence", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("status_since", sa.Date(), nullable=True))
    op.execute("UPDATE toc_link SET status_since = CURRENT_DATE")


def downgrade() -> None:
    with op.batch_alter_table("toc_link") as batch_op:
        batch_op.drop_column("status_since")
        batch_op.drop_column("evidence")

    with op.batch_alter_table("budget_line") as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_budget_line_activity_id_toc_element"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_budget_line_activity_id"))
        batch_op.drop_column("activity_id")

    with op.batch_alter_table("assumption_change") as batch_op:
        batch_op.drop_index(batch_op.f("ix_assumption_change_link_id"))
    op.drop_table("assumption_change")
