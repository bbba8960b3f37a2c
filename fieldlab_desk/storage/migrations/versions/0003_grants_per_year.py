"""grants per year: what a granting decision gives a project in each year

The year plan's *toegekend* becomes what the steering group granted, not what the project
budgeted. Existing granting decisions (toegekend, voorwaardelijk) are carried over with their
project's SGIA budget lines per year, which is what the year plan counted until now; when a
project has several granting decisions, its latest one carries the lines.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CARRY_OVER = """
INSERT INTO decision_grant (meeting_id, project_id, year, amount_cents)
SELECT d.meeting_id, d.project_id, b.year, SUM(b.planned_cents)
FROM decision d
JOIN meeting m ON m.id = d.meeting_id
JOIN budget_line b ON b.project_id = d.project_id AND b.funding_source = 'sgia'
WHERE d.kind IN ('toegekend', 'voorwaardelijk')
  AND NOT EXISTS (
    SELECT 1 FROM decision later JOIN meeting lm ON lm.id = later.meeting_id
    WHERE later.project_id = d.project_id
      AND later.kind IN ('toegekend', 'voorwaardelijk')
      AND (lm.held_on > m.held_on OR (lm.held_on = m.held_on AND later.id > d.id))
  )
GROUP BY d.meeting_id, d.project_id, b.year
"""


def upgrade() -> None:
    op.create_table(
        "decision_grant",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("amount_cents", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("amount_cents >= 0", name=op.f("ck_decision_grant_grant_not_negative")),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"],
            name=op.f("fk_decision_grant_meeting_id_meeting"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"],
            name=op.f("fk_decision_grant_project_id_project"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("meeting_id", "project_id", "year", name=op.f("pk_decision_grant")),
    )  # fmt: skip
    op.execute(CARRY_OVER)


def downgrade() -> None:
    op.drop_table("decision_grant")
