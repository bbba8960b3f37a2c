"""db_user: who wrote a history row, as the database knows them (on a server)

The change history records the name a user gave the app, which any client can set to
anything. On a server the database now records beside it the login that wrote each change
record, phase change, assumption change and decision (``db_user``), through a trigger that
sets it from ``session_user`` whatever the client sends. On a file there is no login: the
column stays empty and the name the user gave is what the history shows.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("change_record", "phase_change", "assumption_change", "decision")

SET_DB_USER = """
CREATE OR REPLACE FUNCTION fieldlab_set_db_user() RETURNS trigger AS $$
BEGIN
    NEW.db_user := session_user;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql
"""


def upgrade() -> None:
    for name in TABLES:
        with op.batch_alter_table(name) as batch:
            batch.add_column(sa.Column("db_user", sa.String(length=120), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        op.execute(SET_DB_USER)
        for name in TABLES:
            op.execute(
                f"CREATE TRIGGER {name}_db_user BEFORE INSERT OR UPDATE ON {name} "
                "FOR EACH ROW EXECUTE FUNCTION fieldlab_set_db_user()"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name in TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS {name}_db_user ON {name}")
        op.execute("DROP FUNCTION IF EXISTS fieldlab_set_db_user()")
    for name in TABLES:
        with op.batch_alter_table(name) as batch:
            batch.drop_column("db_user")
