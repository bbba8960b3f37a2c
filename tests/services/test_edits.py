"""Edits on a real file: applied, recorded, undone exactly, and refused when stale."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlmodel import select

from fieldlab_desk.domain.enums import ChangeAction, ParticipationRole, Phase
from fieldlab_desk.domain.models import ChangeRecord, Person, Project
from fieldlab_desk.services.catalog import LinkKind, linked, set_links
from fieldlab_desk.services.edits import (
    EditConflict,
    apply_edit,
    created_id,
    delete_row,
    insert_row,
    set_fields,
)
from fieldlab_desk.services.projects import change_phase, set_field
from fieldlab_desk.storage import Database

TABLES = ["project", "project_theme", "project_organisation", "project_target_group", "project_municipality",
          "phase_change", "milestone", "decision", "budget_line", "commitment", "expense", "toc_element",
          "toc_link", "indicator", "measurement", "person", "organisation"]  # fmt: skip


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    connection = sqlite3.connect(path)
    try:
        return {
            t: sorted(connection.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in TABLES
        }
    finally:
        connection.close()


def test_setting_a_field_records_old_and_new_and_undoes(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        edit = set_field("titel wijzigen", 1, "title", "QR in de bus", session=session)
        inverse = apply_edit(edit, session=session, who="Anouk")
    with demo_db.session() as session:
        assert session.get(Project, 1).title == "QR in de bus"  # type: ignore[union-attr]
        record = session.exec(select(ChangeRecord).order_by(ChangeRecord.id.desc())).first()  # type: ignore[union-attr]
    assert record is not None
    assert (record.who, record.entity, record.field, record.action) == (
        "Anouk",
        "project",
        "title",
        ChangeAction.UPDATE,
    )
    assert (record.old_value, record.new_value, record.project_id) == (
        "QR-codes naar e-books in de bibliotheek",
        "QR in de bus",
        1,
    )
    with demo_db.transaction() as session:
        apply_edit(inverse, session=session, who="Anouk")
    with demo_db.session() as session:
        assert session.get(Project, 1).title == "QR-codes naar e-books in de bibliotheek"  # type: ignore[union-attr]


def test_undo_refuses_to_overwrite_a_change_made_elsewhere(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        inverse = apply_edit(
            set_field("t", 1, "title", "Mijn titel", session=session),
            session=session,
            who="a",
        )
    with demo_db.transaction() as session:  # someone else, in between
        apply_edit(
            set_field("t", 1, "title", "Hun titel", session=session),
            session=session,
            who="b",
        )
    with pytest.raises(EditConflict) as caught, demo_db.transaction() as session:
        apply_edit(inverse, session=session, who="a")
    assert caught.value.code == "edit.conflict"
    with demo_db.session() as session:
        assert session.get(Project, 1).title == "Hun titel"  # type: ignore[union-attr]


def test_deleting_a_project_and_undoing_restores_every_row_exactly(demo_db: Database) -> None:
    assert demo_db.path is not None
    before = dump(demo_db.path)
    with demo_db.session() as session:
        edit = delete_row("Project verwijderen", "project", (5,), session=session)
    with demo_db.transaction() as session:
        inverse = apply_edit(edit, session=session, who="t")
    during = dump(demo_db.path)
    assert len(during["project"]) == len(before["project"]) - 1
    assert len(during["budget_line"]) < len(before["budget_line"])
    assert len(during["measurement"]) < len(before["measurement"])
    with demo_db.transaction() as session:
        redo = apply_edit(inverse, session=session, who="t")
    assert dump(demo_db.path) == before
    with demo_db.transaction() as session:
        apply_edit(redo, session=session, who="t")
    assert dump(demo_db.path) == during


FRESH_START = """
import sys
from fieldlab_desk.services.edits import apply_edit, delete_row
from fieldlab_desk.services.portfolio import open_portfolio
from fieldlab_desk.services.projects import project_rows
from fieldlab_desk.services.catalog import filter_choices

declared = sorted(m for m in sys.modules if m.startswith("fieldlab_desk.domain.models."))
print(" ".join(declared))
with open_portfolio(sys.argv[1], user="t") as portfolio:
    edit = portfolio.read(delete_row, "Project verwijderen", "project", (5,))
    inverse = portfolio.apply(edit)
    if sys.argv[2] == "undo":
        portfolio.apply(inverse)
