"""Build the Drenthe demo portfolio (``fieldlab-desk demo FILE``) from :mod:`fieldlab_desk.demo.data`.

Deterministic: the same file content every time, so screenshots, tests and benchmarks agree.
The national-scale generator lives in :mod:`fieldlab_desk.demo.national`.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func
from sqlmodel import Session, col, select

from fieldlab_desk.demo import data
from fieldlab_desk.demo import effect as demo_effect
from fieldlab_desk.demo import stories as demo_stories
from fieldlab_desk.domain.enums import (
    ChangeAction,
    CostCategory,
    DecisionKind,
    FundingSource,
    MeetingKind,
    ParticipationRole,
    Phase,
    RagStatus,
    RequestKind,
    RequestStatus,
    YearPlanStatus,
)
from fieldlab_desk.domain.models import (
    BudgetLine,
    ChangeRecord,
    Commitment,
    Decision,
    DecisionGrant,
    Expense,
    Fieldlab,
    FieldlabPartner,
    Meeting,
    Milestone,
    Municipality,
    Organisation,
    Person,
    PhaseChange,
    ProgressStory,
    Project,
    ProjectMunicipality,
    ProjectOrganisation,
    ProjectTargetGroup,
    ProjectTheme,
    TargetGroup,
    Theme,
    YearPlan,
)
from fieldlab_desk.domain.money import hours_times_rate
from fieldlab_desk.domain.requests import RequestInput
from fieldlab_desk.services.clock import REFERENCE_DAY
from fieldlab_desk.services.edits import Edit, apply_edit, created_id
from fieldlab_desk.services.file_info import INFO_DEMO, INFO_OWNER, INFO_TITLE, set_file_info
from fieldlab_desk.services.regions import apply_region, region_named
from fieldlab_desk.services.requests import add_request, decide_request
from fieldlab_desk.services.scaling import AdoptionInput, add_adoption
from fieldlab_desk.storage import Database, create_database

DEMO_TODAY = data.DEMO_TODAY  # the demo portfolio is shown as it stood on this day
RATE_CENTS = 6_250  # € 62,50 an hour for library staff
OWN_RATE_CENTS = 5_500
PHASE_PATH = (
    Phase.IDEE,
    Phase.VOORSTEL,
    Phase.GOEDGEKEURD,
    Phase.IN_UITVOERING,
    Phase.EVALUATIE,
    Phase.AFGEROND,
)


def build_drenthe_demo(path: Path) -> Database:
    """Create ``path`` (which must not exist) holding the Drenthe SGIA demo portfolio."""
    database = create_database(path)
    with database.transaction() as session:
        apply_region(region_named("drenthe"), session=session)  # agenda, gemeenten, libraries
        _Builder(session).build()
    return database


class _Builder:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.org: dict[str, int] = {}
        self.person: dict[str, int] = {}
        self.fieldlab: dict[str, int] = {}
        self.theme = {t.code: t for t in session.exec(select(Theme))}
        self.groups = {g.code: g.id or 0 for g in session.exec(select(TargetGroup))}
        self.places = {m.name: m.id or 0 for m in session.exec(select(Municipality))}
        self.meetings: list[tuple[dt.date, int]] = []

    def add(self, row: object) -> int:
        self.session.add(row)
        self.session.flush()
        return int(row.id)  # type: ignore[attr-defined]

    def build(self) -> None:
        region = {o.name: o.id or 0 for o in self.session.exec(select(Organisation))}
        for name, short, kind, place, site in data.ORGANISATIONS:
            if name in region:  # the region file's: the demo adds its website
                self.session.get_one(Organisation, region[name]).website = site
                self.org[name] = region[name]
                continue
            org = Organisation(name=name, short_name=short, kind=kind, place=place, website=site)
            self.org[name] = self.add(org)
        for name, org_name, role in data.PEOPLE:
            email = name.lower().replace(" ", ".").replace("é", "e") + "@example.nl"
            person = Person(name=name, email=email, organisation_id=self.org[org_name], role=role)
            self.person[name] = self.add(person)
        for lab in data.FIELDLABS:
            self._fieldlab(lab)
        for held_on in data.MEETINGS:
            title = f"SGIA-vergadering {held_on:%d-%m-%Y}"
            meeting = Meeting(held_on=held_on, kind=MeetingKind.REGULIER, title=title)
            self.meetings.append((held_on, self.add(meeting)))
        for seed in data.PROJECTS:
            self._project(seed)
        for request in data.REQUESTS:
            self._request(request)
        for adoption in data.ADOPTIONS:
            self._adoption(adoption)
        for year in (2023, 2024, 2025):
            status = YearPlanStatus.CONCEPT if year == 2025 else YearPlanStatus.VASTGESTELD
            self.session.add(YearPlan(year=year, status=status))
        set_file_info(INFO_DEMO, "1", session=self.session)
        set_file_info(REFERENCE_DAY, DEMO_TODAY.isoformat(), session=self.session)
        set_file_info(INFO_OWNER, "Biblionet Drenthe", session=self.session)
        set_file_info(INFO_TITLE, "SGIA Drentse Innovatieagenda (demo)", session=self.session)

    def _request(self, seed: data.RequestSeed) -> None:
        """Submit the request as its asker did, then decide it at its meeting, through the
        services' own edits (so the effect is what the app would do), dated as they were."""
        project = self.session.exec(select(Project).where(Project.code == seed.project)).one()
        leader = next(p.leader for p in data.PROJECTS if p.code == seed.project)
        final_end = project.end_date
        if seed.previous_end is not None:  # the end date before the extension was granted
            project.end_date = seed.previous_end
            self.session.flush()
        asked = RequestInput(seed.kind, seed.submitted, leader, seed.reason,
                             new_end_date=final_end if seed.kind is RequestKind.VERLENGING else None,
                             year=seed.year, amount_cents=seed.amount * 100 if seed.amount else None,
                             from_category=seed.from_category, to_category=seed.to_category,
                             scope=seed.scope)  # fmt: skip
        inverse = self._edit(add_request("Wijzigingsverzoek", project.id or 0, asked,
                                         session=self.session), leader, seed.submitted)  # fmt: skip
        request_id = created_id(inverse)
        assert request_id is not None
        if seed.meeting is None:
            return
        meeting_id = dict(self.meetings)[seed.meeting]
        granted = seed.status is RequestStatus.TOEGEKEND
        decided = decide_request("Besluit over verzoek", request_id, meeting_id, granted,
                                 seed.note, session=self.session)  # fmt: skip
        self._edit(decided, "Henk Vos", seed.meeting)

    def _adoption(self, seed: data.AdoptionSeed) -> None:
        project = self.session.exec(select(Project.id).where(Project.code == seed.project)).one()
        adopted = AdoptionInput(self.org[seed.library] if seed.library else None,
                                self.places[seed.gemeente] if seed.gemeente else None,
                                seed.since, seed.form, seed.funding, seed.note)  # fmt: skip
        leader = next(p.leader for p in data.PROJECTS if p.code == seed.project)
        self._edit(add_adoption("Verspreiding", project or 0, adopted, session=self.session),
                   leader, seed.since)  # fmt: skip

    def _edit(self, edit: Edit, who: str, day: dt.date) -> Edit:
        """Apply a service's edit as it was made on ``day`` (its change records say so)."""
        newest = self.session.exec(select(func.max(ChangeRecord.id))).one() or 0
        inverse = apply_edit(edit, session=self.session, who=who)
        self.session.flush()
        for record in self.session.exec(select(ChangeRecord).where(col(ChangeRecord.id) > newest)):
            record.at = dt.datetime.combine(day, dt.time(10, 0), tzinfo=dt.UTC)
        return inverse

    def _fieldlab(self, lab: data.FieldlabSeed) -> None:
        fieldlab = Fieldlab(
            name=lab.name,
            scope=lab.scope,
            lead_organisation_id=self.org[lab.lead],
            goal=lab.goal,
            mandate=lab.mandate,
            start_date=lab.start,
        )
        self.fieldlab[lab.name] = self.add(fieldlab)
        for partner in lab.partners:
            self.session.add(
                FieldlabPartner(
                    fieldlab_id=self.fieldlab[lab.name],
                    organisation_id=self.org[partner],
                    role="partner",
                )
            )

    def _project(self, seed: data.ProjectSeed) -> None:
        project = Project(
            code=seed.code,
            title=seed.title,
            summary=seed.summary,
            need=seed.need,
            goal=f"{seed.summary} Zo willen we de vraag beantwoorden: {seed.need.lower()}",
            fieldlab_id=self.fieldlab.get(seed.fieldlab) if seed.fieldlab else None,
            primary_theme_id=self.theme[seed.theme].id,
            lead_organisation_id=self.org[seed.lead],
            leader_person_id=self.person[seed.leader],
            start_date=seed.start,
            end_date=seed.end,
            phase=seed.phase,
            rag=_rag(seed),
            rag_note=data.RAG_NOTES.get(seed.code, "")
            if _rag(seed) in (RagStatus.ORANJE, RagStatus.ROOD)
            else "",
            scaling_plan=_scaling_plan(seed),
            result_text=seed.result,
        )
        project_id = self.add(project)
        self._links(project_id, seed)
        granted_on = self._decisions(project_id, seed)
        self._phase_history(project_id, seed, granted_on)
        self._milestones(project_id, seed)
        for period, results, findings, next_steps, knowledge in demo_stories.stories(
            seed, DEMO_TODAY
        ):
            self.session.add(ProgressStory(project_id=project_id, period=period, results=results,
                                           findings=findings, next_steps=next_steps,
                                           knowledge=knowledge))  # fmt: skip
        self._budget(project_id, seed)
        themes = {code: (theme.id or 0, theme.name_nl) for code, theme in self.theme.items()}
        demo_effect.add_theory_of_change(self.session, project_id, seed, themes, DEMO_TODAY)

    def _links(self, project_id: int, seed: data.ProjectSeed) -> None:
        for code in seed.themes:
            self.session.add(ProjectTheme(project_id=project_id, theme_id=self.theme[code].id or 0))
        self.session.add(
            ProjectOrganisation(
                project_id=project_id,
                organisation_id=self.org[seed.lead],
                role=ParticipationRole.PENVOERDER,
            )
        )
        if seed.partner:
            role = ParticipationRole(data.PARTNER_ROLES.get(seed.partner, "partner"))
            self.session.add(
                ProjectOrganisation(
                    project_id=project_id, organisation_id=self.org[seed.partner], role=role
                )
            )
        for group in seed.groups:
            self.session.add(
                ProjectTargetGroup(project_id=project_id, target_group_id=self.groups[group])
            )
        for place in seed.places:
            self.session.add(
                ProjectMunicipality(project_id=project_id, municipality_id=self.places[place])
            )

    def _meeting_before(self, day: dt.date) -> tuple[dt.date, int]:
        earlier = [m for m in self.meetings if m[0] < day]
        return earlier[-1] if earlier else self.meetings[0]

    def _decisions(self, project_id: int, seed: data.ProjectSeed) -> dt.date | None:
        total = sum(seed.sgia.values()) * 100
        held_on, meeting_id = self._meeting_before(seed.start)
        if seed.phase is Phase.IDEE:
            return None
        if seed.phase is Phase.VOORSTEL:
            self.session.add(
                Decision(
                    meeting_id=self.meetings[-1][1],
                    project_id=project_id,
                    kind=DecisionKind.AANGEHOUDEN,
                    note="Terug in november met een begroting die binnen de norm past.",
                )
            )
            return None
        if seed.phase is Phase.GESTOPT and not seed.sgia:
            self.session.add(
                Decision(
                    meeting_id=meeting_id,
                    project_id=project_id,
                    kind=DecisionKind.AFGEWEZEN,
                    note="Past niet binnen de norm van 2024; landelijk aanbod bestaat al.",
                )
            )
            return None
        if seed.deferred is not None:  # held back at an earlier meeting, decided at this one
            held_back, why = seed.deferred
            self.session.add(Decision(meeting_id=dict(self.meetings)[held_back], project_id=project_id,
                                      kind=DecisionKind.AANGEHOUDEN, note=why))  # fmt: skip
        conditional = bool(seed.conditions)
        self.session.add(
            Decision(
                meeting_id=meeting_id,
                project_id=project_id,
                kind=DecisionKind.VOORWAARDELIJK if conditional else DecisionKind.TOEGEKEND,
                amount_granted_cents=total,
                conditions=seed.conditions,
            )
        )
        for year, euros in seed.sgia.items():  # granted as budgeted, year by year
            self.session.add(
                DecisionGrant(
                    meeting_id=meeting_id,
                    project_id=project_id,
                    year=year,
                    amount_cents=euros * 100,
                )
            )
        return held_on

    def _phase_history(
        self, project_id: int, seed: data.ProjectSeed, granted_on: dt.date | None
    ) -> None:
        path = _phase_path(seed)
        dates = {
            Phase.IDEE: seed.start - dt.timedelta(days=200),
            Phase.VOORSTEL: seed.start - dt.timedelta(days=120),
            Phase.GOEDGEKEURD: granted_on or seed.start - dt.timedelta(days=30),
            Phase.IN_UITVOERING: seed.start,
            Phase.EVALUATIE: seed.end - dt.timedelta(days=45),
            Phase.OPSCHALING_BORGING: min(seed.end, DEMO_TODAY),
            Phase.AFGEROND: seed.end,
            Phase.GESTOPT: min(seed.end, DEMO_TODAY) if seed.sgia else seed.start,
        }
        previous: Phase | None = None
        leader = seed.leader
        batch = str(uuid.uuid5(uuid.NAMESPACE_URL, seed.code))
        self.session.add(
            ChangeRecord(
                batch=batch,
                at=dt.datetime.combine(dates[Phase.IDEE], dt.time(9, 0), tzinfo=dt.UTC),
                who=leader,
                project_id=project_id,
                entity="project",
                entity_id=project_id,
                action=ChangeAction.CREATE,
                new_value=seed.code,
            )
        )
        for phase in path:
            note = "Besluit SGIA" if phase is Phase.GOEDGEKEURD else ""
            if phase is Phase.GESTOPT:
                note = seed.result or "Afgewezen door de stuurgroep."
            self.session.add(
                PhaseChange(
                    project_id=project_id,
                    changed_on=dates[phase],
                    from_phase=previous,
                    to_phase=phase,
                    changed_by=leader,
                    note=note,
                )
            )
            previous = phase

    def _milestones(self, project_id: int, seed: data.ProjectSeed) -> None:
        middle = seed.start + (seed.end - seed.start) / 2
        plan = (("Startbijeenkomst met partners", seed.start), ("Tussenrapportage aan de SGIA", middle), ("Eindrapportage en evaluatie", seed.end))  # fmt: skip
        for order, (title, due) in enumerate(plan):
            done = (
                due
                if due <= DEMO_TODAY and seed.phase not in (Phase.IDEE, Phase.VOORSTEL)
                else None
            )
            if seed.phase is Phase.GESTOPT and order > 0:
                done = None
            self.session.add(
                Milestone(project_id=project_id, title=title, due_date=due, done_date=done, sort_order=order)
            )  # fmt: skip

    def _budget(self, project_id: int, seed: data.ProjectSeed) -> None:
        granted = seed.phase not in (Phase.IDEE, Phase.VOORSTEL) and bool(seed.sgia)
        rng = random.Random(seed.code)
        for year, euros in sorted(seed.sgia.items()):
            names = demo_effect.budget_names(seed)
            for line in _lines_for_year(year, euros * 100, seed.partner, self.org, names):
                line.project_id = project_id
                line.rate_frozen = granted and line.hours is not None
                line_id = self.add(line)
                self._bookings(line_id, line, seed, rng)
        if not seed.sgia:  # no SGIA money (yet): the plan is prepared in own hours, until now
            hours = Decimal(60)
            self.add(
                BudgetLine(project_id=project_id, year=min(seed.start.year, DEMO_TODAY.year),
                           category=CostCategory.PERSONEEL, description="Uitwerken projectplan",
                           funding_source=FundingSource.EIGEN, hours=hours,
                           hourly_rate_cents=OWN_RATE_CENTS, in_kind=True,
                           planned_cents=hours_times_rate(hours, OWN_RATE_CENTS))
            )  # fmt: skip

    def _bookings(
        self, line_id: int, line: BudgetLine, seed: data.ProjectSeed, rng: random.Random
    ) -> None:
        spent_share, committed_share = _booking_shares(seed, line.year, rng)
        if (seed.code, line.year) in data.CARRIED and line.amount_cents is not None:
            spent_share = 0.55  # the part carried to the next year was never spent
        spent = int(line.planned_cents * spent_share)
        for month, part in _spread(line.year, spent, seed, rng):
            self.session.add(
                Expense(
                    budget_line_id=line_id,
                    spent_on=dt.date(line.year, month, 28),
                    amount_cents=part,
                    note=line.description,
                )
            )
        committed = int(line.planned_cents * committed_share)
        if committed:
            self.session.add(
                Commitment(
                    budget_line_id=line_id,
                    committed_on=dt.date(line.year, min(DEMO_TODAY.month, 9), 15),
                    amount_cents=committed,
                    note="Opdracht verstrekt",
                )
            )


