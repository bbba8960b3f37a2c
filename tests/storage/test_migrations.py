"""Migrations: models and migrations agree; upgrades back up first and keep every child row."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from fieldlab_desk.domain.errors import BadFile
from fieldlab_desk.domain.models import metadata
from fieldlab_desk.storage import open_database
from fieldlab_desk.storage.migrate import MIGRATIONS_FOLDER, Migrations, alembic_config

CHILD_TABLES = ["budget_line", "milestone", "phase_change", "decision", "toc_element", "indicator",
                "project_theme", "project_organisation", "expense", "measurement"]  # fmt: skip

HEAD = Migrations().head()
TEST_REVISION = f"{int(HEAD) + 1:04d}"  # a test migration on top of the real ones

RECREATE_PROJECT = f'''
"""test: recreate the project table (a batch migration, as SQLite needs for most changes)"""
import sqlalchemy as sa
from alembic import op

revision = "{TEST_REVISION}"
down_revision = "{HEAD}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("project", recreate="always") as batch:
        batch.add_column(sa.Column("test_flag", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("project", recreate="always") as batch:
        batch.drop_column("test_flag")
'''

FAILING = f'''
"""test: a migration that fails half-way"""
from alembic import op

revision = "{TEST_REVISION}"
down_revision = "{HEAD}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DELETE FROM budget_line")
    op.execute("THIS IS NOT SQL")


def downgrade() -> None:
    pass
'''


def migrations_with(tmp_path: Path, extra: str) -> Migrations:
    folder = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_FOLDER, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / f"{TEST_REVISION}_test.py").write_text(extra, encoding="utf-8")
    return Migrations(folder)


def counts(path: Path, tables: list[str]) -> dict[str, int]:
    connection = sqlite3.connect(path)
    try:
        return {t: connection.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}
    finally:
        connection.close()


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    database = open_database(tmp_path / "fresh.fieldlab")
    try:
        with database.engine.connect() as connection:
            diff = compare_metadata(
                MigrationContext.configure(connection, opts={"compare_type": True}), metadata
            )
    finally:
        database.close()
    assert diff == []


def test_a_fresh_file_is_at_head_with_one_revision_chain() -> None:
    migrations = Migrations()
    assert migrations.revisions == [f"{n:04d}" for n in range(1, 18)]
    assert migrations.head() == "0017"
    assert migrations.is_known("0001")
    assert migrations.is_known(None)
    assert not migrations.is_known("9999")
    assert alembic_config().get_main_option("script_location") == str(MIGRATIONS_FOLDER)


def test_upgrade_recreating_a_parent_keeps_every_child_row(demo_path: Path, tmp_path: Path) -> None:
    before = counts(demo_path, CHILD_TABLES)
    assert all(before.values()), before
    database = open_database(demo_path, migrations=migrations_with(tmp_path, RECREATE_PROJECT))
    try:
        assert database.backup is not None and database.backup.exists()
        with database.engine.connect() as connection:
            assert (
                connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
                == TEST_REVISION
            )
            columns = [r[1] for r in connection.exec_driver_sql("PRAGMA table_info(project)")]
            assert "test_flag" in columns
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    finally:
        database.close()
    assert counts(demo_path, CHILD_TABLES) == before
    assert counts(database.backup, CHILD_TABLES) == before
    backup_revision = sqlite3.connect(database.backup).execute(
        "SELECT version_num FROM alembic_version"
    )
    assert backup_revision.fetchone()[0] == HEAD


def test_the_same_migration_with_foreign_keys_on_would_lose_children(
    demo_path: Path, tmp_path: Path
) -> None:
    """The pitfall the migration runner avoids (DESIGN.md §6), shown so the test above means something."""
    migrations = migrations_with(tmp_path, RECREATE_PROJECT)
    engine = create_engine(f"sqlite:///{demo_path}")
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")
        from alembic import command

        command.upgrade(alembic_config(connection, migrations.folder), "head")
        connection.commit()
    engine.dispose()
    assert counts(demo_path, ["budget_line"])["budget_line"] == 0


def test_a_failed_migration_changes_nothing_and_says_where_the_backup_is(
    demo_path: Path, tmp_path: Path
) -> None:
    before = counts(demo_path, CHILD_TABLES)
    digest = hashlib.sha256(demo_path.read_bytes()).hexdigest()
    with pytest.raises(BadFile) as caught:
        open_database(demo_path, migrations=migrations_with(tmp_path, FAILING))
    assert caught.value.code == "migration.failed"
    backups = list(demo_path.parent.glob("drenthe.backup-*.fieldlab"))
    assert len(backups) == 1
    assert str(backups[0]) in caught.value.message("nl")
    assert counts(demo_path, CHILD_TABLES) == before
    assert hashlib.sha256(demo_path.read_bytes()).hexdigest() == digest
    reopened = open_database(demo_path)
    reopened.close()


def test_read_only_file_that_needs_an_upgrade_is_refused(demo_path: Path, tmp_path: Path) -> None:
    with pytest.raises(BadFile) as caught:
        open_database(
            demo_path, read_only=True, migrations=migrations_with(tmp_path, RECREATE_PROJECT)
        )
    assert caught.value.code == "file.read_only_needs_upgrade"


def test_file_names_tell_the_same_chain_as_alembic() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    chain = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert chain == Migrations().revisions
    assert script.get_current_head() == Migrations().head()


def test_a_file_made_before_project_version_was_dropped_opens_with_every_row(
    demo_path: Path,
) -> None:
    """A file of schema 0001 (as an earlier release wrote it) migrates to the head losing nothing."""
    tables = ["project", *CHILD_TABLES]
    downgrade(demo_path, "0001")  # the file as 0001 wrote it
    old = sqlite3.connect(demo_path)
    assert "version" in [r[1] for r in old.execute("PRAGMA table_info(project)")]
    old.close()
    before = counts(demo_path, tables)
    database = open_database(demo_path)
    try:
        assert database.backup is not None and counts(database.backup, tables) == before
        with database.engine.connect() as connection:
            columns = [r[1] for r in connection.exec_driver_sql("PRAGMA table_info(project)")]
            assert "version" not in columns
            assert (
                connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
                == HEAD
            )
    finally:
        database.close()
    assert counts(demo_path, tables) == before


def test_repeated_failing_migrations_keep_only_the_newest_backups(
    demo_path: Path, tmp_path: Path
) -> None:
    import os

    from fieldlab_desk.storage.backup import KEEP_AUTOMATIC

    failing = migrations_with(tmp_path, FAILING)
    for attempt in range(KEEP_AUTOMATIC + 3):
        with pytest.raises(BadFile):
            open_database(demo_path, migrations=failing)
        for backup in demo_path.parent.glob("drenthe.backup-*.fieldlab"):  # distinct ages
            stat = backup.stat()
            os.utime(backup, (stat.st_atime, stat.st_mtime - 10 * (attempt + 1)))
    backups = list(demo_path.parent.glob("drenthe.backup-*.fieldlab"))
    assert len(backups) == KEEP_AUTOMATIC


def downgrade(path: Path, revision: str) -> None:
    """Turn a file back into what an earlier release wrote."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        from alembic import command

        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        command.downgrade(alembic_config(connection), revision)
    engine.dispose()


