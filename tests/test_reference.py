"""Reference data is data: a Drenthe file of the previous schema, made by the previous demo, is
migrated to the Drentse Sociale Agenda's three speerpunten without losing a theme link; an item
in use is retired, never deleted; every reference edit undoes; the command line lists, adds,
renames and retires, and refuses bad input plainly."""

from __future__ import annotations

import gzip
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from fieldlab_desk.domain import reference as seeds
from fieldlab_desk.services import catalog, reference
from fieldlab_desk.services.portfolio import open_portfolio
from fieldlab_desk.services.reference import ReferenceKind
from fieldlab_desk.services.regions import region_named
from tests.test_cli import run

OLD_DEMO = Path(__file__).parent / "data" / "drenthe-demo-0008.fieldlab.gz"
OLD_CODES = tuple(seeds.OLD_AGENDA_THEMES)
SPEERPUNTEN = tuple(t.code for t in region_named("drenthe").agenda_themes)


@pytest.fixture
def old_demo(tmp_path: Path) -> Path:
    """The Drenthe demo as schema 0008 made it (five themes the sources do not have)."""
    path = tmp_path / "drenthe-0008.fieldlab"
    with gzip.open(OLD_DEMO) as packed, path.open("wb") as out:
        shutil.copyfileobj(packed, out)
    return path


def theme_links(path: Path) -> dict[str, list[tuple[str, str]]]:
    """Per project code, every theme it points at (links, primary theme, chain elements) as
    (how, theme code)."""
    connection = sqlite3.connect(path)
    found: dict[str, list[tuple[str, str]]] = {}
    for how, sql in (
        ("link", "SELECT p.code, t.code FROM project_theme l JOIN project p ON p.id = l.project_id "
                 "JOIN theme t ON t.id = l.theme_id"),
        ("primary", "SELECT p.code, t.code FROM project p JOIN theme t ON t.id = p.primary_theme_id"),
        ("chain", "SELECT p.code, t.code FROM toc_element e JOIN project p ON p.id = e.project_id "
                  "JOIN theme t ON t.id = e.theme_id"),
    ):  # fmt: skip
        for code, theme in connection.execute(sql):
            found.setdefault(code, []).append((how, theme))
    connection.close()
    return {code: sorted(links) for code, links in found.items()}


def test_the_migration_brings_the_speerpunten_and_loses_no_theme_link(old_demo: Path) -> None:
    before = theme_links(old_demo)
    assert any(theme in OLD_CODES for links in before.values() for _, theme in links)
    with open_portfolio(old_demo) as portfolio:  # migrates, after a backup
        assert portfolio.backup_made is not None
        agenda = portfolio.read(reference.reference_items, ReferenceKind.AGENDA)
        named = portfolio.read(reference.agenda_name)
        first = portfolio.read(catalog.project_choices, 1)
    after = theme_links(old_demo)
    assert named == "Drentse Sociale Agenda 2020-2023"
    retired = {i.code for i in agenda if i.retired}
    assert retired == set(OLD_CODES)
    assert {i.code for i in agenda if not i.retired} == set(SPEERPUNTEN)
    assert set(before) == set(after)
    for code, links in before.items():
        moved = [(how, seeds.OLD_AGENDA_THEMES.get(theme) or theme) for how, theme in links]
        assert after[code] == sorted(moved), code  # each link kept, moved only where unambiguous
    assert any(
        theme == "DSA-POSITIEVE-GEZONDHEID" for links in after.values() for _, theme in links
    )
    assert any(theme == "DSA-ARMOEDE" for links in after.values() for _, theme in links)
    offered = {c.name_nl for c in first.themes}
    assert "Positieve gezondheid" in offered and "Gezondheid" not in offered
    connection = sqlite3.connect(old_demo)
    kinds = dict(connection.execute("SELECT name, kind FROM organisation"))
    connection.close()
    assert kinds["Provincie Drenthe"] == "provincie" and kinds["B9"] == "samenwerkingsverband"


