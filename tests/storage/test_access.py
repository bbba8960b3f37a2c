"""Roles on a real PostgreSQL server: each role logs in and does exactly what the rules allow,
through the app's services and through plain SQL the app would never send; the server's grants
and policies are the rules of ``domain.access``; the README's matrix is that table."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from fieldlab_desk.domain.access import (
    PROJECT_TABLES,
    Area,
    Role,
    Scope,
    matrix_markdown,
    role_name,
    table_writes,
)
from fieldlab_desk.domain.enums import MeetingKind
from fieldlab_desk.domain.errors import BadFile, FieldLabError, InvalidInput
from fieldlab_desk.services.access import access_list, grant_access, revoke_access
from fieldlab_desk.services.edits import created_id
from fieldlab_desk.services.projects import new_project, set_field
from fieldlab_desk.services.steering import add_meeting
from tests.roles import Server

psycopg = pytest.importorskip("psycopg")

ROOT = Path(__file__).resolve().parents[2]


def refused(action: Callable[[], object]) -> str:
    """The code of the FieldLabError ``action`` ends in (it must end in one)."""
    with pytest.raises(FieldLabError) as caught:
        action()
    return caught.value.code


def rows(connection: psycopg.Connection, statement: str, *values: object) -> int:
    """How many rows ``statement`` changed (row-level security hides rows: 0, no error)."""
    return connection.execute(statement, values).rowcount


def test_the_servers_grants_and_policies_are_the_rules(server: Server) -> None:
    """Every role's INSERT, UPDATE (per column where limited) and DELETE privilege on every
    table, read from the server's catalogue, is what ``domain.access.table_writes`` says; a
    projectleider's writes are held to their projects by a policy on every project table."""
    with server.owner() as portfolio, portfolio.session() as session:
        tables = list(
            session.execute(
                text(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                    "AND tablename <> 'alembic_version'"
                )
            ).scalars()
        )
        for role in Role:
            group = role_name(server.database, role)
            writes = table_writes(role)
            for table in tables:
                rule = writes.get(table)
                held = {
                    kind: session.execute(
                        text("SELECT has_table_privilege(:g, :t, :k)"),
                        {"g": group, "t": table, "k": kind},
                    ).scalar()
                    for kind in ("SELECT", "INSERT", "UPDATE", "DELETE")
                }
                assert held["SELECT"], (role, table)
                assert held["INSERT"] == bool(rule and rule.insert), (role, table)
                assert held["DELETE"] == bool(rule and rule.delete), (role, table)
                assert held["UPDATE"] == (rule is not None and rule.update is True), (role, table)
                if rule is not None and isinstance(rule.update, tuple):
                    columns = list(
                        session.execute(
                            text(
                                "SELECT column_name FROM information_schema.columns "
                                "WHERE table_name = :t"
                            ),
                            {"t": table},
                        ).scalars()
                    )
                    for column in columns:
                        may = session.execute(
                            text("SELECT has_column_privilege(:g, :t, :c, 'UPDATE')"),
                            {"g": group, "t": table, "c": column},
                        ).scalar()
                        assert may == (column in rule.update), (role, table, column)
        policies = [
            (table, roles_text, using or "", check or "")
            for table, roles_text, using, check in session.execute(
                text("SELECT tablename, roles::text, qual, with_check FROM pg_policies")
            )
        ]
    leader = role_name(server.database, Role.PROJECTLEIDER)
    for table in PROJECT_TABLES:
        own = [(using, check) for name, roles_text, using, check in policies
               if name == table and leader in roles_text and "fieldlab_own_project" in using]  # fmt: skip
        assert own and all("fieldlab_own_project" in c for _, c in own), table
    for role in Role:
        group = role_name(server.database, role)
        for table, rule in table_writes(role).items():
            if rule.scope is Scope.ALL:  # a policy lets the role at every row
                assert any(name == table and group in roles_text and using in ("", "true")
                           and check in ("", "true")
                           for name, roles_text, using, check in policies), (role, table)  # fmt: skip