def test_a_file_of_schema_0002_gets_its_grants_from_its_sgia_lines(demo_path: Path) -> None:
    """The year plan counts grants now: a file made before carries its decisions over."""
    from sqlalchemy import text as sql

    from fieldlab_desk.services.yearplan import year_plan

    downgrade(demo_path, "0002")
    assert "decision_grant" not in {
        r[0] for r in sqlite3.connect(demo_path).execute("SELECT name FROM sqlite_master")
    }
    database = open_database(demo_path)
    try:
        assert database.backup is not None
        with database.session() as session:
            plans = {y: year_plan(y, session=session) for y in (2023, 2024, 2025)}
            granted = session.execute(sql("SELECT COUNT(*) FROM decision_grant")).scalar()
    finally:
        database.close()
    assert granted
    for plan in plans.values():
        counted = [p for p in plan.projects if p.granted_cents is not None]
        assert counted and all(p.granted_cents == p.planned_cents for p in counted)
        assert plan.over_grant == ()
    assert plans[2024].claimed_cents == 25_775_000  # its SGIA lines (€ 4.000 went on to 2025)


def test_a_file_of_schema_0003_keeps_its_chains_and_dates_its_assumptions(
    demo_path: Path,
) -> None:
    """Upgrading to 0004 keeps every element and link; assumptions count from the upgrade day,
    evidence is empty and no budget line is attached yet."""
    import datetime as dt

    from fieldlab_desk.services.toc import chain

    downgrade(demo_path, "0003")
    before = counts(demo_path, ["toc_element", "toc_link", "budget_line"])
    database = open_database(demo_path)
    try:
        assert database.backup is not None
        with database.session() as session:
            view = chain(1, session=session)
    finally:
        database.close()
    assert counts(demo_path, ["toc_element", "toc_link", "budget_line"]) == before
    assert view is not None and view.links
    assert all(li.status_since == dt.date.today() and li.evidence == "" for li in view.links)
    assert all(li.history == () for li in view.links)
    assert view.attached_cents == 0