def _phase_path(seed: data.ProjectSeed) -> list[Phase]:
    if seed.phase is Phase.OPSCHALING_BORGING:
        return [*PHASE_PATH[:5], Phase.OPSCHALING_BORGING]
    if seed.phase is Phase.GESTOPT:
        return [*PHASE_PATH[: 4 if seed.sgia else 2], Phase.GESTOPT]
    return list(PHASE_PATH[: PHASE_PATH.index(seed.phase) + 1])


def _rag(seed: data.ProjectSeed) -> RagStatus | None:
    if seed.phase in (Phase.IDEE, Phase.VOORSTEL):
        return None
    if seed.phase is Phase.GESTOPT:
        return RagStatus.ROOD
    return RagStatus.ORANJE if seed.code in data.RAG_NOTES else RagStatus.GROEN  # explained


def _scaling_plan(seed: data.ProjectSeed) -> str:
    if seed.phase in (Phase.OPSCHALING_BORGING, Phase.AFGEROND):
        return (
            "Na de pilot beschikbaar voor alle Drentse bibliotheken via Biblionet Drenthe; "
            "werkwijze en materialen staan in de kennisbank."
        )
    return "Opschaling naar alle Drentse bibliotheken als de eindmeting de aannames bevestigt."


def _lines_for_year(
    year: int, sgia_cents: int, partner: str | None, org: dict[str, int], names: list[str]
) -> list[BudgetLine]:
    """SGIA money split into staff hours, material and communication (named as the project's
    line of work names them), plus co-funding."""
    hours = Decimal(sgia_cents // 2 // RATE_CENTS)
    staff = hours_times_rate(hours, RATE_CENTS)
    material = (sgia_cents - staff) * 6 // 10 // 10_000 * 10_000
    lines = [
        BudgetLine(year=year, category=CostCategory.PERSONEEL, description=names[0],
                   funding_source=FundingSource.SGIA, hours=hours, hourly_rate_cents=RATE_CENTS,
                   planned_cents=staff, sort_order=0),
        BudgetLine(year=year, category=CostCategory.MATERIAAL, description=names[1],
                   funding_source=FundingSource.SGIA, amount_cents=material, planned_cents=material,
                   sort_order=1),
        BudgetLine(year=year, category=CostCategory.COMMUNICATIE, description=names[2],
                   funding_source=FundingSource.SGIA, amount_cents=sgia_cents - staff - material,
                   planned_cents=sgia_cents - staff - material, sort_order=2),
    ]  # fmt: skip
    own_hours = Decimal(sgia_cents // 5 // OWN_RATE_CENTS)
    lines.append(
        BudgetLine(year=year, category=CostCategory.PERSONEEL, description="Inzet eigen medewerkers",
                   funding_source=FundingSource.EIGEN, hours=own_hours,
                   hourly_rate_cents=OWN_RATE_CENTS, in_kind=True,
                   planned_cents=hours_times_rate(own_hours, OWN_RATE_CENTS), sort_order=3)
    )  # fmt: skip
    if partner:
        amount = sgia_cents * 15 // 100 // 10_000 * 10_000
        lines.append(
            BudgetLine(year=year, category=CostCategory.ACTIVITEITEN, description=f"Bijdrage {partner}",
                       funding_source=FundingSource.COFINANCIERING, cofinancier_id=org[partner],
                       amount_cents=amount, planned_cents=amount, sort_order=4)
        )  # fmt: skip
    return lines


def _booking_shares(seed: data.ProjectSeed, year: int, rng: random.Random) -> tuple[float, float]:
    """How much of a line was spent and committed by the demo's day; shares, not money."""
    if seed.phase in (Phase.IDEE, Phase.VOORSTEL, Phase.GOEDGEKEURD) and year >= DEMO_TODAY.year:
        return (0.0, 0.25 if seed.phase is Phase.GOEDGEKEURD else 0.0)
    if seed.phase is Phase.GESTOPT:
        return (0.3167, 0.0)
    if year < DEMO_TODAY.year or seed.phase is Phase.AFGEROND:
        return (rng.uniform(0.93, 1.0), 0.0)
    return (rng.uniform(0.5, 0.65), rng.uniform(0.1, 0.2))


def _spread(
    year: int, total: int, seed: data.ProjectSeed, rng: random.Random
) -> list[tuple[int, int]]:
    """Split ``total`` cents over three to five months of the project's running time."""
    if total <= 0:
        return []
    first = seed.start.month if seed.start.year == year else 1
    last = seed.end.month if seed.end.year == year else 12
    if year == DEMO_TODAY.year:
        last = min(last, DEMO_TODAY.month)
    first = min(first, last)
    months = sorted({rng.randint(first, last) for _ in range(5)})
    weights = [rng.randint(2, 6) for _ in months]
    parts = [total * w // sum(weights) for w in weights]
    parts[-1] += total - sum(parts)
    return list(zip(months, parts, strict=True))
