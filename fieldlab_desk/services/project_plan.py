"""Everything a project plan shows, in one read: the project with its names, themes, partners,
target groups and places, phase history, budget lines with their bookings, the chain,
the indicators and the decisions — the same figures as the screens."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session, col, select

from fieldlab_desk.domain.enums import DecisionKind, ParticipationRole
from fieldlab_desk.domain.models import Decision, DecisionGrant, Meeting
from fieldlab_desk.services import catalog
from fieldlab_desk.services.budget import (
    BookingRow,
    LineRow,
    ProjectBudgetView,
    bookings,
    budget_lines,
    project_budget_view,
)
from fieldlab_desk.services.catalog import LinkKind
from fieldlab_desk.services.effect import IndicatorRow, project_indicators
from fieldlab_desk.services.projects import (
    PhaseChangeRow,
    ProjectDetails,
    phase_history,
    project_details,
)
from fieldlab_desk.services.stories import Story, latest_story
from fieldlab_desk.services.toc import ChainView, chain, chain_by_code


@dataclass(frozen=True, slots=True)
class PlanDecision:
    held_on: dt.date
    meeting: str
    kind: DecisionKind
    grants: dict[int, int]
    """Cents granted per year."""
    conditions: str
    note: str


@dataclass(frozen=True, slots=True)
class ProjectPlan:
    project: ProjectDetails
    names: dict[str, str]
    """Readable names of the project's references: fieldlab, opgave, lead, leader (nl and en)."""
    themes: list[tuple[str, str]]
    organisations: list[tuple[str, ParticipationRole]]
    target_groups: list[tuple[str, str]]
    municipalities: list[str]
    phases: list[PhaseChangeRow]
    lines: list[LineRow]
    chain: ChainView
    indicators: list[IndicatorRow]
    decisions: list[PlanDecision]
    bookings: dict[int, list[BookingRow]]
    """Each budget line's commitments and expenses."""
    budget: ProjectBudgetView
    """The totals, the grant and the SGIA figures per year, as the Begroting tab shows them."""
    story: Story | None = None
    """The newest *Voortgang* that says something (its period in ``story.period``)."""


def project_plan(code: str, *, session: Session, today: dt.date | None = None) -> ProjectPlan:
    view = chain_by_code(code, session=session, today=today)  # refuses an unknown code
    project = project_details(view.project_id, session=session)
    assert project is not None
    pid = project.id
    choices = catalog.project_choices(pid, session=session)
    links = choices.links

    def name(items: list[catalog.Choice], wanted: int | None, language: str = "nl") -> str:
        return next((c.name(language) for c in items if c.id == wanted), "")

    names = {
        "fieldlab": name(choices.fieldlabs, project.fieldlab_id),
        "opgave": name(choices.opgaven, project.primary_theme_id),
        "opgave_en": name(choices.opgaven, project.primary_theme_id, "en"),
        "lead": name(choices.organisations, project.lead_organisation_id),
        "leader": name(choices.people, project.leader_person_id),
    }
    themes = [
        (c.name("nl"), c.name("en")) for c in choices.themes if c.id in links[LinkKind.THEMES]
    ]
    organisations = [
        (c.name("nl"), ParticipationRole(links[LinkKind.ORGANISATIONS][c.id]))
        for c in choices.organisations
        if c.id in links[LinkKind.ORGANISATIONS]
    ]
    groups = [(c.name("nl"), c.name("en")) for c in choices.target_groups
              if c.id in links[LinkKind.TARGET_GROUPS]]  # fmt: skip
    places = [
        c.name("nl") for c in choices.municipalities if c.id in links[LinkKind.MUNICIPALITIES]
    ]
    return ProjectPlan(
        project, names, themes, organisations, groups, places,
        phase_history(pid, session=session), budget_lines(pid, session=session),
        chain(pid, session=session, today=today) or view,
        project_indicators(pid, session=session, today=today), _decisions(pid, session),
        {line.id: bookings(line.id, session=session) for line in budget_lines(pid, session=session)},
        project_budget_view(pid, session=session), latest_story(pid, session=session),
    )  # fmt: skip


def _decisions(project_id: int, session: Session) -> list[PlanDecision]:
    rows = session.exec(
        select(Decision, Meeting)
        .join(Meeting, col(Meeting.id) == col(Decision.meeting_id))
        .where(col(Decision.project_id) == project_id)
        .order_by(col(Meeting.held_on), col(Decision.id))
    )
    found = []
    for decision, meeting in rows:
        grants = dict(
            session.exec(
                select(DecisionGrant.year, DecisionGrant.amount_cents).where(
                    col(DecisionGrant.project_id) == project_id,
                    col(DecisionGrant.meeting_id) == meeting.id,
                )
            ).all()
        )
        found.append(PlanDecision(meeting.held_on, meeting.title, decision.kind, grants,
                                  decision.conditions, decision.note))  # fmt: skip
    return found
