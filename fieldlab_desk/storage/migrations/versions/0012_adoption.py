"""adoption: the scaling register (which libraries and gemeenten run an innovation)

The innovation process ends in *opschaling en verspreiding*: other libraries and gemeenten
take the innovation over, ideally structurally and with their own funding. Until this version
only a project's phase and a free-text plan said so. Each adoption records the library
(organisation) and/or gemeente, since when, in what form (pilot, structureel, gestopt) and who
pays (eigen begroting, gemeente, provincie, landelijk, geen). A new table: no record changes.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "adoption",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("municipality_id", sa.Integer(), nullable=True),
        sa.Column("adopted_on", sa.Date(), nullable=False),
        sa.Column("form", sa.String(length=32), nullable=False),
        sa.Column("funding", sa.String(length=32), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f("fk_adoption_municipality_id_municipality"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_adoption_organisation_id_organisation"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_adoption_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_adoption")),
    )
    with op.batch_alter_table("adoption") as batch:
        batch.create_index(
            batch.f("ix_adoption_municipality_id"), ["municipality_id"], unique=False
        )
        batch.create_index(
            batch.f("ix_adoption_organisation_id"), ["organisation_id"], unique=False
        )
        batch.create_index(batch.f("ix_adoption_project_id"), ["project_id"], unique=False)


def downgrade() -> None:
    op.drop_table("adoption")
