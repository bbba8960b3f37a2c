"""The scaling register: adoptions recorded as edits, and how far an innovation spread."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from fieldlab_desk.domain.enums import AdoptionForm, AdoptionFunding
from fieldlab_desk.domain.errors import ValidationError
from fieldlab_desk.domain.models import Municipality, Organisation, Project
from fieldlab_desk.domain.scaling import reach
from fieldlab_desk.services.edits import apply_edit, created_id
from fieldlab_desk.services.scaling import (
    AdoptionInput,
    add_adoption,
    adoptions,
    change_adoption,
    scaling_view,
)
from fieldlab_desk.storage import Database

F, S, P, G = AdoptionFunding, AdoptionForm.STRUCTUREEL, AdoptionForm.PILOT, AdoptionForm.GESTOPT


def test_reach_counts_who_runs_it_now_and_who_pays() -> None:
    found = reach([(1, 10, S, F.GEMEENTE), (1, 11, S, F.EIGEN_BEGROTING), (2, 12, P, F.PROVINCIE),
                   (3, 13, G, F.GEEN), (None, 14, S, F.GEEN)])  # fmt: skip
    # libraries 1 and 2 (3 stopped); gemeenten 10, 11, 12, 14; funded structural: two
    assert (found.libraries, found.gemeenten, found.structural, found.pilots, found.stopped) == (
        2, 4, 2, 1, 1)  # fmt: skip
    assert found.in_core
    assert not reach([(1, 10, S, F.GEEN), (2, None, P, F.GEMEENTE)]).in_core  # nobody pays
    assert reach([]).libraries == 0 and not reach([]).in_core


def ids(db: Database) -> tuple[int, int, int]:
    with db.session() as session:
        project = session.exec(select(Project.id).where(Project.code == "SGIA-2024-02")).one()
        library = session.exec(select(Organisation.id).where(Organisation.name == "Facet")).one()
        place = session.exec(select(Municipality.id).where(Municipality.name == "Coevorden")).one()
    return int(project or 0), int(library or 0), int(place or 0)


def test_an_adoption_is_an_edit_and_counts_in_the_portfolio_view(demo_db: Database) -> None:
    project_id, library, place = ids(demo_db)
    with demo_db.session() as session:
        before = scaling_view(session=session)
        with pytest.raises(ValidationError) as caught:
            add_adoption("x", project_id, AdoptionInput(None, None, dt.date(2025, 9, 1), P, F.GEEN),
                         session=session)  # fmt: skip
    assert caught.value.code == "adoption.who_needed"
    assert "SGIA-2024-02" not in {i.code for i in before.innovations}
    data = AdoptionInput(library, place, dt.date(2025, 9, 1), P, F.GEMEENTE, " Proef in Coevorden ")
    with demo_db.transaction() as session:
        inverse = apply_edit(add_adoption("Verspreiding", project_id, data, session=session),
                             session=session, who="t")  # fmt: skip
    made = created_id(inverse)
    assert made is not None
    with demo_db.session() as session:
        rows = adoptions(session=session, project_id=project_id)
        view = scaling_view(session=session)
    assert [(r.organisation, r.municipality, r.form, r.funding, r.note) for r in rows] == [
        ("Facet", "Coevorden", P, F.GEMEENTE, "Proef in Coevorden")]  # fmt: skip
    spread = {i.code: i for i in view.innovations}["SGIA-2024-02"]
    assert (spread.reach.libraries, spread.reach.gemeenten, spread.reach.in_core) == (1, 1, False)
    assert view.by_gemeente["Coevorden"]["SGIA-2024-02"] is P
    assert view.in_core == before.in_core
    with demo_db.transaction() as session:  # structural with the gemeente paying: in the core
        apply_edit(change_adoption("Structureel", made, AdoptionInput(
            library, place, dt.date(2025, 9, 1), S, F.GEMEENTE), session=session),
            session=session, who="t")  # fmt: skip
    with demo_db.session() as session:
        assert scaling_view(session=session).in_core == before.in_core + 1
    with demo_db.transaction() as session:  # undone: as it was
        apply_edit(inverse, session=session, who="t")
    with demo_db.session() as session:
        assert scaling_view(session=session) == before
