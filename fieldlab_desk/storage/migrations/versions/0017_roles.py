"""roles on a server: who may change what, held by PostgreSQL itself

Five group roles per database (``<database>_beheerder``, ``_secretaris``, ``_projectleider``,
``_stuurgroeplid``, ``_lezer``; a login is made a member by ``fieldlab-desk access``), table
grants per role and row-level security, so psql and every other client are held to the same
rules as the app: all read everything; a projectleider writes the records of the projects
``project_access`` names for their login (a project they create is theirs); a secretaris the
steering group's records, a decision's effect on a project and closing periods; a stuurgroeplid
only their own row of ``login_name``; a lezer nothing; the beheerder everything but the history
(change records are only ever added). The owner of the tables (the login that migrates) and a
superuser are not held by row-level security: they are the database's administrators.

The migrating login needs CREATEROLE (or the five roles made beforehand by an administrator).
A file has no logins: nothing changes there.

The rules are ``domain.access``'s as they stood at this revision (written out here: a migration
never changes); ``tests/storage/test_access.py`` compares what a server holds with them.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07
"""

from collections.abc import Sequence

from alembic import op
from sqlalchemy import text

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ROLES = ("beheerder", "secretaris", "projectleider", "stuurgroeplid", "lezer")

PROJECT_OF = {
    "project": "id",
    **{name: "project_id" for name in (
        "adoption", "change_request", "milestone", "phase_change", "progress_story",
        "project_municipality", "project_organisation", "project_target_group", "project_theme",
        "toc_element", "budget_line", "indicator")},
    "toc_link": "(SELECT e.project_id FROM toc_element e WHERE e.id = from_element_id)",
    "assumption_change": "(SELECT e.project_id FROM toc_link l JOIN toc_element e "
                         "ON e.id = l.from_element_id WHERE l.id = link_id)",
    "commitment": "(SELECT b.project_id FROM budget_line b WHERE b.id = budget_line_id)",
    "expense": "(SELECT b.project_id FROM budget_line b WHERE b.id = budget_line_id)",
    "measurement": "(SELECT i.project_id FROM indicator i WHERE i.id = indicator_id)",
    "measurement_part": "(SELECT i.project_id FROM measurement m JOIN indicator i "
                        "ON i.id = m.indicator_id WHERE m.id = measurement_id)",
}  # fmt: skip
"""How a project's record finds its project, for the projectleider's row-level security."""

STEERING = ("meeting", "meeting_snapshot", "decision", "decision_grant", "year_plan")
REFERENCE = ("theme", "target_group", "municipality", "indicator_library", "reference_term",
             "organisation", "person", "fieldlab", "fieldlab_partner", "file_info")  # fmt: skip
SECRETARIS_ROWS = (*STEERING, "period_closure", "phase_change", "budget_line")
SECRETARIS_COLUMNS = {
    "project": ("phase", "end_date"),
    "change_request": ("status", "meeting_id", "decision_note", "decided_on", "previous_end_date"),
}
REQUEST_OPEN = "meeting_id IS NULL AND status IN ('ingediend', 'ingetrokken')"

