"""measurement_part: results per gemeente and doelgroep

An indicator may now declare dimensions (``split_gemeente``, ``split_doelgroep``): its
measurements may then be entered as parts per gemeente or per doelgroep, which sum to the
measurement's value (the total progress keeps using). Existing indicators declare none and
existing measurements have no parts: no stored value changes.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("indicator") as batch_op:
        batch_op.add_column(
            sa.Column("split_gemeente", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(
            sa.Column("split_doelgroep", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.create_table(
        "measurement_part",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("measurement_id", sa.Integer(), nullable=False),
        sa.Column("municipality_id", sa.Integer(), nullable=True),
        sa.Column("target_group_id", sa.Integer(), nullable=True),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["measurement_id"],
            ["measurement.id"],
            name=op.f("fk_measurement_part_measurement_id_measurement"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f("fk_measurement_part_municipality_id_municipality"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["target_group_id"],
            ["target_group.id"],
            name=op.f("fk_measurement_part_target_group_id_target_group"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measurement_part")),
    )
    with op.batch_alter_table("measurement_part") as batch:
        batch.create_index(batch.f("ix_measurement_part_measurement_id"), ["measurement_id"])
        batch.create_index(batch.f("ix_measurement_part_municipality_id"), ["municipality_id"])
        batch.create_index(batch.f("ix_measurement_part_target_group_id"), ["target_group_id"])


def downgrade() -> None:
    op.drop_table("measurement_part")
    with op.batch_alter_table("indicator") as batch_op:
        batch_op.drop_column("split_doelgroep")
        batch_op.drop_column("split_gemeente")
