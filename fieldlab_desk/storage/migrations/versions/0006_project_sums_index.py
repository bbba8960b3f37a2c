"""one covering index for the projects table's SGIA sums, in place of the index on
budget_line.funding_source (which it starts with)

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        batch_op.drop_index("ix_budget_line_funding_source")
        batch_op.create_index(
            "ix_budget_line_sums",
            ["funding_source", "project_id", "year", "planned_cents"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        batch_op.drop_index("ix_budget_line_sums")
        batch_op.create_index("ix_budget_line_funding_source", ["funding_source"], unique=False)