def test_a_new_file_has_the_three_speerpunten_and_none_of_the_old_themes(tmp_path: Path) -> None:
    made = run("demo", str(tmp_path / "new.fieldlab"))
    assert made.returncode == 0, made.stderr
    listed = run("reference", str(tmp_path / "new.fieldlab"), "list", "agenda", "--json")
    data = json.loads(listed.stdout)
    assert data["regional_agenda"] == "Drentse Sociale Agenda 2020-2023"
    assert [i["code"] for i in data["items"]] == list(SPEERPUNTEN)
    assert all(i["in_use"] > 0 for i in data["items"])  # the demo's projects work on all three


def test_an_item_in_use_is_retired_kept_where_used_and_no_longer_offered(demo_path: Path) -> None:
    with open_portfolio(demo_path) as portfolio:
        items = portfolio.read(reference.reference_items, ReferenceKind.AGENDA)
        used = next(i for i in items if i.in_use)
        holders = [
            pid for pid in range(1, 30)
            if used.id in portfolio.read(catalog.linked, catalog.LinkKind.THEMES, pid)
        ]  # fmt: skip
        other = next(
            pid for pid in range(1, 30)
            if used.id not in portfolio.read(catalog.linked, catalog.LinkKind.THEMES, pid)
        )  # fmt: skip
        undo = portfolio.apply(
            portfolio.read(reference.retire_item, "t", ReferenceKind.AGENDA, used.code)
        )
        again = {i.code: i for i in portfolio.read(reference.reference_items, ReferenceKind.AGENDA)}
        assert again[used.code].retired and again[used.code].in_use == used.in_use  # not deleted
        holder = portfolio.read(catalog.project_choices, holders[0])
        shown = next(c for c in holder.themes if c.id == used.id)
        assert shown.name("nl").endswith("(vervallen)") and shown.name("en").endswith("(retired)")
        assert used.id not in {c.id for c in portfolio.read(catalog.project_choices, other).themes}
        portfolio.apply(undo)
        back = {i.code: i for i in portfolio.read(reference.reference_items, ReferenceKind.AGENDA)}
        assert not back[used.code].retired


def test_adding_and_renaming_undo_and_land_in_the_history(demo_path: Path) -> None:
    with open_portfolio(demo_path) as portfolio:
        undo_add = portfolio.apply(portfolio.read(
            reference.add_item, "t", ReferenceKind.DOELGROEP, "mantelzorgers", "Mantelzorgers",
            "Informal carers"))  # fmt: skip
        groups = {
            i.code: i for i in portfolio.read(reference.reference_items, ReferenceKind.DOELGROEP)
        }
        assert groups["MANTELZORGERS"].name("en") == "Informal carers"
        undo_rename = portfolio.apply(portfolio.read(
            reference.rename_item, "t", ReferenceKind.DOELGROEP, "MANTELZORGERS",
            "Mantelzorgers en vrijwilligers"))  # fmt: skip
        renamed = portfolio.read(reference.find_item, ReferenceKind.DOELGROEP, "MANTELZORGERS")
        assert renamed.name_nl == "Mantelzorgers en vrijwilligers"
        assert renamed.name_en == "Informal carers"  # kept when not given
        portfolio.apply(undo_rename)
        assert (
            portfolio.read(reference.find_item, ReferenceKind.DOELGROEP, "MANTELZORGERS").name_nl
            == "Mantelzorgers"
        )
        portfolio.apply(undo_add)
        codes = {i.code for i in portfolio.read(reference.reference_items, ReferenceKind.DOELGROEP)}
        assert "MANTELZORGERS" not in codes
    connection = sqlite3.connect(demo_path)
    recorded = connection.execute(
        "SELECT count(*) FROM change_record WHERE entity = 'target_group'"
    ).fetchone()[0]
    connection.close()
    assert recorded >= 4  # added, renamed, renamed back, removed


