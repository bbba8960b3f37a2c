"""Who may do what on a shared server: five roles, the areas of the data they may change, and
the database privileges that hold them to it.

On a PostgreSQL server each role is a group role of the database (``<database>_<role>``,
``fieldlab_beheerder`` for a database named ``fieldlab``), made by migration 0017 with its
table grants and row-level security; a login is a member of one or more of them. A projectleider
changes only the projects a ``project_access`` row names for their login (one they create is
theirs). On a file there are no logins: whoever opens it for writing may do everything.

:func:`table_writes` is the rule the migration wrote into the database; ``tests/storage/
test_access.py`` reads the grants and policies back from a real server and compares, and the
README's matrix is :func:`matrix_markdown`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from fieldlab_desk.domain.enums import Role


class Area(StrEnum):
    """What a user changes, as the screens group it."""

    PROJECT = "project"
    """A project's own records: fields, budget, chain, indicators, measurements, voortgang,
    change requests, spread."""
    NEW_PROJECT = "new_project"
    STEERING = "steering"
    """Meetings, decisions, grants, norms, frozen figures, deciding change requests."""
    PERIODS = "periods"
    """Closing and reopening half years."""
    REFERENCE = "reference"
    """Reference data: themes, target groups, gemeenten, indicator library, terms,
    organisations, people and fieldlabs."""
    ACCESS = "access"
    OWN_NAME = "own_name"
    """The display name the login records for itself."""


class Scope(StrEnum):
    ALL = "all"
    OWN = "own"
    """Only the projects the login leads or is named on (``project_access``)."""


ROLE_AREAS: dict[Role, dict[Area, Scope]] = {
    Role.BEHEERDER: {area: Scope.ALL for area in Area},
    Role.SECRETARIS: {Area.STEERING: Scope.ALL, Area.PERIODS: Scope.ALL, Area.OWN_NAME: Scope.OWN},
    Role.PROJECTLEIDER: {
        Area.PROJECT: Scope.OWN,
        Area.NEW_PROJECT: Scope.ALL,
        Area.OWN_NAME: Scope.OWN,
    },
    Role.STUURGROEPLID: {Area.OWN_NAME: Scope.OWN},
    Role.LEZER: {},
}

PROJECT_TABLES = ("project", "adoption", "change_request", "milestone", "phase_change",
                  "progress_story", "project_municipality", "project_organisation",
                  "project_target_group", "project_theme", "toc_element", "budget_line",
                  "indicator", "toc_link", "assumption_change", "commitment", "expense",
                  "measurement", "measurement_part")  # fmt: skip
STEERING_TABLES = ("meeting", "meeting_snapshot", "decision", "decision_grant", "year_plan")
REFERENCE_TABLES = ("theme", "target_group", "municipality", "indicator_library",
                    "reference_term", "organisation", "person", "fieldlab", "fieldlab_partner",
                    "file_info")  # fmt: skip

TABLE_AREA: dict[str, Area] = {
    **{name: Area.PROJECT for name in PROJECT_TABLES},
    **{name: Area.STEERING for name in STEERING_TABLES},
    **{name: Area.REFERENCE for name in REFERENCE_TABLES},
    "period_closure": Area.PERIODS,
    "project_access": Area.ACCESS,
    "login_name": Area.OWN_NAME,
}
"""The area whose users change a table; ``change_record`` is written by every edit."""

DECISION_EFFECTS: dict[str, tuple[str, ...] | None] = {
    "project": ("phase", "end_date"),
    "phase_change": None,
    "budget_line": None,
    "change_request": ("status", "meeting_id", "decision_note", "decided_on", "previous_end_date"),
}
"""What a secretaris writes outside the steering tables when the steering group decides: a
decision sets a project's phase, a granted change request its end date and budget lines
(None: whole rows)."""


@dataclass(frozen=True)
class Privilege:
    insert: bool
    update: bool | tuple[str, ...]
    """True for every column, or the columns that may be set."""
    delete: bool
    scope: Scope


ALL_ROWS = Privilege(True, True, True, Scope.ALL)


def table_writes(role: Role) -> dict[str, Privilege]:
    """The tables ``role`` may write, and how: what migration 0017 granted."""
    areas = ROLE_AREAS[role]
    writes: dict[str, Privilege] = {}
    for name, area in TABLE_AREA.items():
        if area in areas:
            if area is Area.OWN_NAME:
                writes[name] = Privilege(True, True, False, Scope.OWN)
            else:
                writes[name] = Privilege(True, True, True, areas[area])
    if role is Role.SECRETARIS:
        for name, columns in DECISION_EFFECTS.items():
            if columns is None:
                writes[name] = ALL_ROWS
            else:
                writes[name] = Privilege(False, columns, False, Scope.ALL)
    if writes.keys() - {"login_name"}:  # every edit writes its history
        writes["change_record"] = Privilege(True, False, False, areas.get(Area.PROJECT, Scope.ALL)
                                            if role is Role.PROJECTLEIDER else Scope.ALL)  # fmt: skip
    return writes


def role_name(database: str, role: Role) -> str:
    """The server's group role for ``role`` in ``database``."""
    return f"{database}_{role.value}"


