"""Indicators and measurements through their named edits on a real file, the library, and the
portfolio's totals of like indicators."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlmodel import select

from fieldlab_desk.demo import data
from fieldlab_desk.demo.drenthe import DEMO_TODAY
from fieldlab_desk.domain.enums import (
    MeasurementKind,
    Method,
    Phase,
    ToCLevel,
    UnitSubject,
    ValueSemantics,
)
from fieldlab_desk.domain.errors import ValidationError
from fieldlab_desk.domain.models import ChangeRecord, Measurement
from fieldlab_desk.domain.progress import ProgressStatus
from fieldlab_desk.services.edits import apply_edit, created_id
from fieldlab_desk.services.effect import (
    IndicatorFilter,
    IndicatorInput,
    MeasurementInput,
    add_indicator,
    add_measurement,
    change_indicator,
    delete_indicator,
    library_entries,
    measured_elements,
    portfolio_indicators,
    project_indicators,
)
from fieldlab_desk.storage import Database

PROJECT = 4


def run(db: Database, builder: object, *args: object) -> object:
    with db.session() as session:
        edit = builder(*args, session=session)  # type: ignore[operator]
    with db.transaction() as session:
        return apply_edit(edit, session=session, who="Sanne")


def test_an_indicator_with_a_survey_measurement_and_undo(demo_db: Database) -> None:
    with demo_db.session() as session:
        outcome = next(e for e in measured_elements(PROJECT, session=session)
                       if e.level is ToCLevel.OUTCOME_KORT)  # fmt: skip
        entry = next(e for e in library_entries(session=session) if e.code == "VERBETERING")
        before = len(project_indicators(PROJECT, session=session))
    data = IndicatorInput(
        name=entry.name_nl, toc_element_id=outcome.id, library_id=entry.id, unit="%",
        unit_subject=UnitSubject.DEELNEMERS, semantics=ValueSemantics.MOMENTOPNAME,
        baseline_value=Decimal(30), baseline_date=dt.date(2024, 1, 15),
        baseline_method=Method.ENQUETE, baseline_sample_size=50, baseline_reconstructed=True,
        target_value=Decimal(60), target_date=dt.date(2025, 12, 31),
    )  # fmt: skip
    undo_indicator = run(demo_db, add_indicator, "Indicator", PROJECT, data)
    new = created_id(undo_indicator)  # type: ignore[arg-type]
    assert new is not None
    survey = MeasurementInput(dt.date(2024, 7, 1), MeasurementKind.TUSSENMETING, None,
                              numerator=Decimal(21), denominator=Decimal(50), sample_size=50)  # fmt: skip
    undo_measurement = run(demo_db, add_measurement, "Meting", new, survey)
    with demo_db.session() as session:
        row = next(r for r in project_indicators(PROJECT, session=session, today=DEMO_TODAY)
                   if r.id == new)  # fmt: skip
        words = session.exec(
            select(ChangeRecord.entity).where(ChangeRecord.project_id == PROJECT)
        ).all()
    assert row.baseline_reconstructed and row.baseline_method is Method.ENQUETE
    assert [(m.value, m.numerator, m.denominator) for m in row.measurements] == [
        (Decimal(42), Decimal(21), Decimal(50))]  # fmt: skip
    assert row.progress is not None and row.progress.actual == Decimal(42)
    assert {"indicator", "measurement"} <= set(words)  # in the project's history
    run(demo_db, lambda label, session: undo_measurement, "undo")  # the inverse edits
    run(demo_db, lambda label, session: undo_indicator, "undo")
    with demo_db.session() as session:
        assert len(project_indicators(PROJECT, session=session)) == before


def test_whole_counts_refuse_fractions_in_measurements_and_targets(demo_db: Database) -> None:
    with demo_db.session() as session:
        meetings = next(r for r in project_indicators(PROJECT, session=session)
                        if r.name == "Voorleesbijeenkomsten voor ouders")  # fmt: skip
    assert meetings.whole_numbers
    assert all(m.value == m.value.to_integral_value() for m in meetings.measurements)
    with pytest.raises(ValidationError) as fraction:
        run(demo_db, add_measurement, "Meting", meetings.id,
            MeasurementInput(dt.date(2025, 1, 1), MeasurementKind.TUSSENMETING, Decimal("13.2")))  # fmt: skip
    assert fraction.value.code == "indicator.whole_number"
    with pytest.raises(ValidationError):
        data = IndicatorInput(name="Voorleesbijeenkomsten voor ouders", toc_element_id=meetings.toc_element_id,
                              whole_numbers=True, target_value=Decimal("40.5"))  # fmt: skip
        run(demo_db, change_indicator, "Wijzig", meetings.id, data)


def test_an_indicator_hangs_on_an_output_or_outcome_of_its_own_project(demo_db: Database) -> None:
    with demo_db.session() as session:
        other = measured_elements(PROJECT + 1, session=session)[0]
    for element in (other.id, 999_999):
        with pytest.raises(ValidationError) as wrong:
            run(demo_db, add_indicator, "Indicator", PROJECT, IndicatorInput("X", element))
        assert wrong.value.code == "indicator.element"
    with pytest.raises(ValidationError) as nameless:
        run(demo_db, add_indicator, "Indicator", PROJECT, IndicatorInput("  ", None))
    assert nameless.value.code == "indicator.name_empty"


def test_deleting_an_indicator_takes_its_measurements_and_undo_brings_them_back(
    demo_db: Database,
) -> None:
    with demo_db.session() as session:
        row = project_indicators(PROJECT, session=session)[0]
        count = len(session.exec(select(Measurement)).all())
    undo = run(demo_db, delete_indicator, "Weg", row.id)
    with demo_db.session() as session:
        assert len(session.exec(select(Measurement)).all()) == count - len(row.measurements)
    run(demo_db, lambda label, session: undo, "undo")
    with demo_db.session() as session:
        assert len(session.exec(select(Measurement)).all()) == count
        again = next(r for r in project_indicators(PROJECT, session=session) if r.id == row.id)
    assert again.measurements == row.measurements


def test_the_demo_shows_every_status_and_the_portfolio_adds_like_to_like(demo_db: Database) -> None:
    with demo_db.session() as session:
        everything = portfolio_indicators(IndicatorFilter(), session=session, today=DEMO_TODAY)
        year = portfolio_indicators(IndicatorFilter(year=2024), session=session, today=DEMO_TODAY)
        behind = portfolio_indicators(IndicatorFilter(status=ProgressStatus.OFF_TRACK),
                                      session=session, today=DEMO_TODAY)  # fmt: skip
    assert {r.indicator.status for r in everything.rows} == set(ProgressStatus)
    started = {r.project_id for r in everything.rows if r.indicator.measurements[-1].kind
               is not MeasurementKind.NULMETING}  # fmt: skip
    assert len({r.project_id for r in everything.rows}) == 20  # every demo project measures
    ran = {s.code for s in data.PROJECTS  # started by the demo's day, and not rejected
           if s.start <= DEMO_TODAY and not (s.phase is Phase.GESTOPT and not s.sgia)}  # fmt: skip
    assert {r.code for r in everything.rows if r.project_id in started} == ran
    assert all(r.indicator.status is ProgressStatus.OFF_TRACK for r in behind.rows)
    for total in year.totals:
        like = [r.indicator for r in year.rows if r.indicator.library_id == total.library_id
                and r.indicator.unit_subject is total.unit_subject]  # fmt: skip
        assert total.indicators == len(like)
        if total.semantics is ValueSemantics.MOMENTOPNAME:
            assert total.total is None  # snapshots do not add up
        else:
            assert total.total == sum(
                i.progress.actual for i in like if i.progress and i.progress.actual
            )


def test_the_sql_summary_gives_the_same_progress_as_the_measurements(demo_db: Database) -> None:
    """The pack reads current values in SQL; they must mean what the measurements mean."""
    with demo_db.session() as session:
        for year in (2023, 2024, 2025):
            full = portfolio_indicators(
                IndicatorFilter(year=year), session=session, today=DEMO_TODAY
            )
            quick = portfolio_indicators(IndicatorFilter(year=year), session=session,
                                         today=DEMO_TODAY, with_measurements=False)  # fmt: skip
            assert [r.indicator.progress for r in quick.rows] == [
                r.indicator.progress for r in full.rows
            ]
            assert quick.totals == full.totals
            assert all(r.indicator.measurements == () for r in quick.rows)