NEW_TABLES = (
    """CREATE TABLE IF NOT EXISTS project_access (
        login varchar(63) NOT NULL,
        project_id integer NOT NULL REFERENCES project (id) ON DELETE CASCADE,
        PRIMARY KEY (login, project_id))""",
    """CREATE TABLE IF NOT EXISTS login_name (
        login varchar(63) PRIMARY KEY DEFAULT session_user,
        display_name varchar(120) NOT NULL)""",
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return  # a file: whoever opens it for writing may change everything
    database = bind.execute(text("SELECT current_database()")).scalar_one()
    if len(database) + len("_projectleider") > 63:
        raise ValueError(f"database name {database!r} is too long for its roles' names")
    role = {name: f'"{database}_{name}"' for name in ROLES}
    literal = {name: f"'{database}_{name}'" for name in ROLES}
    for name in ROLES:
        op.execute(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = {literal[name]}) "
            f"THEN CREATE ROLE {role[name]} NOLOGIN; END IF; END $$"
        )
    for name in ("secretaris", "projectleider", "stuurgroeplid", "lezer"):  # a beheerder admits
        op.execute(f"GRANT {role[name]} TO {role['beheerder']} WITH ADMIN OPTION")
    for statement in NEW_TABLES:
        op.execute(statement)
    tables = [
        row[0]
        for row in bind.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        )
    ]
    everyone = ", ".join(role.values())
    writers = ", ".join(role[name] for name in ("beheerder", "secretaris", "projectleider"))
    op.execute(f"GRANT USAGE ON SCHEMA public TO {everyone}")
    op.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {everyone}")
    op.execute(f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO {everyone}")
    op.execute(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {writers}")
    op.execute(
        "CREATE OR REPLACE FUNCTION fieldlab_own_project(pid integer) RETURNS boolean AS $$ "
        "SELECT EXISTS (SELECT 1 FROM project_access WHERE login = session_user "
        "AND project_id = pid) $$ LANGUAGE sql STABLE"
    )
    op.execute(
        "CREATE OR REPLACE FUNCTION fieldlab_claim_project() RETURNS trigger AS $$ BEGIN "
        "IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) "
        f"AND pg_has_role(session_user, {literal['projectleider']}, 'member') "
        f"AND NOT pg_has_role(session_user, {literal['beheerder']}, 'member') THEN "
        "INSERT INTO project_access (login, project_id) VALUES (session_user, NEW.id) "
        "ON CONFLICT DO NOTHING; END IF; RETURN NULL; END $$ "
        "LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp"
    )
    op.execute(
        "CREATE TRIGGER project_claim AFTER INSERT ON project "
        "FOR EACH ROW EXECUTE FUNCTION fieldlab_claim_project()"
    )

    def policy(table: str, name: str, to: str, command: str, using: str | None,
               check: str | None) -> None:  # fmt: skip
        clauses = (f" USING ({using})" if using else "") + (
            f" WITH CHECK ({check})" if check else ""
        )
        op.execute(f"CREATE POLICY {name} ON {table} FOR {command} TO {to}{clauses}")

    for table in tables:
        if table == "alembic_version":
            continue
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        policy(table, "everyone_reads", everyone, "SELECT", "true", None)
        if table == "change_record":
            op.execute(f"GRANT INSERT ON change_record TO {writers}")
            for name in ("beheerder", "secretaris"):
                policy(table, f"{name}_records", role[name], "INSERT", None, "true")
            policy(table, "projectleider_records", role["projectleider"], "INSERT", None,
                   "project_id IS NULL OR fieldlab_own_project(project_id)")  # fmt: skip
            continue
        if table == "login_name":
            named = ", ".join(role[n] for n in ROLES if n != "lezer")
            op.execute(f"GRANT INSERT, UPDATE ON login_name TO {named}")
            policy(table, "own_name", named, "ALL", "login = session_user", "login = session_user")
            continue
        op.execute(f"GRANT INSERT, UPDATE, DELETE ON {table} TO {role['beheerder']}")
        policy(table, "beheerder_writes", role["beheerder"], "ALL", "true", "true")
        if table in SECRETARIS_ROWS:
            op.execute(f"GRANT INSERT, UPDATE, DELETE ON {table} TO {role['secretaris']}")
            policy(table, "secretaris_writes", role["secretaris"], "ALL", "true", "true")
        elif table in SECRETARIS_COLUMNS:
            columns = ", ".join(SECRETARIS_COLUMNS[table])
            op.execute(f"GRANT UPDATE ({columns}) ON {table} TO {role['secretaris']}")
            policy(table, "secretaris_decides", role["secretaris"], "UPDATE", "true", "true")
        if table in PROJECT_OF:
            own = f"fieldlab_own_project({PROJECT_OF[table]})"
            op.execute(f"GRANT INSERT, UPDATE, DELETE ON {table} TO {role['projectleider']}")
            if table == "change_request":
                policy(table, "projectleider_asks", role["projectleider"], "ALL",
                       f"{own} AND {REQUEST_OPEN}", f"{own} AND {REQUEST_OPEN}")  # fmt: skip
            else:
                policy(table, "projectleider_own", role["projectleider"], "ALL", own, own)
            if table == "project":
                policy(table, "projectleider_creates", role["projectleider"], "INSERT", None,
                       "true")  # fmt: skip


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS project_claim ON project")
    tables = [
        row[0]
        for row in bind.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        )
    ]
    for table in tables:
        for (name,) in bind.execute(
            text("SELECT policyname FROM pg_policies WHERE tablename = :t"), {"t": table}
        ):
            op.execute(f"DROP POLICY {name} ON {table}")
        if table != "alembic_version":
            op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    op.execute("DROP TABLE IF EXISTS project_access")
    op.execute("DROP TABLE IF EXISTS login_name")
    op.execute("DROP FUNCTION IF EXISTS fieldlab_claim_project()")
    op.execute("DROP FUNCTION IF EXISTS fieldlab_own_project(integer)")
    # the group roles stay: other databases may name them, and dropping one needs its grants gone