@dataclass(frozen=True)
class Permissions:
    """What the person at the keyboard may change.

    ``roles`` None: a file, or the server's owner or a superuser — everything. ``login`` is the
    server's name for them; ``projects`` the ids a projectleider may change.
    """

    roles: frozenset[Role] | None = None
    login: str = ""
    projects: frozenset[int] = frozenset()

    @property
    def everything(self) -> bool:
        return self.roles is None or Role.BEHEERDER in self.roles

    def may(self, area: Area, project_id: int | None = None) -> bool:
        if self.everything:
            return True
        assert self.roles is not None
        for role in self.roles:
            scope = ROLE_AREAS[role].get(area)
            if scope is Scope.ALL:
                return True
            if scope is Scope.OWN and (area is not Area.PROJECT or project_id in self.projects):
                return True
        return False

    def reaches(self, area: Area) -> bool:
        """Whether the login may change ``area`` anywhere (for a projectleider: on a project of
        theirs) — an import's or a menu's question."""
        if self.everything:
            return True
        if area is Area.PROJECT:
            return bool(self.projects) and any(
                Area.PROJECT in ROLE_AREAS[role] for role in self.roles or ()
            )
        return self.may(area)

    def role_words(self) -> tuple[Role, ...]:
        """The roles, highest first, for showing."""
        if self.everything:  # a beheerder is a member of every role it may give
            return (Role.BEHEERDER,)
        return tuple(role for role in Role if role in (self.roles or ()))


EVERYTHING = Permissions()


ACTIONS: tuple[tuple[str, Area], ...] = (
    ("Project fields, budget, chain, indicators, measurements, progress, requests, spread",
     Area.PROJECT),
    ("New project", Area.NEW_PROJECT),
    ("Meetings, decisions, grants, norms, frozen figures, deciding requests", Area.STEERING),
    ("Close and reopen a half year", Area.PERIODS),
    ("Reference data, organisations, people, fieldlabs", Area.REFERENCE),
    ("Manage access", Area.ACCESS),
    ("Record one's own name", Area.OWN_NAME),
)  # fmt: skip
"""The README's rows (the README is English)."""


def matrix_markdown() -> str:
    """The role × action table of the README."""
    roles = list(Role)
    lines = ["| Action | " + " | ".join(role.value for role in roles) + " |",
             "|---|" + "---|" * len(roles)]  # fmt: skip
    for en, area in ACTIONS:
        cells = []
        for role in roles:
            scope = ROLE_AREAS[role].get(area)
            if scope is None:
                cells.append("—")
            elif scope is Scope.OWN and area is Area.PROJECT:
                cells.append("own projects")
            else:
                cells.append("✓")
        lines.append(f"| {en} | " + " | ".join(cells) + " |")
    lines.append("| Read everything | " + " | ".join("✓" for _ in roles) + " |")
    return "\n".join(lines)
