"""A project's Theory of Change (veranderketen): the chain as rows, its quality, and its edits.

Reads return frozen rows: :func:`chain` gives the elements by level with their cost (an
activity: its attached budget lines; an outcome: its pathway, see :mod:`domain.toc`), the links
with their assumptions and the dated history of each assumption's status, the findings of the
quality check and the score. Every change is a named edit (undoable, in the change history):
elements, links, moving an element within its level, attaching budget lines to an activity,
and starting from a template.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from fieldlab_desk.domain.enums import AssumptionStatus, Phase, ThemeKind, ToCLevel
from fieldlab_desk.domain.errors import ValidationError
from fieldlab_desk.domain.models import (
    AssumptionChange,
    BudgetLine,
    DecisionGrant,
    Indicator,
    Project,
    ProjectTheme,
    Theme,
    ToCElement,
    ToCLink,
)
from fieldlab_desk.domain.progress import ProgressStatus
from fieldlab_desk.domain.texts import Language, label, text
from fieldlab_desk.domain.toc import (
    ChainQuality,
    ElementRef,
    LinkRef,
    ToCFinding,
    assess,
    link_problem,
    pathway_costs,
    score,
    score_parts,
)
from fieldlab_desk.domain.validation import LIMITS
from fieldlab_desk.services.clock import today_of
from fieldlab_desk.services.edits import (
    Edit,
    EditConflict,
    InsertRows,
    NewId,
    Operation,
    UpdateRow,
    _values,
    delete_row,
    insert_row,
    set_fields,
)
from fieldlab_desk.services.templates import template, template_for

IMPACT_THEME_KINDS = (ThemeKind.OPGAVE, ThemeKind.STELSELUITDAGING, ThemeKind.SOCIALE_AGENDA)


@dataclass(frozen=True, slots=True)
class ElementRow:
    id: int
    level: ToCLevel
    text: str
    sort_order: int
    theme_id: int | None
    cost_cents: int
    """An activity: what its attached budget lines plan (all years); 0 otherwise."""
    pathway_cents: int | None
    """An outcome: the cost of the activities that lead to it; None for other levels."""
    indicators: int


@dataclass(frozen=True, slots=True)
class AssumptionChangeRow:
    changed_on: dt.date
    changed_by: str
    old_status: AssumptionStatus | None
    new_status: AssumptionStatus
    reason: str


@dataclass(frozen=True, slots=True)
class LinkRow:
    id: int
    from_id: int
    to_id: int
    rationale: str
    assumption: str
    status: AssumptionStatus
    evidence: str
    status_since: dt.date | None
    history: tuple[AssumptionChangeRow, ...]


@dataclass(frozen=True, slots=True)
class AttachableLine:
    id: int
    year: int
    description: str
    planned_cents: int
    activity_id: int | None


@dataclass(frozen=True, slots=True)
class ThemeChoice:
    id: int
    code: str
    kind: ThemeKind
    name_nl: str
    name_en: str
    retired: bool = False
    """*Vervallen*: kept where an impact points at it, no longer offered for a new one."""

    def name(self, language: Language) -> str:
        """Its name; a retired one kept where used says so, as every pick list does."""
        name = self.name_en if language == "en" else self.name_nl
        if self.retired:
            return f"{name} ({'retired' if language == 'en' else 'vervallen'})"
        return name


@dataclass(frozen=True, slots=True)
class ChainView:
    project_id: int
    code: str
    title: str
    elements: tuple[ElementRow, ...]
    links: tuple[LinkRow, ...]
    quality: ChainQuality
    lines: tuple[AttachableLine, ...]
    themes: tuple[ThemeChoice, ...]
    today: dt.date

    @property
    def attached_cents(self) -> int:
        return sum(line.planned_cents for line in self.lines if line.activity_id is not None)

    @property
    def budget_cents(self) -> int:
        return sum(line.planned_cents for line in self.lines)

    def element(self, element_id: int) -> ElementRow | None:
        return next((e for e in self.elements if e.id == element_id), None)

    def at(self, level: ToCLevel) -> list[ElementRow]:
        return [e for e in self.elements if e.level is level]

    def describe(self, finding: ToCFinding, language: Language) -> str:
        """The finding as a sentence that names the elements it is about."""
        return text(f"finding.{finding.problem.value}", language,
                    element=self.finding_subject(finding, language))  # fmt: skip

    def finding_subject(self, finding: ToCFinding, language: Language) -> str:
        if finding.level is not None:
            return label(finding.level, language).lower()
        texts = [self.element(i).text if self.element(i) else "?" for i in finding.element_ids]  # type: ignore[union-attr]
        if finding.link_id is not None and len(texts) == 2:
            return f"'{texts[0]}' → '{texts[1]}'"
        return (
            " → ".join(f"'{t}'" for t in texts) if len(texts) > 1 else (texts[0] if texts else "")
        )


def _element_refs(elements: list[ToCElement]) -> list[ElementRef]:
    return [ElementRef(e.id or 0, e.level, e.theme_id) for e in elements]


def _link_refs(links: list[ToCLink]) -> list[LinkRef]:
    return [
        LinkRef(li.id or 0, li.from_element_id, li.to_element_id, li.rationale, li.assumption,
                li.assumption_status, li.status_since)
        for li in links
    ]  # fmt: skip


def _ordered(elements: list[ToCElement]) -> list[ToCElement]:
    return sorted(elements, key=lambda e: (e.level.rank, e.sort_order, e.id or 0))


def chain(project_id: int, *, session: Session, today: dt.date | None = None) -> ChainView | None:
    """The project's chain with costs, assumptions' history, findings and score; None if gone."""
    project = session.get(Project, project_id)
    if project is None:
        return None
    today = today or today_of(session=session)
    elements = _ordered(
        list(session.exec(select(ToCElement).where(col(ToCElement.project_id) == project_id)))
    )
    ids = [e.id for e in elements]
    links = list(
        session.exec(
            select(ToCLink).where(col(ToCLink.from_element_id).in_(ids)).order_by(col(ToCLink.id))
        )
    )
    history: dict[int, list[AssumptionChangeRow]] = defaultdict(list)
    changes = select(AssumptionChange).where(
        col(AssumptionChange.link_id).in_([li.id for li in links])
    )
    for change in session.exec(changes.order_by(col(AssumptionChange.changed_on),
                                                col(AssumptionChange.id))):  # fmt: skip
        history[change.link_id].append(
            AssumptionChangeRow(
                change.changed_on,
                change.changed_by,
                change.old_status,
                change.new_status,
                change.reason,
            )
        )
    counted = dict(
        session.exec(
            select(Indicator.toc_element_id, func.count())
            .where(col(Indicator.project_id) == project_id)
            .group_by(col(Indicator.toc_element_id))
        ).all()
    )
    lines = tuple(
        AttachableLine(
            line.id or 0, line.year, line.description, line.planned_cents, line.activity_id
        )
        for line in session.exec(
            select(BudgetLine)
            .where(col(BudgetLine.project_id) == project_id)
            .order_by(col(BudgetLine.year), col(BudgetLine.sort_order), col(BudgetLine.id))
        )
    )
    cost: dict[int, int] = defaultdict(int)
    for line in lines:
        if line.activity_id is not None:
            cost[line.activity_id] += line.planned_cents
    element_refs, link_refs = _element_refs(elements), _link_refs(links)
    pathways = pathway_costs(element_refs, link_refs, cost)
    quality = assess(element_refs, link_refs, [i for i in counted if i is not None], today)
    rows = tuple(
        ElementRow(
            e.id or 0,
            e.level,
            e.text,
            e.sort_order,
            e.theme_id,
            cost.get(e.id or 0, 0),
            pathways.get(e.id or 0),
            int(counted.get(e.id, 0)),
        )
        for e in elements
    )
    link_rows = tuple(
        LinkRow(
            li.id or 0,
            li.from_element_id,
            li.to_element_id,
            li.rationale,
            li.assumption,
            li.assumption_status,
            li.evidence,
            li.status_since,
            tuple(history[li.id or 0]),
        )
        for li in links
    )
    return ChainView(project_id, project.code, project.title, rows, link_rows, quality, lines,
                     impact_themes(session=session), today)  # fmt: skip


def chain_by_code(code: str, *, session: Session, today: dt.date | None = None) -> ChainView:
    """The chain of the project with this code (as typed: case and spaces do not matter)."""
    wanted = code.strip().upper()
    found = session.exec(select(Project.id).where(func.upper(col(Project.code)) == wanted)).first()
    view = chain(found, session=session, today=today) if found is not None else None
    if view is None:
        raise ValidationError("toc.no_project", field="project", project=code)
    return view


def impact_themes(*, session: Session) -> tuple[ThemeChoice, ...]:
    """What an impact element can point at: opgaven, stelseluitdagingen, Sociale Agenda."""
    statement = (
        select(Theme)
        .where(col(Theme.kind).in_(IMPACT_THEME_KINDS))
        .order_by(col(Theme.kind), col(Theme.sort_order), col(Theme.id))
    )
    return tuple(
        ThemeChoice(t.id or 0, t.code, t.kind, t.name_nl, t.name_en, t.retired)
        for t in session.exec(statement)
    )


def chain_scores(*, session: Session, today: dt.date | None = None) -> dict[int, int]:
    """The quality score of every project that has a chain: three plain-column queries (no
    ORM objects: the national file has 10.000 elements), then the check per project."""
    today = today or today_of(session=session)
    run = session.connection().execute
    e, li, ind = ToCElement, ToCLink, Indicator
    elements: dict[int, list[tuple[int, ToCLevel, int | None, int]]] = defaultdict(list)
    owner: dict[int, int] = {}
    columns: Any = (col(e.id), col(e.project_id), col(e.level), col(e.theme_id), col(e.sort_order))
    for element_id, project_id, level, theme_id, order in run(select(*columns)):
        elements[project_id].append((element_id, level, theme_id, order))
        owner[element_id] = project_id
    links: dict[int, list[LinkRef]] = defaultdict(list)
    columns = (col(li.id), col(li.from_element_id), col(li.to_element_id), col(li.rationale),
               col(li.assumption), col(li.assumption_status), col(li.status_since))  # fmt: skip
    for link_id, source, target, rationale, assumption, status, since in run(select(*columns)):
        if source in owner:
            links[owner[source]].append(
                LinkRef(link_id, source, target, rationale, assumption, status, since)
            )
    measured: dict[int, set[int]] = defaultdict(set)
    for project_id, element_id in run(
        select(col(ind.project_id), col(ind.toc_element_id)).where(
            col(ind.toc_element_id).is_not(None)
        )
    ):
        measured[project_id].add(element_id or 0)
    scores = {}
    for project_id, rows in elements.items():
        rows.sort(key=lambda r: (r[1].rank, r[3], r[0]))
        refs = [ElementRef(i, level, theme) for i, level, theme, _ in rows]
        parts = score_parts(refs, links[project_id], measured[project_id], today)
        scores[project_id] = score(parts)
    return scores


# --- portfolio contribution --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ContributingProject:
    project_id: int
    code: str
    title: str
    phase: Phase
    granted_cents: int
    """SGIA money the steering group granted the project (all years)."""
    outcome_indicators: dict[ProgressStatus, int]
    """How many indicators of the project's outcomes stand at each status."""


