"""The same code on a real PostgreSQL server: migrations, reference data, edits, year plan,
and two editors who never silently overwrite each other."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlmodel import select

from fieldlab_desk.domain.enums import CostCategory, FundingSource, Phase
from fieldlab_desk.domain.errors import BadFile
from fieldlab_desk.domain.models import BudgetLine, Project, Theme
from fieldlab_desk.services.budget import LineInput, add_line
from fieldlab_desk.services.edits import EditConflict, apply_edit, created_id, delete_row
from fieldlab_desk.services.projects import (
    ProjectFilter,
    create_project_edit,
    project_rows,
    set_field,
)
from fieldlab_desk.services.yearplan import year_plan
from fieldlab_desk.storage import head_revision, open_database


def test_a_new_server_database_gets_the_schema_and_reference_data(postgres_url: str) -> None:
    database = open_database(postgres_url)
    try:
        assert database.created and not database.is_sqlite
        with database.engine.connect() as connection:
            assert (
                connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
                == head_revision()
            )
        with database.session() as session:
            national = (
                19  # 3 opgaven + 8 stelseluitdagingen + 8 programme lines; a region adds its own
            )
            assert len(session.exec(select(Theme)).all()) == national
    finally:
        database.close()
    again = open_database(postgres_url)
    try:
        assert not again.created
        with again.session() as session:
            assert len(session.exec(select(Theme)).all()) == 19  # seeding is idempotent
    finally:
        again.close()


def test_a_foreign_server_database_is_refused(postgres_url: str) -> None:
    engine = create_engine(postgres_url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE klanten (naam text)"))
    engine.dispose()
    with pytest.raises(BadFile) as caught:
        open_database(postgres_url)
    assert caught.value.code == "file.foreign"


def test_projects_budgets_and_the_year_plan_on_postgres(postgres_url: str) -> None:
    database = open_database(postgres_url)
    try:
        with database.transaction() as session:
            inverse = apply_edit(
                create_project_edit(
                    "Nieuw", {"code": "PG-2026-01", "title": "Leesclub", "phase": Phase.GOEDGEKEURD}
                ),
                session=session,
                who="t",
            )
            project_id = created_id(inverse) or 0
            line = LineInput(
                2026,
                CostCategory.MATERIAAL,
                "Boeken",
                FundingSource.SGIA,
                None,
                False,
                12_345_600,
                None,
                None,
            )
            apply_edit(
                add_line("Regel", project_id, line, session=session), session=session, who="t"
            )
        with database.session() as session:
            plan = year_plan(2026, session=session)
            rows = project_rows(ProjectFilter(text="leesCLUB", year=2026), session=session)
        assert plan.claimed_cents == 12_345_600 and plan.free_cents == 25_000_000 - 12_345_600
        assert [r.code for r in rows] == ["PG-2026-01"] and rows[0].sgia_cents == 12_345_600
        with database.session() as session:
            deletion = delete_row("Weg", "project", (project_id,), session=session)
        with database.transaction() as session:
            restore = apply_edit(deletion, session=session, who="t")
        with database.transaction() as session:
            assert session.exec(select(BudgetLine)).first() is None
            apply_edit(restore, session=session, who="t")
        with database.session() as session:
            assert session.exec(select(BudgetLine)).one().planned_cents == 12_345_600
    finally:
        database.close()


def test_two_editors_of_one_project_never_silently_overwrite_each_other(postgres_url: str) -> None:
    first, second = open_database(postgres_url), open_database(postgres_url)
    try:
        with first.transaction() as session:
            project_id = (
                created_id(
                    apply_edit(
                        create_project_edit(
                            "Nieuw",
                            {"code": "PG-1", "title": "Begin", "start_date": dt.date(2026, 1, 1)},
                        ),
                        session=session,
                        who="a",
                    )
                )
                or 0
            )
        with first.session() as session:
            mine = set_field("titel", project_id, "title", "Van Anouk", session=session)
        with second.session() as session:
            theirs = set_field("titel", project_id, "title", "Van Henk", session=session)
        with first.transaction() as session:
            apply_edit(mine, session=session, who="Anouk")
        with pytest.raises(EditConflict), second.transaction() as session:
            apply_edit(theirs, session=session, who="Henk")
        with second.session() as session:
            assert session.get(Project, project_id).title == "Van Anouk"  # type: ignore[union-attr]
    finally:
        first.close()
        second.close()


def test_the_server_records_who_wrote_the_history_whatever_the_client_says(
    postgres_url: str,
) -> None:
    """The display name is the client's to give; the login beside it is the database's: a
    change record, phase change and decision get ``session_user``, even when a client writes
    another name into the column itself."""
    import psycopg

    from fieldlab_desk.domain.models import ChangeRecord

    database = open_database(postgres_url)
    try:
        with database.transaction() as session:
            inverse = apply_edit(create_project_edit("Nieuw", {"code": "PG-2026-02", "title": "Leesclub"}),
                                 session=session, who="Mallory als Henk Vos")  # fmt: skip
        project_id = created_id(inverse) or 0
        with database.session() as session:
            login = session.execute(text("SELECT session_user")).scalar()
            records = session.exec(
                select(ChangeRecord).where(ChangeRecord.project_id == project_id)
            ).all()
        assert records and all(r.who == "Mallory als Henk Vos" for r in records)
        assert {r.db_user for r in records} == {login}
    finally:
        database.close()
    plain = postgres_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain) as connection:  # SQL the app would never send
        connection.execute(
            "INSERT INTO change_record (batch, seq, at, who, project_id, entity, field, action, db_user)"
            " VALUES ('forged', 0, now(), 'Henk Vos', %s, 'project', 'title', 'update', 'henk')",
            (project_id,),
        )
        connection.execute("UPDATE change_record SET db_user = 'henk' WHERE batch = 'forged'")
        stored = connection.execute(
            "SELECT db_user, session_user FROM change_record WHERE batch = 'forged'"
        ).fetchone()
    assert stored is not None and stored[0] == stored[1] != "henk"


def test_a_server_keeps_a_closed_period_closed_even_to_plain_sql(postgres_url: str) -> None:
    """Closed through the app, a half year's measurement refuses an UPDATE sent by hand, until
    the period is reopened; the app says the same in one line."""
    import psycopg

    from fieldlab_desk.domain.enums import MeasurementKind
    from fieldlab_desk.domain.errors import FieldLabError
    from fieldlab_desk.services.periods import close_period, reopen_period
    from fieldlab_desk.services.portfolio import open_portfolio

    plain = postgres_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain) as connection:
        connection.execute("SELECT 1")
    with open_portfolio(postgres_url, user="Henk Vos") as portfolio:
        inverse = portfolio.apply(
            create_project_edit("Nieuw", {"code": "PG-2024-01", "title": "Telling"})
        )
        project_id = created_id(inverse) or 0
    with psycopg.connect(plain) as connection:
        indicator = connection.execute(
            "INSERT INTO indicator (project_id, name, unit, unit_subject, direction, comparator,"
            " semantics, whole_numbers, baseline_reconstructed, source, frequency, split_gemeente,"
            " split_doelgroep) VALUES (%s, 'Bezoekers', '', 'deelnemers', 'hoger', 'ge',"
            " 'cumulatief', true, false, '', '', false, false) RETURNING id",
            (project_id,),
        ).fetchone()[0]  # type: ignore[index]
        measurement = connection.execute(
            "INSERT INTO measurement (indicator_id, measured_on, kind, value, note)"
            " VALUES (%s, '2024-05-01', %s, 100000, '') RETURNING id",
            (indicator, MeasurementKind.TUSSENMETING.value),
        ).fetchone()[0]  # type: ignore[index]
    with open_portfolio(postgres_url, user="Henk Vos") as portfolio:
        portfolio.apply(
            portfolio.read(close_period, "Sluiten", "2024H1", dt.date(2024, 7, 15), who="Henk Vos")
        )
    with (
        psycopg.connect(plain) as connection,
        pytest.raises(psycopg.errors.CheckViolation) as caught,
    ):
        connection.execute("UPDATE measurement SET value = 120000 WHERE id = %s", (measurement,))
    assert "period 2024H1 is closed" in str(caught.value)
    with psycopg.connect(plain) as connection, pytest.raises(psycopg.errors.CheckViolation):
        connection.execute("DELETE FROM measurement WHERE id = %s", (measurement,))
    with open_portfolio(postgres_url, user="Henk Vos") as portfolio:
        with pytest.raises(FieldLabError) as said:
            portfolio.apply(portfolio.read(delete_row, "Weg", "measurement", (measurement,)))
        assert said.value.code == "period.closed"
        portfolio.apply(portfolio.read(reopen_period, "Heropenen", "2024H1", dt.date(2024, 8, 1),
                                       "Telling was dubbel.", who="Henk Vos"))  # fmt: skip
    with psycopg.connect(plain) as connection:
        connection.execute("UPDATE measurement SET value = 120000 WHERE id = %s", (measurement,))
        value = connection.execute(
            "SELECT value FROM measurement WHERE id = %s", (measurement,)
        ).fetchone()
    assert value is not None and value[0] == 120000


def test_a_file_with_a_closed_period_copies_onto_a_server_history_as_it_was(
    demo_path: Path, postgres_url: str
) -> None:
    """The server's triggers guard what people change, not what a copy brings: a file whose
    2024H1 is closed copies whole, its history keeps no login it never had (a file's history
    names the people by the name they gave), and afterwards the period holds on the server."""
    import psycopg

    from fieldlab_desk.services.periods import close_period
    from fieldlab_desk.services.portfolio import open_portfolio
    from fieldlab_desk.services.transfer import copy_portfolio

    with open_portfolio(demo_path, user="Henk Vos") as portfolio:
        portfolio.apply(
            portfolio.read(close_period, "Sluiten", "2024H1", dt.date(2024, 7, 15), who="Henk Vos")
        )
    copy_portfolio(str(demo_path), postgres_url)
    plain = postgres_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain) as connection:
        logins = connection.execute("SELECT count(*), count(db_user) FROM change_record").fetchone()
        assert logins is not None and logins[0] > 0 and logins[1] == 0
        june = connection.execute(
            "SELECT id FROM measurement WHERE measured_on BETWEEN '2024-01-01' AND '2024-06-30'"
        ).fetchone()
    assert june is not None
    with psycopg.connect(plain) as connection, pytest.raises(psycopg.errors.CheckViolation):
        connection.execute("UPDATE measurement SET note = 'x' WHERE id = %s", june)
