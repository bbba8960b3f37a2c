"""Closing a half year: its measurements, progress and decisions stay as reported — whatever
path a change takes (an edit, an undo, an import) — until it is reopened with a reason."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import text

from fieldlab_desk.domain.enums import DecisionKind, MeasurementKind, MeetingKind
from fieldlab_desk.domain.errors import FieldLabError, ValidationError
from fieldlab_desk.services.edits import Edit, apply_edit, created_id
from fieldlab_desk.services.effect import (
    MeasurementInput,
    add_measurement,
    change_measurement,
    project_indicators,
)
from fieldlab_desk.services.periods import close_period, closed_periods, closures, reopen_period
from fieldlab_desk.services.steering import add_meeting, record_decision
from fieldlab_desk.storage import Database

PROJECT = 3  # the Digicafé: measured 30-06-2024 and before


def run(db: Database, edit: Edit, who: str = "Henk Vos") -> Edit:
    with db.transaction() as session:
        return apply_edit(edit, session=session, who=who)


def build(db: Database, builder: object, *args: object, **kwargs: object) -> Edit:
    with db.session() as session:
        return builder(*args, session=session, **kwargs)  # type: ignore[operator,no-any-return]


def indicator(db: Database) -> object:
    with db.session() as session:
        return project_indicators(PROJECT, session=session)[0]


def test_a_closed_half_year_refuses_every_change_until_it_is_reopened(demo_db: Database) -> None:
    reached = indicator(demo_db)
    june = reached.measurements[-1]  # type: ignore[attr-defined]
    assert june.measured_on == dt.date(2024, 6, 30)
    undo_add = run(demo_db, build(demo_db, add_measurement, "Meting", reached.id,  # type: ignore[attr-defined]
                                  MeasurementInput(dt.date(2024, 5, 1), MeasurementKind.TUSSENMETING, Decimal(100))))  # fmt: skip
    run(demo_db, build(demo_db, close_period, "Vaststellen", "2024H1", dt.date(2024, 7, 15),
                       who="Henk Vos"))  # fmt: skip
    with demo_db.session() as session:
        assert set(closed_periods(session=session)) == {"2024H1"}
    changed = MeasurementInput(june.measured_on, june.kind, Decimal(120))
    with pytest.raises(FieldLabError) as caught:
        run(demo_db, build(demo_db, change_measurement, "Meting", june.id, changed))
    assert caught.value.code == "period.closed"
    assert caught.value.message("nl").startswith(
        "2024H1 is vastgesteld (op 15-07-2024 door Henk Vos)"
    )
    assert "2024H1 is closed (on 2024-07-15 by Henk Vos)" in caught.value.message("en")
    with pytest.raises(FieldLabError):  # the undo of an earlier edit into the period, too
        run(demo_db, undo_add)
    moved_in = MeasurementInput(dt.date(2024, 3, 1), MeasurementKind.TUSSENMETING, Decimal(1))
    with pytest.raises(FieldLabError):  # nor may a new one be dated in it
        run(demo_db, build(demo_db, add_measurement, "Meting", reached.id, moved_in))  # type: ignore[attr-defined]
    later = MeasurementInput(dt.date(2024, 9, 1), MeasurementKind.TUSSENMETING, Decimal(125))
    run(demo_db, build(demo_db, add_measurement, "Meting", reached.id, later))  # type: ignore[attr-defined]
    assert indicator(demo_db).measurements[-2] == june  # type: ignore[attr-defined]
    with demo_db.session() as session, pytest.raises(ValidationError) as refused:
        reopen_period("Heropenen", "2024H1", dt.date(2024, 8, 1), " ", who="Henk Vos",
                      session=session)  # fmt: skip
    assert refused.value.code == "period.reason_needed"
    run(demo_db, build(demo_db, reopen_period, "Heropenen", "2024H1", dt.date(2024, 8, 1),
                       "Telling Aa en Hunze was dubbel.", who="Henk Vos"))  # fmt: skip
    run(demo_db, build(demo_db, change_measurement, "Meting", june.id, changed))
    with demo_db.session() as session:
        history = closures(session=session, period="2024H1")
        assert closed_periods(session=session) == {}
    assert [(c.closed_by, c.reopened_by, c.reopen_reason) for c in history] == [
        ("Henk Vos", "Henk Vos", "Telling Aa en Hunze was dubbel.")]  # fmt: skip


def test_a_closed_period_keeps_its_decisions(demo_db: Database) -> None:
    meeting = created_id(run(demo_db, add_meeting("Vergadering", dt.date(2025, 11, 18),
                                                  MeetingKind.REGULIER, "SGIA november")))  # fmt: skip
    assert meeting is not None
    run(demo_db, build(demo_db, close_period, "Vaststellen", "2025H2", dt.date(2025, 12, 20),
                       who="Henk Vos"))  # fmt: skip
    with pytest.raises(FieldLabError) as caught:
        run(demo_db, build(demo_db, record_decision, "Besluit", meeting, 18, DecisionKind.TOEGEKEND,
                           {2026: 3_500_000}, "", "", who="Henk"))  # fmt: skip
    assert caught.value.code == "period.closed"
    with pytest.raises(ValidationError) as twice:
        build(demo_db, close_period, "Vaststellen", "2025H2", dt.date(2025, 12, 21), who="x")
    assert twice.value.code == "period.already_closed"


def test_the_report_of_a_closed_period_says_so_and_names_its_reopenings(
    demo_path: object, tmp_path: object
) -> None:
    from pathlib import Path

    from fieldlab_desk.storage import open_database
    from tests.test_report_as_of import report_text

    path = Path(str(demo_path))
    before = report_text(path, Path(str(tmp_path)), "2024H1", "--summary")
    assert "Nog niet vastgesteld: de cijfers kunnen nog veranderen." in before
    db = open_database(path)
    try:
        run(
            db,
            build(db, close_period, "Vaststellen", "2024H1", dt.date(2024, 7, 15), who="Henk Vos"),
        )
        run(db, build(db, reopen_period, "Heropenen", "2024H1", dt.date(2024, 8, 1),
                      "Telling Aa en Hunze was dubbel.", who="Anouk Hendriks"))  # fmt: skip
        run(
            db,
            build(db, close_period, "Vaststellen", "2024H1", dt.date(2024, 8, 2), who="Henk Vos"),
        )
    finally:
        db.close()
    after = report_text(path, Path(str(tmp_path)), "2024H1", "--summary")
    assert "Vastgesteld op 02-08-2024 door Henk Vos" in after
    assert "Heropend op 01-08-2024 door Anouk Hendriks: Telling Aa en Hunze was dubbel." in after


def test_every_projects_history_shows_the_closing_and_the_reopening(demo_db: Database) -> None:
    """A period's closing holds every project's figures of it: each project's history says
    when it was closed and why it was reopened, with the rest of that project's changes."""
    from fieldlab_desk.services.projects import change_history

    run(demo_db, build(demo_db, close_period, "Vaststellen", "2024H1", dt.date(2024, 7, 15),
                       who="Henk Vos"))  # fmt: skip
    run(demo_db, build(demo_db, reopen_period, "Heropenen", "2024H1", dt.date(2024, 8, 1),
                       "Telling was dubbel.", who="Anna"))  # fmt: skip
    with demo_db.session() as session:
        ids = list(session.execute(text("SELECT id FROM project ORDER BY id LIMIT 2")).scalars())
        histories = [change_history(i, session=session) for i in ids]
    for history in histories:
        said = {(r.entity, r.field, r.new_value) for r in history if r.entity == "period_closure"}
        assert ("period_closure", "", "2024H1: 15-07-2024") in said
        assert ("period_closure", "reopen_reason", "Telling was dubbel.") in said
        assert any(r.entity != "period_closure" for r in history)  # its own changes too
