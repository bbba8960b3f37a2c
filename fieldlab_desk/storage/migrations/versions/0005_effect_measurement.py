"""effect measurement: an indicator library, the nulmeting's details, whole counts, percentages

The shared indicator library (``indicator_library``) lets projects measure the same thing the
same way, so the portfolio adds like to like; its entries are reference data
(``domain/reference.INDICATOR_LIBRARY``), seeded after the migration like the themes, and
indicators named exactly like a new entry are linked to it then. An indicator gets ``whole_numbers`` (set for per-period and cumulative counts whose
measurements are all whole, so nothing stored is changed), and its nulmeting a method, a sample
size and a flag for a nulmeting reconstructed afterwards. A measurement keeps the numerator and
denominator of a percentage entered as parts.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WHOLE_COUNTS = """
UPDATE indicator SET whole_numbers = TRUE
WHERE semantics IN ('per_periode', 'cumulatief') AND unit NOT LIKE '%\\%%' ESCAPE '\\'
  AND NOT EXISTS (SELECT 1 FROM measurement m
                  WHERE m.indicator_id = indicator.id AND m.value % 10000 <> 0)
  AND (baseline_value IS NULL OR baseline_value % 10000 = 0)
  AND (target_value IS NULL OR target_value % 10000 = 0)
"""


def upgrade() -> None:
    op.create_table(
        "indicator_library",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name_nl", sa.String(length=300), nullable=False),
        sa.Column("name_en", sa.String(length=300), nullable=False),
        sa.Column("unit", sa.String(length=60), nullable=False),
        sa.Column("unit_subject", sa.String(length=32), nullable=False),
        sa.Column("direction", sa.String(length=32), nullable=False),
        sa.Column("semantics", sa.String(length=32), nullable=False),
        sa.Column("whole_numbers", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator_library")),
        sa.UniqueConstraint("code", name=op.f("uq_indicator_library_code")),
    )
    with op.batch_alter_table("indicator") as batch_op:
        batch_op.add_column(sa.Column("library_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("whole_numbers", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column("baseline_method", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("baseline_sample_size", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("baseline_reconstructed", sa.Boolean(), nullable=False,
                      server_default=sa.false())
        )  # fmt: skip
        batch_op.create_index(batch_op.f("ix_indicator_library_id"), ["library_id"])
        batch_op.create_foreign_key(
            batch_op.f("fk_indicator_library_id_indicator_library"), "indicator_library",
            ["library_id"], ["id"], ondelete="SET NULL",
        )  # fmt: skip
    with op.batch_alter_table("measurement") as batch_op:
        batch_op.add_column(sa.Column("numerator", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("denominator", sa.BigInteger(), nullable=True))
    op.execute(WHOLE_COUNTS)


def downgrade() -> None:
    with op.batch_alter_table("measurement") as batch_op:
        batch_op.drop_column("denominator")
        batch_op.drop_column("numerator")
    with op.batch_alter_table("indicator") as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_indicator_library_id_indicator_library"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_indicator_library_id"))
        batch_op.drop_column("baseline_reconstructed")
        batch_op.drop_column("baseline_sample_size")
        batch_op.drop_column("baseline_method")
        batch_op.drop_column("whole_numbers")
        batch_op.drop_column("library_id")
    op.drop_table("indicator_library")
