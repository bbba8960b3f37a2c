"""The veranderketen through its named edits, on a real file: elements, links, assumptions with
their dated history, costed activities, templates, and undo of each."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from fieldlab_desk.domain.enums import (
    AssumptionStatus,
    CostCategory,
    FundingSource,
    ToCLevel,
    ToCProblem,
)
from fieldlab_desk.domain.errors import ValidationError
from fieldlab_desk.domain.models import BudgetLine, ChangeRecord, Project
from fieldlab_desk.services.edits import Edit, apply_edit, created_id
from fieldlab_desk.services.templates import templates
from fieldlab_desk.services.toc import (
    ChainView,
    ElementInput,
    LinkInput,
    add_element,
    add_link,
    apply_template,
    chain,
    chain_scores,
    change_element,
    change_link,
    contributions,
    delete_element,
    move_element,
)
from fieldlab_desk.storage import Database

TODAY = dt.date(2025, 6, 1)
L = ToCLevel


@pytest.fixture
def project_id(empty_db: Database) -> int:
    with empty_db.transaction() as session:
        project = Project(code="T-1", title="Taalcafé")
        session.add(project)
        session.flush()
        session.add(BudgetLine(project_id=project.id or 0, year=2025, category=CostCategory.INHUUR,
                               description="Trainer", funding_source=FundingSource.SGIA,
                               amount_cents=600_000, planned_cents=600_000))  # fmt: skip
        session.add(BudgetLine(project_id=project.id or 0, year=2025,
                               category=CostCategory.MATERIAAL, description="Boeken",
                               funding_source=FundingSource.SGIA, amount_cents=300_001,
                               planned_cents=300_001))  # fmt: skip
        return project.id or 0


def run(db: Database, edit: Edit, who: str = "Sanne") -> Edit:
    with db.transaction() as session:
        return apply_edit(edit, session=session, who=who)


def build(db: Database, builder: object, *args: object, **kwargs: object) -> Edit:
    with db.session() as session:
        return builder(*args, session=session, **kwargs)  # type: ignore[operator]


def view(db: Database, project_id: int) -> ChainView:
    with db.session() as session:
        found = chain(project_id, session=session, today=TODAY)
    assert found is not None
    return found


def element(db: Database, project_id: int, level: ToCLevel, text: str, **more: object) -> int:
    inverse = run(db, build(db, add_element, "Element", project_id,
                            ElementInput(level, text, **more)))  # type: ignore[arg-type]  # fmt: skip
    new = created_id(inverse)
    assert new is not None
    return new


def link(db: Database, a: int, b: int, **more: object) -> int:
    data = LinkInput(a, b, **more)  # type: ignore[arg-type]
    new = created_id(run(db, build(db, add_link, "Verbinding", data, who="Sanne", today=TODAY)))
    assert new is not None
    return new


def line_ids(db: Database, project_id: int) -> list[int]:
    with db.session() as session:
        lines = session.exec(select(BudgetLine).where(BudgetLine.project_id == project_id))
        return [line.id or 0 for line in lines]


def test_a_chain_is_built_level_by_level_with_costs_and_scored(
    empty_db: Database, project_id: int
) -> None:
    trainer, books = line_ids(empty_db, project_id)
    act = element(empty_db, project_id, L.ACTIVITEIT, "Taalcafés", line_ids=(trainer, books))
    out = element(empty_db, project_id, L.OUTPUT, "Deelnemers oefenen")
    short = element(empty_db, project_id, L.OUTCOME_KORT, "Beter lezen")
    link(empty_db, act, out, rationale="Oefenen", assumption="Ze komen")
    link(empty_db, out, short)
    chain_now = view(empty_db, project_id)
    assert [e.text for e in chain_now.elements] == [
        "Taalcafés",
        "Deelnemers oefenen",
        "Beter lezen",
    ]
    assert chain_now.element(act).cost_cents == 900_001  # type: ignore[union-attr]
    assert chain_now.element(short).pathway_cents == 900_001  # type: ignore[union-attr]
    problems = {f.problem for f in chain_now.quality.findings}
    assert problems == {ToCProblem.LEVEL_MISSING, ToCProblem.OUTCOME_WITHOUT_INDICATOR,
                        ToCProblem.LINK_WITHOUT_RATIONALE, ToCProblem.LINK_WITHOUT_ASSUMPTION}  # fmt: skip
    missing = [f for f in chain_now.quality.findings if f.problem is ToCProblem.LEVEL_MISSING]
    assert [f.level for f in missing] == [L.IMPACT]
    assert chain_now.describe(missing[0], "nl") == "De keten heeft nog geen impact."
    unexplained = next(
        f for f in chain_now.quality.findings if f.problem is ToCProblem.LINK_WITHOUT_RATIONALE
    )
    assert chain_now.describe(unexplained, "en") == (
        "The link 'Deelnemers oefenen' → 'Beter lezen' has no rationale."
    )
    # parts: structure 10, measured 0/1, explained 1/2, activities 15, outputs 10, impact 0/0,
    # assumptions 2/2 → 10 + 0 + 10 + 15 + 10 + 0 + 10
    assert chain_now.quality.score == 55
    with empty_db.session() as session:
        assert chain_scores(session=session, today=TODAY) == {project_id: 55}


def test_links_go_forward_only_and_once(empty_db: Database, project_id: int) -> None:
    out = element(empty_db, project_id, L.OUTPUT, "Output")
    act = element(empty_db, project_id, L.ACTIVITEIT, "Activiteit")
    other = element(empty_db, project_id, L.OUTPUT, "Andere output")
    for a, b in ((out, act), (out, other)):
        with pytest.raises(ValidationError) as refused:
            build(empty_db, add_link, "Verbinding", LinkInput(a, b))
        assert refused.value.code == "toc.link_backward"
    link(empty_db, act, out)
    with pytest.raises(ValidationError) as twice:
        build(empty_db, add_link, "Verbinding", LinkInput(act, out))
    assert twice.value.code == "toc.link_exists"
    # a level change that would turn a link backwards is refused too
    with pytest.raises(ValidationError) as level:
        build(empty_db, change_element, "Wijzig", act, ElementInput(L.OUTCOME_KORT, "Activiteit"))
    assert level.value.code == "toc.level_breaks_links"


def test_assumption_status_changes_are_kept_with_who_when_and_why(
    empty_db: Database, project_id: int
) -> None:
    act = element(empty_db, project_id, L.ACTIVITEIT, "Spreekuur")
    out = element(empty_db, project_id, L.OUTPUT, "Inwoners geholpen")
    link_id = link(empty_db, act, out, assumption="Ze vinden de weg")
    later = dt.date(2025, 9, 1)
    changed = LinkInput(act, out, assumption="Ze vinden de weg", status=AssumptionStatus.ONDER_DRUK,
                        evidence="Tussenmeting: 40 % minder bezoek", reason="Bereik valt tegen")  # fmt: skip
    undo = run(empty_db, build(empty_db, change_link, "Aanname", link_id, changed, who="Henk",
                               today=later), who="Henk")  # fmt: skip
    stored = view(empty_db, project_id).links[0]
    assert stored.status is AssumptionStatus.ONDER_DRUK
    assert stored.status_since == later
    assert stored.evidence == "Tussenmeting: 40 % minder bezoek"
    assert [(h.changed_on, h.changed_by, h.old_status, h.new_status, h.reason)
            for h in stored.history] == [
        (TODAY, "Sanne", None, AssumptionStatus.ONBEVESTIGD, ""),
        (later, "Henk", AssumptionStatus.ONBEVESTIGD, AssumptionStatus.ONDER_DRUK,
         "Bereik valt tegen"),
    ]  # fmt: skip
    with empty_db.session() as session:
        said = session.exec(
            select(ChangeRecord.new_value).where(ChangeRecord.entity == "assumption_change")
        ).all()
    assert "Onbevestigd → Onder druk: Bereik valt tegen" in said  # the history in words
    # undo takes the history row and the date back with the status
    run(empty_db, undo)
    after = view(empty_db, project_id).links[0]
    assert (after.status, after.status_since, len(after.history)) == (
        AssumptionStatus.ONBEVESTIGD, TODAY, 1)  # fmt: skip
    # a change of the text alone adds no history
    same = LinkInput(act, out, assumption="Ze vinden de weg naar de bieb")
    run(empty_db, build(empty_db, change_link, "Aanname", link_id, same, today=later))
    assert len(view(empty_db, project_id).links[0].history) == 1
    with empty_db.session() as session:
        records = session.exec(
            select(ChangeRecord).where(ChangeRecord.entity == "assumption_change")
        )
        assert all(r.project_id == project_id for r in records)


def test_deleting_an_activity_takes_its_links_frees_its_lines_and_undo_restores_all(
    empty_db: Database, project_id: int
) -> None:
    trainer, books = line_ids(empty_db, project_id)
    act = element(empty_db, project_id, L.ACTIVITEIT, "Taalcafés", line_ids=(trainer,))
    out = element(empty_db, project_id, L.OUTPUT, "Oefenen")
    link(empty_db, act, out, assumption="Ze komen")
    before = view(empty_db, project_id)
    undo = run(empty_db, build(empty_db, delete_element, "Weg", act))
    gone = view(empty_db, project_id)
    assert [e.text for e in gone.elements] == ["Oefenen"]
    assert gone.links == () and gone.attached_cents == 0
    run(empty_db, undo)
    assert view(empty_db, project_id) == before
    # detaching a line through the activity's own edit
    run(empty_db, build(empty_db, change_element, "Wijzig", act,
                        ElementInput(L.ACTIVITEIT, "Taalcafés", line_ids=(books,))))  # fmt: skip
    assert view(empty_db, project_id).element(act).cost_cents == 300_001  # type: ignore[union-attr]


def test_elements_move_within_their_level(empty_db: Database, project_id: int) -> None:
    ids = [element(empty_db, project_id, L.OUTPUT, name) for name in ("A", "B", "C")]
    run(empty_db, build(empty_db, move_element, "Omhoog", ids[2], -1))
    assert [e.text for e in view(empty_db, project_id).elements] == ["A", "C", "B"]
    assert build(empty_db, move_element, "Omhoog", ids[0], -1).is_empty  # already first
    undo = run(empty_db, build(empty_db, move_element, "Omlaag", ids[0], 1))
    assert [e.text for e in view(empty_db, project_id).elements] == ["C", "A", "B"]
    run(empty_db, undo)
    assert [e.text for e in view(empty_db, project_id).elements] == ["A", "C", "B"]


@pytest.mark.parametrize("code", [t.code for t in templates()])
def test_every_template_makes_a_sound_chain_and_undo_removes_it(
    empty_db: Database, project_id: int, code: str
) -> None:
    chosen = next(t for t in templates() if t.code == code)
    element(empty_db, project_id, L.INPUT, "Wat er al stond")
    undo = run(empty_db, build(empty_db, apply_template, "Sjabloon", project_id, code, "en",
                               who="Sanne", today=TODAY))  # fmt: skip
    made = view(empty_db, project_id)
    assert len(made.elements) == len(chosen.elements) + 1
    assert len(made.links) == len(chosen.links)
    texts = {e.text for e in made.elements}
    assert {e.text["en"] for e in chosen.elements} <= texts  # in the language asked for
    structural = {ToCProblem.LINK_NOT_FORWARD, ToCProblem.CYCLE, ToCProblem.ORPHAN_ACTIVITY,
                  ToCProblem.OUTPUT_WITHOUT_ACTIVITY, ToCProblem.IMPACT_WITHOUT_THEME,
                  ToCProblem.LINK_WITHOUT_RATIONALE, ToCProblem.LINK_WITHOUT_ASSUMPTION}  # fmt: skip
    assert not [f for f in made.quality.findings if f.problem in structural]
    assert all(len(li.history) == 1 and li.history[0].changed_by == "Sanne" for li in made.links)
    impact = made.at(L.IMPACT)[0]
    assert impact.theme_id is not None
    with empty_db.session() as session:
        contributing = {c.theme.id: c for c in contributions(session=session, today=TODAY)}
    assert [p.code for p in contributing[impact.theme_id].projects] == ["T-1"]
    # the existing element keeps its place; the template's input comes after it
    assert made.at(L.INPUT)[0].text == "Wat er al stond"
    run(empty_db, undo)
    assert [e.text for e in view(empty_db, project_id).elements] == ["Wat er al stond"]


def test_the_portfolio_contribution_adds_up_per_theme_and_shows_the_gaps(
    demo_db: Database,
) -> None:
    from sqlalchemy import func

    from fieldlab_desk.demo.drenthe import DEMO_TODAY
    from fieldlab_desk.domain.models import DecisionGrant, ToCElement

    with demo_db.session() as session:
        rows = contributions(session=session, today=DEMO_TODAY)
        pointing = session.exec(
            select(ToCElement.theme_id, ToCElement.project_id).where(
                ToCElement.level == ToCLevel.IMPACT,
                ToCElement.theme_id.is_not(None),  # type: ignore[union-attr]
            )
        ).all()
        granted = dict(
            session.exec(
                select(DecisionGrant.project_id, func.sum(DecisionGrant.amount_cents)).group_by(
                    DecisionGrant.project_id
                )
            ).all()
        )
    by_theme = {row.theme.id: row for row in rows}
    for theme_id, project_id in pointing:
        listed = {p.project_id: p for p in by_theme[theme_id].projects}
        assert project_id in listed
        assert listed[project_id].granted_cents == int(granted.get(project_id) or 0)
    kinds = {row.theme.kind for row in rows if row.projects}
    assert len(kinds) == 3  # opgaven, stelseluitdagingen and the Sociale Agenda all get some
    assert any(not row.projects for row in rows)  # and the demo shows gaps
    for row in rows:
        assert row.granted_cents == sum(p.granted_cents for p in row.projects)
