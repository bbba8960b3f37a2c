"""The demo portfolios: realistic, complete, deterministic."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import select

from fieldlab_desk.demo import build_national_demo
from fieldlab_desk.demo.drenthe import DEMO_TODAY
from fieldlab_desk.domain.enums import AssumptionStatus, Phase, ThemeKind, ToCLevel, ToCProblem
from fieldlab_desk.domain.models import (
    Measurement,
    Organisation,
    Project,
    Theme,
)
from fieldlab_desk.services.file_info import is_demo, summarise
from fieldlab_desk.services.toc import chain
from fieldlab_desk.storage import Database


def test_drenthe_demo_covers_all_phases_and_the_three_opgaven(demo_db: Database) -> None:
    with demo_db.session() as session:
        projects = session.exec(select(Project)).all()
        opgaven = {
            t.id: t.code for t in session.exec(select(Theme).where(Theme.kind == ThemeKind.OPGAVE))
        }
        names = {o.name for o in session.exec(select(Organisation))}
        assert is_demo(session=session)
    assert 15 <= len(projects) <= 20
    assert {p.phase for p in projects} == set(Phase)
    assert {opgaven[p.primary_theme_id] for p in projects if p.primary_theme_id in opgaven} == {
        "GS",
        "PI",
        "LLO",
    }
    assert {"Biblionet Drenthe", "Facet", "De Nieuwe Kolk", "Bibliotheek Hoogeveen", "CMO STAMM",
            "BOKD", "Huus van de Taol", "Kunst & Cultuur Drenthe", "GGD Drenthe"} <= names  # fmt: skip
    assert any(p.result_text and p.phase is Phase.GESTOPT for p in projects)  # a negative result


def test_every_demo_chain_is_sound_costed_and_monitored(demo_db: Database) -> None:
    """Each project has a full chain input → impact from its line of work, its whole budget
    attached to its activities, and assumptions with a dated history."""
    with demo_db.session() as session:
        projects = session.exec(select(Project)).all()
        statuses = set()
        for project in projects:
            view = chain(project.id or 0, session=session, today=DEMO_TODAY)
            assert view is not None
            levels = {e.level for e in view.elements}
            assert levels == set(ToCLevel), project.code
            structural = {ToCProblem.LINK_NOT_FORWARD, ToCProblem.CYCLE,
                          ToCProblem.ORPHAN_ACTIVITY, ToCProblem.OUTPUT_WITHOUT_ACTIVITY,
                          ToCProblem.IMPACT_WITHOUT_THEME}  # fmt: skip
            assert not [f for f in view.quality.findings if f.problem in structural], project.code
            assert view.budget_cents > 0 and view.attached_cents == view.budget_cents
            activities = view.at(ToCLevel.ACTIVITEIT)
            costed = [e for e in activities if e.cost_cents > 0]
            assert costed == activities or len(view.lines) < len(activities), project.code
            assert all(link.assumption and link.history for link in view.links)
            assert all(link.history[-1].new_status is link.status for link in view.links)
            statuses |= {link.status for link in view.links}
            assert 60 <= view.quality.score <= 100
        assert statuses == set(AssumptionStatus)  # the demo shows every status
        # projects follow their line of work: a BoekStart project gets the BoekStart chain
        boekstart = next(p for p in projects if p.code == "SGIA-2023-04")
        texts = {e.text for e in chain(boekstart.id or 0, session=session).elements}  # type: ignore[union-attr]
        assert "Ouders lezen dagelijks voor aan hun kind" in texts


def test_drenthe_demo_is_deterministic(demo_master: Path, tmp_path: Path) -> None:
    from fieldlab_desk.demo import build_drenthe_demo

    again = build_drenthe_demo(tmp_path / "again.fieldlab")
    try:
        summary = summarise(again, full_check=False)
    finally:
        again.close()
    from fieldlab_desk.storage import open_database

    master = open_database(demo_master, read_only=True)
    try:
        assert summarise(master, full_check=False).counts == summary.counts
    finally:
        master.close()


def test_national_demo_has_the_promised_size(tmp_path: Path) -> None:
    database = build_national_demo(tmp_path / "national.fieldlab")
    try:
        summary = summarise(database)
        with database.session() as session:
            first = session.exec(select(Measurement).limit(1)).one()
    finally:
        database.close()
    assert summary.sound
    assert summary.counts["project"] == 5_000
    assert summary.counts["budget_line"] == 50_000
    assert summary.counts["measurement"] == 200_000
    assert first.value == 0
