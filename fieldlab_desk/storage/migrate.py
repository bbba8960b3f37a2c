"""Alembic, driven from code: the schema revision of a file, and bringing it to head.

On SQLite the migration runs on its own engine whose connections set ``foreign_keys=OFF``
before any transaction: a batch migration recreates a table, and with foreign keys on the
``DROP TABLE`` of a parent would cascade into its children. Afterwards
``PRAGMA foreign_key_check`` must come back empty, or the migration is rolled back.

Revision files are named ``NNNN_what.py`` with revision id ``NNNN`` in one linear chain, so
the head and the known revisions come from the file names; Alembic itself (a tenth of a second
to import) is loaded only when a file really needs migrating.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text, update
from sqlalchemy.orm import sessionmaker
from sqlmodel import Session, col, select

from fieldlab_desk.domain import models, reference, terms
from fieldlab_desk.storage.pragmas import install_sqlite_pragmas, sqlite_engine

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_FOLDER = Path(__file__).with_name("migrations")


def alembic_config(
    connection: Connection | None = None, folder: Path = MIGRATIONS_FOLDER
) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(folder))
    config.attributes["connection"] = connection
    return config


class Migrations:
    """One folder of Alembic revisions; the app uses :data:`MIGRATIONS`, tests may add more."""

    def __init__(self, folder: Path = MIGRATIONS_FOLDER) -> None:
        self.folder = folder
        self.revisions = sorted(
            p.name[:4] for p in (folder / "versions").glob("[0-9][0-9][0-9][0-9]_*.py")
        )
        assert self.revisions, "the migrations folder has no revisions"

    def head(self) -> str:
        return self.revisions[-1]

    def is_known(self, revision: str | None) -> bool:
        """None (an empty database) and every revision in the folder are known."""
        return revision is None or revision in self.revisions

    def upgrade_sqlite(self, path: Path, revision: str = "head") -> None:
        """Migrate the SQLite file at ``path`` in one transaction with foreign keys off."""
        engine = sqlite_engine(path)
        install_sqlite_pragmas(engine, foreign_keys=False, wal=False)
        try:
            with engine.begin() as connection:
                from alembic import command

                command.upgrade(alembic_config(connection, self.folder), revision)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"{len(broken)} rows lost their parent row")
        finally:
            engine.dispose()

    def upgrade_engine(self, engine: Engine, revision: str = "head") -> None:
        """Migrate a server database (PostgreSQL) in one transaction."""
        from alembic import command

        with engine.begin() as connection:
            command.upgrade(alembic_config(connection, self.folder), revision)


@cache
def default_migrations() -> Migrations:
    return Migrations()


def head_revision() -> str:
    return default_migrations().head()


def current_revision(connection: Connection) -> str | None:
    """The revision recorded in ``alembic_version``; None when the table is missing or empty."""
    from sqlalchemy import inspect

    if "alembic_version" not in inspect(connection).get_table_names():
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def seed_reference_data(session_factory: sessionmaker[Session]) -> None:
    """Add the national reference themes, target groups, indicator library entries and the
    built-in organisation kinds and cost categories a file does not have yet (a region's agenda, gemeenten and organisations: ``services.regions``) (the tables are declared here, when a file is created or
    migrated: an open alone needs none of them)."""
    with session_factory() as session, session.begin():
        ids = {code: id_ for code, id_ in session.exec(select(models.Theme.code, models.Theme.id))}
        known = set(ids)
        for order, seed in enumerate(reference.THEMES):
            if seed.code in known:
                continue
            theme = models.Theme(
                code=seed.code,
                kind=seed.kind,
                name_nl=seed.name_nl,
                name_en=seed.name_en,
                parent_id=ids.get(seed.parent) if seed.parent else None,
                sort_order=order,
            )
            session.add(theme)
            session.flush()
            ids[seed.code] = theme.id
        known_groups = set(session.exec(select(models.TargetGroup.code)))
        for order, group in enumerate(reference.TARGET_GROUPS):
            if group.code not in known_groups:
                session.add(models.TargetGroup(**group._asdict(), sort_order=order))
        known_terms = {
            (k, c)
            for k, c in session.exec(select(models.ReferenceTerm.kind, models.ReferenceTerm.code))
        }
        for kind in terms.TermKind:
            for order, term in enumerate(terms.built_in_terms(kind)):
                if (kind.value, term.code) not in known_terms:
                    session.add(models.ReferenceTerm(kind=kind.value, code=term.code, name_nl=term.name_nl,
                                                     name_en=term.name_en, sort_order=order))  # fmt: skip
        known_entries = set(session.exec(select(models.IndicatorEntry.code)))
        for order, entry in enumerate(reference.INDICATOR_LIBRARY):
            if entry.code not in known_entries:
                added = models.IndicatorEntry(**entry._asdict(), sort_order=order)
                session.add(added)
                session.flush()
                # indicators that measure this already (named alike) join their entry
                session.execute(
                    update(models.Indicator)
                    .where(
                        col(models.Indicator.library_id).is_(None),
                        col(models.Indicator.name) == entry.name_nl,
                    )
                    .values(library_id=added.id)
                )


def database_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return current_revision(connection)


def table_counts(engine: Engine, tables: list[str]) -> dict[str, int]:
    with engine.connect() as connection:
        return {
            name: connection.execute(text(f'SELECT COUNT(*) FROM "{name}"')).scalar_one()
            for name in tables
        }