@dataclass(frozen=True, slots=True)
class ThemeContribution:
    theme: ThemeChoice
    projects: tuple[ContributingProject, ...]

    @property
    def granted_cents(self) -> int:
        return sum(p.granted_cents for p in self.projects)

    def indicators(self, status: ProgressStatus) -> int:
        return sum(p.outcome_indicators.get(status, 0) for p in self.projects)


def contributions(
    *, session: Session, today: dt.date | None = None
) -> tuple[ThemeContribution, ...]:
    """Per opgave, stelseluitdaging and Sociale Agenda theme: the projects whose impact points
    at it, with their granted SGIA money and their outcome indicators' status. Themes that no
    project contributes to are listed too (the gaps)."""
    from fieldlab_desk.services.yearplan import indicator_statuses

    today = today or today_of(session=session)
    pointing = session.exec(
        select(ToCElement.theme_id, Project)
        .join(Project, col(Project.id) == col(ToCElement.project_id))
        .where(col(ToCElement.level) == ToCLevel.IMPACT, col(ToCElement.theme_id).is_not(None))
        .order_by(col(Project.code))
    ).all()
    ids = sorted({p.id or 0 for _, p in pointing})
    granted = dict(
        session.exec(
            select(DecisionGrant.project_id, func.sum(col(DecisionGrant.amount_cents)))
            .where(col(DecisionGrant.project_id).in_(ids))
            .group_by(col(DecisionGrant.project_id))
        ).all()
    )
    statuses: dict[int, dict[ProgressStatus, int]] = defaultdict(lambda: defaultdict(int))
    outcome_ids = set(
        session.exec(
            select(ToCElement.id).where(
                col(ToCElement.project_id).in_(ids),
                col(ToCElement.level).in_([ToCLevel.OUTCOME_KORT, ToCLevel.OUTCOME_LANG]),
            )
        ).all()
    )
    for status in indicator_statuses(ids, today, session=session):
        if status.element_id in outcome_ids:
            statuses[status.project_id][status.status] += 1
    by_theme: dict[int, dict[int, ContributingProject]] = defaultdict(dict)
    for theme_id, project in pointing:
        pid = project.id or 0
        by_theme[theme_id or 0][pid] = ContributingProject(
            pid, project.code, project.title, project.phase, int(granted.get(pid) or 0),
            dict(statuses[pid]),
        )  # fmt: skip
    return tuple(
        ThemeContribution(theme, tuple(by_theme[theme.id].values()))
        for theme in impact_themes(session=session)
        if not theme.retired or by_theme[theme.id]  # a retired theme nobody serves is no gap
    )


