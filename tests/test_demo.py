"""The demo portfolios: realistic, complete, deterministic."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import select

from fieldlab_desk.demo import build_national_demo
from fieldlab_desk.domain.enums import Phase, ThemeKind
from fieldlab_desk.domain.models import (
    Indicator,
    Measurement,
    Organisation,
    Project,
    Theme,
    ToCElement,
    ToCLink,
)
from fieldlab_desk.domain.toc import ElementRef, LinkRef, check_toc
from fieldlab_desk.services.file_info import is_demo, summarise
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


def test_every_demo_chain_is_structurally_sound(demo_db: Database) -> None:
    with demo_db.session() as session:
        for project in session.exec(select(Project)).all():
            elements = session.exec(
                select(ToCElement).where(ToCElement.project_id == project.id)
            ).all()
            ids = [e.id for e in elements]
            links = session.exec(select(ToCLink).where(ToCLink.from_element_id.in_(ids))).all()  # type: ignore[union-attr]
            measured = [
                i.toc_element_id
                for i in session.exec(select(Indicator).where(Indicator.project_id == project.id))
            ]
            findings = check_toc(
                [ElementRef(e.id or 0, e.level) for e in elements],
                [LinkRef(link.id or 0, link.from_element_id, link.to_element_id) for link in links],
                [m for m in measured if m is not None],
            )
            assert len(elements) == 8
            if project.phase is not Phase.IDEE:
                assert findings == [], project.code
            assert any(link.assumption for link in links)


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
