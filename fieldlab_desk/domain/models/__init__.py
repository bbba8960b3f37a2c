"""The tables of a FieldLab file, in one module per subject, each declared when first used.

``from fieldlab_desk.domain.models import Project`` declares the tables of the module that holds
``Project`` (and of the modules that one imports); ``metadata`` — every table, as creating a
file, migrating, copying it whole and undoing need — declares them all first. The projects list,
shown at start, needs 9 of the 36: the organisation, theme, project and budget-line tables
and the file's own. Who takes part, whom and where a project reaches, its course, what is
booked on budget lines, the steering group's and the Theory-of-Change tables wait until a page
or command uses them: a table takes about 3 ms to declare and configure, time the user would
otherwise spend waiting for the first page.

The tables hold no ORM relationships to one another (the database cascades deletes), so a table
declared later changes nothing about those declared before. Services that use a table only
away from the first page name it as ``models.<Table>`` inside the function.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import MetaData

    from fieldlab_desk.domain.models.bookings import Commitment, Expense
    from fieldlab_desk.domain.models.budget import BudgetLine
    from fieldlab_desk.domain.models.course import Milestone, PhaseChange, ProgressStory
    from fieldlab_desk.domain.models.effect import (
        AssumptionChange,
        Indicator,
        IndicatorEntry,
        Measurement,
        MeasurementPart,
        ToCElement,
        ToCLink,
    )
    from fieldlab_desk.domain.models.organisations import (
        FileInfo,
        Organisation,
        ReferenceTerm,
        Theme,
    )
    from fieldlab_desk.domain.models.participants import FieldlabPartner, Person
    from fieldlab_desk.domain.models.periods import PeriodClosure
    from fieldlab_desk.domain.models.projects import (
        ChangeRecord,
        Fieldlab,
        Project,
        ProjectOrganisation,
        ProjectTheme,
    )
    from fieldlab_desk.domain.models.reach import (
        Municipality,
        ProjectMunicipality,
        ProjectTargetGroup,
        TargetGroup,
    )
    from fieldlab_desk.domain.models.requests import ChangeRequest
    from fieldlab_desk.domain.models.scaling import Adoption
    from fieldlab_desk.domain.models.steering import (
        DEFAULT_NORM_CENTS,
        Decision,
        DecisionGrant,
        Meeting,
        MeetingSnapshot,
        YearPlan,
    )
    from fieldlab_desk.domain.models.types import NAMING_CONVENTION

    metadata: MetaData

SUBJECTS = {
    "bookings": ("Commitment", "Expense"),
    "budget": ("BudgetLine",),
    "course": ("Milestone", "PhaseChange", "ProgressStory"),
    "effect": (
        "AssumptionChange",
        "Indicator",
        "IndicatorEntry",
        "Measurement",
        "MeasurementPart",
        "ToCElement",
        "ToCLink",
    ),
    "organisations": ("FileInfo", "Organisation", "ReferenceTerm", "Theme"),
    "participants": ("FieldlabPartner", "Person"),
    "projects": (
        "ChangeRecord",
        "Fieldlab",
        "Project",
        "ProjectOrganisation",
        "ProjectTheme",
    ),
    "periods": ("PeriodClosure",),
    "reach": ("Municipality", "ProjectMunicipality", "ProjectTargetGroup", "TargetGroup"),
    "requests": ("ChangeRequest",),
    "scaling": ("Adoption",),
    "steering": (
        "DEFAULT_NORM_CENTS",
        "Decision",
        "DecisionGrant",
        "Meeting",
        "MeetingSnapshot",
        "YearPlan",
    ),
    "types": ("NAMING_CONVENTION",),
}
"""Which module declares which name (the modules are ``fieldlab_desk.domain.models.<key>``)."""

_HOME = {name: subject for subject, names in SUBJECTS.items() for name in names}

__all__ = [
    "DEFAULT_NORM_CENTS",
    "NAMING_CONVENTION",
    "Adoption",
    "AssumptionChange",
    "BudgetLine",
    "ChangeRecord",
    "ChangeRequest",
    "Commitment",
    "Decision",
    "DecisionGrant",
    "Expense",
    "Fieldlab",
    "FieldlabPartner",
    "FileInfo",
    "Indicator",
    "IndicatorEntry",
    "Measurement",
    "MeasurementPart",
    "Meeting",
    "MeetingSnapshot",
    "Milestone",
    "Municipality",
    "Organisation",
    "PeriodClosure",
    "Person",
    "PhaseChange",
    "ProgressStory",
    "Project",
    "ProjectMunicipality",
    "ProjectOrganisation",
    "ProjectTargetGroup",
    "ProjectTheme",
    "ReferenceTerm",
    "TargetGroup",
    "Theme",
    "ToCElement",
    "ToCLink",
    "YearPlan",
    "metadata",
]


def all_tables() -> "MetaData":
    """The metadata with every table of a FieldLab file declared on it."""
    for subject in SUBJECTS:
        import_module(f"{__name__}.{subject}")
    from sqlmodel import SQLModel

    return SQLModel.metadata


def __getattr__(name: str) -> Any:
    if name == "metadata":
        found: Any = all_tables()
    elif name in _HOME:
        found = getattr(import_module(f"{__name__}.{_HOME[name]}"), name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = found  # the next lookup is a plain one
    return found


def __dir__() -> list[str]:
    return __all__