# --- edits -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ElementInput:
    level: ToCLevel
    text: str
    theme_id: int | None = None
    line_ids: tuple[int, ...] | None = None
    """For an activity: the budget lines it pays for (None: leave them as they are)."""


@dataclass(frozen=True, slots=True)
class LinkInput:
    from_id: int
    to_id: int
    rationale: str = ""
    assumption: str = ""
    status: AssumptionStatus = AssumptionStatus.ONBEVESTIGD
    evidence: str = ""
    reason: str = ""
    """Why the status changed (kept in the assumption's history)."""


def _check_text(value: str) -> str:
    value = value.strip()
    if not value:
        raise ValidationError("toc.text_empty", field="text")
    if len(value) > LIMITS["title"]:
        raise ValidationError("validation.too_long", field="text", length=len(value),
                              limit=LIMITS["title"])  # fmt: skip
    return value


def _element(element_id: int, session: Session) -> ToCElement:
    element = session.get(ToCElement, element_id)
    if element is None:
        raise EditConflict("edit.not_found")
    return element


def _next_order(project_id: int, level: ToCLevel, session: Session) -> int:
    highest = session.exec(
        select(func.max(col(ToCElement.sort_order))).where(
            col(ToCElement.project_id) == project_id, col(ToCElement.level) == level
        )
    ).one()
    return 0 if highest is None else int(highest) + 1