def test_a_projectleider_changes_their_project_and_reads_the_rest(server: Server) -> None:
    own, other = "SGIA-2024-05", "SGIA-2023-03"
    henk = server.login("henk", Role.PROJECTLEIDER, own)
    with server.open_as(henk, "Henk V. (test)") as portfolio:
        assert portfolio.permissions.projects == {server.codes[own]}
        assert portfolio.permissions.may(Area.PROJECT, server.codes[own])
        assert not portfolio.permissions.may(Area.PROJECT, server.codes[other])
        portfolio.apply(portfolio.read(set_field, "Titel", server.codes[own], "title", "Eigen"))
        code = refused(lambda: portfolio.apply(
            portfolio.read(set_field, "Titel", server.codes[other], "title", "Niet van mij")))  # fmt: skip
        assert code == "access.refused.project"
        assert refused(lambda: portfolio.apply(add_meeting("Vergadering", dt.date(2026, 3, 1),
                       MeetingKind.REGULIER, "Nee"))) == "access.refused.steering"  # fmt: skip
        made = created_id(portfolio.apply(portfolio.read(new_project, "Nieuw", "Mijn plan", 2026)))
        assert made is not None
        portfolio.apply(portfolio.read(set_field, "Titel", made, "title", "Mijn eigen plan"))
    with server.open_as(henk) as portfolio:
        assert made in portfolio.permissions.projects  # the project henk made is his
    with server.sql_as(henk) as connection:  # SQL the app would never send
        assert (
            rows(connection, "UPDATE project SET title = 'x' WHERE id = %s", server.codes[other])
            == 0
        )
        assert (
            rows(connection, "DELETE FROM budget_line WHERE project_id = %s", server.codes[other])
            == 0
        )
        assert rows(connection, "UPDATE budget_line SET description = 'y' WHERE project_id = %s",
                    server.codes[own]) > 0  # fmt: skip
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute(
                "INSERT INTO milestone (project_id, title, note, sort_order) "
                "VALUES (%s, 'x', '', 0)", (server.codes[other],))  # fmt: skip
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("UPDATE decision_grant SET amount_cents = 1")
        asked = connection.execute(
            "INSERT INTO change_request (project_id, kind, submitted_on, asked_by, reason, status, "
            "from_category, to_category, scope, decision_note) VALUES (%s, 'scope', '2026-02-01', "
            "'Henk', 'Breder', 'ingediend', '', '', 'Ook Assen', '') RETURNING id",
            (server.codes[own],)).fetchone()[0]  # type: ignore[index]  # fmt: skip
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # granting one's own request
            connection.execute(
                "UPDATE change_request SET status = 'toegekend' WHERE id = %s", (asked,)
            )
        assert (
            rows(
                connection, "UPDATE change_request SET status = 'ingetrokken' WHERE id = %s", asked
            )
            == 1
        )
        assert (
            rows(connection, "UPDATE change_request SET reason = 'x' WHERE status = 'toegekend'")
            == 0
        )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute(
                "INSERT INTO project_access VALUES (%s, %s)", (henk, server.codes[other])
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("UPDATE theme SET name_nl = 'x'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # the history is only added to
            connection.execute("DELETE FROM change_record")
    with server.owner() as portfolio, portfolio.session() as session:
        titles = dict(session.execute(text("SELECT code, title FROM project")).all())
        who = set(session.execute(text(
            "SELECT DISTINCT db_user FROM change_record WHERE who = 'Henk V. (test)'")).scalars())  # fmt: skip
    assert titles[own] == "Eigen" and titles[other] != "x"
    assert who == {henk}  # the login the server knows, whatever name the app gave


def test_a_secretaris_records_the_steering_group_and_no_project_fields(server: Server) -> None:
    from fieldlab_desk.services.periods import close_period, reopen_period

    anna = server.login("anna", Role.SECRETARIS)
    project = server.codes["SGIA-2024-05"]
    with server.open_as(anna, "Anna de Secretaris") as portfolio:
        portfolio.apply(
            add_meeting("Vergadering", dt.date(2026, 3, 1), MeetingKind.REGULIER, "Maart")
        )
        portfolio.apply(portfolio.read(close_period, "Sluiten", "2026H1", dt.date(2026, 7, 1),
                                       who="Anna"))  # fmt: skip
        portfolio.apply(portfolio.read(reopen_period, "Heropenen", "2026H1", dt.date(2026, 7, 2),
                                       "Te vroeg.", who="Anna"))  # fmt: skip
        assert refused(lambda: portfolio.apply(
            portfolio.read(set_field, "Titel", project, "title", "Nee"))) == "access.refused.project"  # fmt: skip
    with server.sql_as(anna) as connection:
        assert (
            rows(connection, "UPDATE project SET end_date = '2027-01-01' WHERE id = %s", project)
            == 1
        )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("UPDATE project SET title = 'x' WHERE id = %s", (project,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("UPDATE indicator SET name = 'x'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("UPDATE municipality SET name = 'x'")


def test_a_stuurgroeplid_records_only_their_own_name_and_a_lezer_nothing(server: Server) -> None:
    piet = server.login("piet", Role.STUURGROEPLID)
    provincie = server.login("provincie", Role.LEZER)
    with server.open_as(piet, "Piet Lid") as portfolio:
        assert not any(portfolio.permissions.reaches(a) for a in Area if a is not Area.OWN_NAME)
        assert portfolio.permissions.may(Area.OWN_NAME)
        assert refused(lambda: portfolio.apply(add_meeting("V", dt.date(2026, 3, 1),
                       MeetingKind.REGULIER, "x"))) == "access.refused.steering"  # fmt: skip
    with server.open_as(provincie, "Provincie Drenthe") as portfolio:
        assert refused(lambda: portfolio.apply(portfolio.read(
            set_field, "T", server.codes["SGIA-2024-05"], "title", "x"))) == "access.refused.project"  # fmt: skip
    with server.sql_as(piet) as connection:
        assert (
            rows(connection, "UPDATE login_name SET display_name = 'P. Lid' WHERE login = %s", piet)
            == 1
        )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # another's name
            connection.execute("INSERT INTO login_name VALUES ('henk', 'Henk')")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("INSERT INTO meeting (held_on, kind, title, note) "
                               "VALUES ('2026-01-01', 'regulier', 'x', '')")  # fmt: skip
    with server.sql_as(provincie) as connection:
        for statement in ("INSERT INTO login_name (display_name) VALUES ('Provincie')",
                          "UPDATE project SET title = 'x'", "DELETE FROM measurement",
                          "UPDATE year_plan SET norm_cents = 0"):  # fmt: skip
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute(statement)
        assert connection.execute("SELECT count(*) FROM project").fetchone()[0] > 0  # type: ignore[index]
    with server.owner() as portfolio, portfolio.session() as session:
        names = dict(session.execute(text("SELECT login, display_name FROM login_name")).all())
    assert names.get(piet) == "P. Lid" and provincie not in names


def test_a_beheerder_manages_access_and_reference_data(server: Server) -> None:
    from fieldlab_desk.services.reference import ReferenceKind, add_item

    beheer = server.login("beheer", Role.BEHEERDER)
    jan = server.login("jan", None)
    with server.open_as(beheer) as portfolio:
        assert portfolio.permissions.everything
        portfolio.apply(
            portfolio.read(add_item, "Gemeente", ReferenceKind.GEMEENTE, "", "Nieuwgemeente")
        )
        with portfolio.session() as session, session.begin():
            grant_access(jan, Role.PROJECTLEIDER, ("SGIA-2023-03",), session=session)
            grant_access(jan, Role.STUURGROEPLID, session=session)
        with portfolio.session() as session:
            listed = {row.login: row for row in access_list(session=session)}
        assert listed[jan].roles == (Role.PROJECTLEIDER, Role.STUURGROEPLID)
        assert listed[jan].projects == ("SGIA-2023-03",)
        with portfolio.session() as session, pytest.raises(InvalidInput) as caught:
            grant_access("niemand_hier", Role.LEZER, session=session)
        assert caught.value.code == "access.no_login"
        with portfolio.session() as session, session.begin():
            revoke_access(jan, session=session)
        with portfolio.session() as session:
            assert jan not in {row.login for row in access_list(session=session)}
    with (
        server.sql_as(beheer) as connection,
        pytest.raises(psycopg.errors.InsufficientPrivilege),  # the history is only added to
    ):
        connection.execute("DELETE FROM change_record")
    with pytest.raises(BadFile) as no_role:  # jan has no role any more
        server.open_as(jan)
    assert no_role.value.code == "access.none"


def test_the_readme_matrix_is_the_rules() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert matrix_markdown() in readme
    assert re.search(r"\| Action \| beheerder \|", readme)


def test_access_on_the_command_line(server: Server, demo_path: Path) -> None:
    """A beheerder gives and takes roles with ``fieldlab-desk access``; a projectleider who
    tries is refused in one line, and so is a file (left byte for byte as it was)."""
    from tests.test_cli import run

    before = demo_path.read_bytes()
    on_file = run("access", str(demo_path), "add", "henk", "--role", "lezer")
    assert on_file.returncode == 2 and "Een bestand kent geen logins" in on_file.stderr
    assert demo_path.read_bytes() == before

    beheer = server.login("cli_beheer", Role.BEHEERDER)
    sara = server.login("sara", None)
    url = server.url_of(beheer)
    given = run("access", url, "add", sara, "--role", "projectleider",
                "--project", "SGIA-2024-05", "--project", "SGIA-2023-03")  # fmt: skip
    assert given.returncode == 0 and f"Toegang gegeven aan {sara}." in given.stdout, given.stderr
    listed = run("access", url, "list", "--json")
    assert {"login": sara, "roles": ["projectleider"], "projects": ["SGIA-2023-03", "SGIA-2024-05"],
            "name": ""} in json.loads(listed.stdout)  # fmt: skip
    table = run("access", url, "list")
    assert re.search(rf"^{sara}\s+projectleider\s+SGIA-2023-03, SGIA-2024-05", table.stdout, re.M)
    run("access", url, "remove", sara, "--project", "SGIA-2023-03")
    assert "SGIA-2023-03" not in run("access", url, "list").stdout
    added = run("reference", server.url_of(sara), "add", "gemeente", "X", "Nieuwdorp")
    assert added.returncode == 2 and "Traceback" not in added.stderr
    assert (
        "Referentiegegevens, organisaties, personen en fieldlabs zijn van de beheerder"
        in added.stderr
    )
    tried = run("access", server.url_of(sara), "add", sara, "--role", "beheerder")
    assert tried.returncode == 2 and "Alleen de beheerder regelt wie wat mag" in tried.stderr
    odd = run("access", url, "add", "x y; DROP", "--role", "lezer")
    assert odd.returncode == 2 and "is geen loginnaam" in odd.stderr
    wrong = run("access", url, "add", "bestaat_niet", "--role", "lezer")
    assert wrong.returncode != 0 and 'CREATE ROLE "bestaat_niet" LOGIN' in wrong.stderr
    assert run("access", url, "remove", sara).returncode == 0
    gone = run("yearplan", server.url_of(sara), "--year", "2024")
    assert gone.returncode != 0 and f"Login {sara} heeft geen rol" in gone.stderr


def test_what_the_readme_tells_an_administrator_to_run_once_is_enough(postgres_server: str) -> None:
    """An owner login with CREATEROLE (no superuser) and a database it owns: `migrate` makes the
    roles, and the owner gives them with `access add`; the owner is not held by the rules."""
    import os

    from fieldlab_desk.services.portfolio import open_portfolio
    from tests.test_cli import run

    suffix = f"{os.getpid()}"
    owner, database, person = f"owner_{suffix}", f"team_{suffix}", f"henk_{suffix}"
    admin = create_engine(postgres_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE ROLE "{owner}" LOGIN CREATEROLE'))
        connection.execute(text(f'CREATE DATABASE "{database}" OWNER "{owner}"'))
        connection.execute(text(f'CREATE ROLE "{person}" LOGIN'))
    url = postgres_server.replace("fieldlab@", f"{owner}@").replace("/postgres?", f"/{database}?")
    try:
        migrated = run("migrate", url)
        assert migrated.returncode == 0, migrated.stderr
        given = run("access", url, "add", person, "--role", "lezer")
        assert given.returncode == 0, given.stderr
        reader = open_portfolio(url.replace(f"{owner}@", f"{person}@"))
        try:
            assert reader.permissions.roles == {Role.LEZER}
        finally:
            reader.close()
        with open_portfolio(url) as own:  # the owner: the database's administrator
            assert own.permissions.everything and own.permissions.login == owner
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{database}" WITH (FORCE)'))
            for role in (person, *(f"{database}_{r.value}" for r in Role), owner):
                connection.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        admin.dispose()


def test_each_role_may_write_exactly_the_tables_the_rules_name(server: Server) -> None:
    """Plain SQL as each role on every table: an INSERT, an UPDATE (of every column where the
    role may set only some) and a DELETE are refused by the server exactly where
    ``table_writes`` names no such right (the statements touch no row: refusing is the
    server's check of privileges, before any row)."""
    with server.owner() as portfolio, portfolio.session() as session:
        columns = {
            table: list(session.execute(text(
                "SELECT column_name FROM information_schema.columns WHERE table_name = :t "
                "AND table_schema = 'public' ORDER BY ordinal_position"), {"t": table}).scalars())
            for table in session.execute(text(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                "AND tablename <> 'alembic_version'")).scalars()
        }  # fmt: skip
    for role in Role:
        login = server.login(f"w_{role.value[:4]}", role)
        writes = table_writes(role)
        with server.sql_as(login) as connection:

            def allowed(statement: str, connection: psycopg.Connection = connection) -> bool:
                try:
                    connection.execute(statement)
                except psycopg.errors.InsufficientPrivilege:
                    return False
                return True

            for table, names in columns.items():
                rule = writes.get(table)
                assert allowed(f"INSERT INTO {table} SELECT * FROM {table} WHERE false") == bool(
                    rule and rule.insert), (role, table)  # fmt: skip
                assert allowed(f"DELETE FROM {table} WHERE false") == bool(rule and rule.delete), (
                    role, table)  # fmt: skip
                for name in names:
                    may = rule is not None and (rule.update is True or (
                        isinstance(rule.update, tuple) and name in rule.update))  # fmt: skip
                    assert allowed(f"UPDATE {table} SET {name} = {name} WHERE false") == may, (
                        role, table, name)  # fmt: skip


def test_a_secretaris_decision_reaches_the_project_it_decides(server: Server) -> None:
    """Recording a rejection stops a proposal (its phase, a phase change) and granting a waiting
    change request applies its effect: a secretaris may both, through the app."""
    from fieldlab_desk.domain.enums import DecisionKind
    from fieldlab_desk.services.requests import decide_request
    from fieldlab_desk.services.steering import record_decision

    with server.owner() as portfolio, portfolio.session() as session:
        proposal = session.execute(text("SELECT id FROM project WHERE phase = 'voorstel'")).scalar()
        waiting = session.execute(
            text("SELECT id FROM change_request WHERE status = 'ingediend'")
        ).scalar()
    assert proposal is not None and waiting is not None  # the demo has both
    anna = server.login("anna", Role.SECRETARIS)
    with server.open_as(anna, "Anna") as portfolio:
        meeting = created_id(portfolio.apply(add_meeting("Vergadering", dt.date(2026, 3, 1),
                                                         MeetingKind.REGULIER, "Maart")))  # fmt: skip
        portfolio.apply(portfolio.read(record_decision, "Besluit", meeting, proposal,
                                       DecisionKind.AFGEWEZEN, {}, "", "Past niet", who="Anna"))  # fmt: skip
        portfolio.apply(
            portfolio.read(decide_request, "Verzoek", waiting, meeting or 0, True, "Akkoord")
        )
    with server.owner() as portfolio, portfolio.session() as session:
        phase = session.execute(
            text("SELECT phase FROM project WHERE id = :i"), {"i": proposal}
        ).scalar()
        status = session.execute(
            text("SELECT status FROM change_request WHERE id = :i"), {"i": waiting}
        ).scalar()
        by = session.execute(text("SELECT db_user FROM phase_change WHERE project_id = :i "
                                  "ORDER BY id DESC LIMIT 1"), {"i": proposal}).scalar()  # fmt: skip
    assert (phase, status, by) == ("gestopt", "toegekend", anna)


def test_a_period_the_secretaris_closed_holds_the_projectleiders_measurements(
    server: Server,
) -> None:
    from fieldlab_desk.services.edits import delete_row
    from fieldlab_desk.services.periods import close_period, period_of, reopen_period

    with server.owner() as portfolio, portfolio.session() as session:
        measurement, code, measured_on = session.execute(text(
            "SELECT m.id, p.code, m.measured_on FROM measurement m JOIN indicator i "
            "ON i.id = m.indicator_id JOIN project p ON p.id = i.project_id "
            "ORDER BY m.measured_on DESC LIMIT 1")).one()  # fmt: skip
    period = period_of(measured_on)
    anna, henk = (
        server.login("anna", Role.SECRETARIS),
        server.login("henk", Role.PROJECTLEIDER, code),
    )
    with server.open_as(anna) as secretary:
        secretary.apply(
            secretary.read(close_period, "Sluiten", period, dt.date(2026, 1, 5), who="Anna")
        )
    with server.open_as(henk) as leader:
        assert refused(lambda: leader.apply(leader.read(delete_row, "Weg", "measurement",
                                                        (measurement,)))) == "period.closed"  # fmt: skip
        assert refused(lambda: leader.apply(leader.read(
            reopen_period, "Heropenen", period, dt.date(2026, 1, 6), "Mag ik?", who="Henk"))) == "access.refused.periods"  # fmt: skip
    with server.sql_as(henk) as connection, pytest.raises(psycopg.errors.CheckViolation):
        connection.execute("DELETE FROM measurement WHERE id = %s", (measurement,))
    with server.open_as(anna) as secretary:
        secretary.apply(secretary.read(reopen_period, "Heropenen", period, dt.date(2026, 1, 6),
                                       "Telling dubbel.", who="Anna"))  # fmt: skip
    with server.open_as(henk) as leader:
        leader.apply(leader.read(delete_row, "Weg", "measurement", (measurement,)))


def test_a_write_that_gets_past_the_app_is_refused_by_the_server_in_one_line(
    server: Server,
) -> None:
    """Henk's window still thinks the project is his when a beheerder takes it away: the server
    refuses his edit and undo, and the app says so plainly; nothing changed."""
    from fieldlab_desk.services.projects import MilestoneInput, add_milestone

    code = "SGIA-2024-05"
    project = server.codes[code]
    henk = server.login("henk", Role.PROJECTLEIDER, code)
    with server.open_as(henk) as portfolio:
        undo = portfolio.apply(portfolio.read(set_field, "Titel", project, "title", "Van Henk"))
        with server.owner() as owner, owner.session() as session, session.begin():
            revoke_access(henk, None, (code,), session=session)
        assert portfolio.permissions.may(Area.PROJECT, project)  # as the window still thinks
        assert refused(lambda: portfolio.apply(portfolio.read(
            set_field, "Titel", project, "title", "Toch van Henk"))) == "access.refused.row"  # fmt: skip
        assert refused(lambda: portfolio.apply(undo)) == "access.refused.row"
        assert refused(lambda: portfolio.apply(portfolio.read(add_milestone, "Mijlpaal", project,
                       MilestoneInput("Klaar", None, None, "")))) == "access.refused.database"  # fmt: skip
    with server.owner() as portfolio, portfolio.session() as session:
        title = session.execute(
            text("SELECT title FROM project WHERE id = :i"), {"i": project}
        ).scalar()
    assert title == "Van Henk"
