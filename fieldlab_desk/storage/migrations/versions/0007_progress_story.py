"""progress_story: a project's Voortgang per half year (resultaten, bevindingen, vervolg,
kennisdeling)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "progress_story",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=6), nullable=False),
        sa.Column("results", sa.Text(), nullable=False),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.Column("next_steps", sa.Text(), nullable=False),
        sa.Column("knowledge", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_progress_story_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_progress_story")),
        sa.UniqueConstraint(
            "project_id", "period", name=op.f("uq_progress_story_project_id_period")
        ),
    )
    with op.batch_alter_table("progress_story", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_progress_story_project_id"), ["project_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("progress_story", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_progress_story_project_id"))
    op.drop_table("progress_story")