def _line_updates(
    project_id: int, activity: int | NewId, line_ids: tuple[int, ...], session: Session,
    current: int | None,
) -> list[Operation]:  # fmt: skip
    """Attach exactly ``line_ids`` to the activity: attach the new, detach the dropped."""
    wanted = set(line_ids)
    updates: list[Operation] = []
    for line in session.exec(select(BudgetLine).where(col(BudgetLine.project_id) == project_id)):
        key = (line.id,)
        if line.id in wanted and (current is None or line.activity_id != current):
            before = (("activity_id", line.activity_id),)
            updates.append(UpdateRow("budget_line", key, before, (("activity_id", activity),)))
        elif current is not None and line.activity_id == current and line.id not in wanted:
            updates.append(UpdateRow("budget_line", key, (("activity_id", current),),
                                     (("activity_id", None),)))  # fmt: skip
    return updates


def add_element(label_: str, project_id: int, data: ElementInput, *, session: Session) -> Edit:
    values = {
        "project_id": project_id,
        "level": data.level,
        "text": _check_text(data.text),
        "sort_order": _next_order(project_id, data.level, session),
        "theme_id": data.theme_id if data.level is ToCLevel.IMPACT else None,
    }
    first = insert_row(label_, "toc_element", values).operations
    lines: list[Operation] = []
    if data.level is ToCLevel.ACTIVITEIT and data.line_ids:
        lines = _line_updates(project_id, NewId(0), data.line_ids, session, None)
    return Edit(label_, (*first, *lines))