"""
"""What the app has loaded when its first page shows (the services of the projects page), then
a delete of a project with measurements, and its undo."""


@pytest.mark.parametrize("undo", [False, True])
def test_a_delete_right_after_start_reaches_the_tables_not_yet_declared(
    demo_path: Path, tmp_path: Path, undo: bool
) -> None:
    """The steering and effect tables are declared when first needed, not at start: a delete
    still takes (and its undo gives back) the rows in them, counting on no luck in the order."""
    before = dump(demo_path)
    script = tmp_path / "fresh_start.py"
    script.write_text(FRESH_START)
    done = subprocess.run(
        [sys.executable, str(script), str(demo_path), "undo" if undo else "delete"],
        capture_output=True,
        text=True,
        check=True,
    )
    declared = done.stdout.split()
    assert "fieldlab_desk.domain.models.projects" in declared
    for later in ("course", "bookings", "steering", "effect"):
        assert f"fieldlab_desk.domain.models.{later}" not in declared
    after = dump(demo_path)
    if undo:
        assert after == before
    else:
        assert [r for r in after["project"] if r[0] == 5] == []
        for table in (
            "milestone",
            "decision",
            "budget_line",
            "expense",
            "indicator",
            "measurement",
        ):
            assert len(after[table]) < len(before[table]), table


def test_deleting_a_person_clears_and_restores_the_project_leader(demo_db: Database) -> None:
    with demo_db.session() as session:
        anouk = session.exec(select(Person).where(Person.name == "Anouk Hendriks")).one()
        led = [
            p.id for p in session.exec(select(Project).where(Project.leader_person_id == anouk.id))
        ]
        edit = delete_row("Persoon verwijderen", "person", (anouk.id,), session=session)
    assert len(led) >= 3
    with demo_db.transaction() as session:
        inverse = apply_edit(edit, session=session, who="t")
    with demo_db.session() as session:
        assert all(session.get(Project, pid).leader_person_id is None for pid in led)  # type: ignore[union-attr]
    with demo_db.transaction() as session:
        apply_edit(inverse, session=session, who="t")
    with demo_db.session() as session:
        assert all(session.get(Project, pid).leader_person_id == anouk.id for pid in led)  # type: ignore[union-attr]


def test_creating_a_row_reports_its_id_and_undo_removes_it(demo_db: Database) -> None:
    edit = insert_row(
        "Mijlpaal toevoegen",
        "milestone",
        {"project_id": 1, "title": "Borrel", "note": "", "sort_order": 9},
    )
    with demo_db.transaction() as session:
        inverse = apply_edit(edit, session=session, who="t")
    new_id = created_id(inverse)
    assert isinstance(new_id, int)
    with demo_db.transaction() as session:
        apply_edit(inverse, session=session, who="t")
        assert (
            session.exec(
                select(ChangeRecord).where(ChangeRecord.action == ChangeAction.DELETE)
            ).first()
            is not None
        )


def test_links_edit_adds_removes_and_changes_roles(demo_db: Database) -> None:
    with demo_db.session() as session:
        current = linked(LinkKind.ORGANISATIONS, 1, session=session)
    wanted = dict(current)
    first = next(iter(wanted))
    wanted[first] = ParticipationRole.KENNISPARTNER
    wanted[9] = ParticipationRole.PARTNER
    with demo_db.transaction() as session:
        edit = set_links("Organisaties", LinkKind.ORGANISATIONS, 1, wanted, session=session)
        inverse = apply_edit(edit, session=session, who="t")
        assert linked(LinkKind.ORGANISATIONS, 1, session=session) == wanted
        apply_edit(inverse, session=session, who="t")
        assert linked(LinkKind.ORGANISATIONS, 1, session=session) == current


def test_phase_change_updates_phase_and_history_in_one_edit(demo_db: Database) -> None:
    import datetime as dt

    with demo_db.session() as session:
        project = session.get(Project, 18)
        assert project is not None and project.phase is Phase.VOORSTEL
        edit = change_phase(
            "Fase", 18, Phase.GOEDGEKEURD, "Besluit", who="Henk", on=dt.date(2025, 11, 18),
            session=session,
        )  # fmt: skip
    with demo_db.transaction() as session:
        inverse = apply_edit(edit, session=session, who="Henk")
        assert session.get(Project, 18).phase is Phase.GOEDGEKEURD  # type: ignore[union-attr]
        apply_edit(inverse, session=session, who="Henk")
        assert session.get(Project, 18).phase is Phase.VOORSTEL  # type: ignore[union-attr]


def test_successive_edits_of_one_field_merge(demo_db: Database) -> None:
    with demo_db.session() as session:
        first = set_fields("t", "project", (1,), {"title": "A"}, session=session)
    later = first.__class__(
        "t", (first.operations[0].__class__("project", (1,), (("title", "A"),), (("title", "B"),)),)
    )
    merged = first.merged_with(later)
    assert first.merge_key == later.merge_key == ("project", (1,), "title")
    op = merged.operations[0]
    assert dict(op.before)["title"] == "QR-codes naar e-books in de bibliotheek"  # type: ignore[union-attr]
    assert dict(op.after)["title"] == "B"  # type: ignore[union-attr]
