"""The tables of a FieldLab file. Importing this package registers them all on the metadata."""

from sqlmodel import SQLModel

from fieldlab_desk.domain.models.budget import (
    DEFAULT_NORM_CENTS,
    BudgetLine,
    Commitment,
    Decision,
    DecisionGrant,
    Expense,
    Meeting,
    MeetingSnapshot,
    YearPlan,
)
from fieldlab_desk.domain.models.effect import (
    AssumptionChange,
    Indicator,
    IndicatorEntry,
    Measurement,
    ToCElement,
    ToCLink,
)
from fieldlab_desk.domain.models.organisations import (
    FileInfo,
    Municipality,
    Organisation,
    Person,
    TargetGroup,
    Theme,
)
from fieldlab_desk.domain.models.projects import (
    ChangeRecord,
    Fieldlab,
    FieldlabPartner,
    Milestone,
    PhaseChange,
    Project,
    ProjectMunicipality,
    ProjectOrganisation,
    ProjectTargetGroup,
    ProjectTheme,
)
from fieldlab_desk.domain.models.types import NAMING_CONVENTION

metadata = SQLModel.metadata

__all__ = [
    "DEFAULT_NORM_CENTS",
    "NAMING_CONVENTION",
    "AssumptionChange",
    "BudgetLine",
    "ChangeRecord",
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
    "Meeting",
    "MeetingSnapshot",
    "Milestone",
    "Municipality",
    "Organisation",
    "Person",
    "PhaseChange",
    "Project",
    "ProjectMunicipality",
    "ProjectOrganisation",
    "ProjectTargetGroup",
    "ProjectTheme",
    "TargetGroup",
    "Theme",
    "ToCElement",
    "ToCLink",
    "YearPlan",
    "metadata",
]