def change_element(label_: str, element_id: int, data: ElementInput, *, session: Session) -> Edit:
    element = _element(element_id, session)
    if data.level is not element.level:
        for link in session.exec(
            select(ToCLink).where(
                (col(ToCLink.from_element_id) == element_id)
                | (col(ToCLink.to_element_id) == element_id)
            )
        ):
            other = _element(link.to_element_id if link.from_element_id == element_id
                             else link.from_element_id, session)  # fmt: skip
            ends = (data.level, other.level) if link.from_element_id == element_id else (
                other.level, data.level)  # fmt: skip
            if ends[1].rank <= ends[0].rank:
                raise ValidationError("toc.level_breaks_links", field="level")
    changes: dict[str, Any] = {
        "level": data.level,
        "text": _check_text(data.text),
        "theme_id": data.theme_id if data.level is ToCLevel.IMPACT else None,
    }
    if data.level is not element.level:
        changes["sort_order"] = _next_order(element.project_id, data.level, session)
    edit = set_fields(label_, "toc_element", (element_id,), changes, session=session)
    lines: list[Operation] = []
    if data.line_ids is not None or data.level is not ToCLevel.ACTIVITEIT:
        wanted = data.line_ids or () if data.level is ToCLevel.ACTIVITEIT else ()
        lines = _line_updates(element.project_id, element_id, tuple(wanted), session, element_id)
    return Edit(label_, (*edit.operations, *lines))


def move_element(label_: str, element_id: int, step: int, *, session: Session) -> Edit:
    """Move an element one place up (``step=-1``) or down (``+1``) within its level."""
    element = _element(element_id, session)
    siblings = _ordered(
        list(
            session.exec(
                select(ToCElement).where(
                    col(ToCElement.project_id) == element.project_id,
                    col(ToCElement.level) == element.level,
                )
            )
        )
    )
    position = next(i for i, e in enumerate(siblings) if e.id == element_id)
    target = position + step
    if not 0 <= target < len(siblings):
        return Edit(label_)
    siblings[position], siblings[target] = siblings[target], siblings[position]
    updates = tuple(
        UpdateRow("toc_element", (e.id,), (("sort_order", e.sort_order),), (("sort_order", i),))
        for i, e in enumerate(siblings)
        if e.sort_order != i
    )
    return Edit(label_, updates)


def delete_element(label_: str, element_id: int, *, session: Session) -> Edit:
    """The element goes with its links; indicators and budget lines stay, unattached."""
    return delete_row(label_, "toc_element", (element_id,), session=session)


def _check_link(data: LinkInput, session: Session, link_id: int | None = None) -> None:
    source, target = _element(data.from_id, session), _element(data.to_id, session)
    link_problem(source.level, target.level)
    existing = session.exec(
        select(ToCLink.id).where(
            col(ToCLink.from_element_id) == data.from_id, col(ToCLink.to_element_id) == data.to_id
        )
    ).first()
    if existing is not None and existing != link_id:
        raise ValidationError("toc.link_exists", field="to")


def _change_row(
    link: int | NewId, today: dt.date, who: str, old: AssumptionStatus | None,
    new: AssumptionStatus, reason: str,
) -> tuple[str, dict[str, Any]]:  # fmt: skip
    return ("assumption_change", {"link_id": link, "changed_on": today, "changed_by": who,
                                  "old_status": old, "new_status": new, "reason": reason.strip()})  # fmt: skip


def add_link(
    label_: str, data: LinkInput, *, session: Session, who: str = "", today: dt.date | None = None
) -> Edit:
    """A link; its assumption's history starts with its first status."""
    _check_link(data, session)
    today = today or today_of(session=session)
    values = {
        "from_element_id": data.from_id, "to_element_id": data.to_id,
        "rationale": data.rationale.strip(), "assumption": data.assumption.strip(),
        "assumption_status": data.status, "evidence": data.evidence.strip(), "status_since": today,
    }  # fmt: skip
    first = _change_row(NewId(0), today, who, None, data.status, data.reason)
    return insert_row(label_, "toc_link", values, extra=[first])


