"""reference_term: organisation kinds and cost categories as the portfolio's own reference data

Until this version the kinds of organisation and the cost categories were fixed in the code.
They are now rows a portfolio can rename, add to and retire (*vervallen*), each with a stable
lower-case code that ``organisation.kind`` and ``budget_line.category`` keep storing, so no
record changes. The built-in set is added to every file by the reference seeding that follows
a migration (``storage.migrate.seed_reference_data``), as it is for themes.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "reference_term",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name_nl", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reference_term")),
        sa.UniqueConstraint("kind", "code", name=op.f("uq_reference_term_kind_code")),
    )


def downgrade() -> None:
    op.drop_table("reference_term")
