"""A new portfolio starts from a region: each region file in ``resources/regions/`` loads into a
sound file with its agenda, gemeenten and organisations and nothing of another region; the
File → New dialog offers the regions, keyboard only; a broken region file is refused plainly."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fieldlab_desk.domain.enums import OrganisationKind
from fieldlab_desk.domain.errors import FieldLabError
from fieldlab_desk.services import reference
from fieldlab_desk.services.portfolio import create_portfolio
from fieldlab_desk.services.regions import load_region, region_folder, regions
from tests.test_cli import run


def test_there_are_drenthe_limburg_and_empty_in_that_order() -> None:
    assert [r.key for r in regions()][:2] == ["drenthe", "limburg"]
    assert regions()[-1].key == "empty"


@pytest.mark.parametrize("key", [path.stem for path in sorted(region_folder().glob("*.json"))])
def test_each_region_loads_into_a_sound_file(tmp_path: Path, key: str) -> None:
    region = next(r for r in regions() if r.key == key)
    path = tmp_path / f"{key}.fieldlab"
    with create_portfolio(path, "Testbibliotheek", OrganisationKind.BIBLIOTHEEK, "Test",
                          region=key) as portfolio:  # fmt: skip
        agenda = portfolio.read(reference.reference_items, reference.ReferenceKind.AGENDA)
        named = portfolio.read(reference.agenda_name)
        places = portfolio.read(reference.reference_items, reference.ReferenceKind.GEMEENTE)
        opgaven = portfolio.read(reference.reference_items, reference.ReferenceKind.OPGAVE)
    checked = run("check", str(path))
    assert checked.returncode == 0, checked.stderr  # integrity, schema, foreign keys
    assert [i.code for i in opgaven] == ["GS", "PI", "LLO"]  # the national frame, always
    assert named == region.regional_agenda
    assert [i.code for i in agenda] == [t.code for t in region.agenda_themes]
    assert sorted(i.name_nl for i in places) == sorted(region.municipalities)
    connection = sqlite3.connect(path)
    organisations = dict(connection.execute("SELECT name, kind FROM organisation"))
    connection.close()
    for organisation in region.organisations:
        assert organisations[organisation.name] == organisation.kind
    assert set(organisations) == {o.name for o in region.organisations} | {"Testbibliotheek"}


def test_limburg_brings_nothing_of_drenthe(tmp_path: Path) -> None:
    with create_portfolio(tmp_path / "l.fieldlab", "Mijn Streek", None, "Mijn Streek 2026",
                          region="limburg") as portfolio:  # fmt: skip
        places = {
            i.name_nl
            for i in portfolio.read(reference.reference_items, reference.ReferenceKind.GEMEENTE)
        }
        themes = portfolio.read(reference.reference_items, reference.ReferenceKind.AGENDA)
    assert {"Kerkrade", "Brunssum", "Voerendaal", "Simpelveld"} <= places and len(places) == 31
    assert "Assen" not in places and not themes


def test_a_broken_region_file_is_refused_plainly(tmp_path: Path) -> None:
    broken = tmp_path / "friesland.json"
    broken.write_text(json.dumps({"key": "friesland", "name_nl": "Friesland"}), encoding="utf-8")
    with pytest.raises(FieldLabError) as refused:
        load_region(broken)
    assert "friesland.json" in refused.value.message("nl")
    with pytest.raises(FieldLabError):
        create_portfolio(tmp_path / "x.fieldlab", "X", None, "X", region="atlantis")
    assert not (tmp_path / "x.fieldlab").exists()


def test_the_new_portfolio_dialog_offers_the_regions_by_keyboard(
    qtbot: QtBot, tmp_path: Path, qapp: object
) -> None:
    from fieldlab_desk.ui.dialogs.new_portfolio import NewPortfolioDialog

    dialog = NewPortfolioDialog(tmp_path / "nieuw.fieldlab", "nl")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.ui.regionComboLabel.text() == "&Regio:"
    assert dialog.ui.regionCombo.currentText() == "Drenthe (SGIA)"
    assert "12 gemeenten" in dialog.ui.regionNote.text()
    qtbot.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.ui.regionCombo.hasFocus)
    qtbot.keyClick(dialog.ui.regionCombo, Qt.Key.Key_Down)
    assert dialog.region is not None and dialog.region.key == "limburg"
    assert "Sociale Agenda Limburg 2025" in dialog.ui.regionNote.text()
    qtbot.keyClick(dialog, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(dialog.ui.organisationCombo, "Cubiss Limburg")
    assert dialog.ui.kindCombo.currentData() == OrganisationKind.POI  # the region knows it
    assert dialog.values() == ("Cubiss Limburg", OrganisationKind.POI,
                               dialog.ui.titleEdit.text().strip(), "limburg")  # fmt: skip


def test_a_new_project_has_the_only_organisation_as_its_penvoerder(tmp_path: Path) -> None:
    from fieldlab_desk.services.edits import created_id
    from fieldlab_desk.services.projects import new_project, project_details

    with create_portfolio(tmp_path / "een.fieldlab", "Bibliotheek Zuidwest", None, "Eén",
                          region="empty") as portfolio:  # fmt: skip
        made = created_id(portfolio.apply(portfolio.read(new_project, "t", "Eerste", 2026)))
        assert made is not None
        details = portfolio.read(project_details, made)
        assert details is not None and details.lead_organisation_id is not None
    with create_portfolio(tmp_path / "meer.fieldlab", "Facet", None, "Meer",
                          region="drenthe") as portfolio:  # fmt: skip
        made = created_id(portfolio.apply(portfolio.read(new_project, "t", "Eerste", 2026)))
        assert made is not None
        details = portfolio.read(project_details, made)
        assert details is not None and details.lead_organisation_id is None  # the user chooses