def change_link(
    label_: str, link_id: int, data: LinkInput, *, session: Session, who: str = "",
    today: dt.date | None = None,
) -> Edit:  # fmt: skip
    """Change a link; a new assumption status is dated and kept with who and why."""
    link = session.get(ToCLink, link_id)
    if link is None:
        raise EditConflict("edit.not_found")
    _check_link(data, session, link_id)
    today = today or today_of(session=session)
    changes: dict[str, Any] = {
        "from_element_id": data.from_id, "to_element_id": data.to_id,
        "rationale": data.rationale.strip(), "assumption": data.assumption.strip(),
        "assumption_status": data.status, "evidence": data.evidence.strip(),
    }  # fmt: skip
    edit = set_fields(label_, "toc_link", (link_id,), changes, session=session)
    if data.status is link.assumption_status:
        return edit
    update = set_fields(label_, "toc_link", (link_id,), {**changes, "status_since": today},
                        session=session)  # fmt: skip
    name, row = _change_row(link_id, today, who, link.assumption_status, data.status, data.reason)
    return Edit(label_, (*update.operations, InsertRows((name, _values(row)))))


def delete_link(label_: str, link_id: int, *, session: Session) -> Edit:
    return delete_row(label_, "toc_link", (link_id,), session=session)


def attach_line(label_: str, line_id: int, activity_id: int | None, *, session: Session) -> Edit:
    """Attach a budget line to an activity (or detach it with None)."""
    if activity_id is not None and _element(activity_id, session).level is not ToCLevel.ACTIVITEIT:
        raise ValidationError("toc.not_activity", field="activity")
    return set_fields(label_, "budget_line", (line_id,), {"activity_id": activity_id},
                      session=session)  # fmt: skip


def apply_template(
    label_: str, project_id: int, code: str, language: Language, *, session: Session,
    who: str = "", today: dt.date | None = None,
) -> Edit:  # fmt: skip
    """Add a template's elements and links (with their assumptions) to the project's chain."""
    chosen = template(code)
    today = today or today_of(session=session)
    theme_id = None
    if chosen.theme_code:
        theme_id = session.exec(  # a retired theme is no longer offered: then none
            select(Theme.id).where(
                col(Theme.code) == chosen.theme_code, col(Theme.retired).is_(False)
            )
        ).first()
    operations: list[Operation] = []
    index: dict[str, int] = {}
    next_order = {level: _next_order(project_id, level, session) for level in ToCLevel}
    for element in chosen.elements:
        values = {
            "project_id": project_id, "level": element.level, "text": element.text[language],
            "sort_order": next_order[element.level],
            "theme_id": theme_id if element.level is ToCLevel.IMPACT else None,
        }  # fmt: skip
        next_order[element.level] += 1
        index[element.key] = len(index)
        operations.append(InsertRows(("toc_element", _values(values))))
    for number, link in enumerate(chosen.links):
        values = {
            "from_element_id": NewId(index[link.from_key]),
            "to_element_id": NewId(index[link.to_key]),
            "rationale": link.rationale[language], "assumption": link.assumption[language],
            "assumption_status": AssumptionStatus.ONBEVESTIGD, "evidence": "",
            "status_since": today,
        }  # fmt: skip
        name, row = _change_row(NewId(len(index) + number), today, who, None,
                                AssumptionStatus.ONBEVESTIGD, "")  # fmt: skip
        operations.append(InsertRows(("toc_link", _values(values)), ((name, _values(row)),)))
    return Edit(label_, tuple(operations))


def template_of_project(project_id: int, *, session: Session) -> str | None:
    """The chain template of the project's line of work: its primary theme first, then its
    further themes, the first programme line a template is made for."""
    project = session.get(Project, project_id)
    codes: list[str] = []
    if project is not None and project.primary_theme_id is not None:
        primary = session.get(Theme, project.primary_theme_id)
        if primary is not None:
            codes.append(primary.code)
    codes += list(session.exec(
        select(Theme.code).join(ProjectTheme, col(ProjectTheme.theme_id) == col(Theme.id))
        .where(col(ProjectTheme.project_id) == project_id).order_by(col(Theme.sort_order))))  # fmt: skip
    return template_for(codes)