def test_the_command_line_edits_reference_data_and_refuses_bad_input_plainly(
    demo_path: Path,
) -> None:
    added = run("reference", str(demo_path), "add", "gemeente", "-", "Kerkrade")
    assert added.returncode == 0, added.stderr
    retired = run("reference", str(demo_path), "retire", "gemeente", "kerkrade", lang="en")
    assert retired.returncode == 0 and "Reference item retired." in retired.stdout
    listed = json.loads(run("reference", str(demo_path), "list", "gemeente", "--json").stdout)
    kerkrade = next(i for i in listed["items"] if i["code"] == "Kerkrade")
    assert kerkrade["retired"] is True and kerkrade["in_use"] == 0
    agenda = run("reference", str(demo_path), "agenda", "Sociale Agenda Limburg 2025")
    assert agenda.returncode == 0
    assert (
        run("reference", str(demo_path), "agenda").stdout.strip() == "Sociale Agenda Limburg 2025"
    )
    bad = run("reference", str(demo_path), "add", "opgave", "geen code!", "Iets")
    assert (
        bad.returncode == 2 and "geen geldige code" in bad.stderr and "Traceback" not in bad.stderr
    )
    unknown = run(
        "reference", str(demo_path), "rename", "doelgroep", "NIEMAND", "Iemand", lang="en"
    )
    assert unknown.returncode == 2 and "No doelgroep with code 'NIEMAND'" in unknown.stderr
    taken = run("reference", str(demo_path), "add", "programmalijn", "PL-IDO", "Nog eens")
    assert taken.returncode == 2 and "bestaat al" in taken.stderr


def test_a_retired_theme_stays_on_the_impacts_that_point_at_it_and_is_offered_nowhere_else(
    demo_path: Path, qtbot: object
) -> None:
    """The chain's impact choices and the contribution page follow a retirement: the theme
    stays (marked) where an impact has it, is not offered to another impact, and a retired
    theme no impact points at is no gap on the contribution page."""
    from fieldlab_desk.domain.enums import ToCLevel
    from fieldlab_desk.services.toc import chain, contributions
    from fieldlab_desk.ui.dialogs.toc_dialogs import ElementDialog

    kind = ReferenceKind.STELSELUITDAGING
    with open_portfolio(demo_path) as portfolio:
        items = portfolio.read(reference.reference_items, kind)
        views = {pid: v for pid in range(1, 21) if (v := portfolio.read(chain, pid)) is not None}
        pointed = {e.theme_id for v in views.values() for e in v.at(ToCLevel.IMPACT)}
        used = next(i for i in items if i.id in pointed)
        unused = next(i for i in items if i.id not in pointed)
        pid, view = next((p, v) for p, v in views.items()
                         if any(e.theme_id == used.id for e in v.at(ToCLevel.IMPACT)))  # fmt: skip
        impact = next(e for e in view.at(ToCLevel.IMPACT) if e.theme_id == used.id)
        for item in (used, unused):
            portfolio.apply(portfolio.read(reference.retire_item, "t", kind, item.code))
        view = portfolio.read(chain, pid)
        assert view is not None
        shown = {c.theme.id for c in portfolio.read(contributions)}
    assert used.id in shown and unused.id not in shown  # served: shown; nobody's: no gap
    mine = ElementDialog(view, impact, ToCLevel.IMPACT, "nl", None)
    qtbot.addWidget(mine)  # type: ignore[attr-defined]
    offered = {mine.ui.themeCombo.itemData(i): mine.ui.themeCombo.itemText(i)
               for i in range(mine.ui.themeCombo.count())}  # fmt: skip
    assert offered[used.id].endswith("(vervallen)") and unused.id not in offered
    new = ElementDialog(view, None, ToCLevel.IMPACT, "nl", None)
    qtbot.addWidget(new)  # type: ignore[attr-defined]
    assert used.id not in {new.ui.themeCombo.itemData(i) for i in range(new.ui.themeCombo.count())}