def test_a_file_of_schema_0004_gets_the_indicator_library_and_whole_counts(
    demo_path: Path,
) -> None:
    """Upgrading to 0005 links indicators named like a library entry and marks counts whose
    stored values are all whole; no measurement changes."""
    downgrade(demo_path, "0004")
    connection = sqlite3.connect(demo_path)
    values = connection.execute("SELECT id, value FROM measurement ORDER BY id").fetchall()
    (first,) = connection.execute(  # a project that counts meetings, and has measured them
        "SELECT MIN(i.project_id) FROM indicator i JOIN measurement m ON m.indicator_id = i.id "
        "WHERE i.name = 'Aantal bijeenkomsten' AND m.kind = 'tussenmeting'"
    ).fetchone()
    connection.execute(  # a count with a fraction, as the old demo had: it stays unmarked
        "UPDATE measurement SET value = 132000 WHERE id = (SELECT MIN(m.id) FROM measurement m "
        "JOIN indicator i ON i.id = m.indicator_id WHERE i.name = 'Aantal bijeenkomsten' "
        "AND i.project_id = ? AND m.kind = 'tussenmeting')",
        (first,),
    )
    connection.commit()
    connection.close()
    database = open_database(demo_path)
    try:
        assert database.backup is not None
    finally:
        database.close()
    connection = sqlite3.connect(demo_path)
    try:
        linked = connection.execute(
            "SELECT COUNT(*), COUNT(library_id) FROM indicator WHERE name IN "
            "('Aantal bijeenkomsten', 'Bereikte deelnemers (totaal)')"
        ).fetchone()
        whole = dict(connection.execute(
            "SELECT project_id, whole_numbers FROM indicator WHERE name = 'Aantal bijeenkomsten'"
        ).fetchall())  # fmt: skip
        entries = connection.execute("SELECT COUNT(*) FROM indicator_library").fetchone()[0]
        after = connection.execute("SELECT id, value FROM measurement ORDER BY id").fetchall()
    finally:
        connection.close()
    assert linked[0] == linked[1] > 0
    assert whole[first] == 0 and sum(whole.values()) == len(whole) - 1
    assert entries >= 8
    assert len(after) == len(values)


def test_a_file_of_schema_0005_reads_the_project_sums_from_one_covering_index(
    demo_path: Path,
) -> None:
    """Upgrading to 0006 swaps the index on funding_source for one that holds everything the
    projects table's SGIA sums read; the sums and every budget line stay as they were."""
    from fieldlab_desk.services.projects import ProjectFilter, project_rows

    downgrade(demo_path, "0005")
    lines = counts(demo_path, ["budget_line"])
    database = open_database(demo_path)
    try:
        assert database.backup is not None
        with database.session() as session:
            rows = project_rows(ProjectFilter(), session=session)
            in_2024 = project_rows(ProjectFilter(year=2024), session=session)
    finally:
        database.close()
    connection = sqlite3.connect(demo_path)
    try:
        indexes = {r[1] for r in connection.execute("PRAGMA index_list(budget_line)")}
        sums = dict(connection.execute(
            "SELECT project_id, SUM(planned_cents) FROM budget_line WHERE funding_source = 'sgia' "
            "GROUP BY project_id").fetchall())  # fmt: skip
        plan = " ".join(
            str(step[3])
            for step in connection.execute(
                "EXPLAIN QUERY PLAN SELECT project_id, SUM(planned_cents) FROM budget_line "
                "WHERE funding_source = 'sgia' AND year = 2024 GROUP BY project_id"
            )
        )
    finally:
        connection.close()
    assert counts(demo_path, ["budget_line"]) == lines
    assert "ix_budget_line_sums" in indexes and "ix_budget_line_funding_source" not in indexes
    assert "COVERING INDEX ix_budget_line_sums" in plan and "TEMP B-TREE" not in plan
    assert {r.id: r.sgia_cents for r in rows if r.sgia_cents} == sums
    assert 0 < sum(r.sgia_cents for r in in_2024) < sum(sums.values())


def test_a_file_of_schema_0010_keeps_every_row_and_gets_an_empty_request_table(
    demo_path: Path,
) -> None:
    """Change requests (0011) are a new table: a file of the previous schema keeps every row
    of every table, byte for byte the same values, and starts with no requests."""
    downgrade(demo_path, "0010")
    connection = sqlite3.connect(demo_path)
    tables = [r[0] for r in connection.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "AND name != 'alembic_version'")]  # fmt: skip
    columns = {  # what the file held: later versions add columns
        t: ", ".join(f'"{c[1]}"' for c in connection.execute(f'PRAGMA table_info("{t}")'))
        for t in tables
    }

    def rows(table: str) -> list[object]:
        return connection.execute(
            f'SELECT {columns[table]} FROM "{table}" ORDER BY rowid'
        ).fetchall()

    before = {t: rows(t) for t in tables}
    connection.close()
    assert "change_request" not in tables and before["budget_line"]
    database = open_database(demo_path)
    try:
        assert database.backup is not None  # migrated after a backup
    finally:
        database.close()
    connection = sqlite3.connect(demo_path)
    try:
        after = {t: rows(t) for t in tables}
        requests = connection.execute("SELECT COUNT(*) FROM change_request").fetchone()[0]
    finally:
        connection.close()
    assert after == before
    assert requests == 0
