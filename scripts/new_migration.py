"""Generate a migration from the models: ``python scripts/new_migration.py "what changed"``.

Revisions are numbered 0001, 0002, … It builds a scratch file at the current head and lets Alembic compare it with the models.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from fieldlab_desk.storage import migrate
from fieldlab_desk.storage.sqlite_file import APPLICATION_ID


def main(message: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "scratch.fieldlab"
        sqlite3.connect(path).execute(f"PRAGMA application_id={APPLICATION_ID}").connection.close()
        existing = sorted(migrate.MIGRATIONS_FOLDER.joinpath("versions").glob("[0-9]*.py"))
        if existing:
            migrate.default_migrations().upgrade_sqlite(path)
        engine = create_engine(f"sqlite:///{path}")
        with engine.begin() as connection:
            command.revision(
                migrate.alembic_config(connection),
                message=message,
                autogenerate=True,
                rev_id=f"{len(existing) + 1:04d}",
            )
        engine.dispose()


if __name__ == "__main__":
    main(" ".join(sys.argv[1:]) or "schema change")
