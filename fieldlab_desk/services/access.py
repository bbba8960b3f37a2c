"""Who may do what on a server: read from the server itself, and managed by a beheerder.

The rules are ``domain.access``'s, written into the database by migration 0017 (group roles,
grants, row-level security); here the app asks the server what the login at the keyboard may
change (so the screens show the rest read-only, with the reason) and a beheerder makes logins
members of the roles (``fieldlab-desk access`` and the *Toegang* page). On a file everything
is allowed to whoever opens it for writing: :data:`domain.access.EVERYTHING`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from fieldlab_desk.domain.access import (
    DECISION_EFFECTS,
    EVERYTHING,
    TABLE_AREA,
    Area,
    Permissions,
    Role,
    role_name,
)
from fieldlab_desk.domain.errors import InvalidInput, WriteFailed
from fieldlab_desk.services.edits import (
    Edit,
    InsertRows,
    NewId,
    Operation,
    UpdateRow,
    project_of,
    stored_row,
)

LOGIN = re.compile(r"^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$")


def _is_server(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _database(session: Session) -> str:
    return str(session.execute(text("SELECT current_database()")).scalar_one())


def read_permissions(*, session: Session) -> Permissions:
    """What the login of this session may change: everything on a file, for the owner of the
    tables and for a superuser; otherwise what its roles allow."""
    if not _is_server(session):
        return EVERYTHING
    database = _database(session)
    row = session.execute(
        text(
            "SELECT session_user, r.rolsuper OR pg_has_role(session_user, t.tableowner, "
            "'member') FROM pg_roles r, pg_tables t WHERE r.rolname = session_user "
            "AND t.schemaname = current_schema() AND t.tablename = 'project'"
        )
    ).one()
    login, administrator = str(row[0]), bool(row[1])
    if administrator:
        return Permissions(None, login)
    roles = frozenset(role for role in Role if _member(session, login, role_name(database, role)))
    projects = frozenset(
        session.execute(
            text("SELECT project_id FROM project_access WHERE login = :login"), {"login": login}
        ).scalars()
    ) if _has_access_table(session) else frozenset()  # fmt: skip
    return Permissions(roles, login, projects)


def _member(session: Session, login: str, group: str) -> bool:
    return bool(
        session.execute(
            text(
                "SELECT EXISTS (SELECT FROM pg_roles WHERE rolname = :group "
                "AND pg_has_role(:login, oid, 'member'))"
            ),
            {"group": group, "login": login},
        ).scalar()
    )


def _has_access_table(session: Session) -> bool:
    return session.execute(text("SELECT to_regclass('project_access')")).scalar() is not None


def check_edit(permissions: Permissions, edit: Edit, *, session: Session) -> None:
    """Refuse ``edit`` before writing when the login may not make it (the database would refuse
    it too; this says why in the user's words). Changes nothing."""
    if permissions.everything:
        return
    for op in edit.operations:
        if isinstance(op, UpdateRow):
            name, values = op.table, stored_row(op.table, op.key, session=session) or {}
        else:
            name, values = op.root[0], dict(op.root[1])
        area = TABLE_AREA.get(name)
        if area is None:
            continue
        if area is Area.PROJECT and isinstance(op, InsertRows) and name == "project":
            area = Area.NEW_PROJECT
        if any(isinstance(value, NewId) for value in values.values()):
            continue  # rows this edit creates: their parent's operation was checked
        project_id = None
        if area is Area.PROJECT:
            project_id = project_of(name, values, session)
            if project_id is not None and not isinstance(project_id, int):
                continue  # a project this edit creates: NEW_PROJECT said whether that may be
        if permissions.may(area, project_id) or _decision_effect(permissions, op):
            continue
        raise WriteFailed(refusal_code(area), login=permissions.login)


def _decision_effect(permissions: Permissions, op: Operation) -> bool:
    """A secretaris records what the steering group decided on a project: its phase, end date,
    lines and the request's decision."""
    if not permissions.may(Area.STEERING):
        return False
    name = op.table if isinstance(op, UpdateRow) else op.root[0]
    if name not in DECISION_EFFECTS:
        return False
    columns = DECISION_EFFECTS[name]
    if columns is None:
        return True
    return isinstance(op, UpdateRow) and {n for n, _ in op.after} <= set(columns)


def refusal_code(area: Area) -> str:
    return f"access.refused.{area.value}"


def reason(permissions: Permissions, area: Area, project_id: int | None = None) -> str | None:
    """The message code saying why ``area`` (of ``project_id``) is read-only here, or None."""
    if permissions.may(area, project_id):
        return None
    return refusal_code(area)


# --- the beheerder's part -----------------------------------------------------------------


@dataclass(frozen=True)
class AccessRow:
    login: str
    roles: tuple[Role, ...]
    projects: tuple[str, ...]
    """Codes of the projects the login may change as projectleider."""
    display_name: str


def access_list(*, session: Session) -> list[AccessRow]:
    """Every login with a role in this database, with its projects and the name it gave."""
    _require_server(session)
    database = _database(session)
    rows: dict[str, set[Role]] = {}
    for role in Role:
        for (login,) in session.execute(
            text(
                "SELECT m.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
                "JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = :group AND m.rolcanlogin"
            ),
            {"group": role_name(database, role)},
        ):
            rows.setdefault(str(login), set()).add(role)
    projects: dict[str, list[str]] = {}
    for login, code in session.execute(
        text(
            "SELECT a.login, p.code FROM project_access a JOIN project p ON p.id = a.project_id "
            "ORDER BY p.code"
        )
    ):
        projects.setdefault(str(login), []).append(str(code))
        rows.setdefault(str(login), set())
    names = dict(session.execute(text("SELECT login, display_name FROM login_name")).all())
    return [
        AccessRow(
            login,
            tuple(r for r in Role if r in roles),
            tuple(projects.get(login, ())),
            str(names.get(login, "")),
        )
        for login, roles in sorted(rows.items())
    ]


def grant_access(login: str, role: Role, project_codes: tuple[str, ...] = (), *,
                 session: Session) -> None:  # fmt: skip
    """Make ``login`` a member of ``role`` (and, for a projectleider, give it the projects).
    The login must exist on the server (an administrator makes it: see the README)."""
    _require_server(session)
    _require_beheerder(session)
    login = _checked_login(login)
    exists = session.execute(
        text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :login"), {"login": login}
    ).scalar()
    if exists is None:
        raise InvalidInput("access.no_login", login=login)
    if project_codes and role is not Role.PROJECTLEIDER:
        raise InvalidInput("access.projects_for_leaders")
    ids = []
    for code in project_codes:
        found = session.execute(
            text("SELECT id FROM project WHERE code = :code"), {"code": code}
        ).scalar()
        if found is None:
            raise InvalidInput("access.no_project", project=code)
        ids.append(found)
    group = _quoted(role_name(_database(session), role))
    admin = " WITH ADMIN OPTION" if role is Role.BEHEERDER else ""
    _execute(session, f"GRANT {group} TO {_quoted(login)}{admin}")
    for project_id in ids:
        _execute(
            session,
            "INSERT INTO project_access (login, project_id) VALUES (:login, :id) "
            "ON CONFLICT DO NOTHING",
            login=login,
            id=project_id,
        )


def revoke_access(login: str, role: Role | None = None, project_codes: tuple[str, ...] = (), *,
                  session: Session) -> None:  # fmt: skip
    """Take ``role`` (all roles when None, and all projects) or the named projects from
    ``login``."""
    _require_server(session)
    _require_beheerder(session)
    login = _checked_login(login)
    database = _database(session)
    if project_codes:
        for code in project_codes:
            _execute(
                session,
                "DELETE FROM project_access WHERE login = :login AND project_id = "
                "(SELECT id FROM project WHERE code = :code)",
                login=login,
                code=code,
            )
        return
    for each in [role] if role is not None else list(Role):
        group = role_name(database, each)
        if _member_directly(session, login, group):
            _execute(session, f"REVOKE {_quoted(group)} FROM {_quoted(login)}")
    if role in (None, Role.PROJECTLEIDER):
        _execute(session, "DELETE FROM project_access WHERE login = :login", login=login)


def _member_directly(session: Session, login: str, group: str) -> bool:
    return bool(
        session.execute(
            text(
                "SELECT EXISTS (SELECT FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
                "JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = :g AND m.rolname = :m)"
            ),
            {"g": group, "m": login},
        ).scalar()
    )


def record_own_name(name: str, *, session: Session) -> None:
    """Keep the display name this login gives (on a server with roles; a lezer records
    nothing, so there it is left alone)."""
    if not _is_server(session) or not name.strip():
        return
    if session.execute(text("SELECT to_regclass('login_name')")).scalar() is None:
        return
    allowed = session.execute(
        text("SELECT has_table_privilege('login_name', 'INSERT')")
    ).scalar()  # fmt: skip
    if not allowed:
        return
    session.execute(
        text(
            "INSERT INTO login_name (login, display_name) VALUES (session_user, :name) "
            "ON CONFLICT (login) DO UPDATE SET display_name = excluded.display_name "
            "WHERE login_name.display_name IS DISTINCT FROM excluded.display_name"
        ),
        {"name": name.strip()[:120]},
    )


def _require_server(session: Session) -> None:
    if not _is_server(session):
        raise InvalidInput("access.file")


def _require_beheerder(session: Session) -> None:
    """Giving and taking roles is the beheerder's (the server refuses anyone else too; this
    says so in the user's words)."""
    permissions = read_permissions(session=session)
    if not permissions.may(Area.ACCESS):
        raise WriteFailed(refusal_code(Area.ACCESS), login=permissions.login)


def _checked_login(login: str) -> str:
    login = login.strip()
    if not LOGIN.match(login):
        raise InvalidInput("access.bad_login", login=login)
    return login


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _execute(session: Session, statement: str, **values: object) -> None:
    try:
        session.execute(text(statement), values)
    except DBAPIError as error:
        session.rollback()
        reason_text = str(getattr(error, "orig", error)).strip().splitlines()[0][:300]
        raise WriteFailed("access.manage_failed", reason=reason_text) from error


__all__ = [
    "AccessRow",
    "access_list",
    "check_edit",
    "grant_access",
    "read_permissions",
    "reason",
    "record_own_name",
    "refusal_code",
    "revoke_access",
]
