"""Results per gemeente and doelgroep: a measurement entered as parts that sum to its total,
the total still what progress uses; the current value's split in the portfolio's JSON."""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from fieldlab_desk.domain.enums import Dimension, MeasurementKind, ValueSemantics
from fieldlab_desk.domain.errors import ValidationError
from fieldlab_desk.domain.indicators import Part, current_split
from fieldlab_desk.domain.models import Municipality, Project
from fieldlab_desk.services.edits import apply_edit
from fieldlab_desk.services.effect import (
    IndicatorInput,
    MeasurementInput,
    add_measurement,
    change_indicator,
    change_measurement,
    project_indicators,
    split_choices,
)
from fieldlab_desk.storage import Database, open_database

G, D = Dimension.GEMEENTE, Dimension.DOELGROEP
DIGICAFE = "SGIA-2023-03"  # counts per gemeente in the demo: Assen and Aa en Hunze


def run(db: Database, builder: object, *args: object) -> object:
    with db.session() as session:
        edit = builder(*args, session=session)  # type: ignore[operator]
    with db.transaction() as session:
        return apply_edit(edit, session=session, who="Sanne")


def digicafe(db: Database) -> tuple[int, object, dict[str, int]]:
    with db.session() as session:
        project = session.exec(select(Project.id).where(Project.code == DIGICAFE)).one()
        rows = project_indicators(int(project or 0), session=session)
        places = {m.name: m.id or 0 for m in session.exec(select(Municipality))}
    reached = next(r for r in rows if r.name == "Inwoners geholpen bij digitale zaken")
    return int(project or 0), reached, places


def test_the_demo_counts_per_gemeente_and_the_parts_sum_to_each_count(demo_db: Database) -> None:
    project, reached, _ = digicafe(demo_db)
    assert reached.dimensions == (G,) and reached.semantics is ValueSemantics.CUMULATIEF
    for m in reached.measurements:
        assert sum(p.value for p in m.split(G)) == m.value
        assert {p.name for p in m.split(G)} == {"Assen", "Aa en Hunze"}
    assert reached.split == {G: {"Assen": Decimal(80), "Aa en Hunze": Decimal(39)}}
    assert sum(reached.split[G].values()) == reached.progress.actual  # type: ignore[union-attr]
    with demo_db.session() as session:
        offered = split_choices(project, session=session)
    assert [c.name_nl for c in offered[G]] == ["Aa en Hunze", "Assen"]  # the project's places


def test_a_split_measurement_is_checked_stored_changed_and_undone(demo_db: Database) -> None:
    _, reached, places = digicafe(demo_db)
    assen, hunze = places["Assen"], places["Aa en Hunze"]
    wrong = MeasurementInput(dt.date(2025, 6, 30), MeasurementKind.TUSSENMETING, Decimal(130),
                             parts=(Part(G, assen, Decimal(90)), Part(G, hunze, Decimal(30))))  # fmt: skip
    with demo_db.session() as session, pytest.raises(ValidationError) as caught:
        add_measurement("Meting", reached.id, wrong, session=session)
    assert caught.value.code == "measurement.parts_sum"
    assert caught.value.message("nl").startswith(
        "De delen per gemeente tellen op tot 120, de meting is 130"
    )
    assert "parts per municipality add up to 120" in caught.value.message("en")
    with demo_db.session() as session, pytest.raises(ValidationError) as caught:
        add_measurement("Meting", reached.id, MeasurementInput(
            dt.date(2025, 6, 30), MeasurementKind.TUSSENMETING, Decimal(130),
            parts=(Part(D, 1, Decimal(130)),)), session=session)  # fmt: skip
    assert caught.value.code == "measurement.part_dimension"  # not declared: no doelgroep
    good = MeasurementInput(dt.date(2025, 6, 30), MeasurementKind.TUSSENMETING, Decimal(130),
                            parts=(Part(G, assen, Decimal(90)), Part(G, hunze, Decimal(40))))  # fmt: skip
    inverse = run(demo_db, add_measurement, "Meting", reached.id, good)
    _, after, _ = digicafe(demo_db)
    latest = after.measurements[-1]
    assert latest.value == 130 and {(p.name, p.value) for p in latest.parts} == {
        ("Assen", Decimal(90)), ("Aa en Hunze", Decimal(40))}  # fmt: skip
    assert after.split == {G: {"Assen": Decimal(90), "Aa en Hunze": Decimal(40)}}
    assert after.progress.actual == 130  # type: ignore[union-attr]  # the total is what counts
    moved = MeasurementInput(dt.date(2025, 6, 30), MeasurementKind.TUSSENMETING, Decimal(131),
                             parts=(Part(G, assen, Decimal(91)), Part(G, hunze, Decimal(40))))  # fmt: skip
    undo_change = run(demo_db, change_measurement, "Meting", latest.id, moved)
    _, changed, _ = digicafe(demo_db)
    assert changed.split == {G: {"Assen": Decimal(91), "Aa en Hunze": Decimal(40)}}
    for inverse_edit in (undo_change, inverse):  # Ctrl+Z twice: as it was
        with demo_db.transaction() as session:
            apply_edit(inverse_edit, session=session, who="Sanne")  # type: ignore[arg-type]
    _, back, _ = digicafe(demo_db)
    assert back.measurements == reached.measurements


def test_a_snapshot_cannot_be_split(demo_db: Database) -> None:
    _, reached, _ = digicafe(demo_db)
    data = IndicatorInput(reached.name, reached.toc_element_id, semantics=ValueSemantics.MOMENTOPNAME,
                          split_gemeente=True)  # fmt: skip
    with demo_db.session() as session, pytest.raises(ValidationError) as caught:
        change_indicator("x", reached.id, data, session=session)
    assert caught.value.code == "indicator.split_snapshot"


def test_the_current_split_of_a_per_period_indicator_adds_its_periods() -> None:
    per = [(True, [(G, "Assen", Decimal(0))]), (False, [(G, "Assen", Decimal(5)), (G, "Emmen", Decimal(2))]),
           (False, [(G, "Assen", Decimal(1)), (G, "Emmen", Decimal(4))])]  # fmt: skip
    assert current_split(ValueSemantics.PER_PERIODE, per) == {G: {"Assen": 6, "Emmen": 6}}
    assert current_split(ValueSemantics.CUMULATIEF, per) == {G: {"Assen": 1, "Emmen": 4}}
    assert current_split(ValueSemantics.MOMENTOPNAME, per) == {}
    gap = [*per, (False, [])]  # a count without parts: its split would not be the whole
    assert current_split(ValueSemantics.PER_PERIODE, gap) == {}


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(parts=st.lists(st.integers(0, 500), min_size=1, max_size=2), extra=st.integers(-3, 3))
def test_a_measurements_parts_always_sum_to_its_total(
    demo_master: Path, tmp_path: Path, parts: list[int], extra: int
) -> None:
    """Whatever is typed: a split is stored only when its parts sum to the total exactly, and
    what is stored then sums to the total."""
    path = tmp_path / f"s{len(list(tmp_path.iterdir()))}.fieldlab"
    shutil.copyfile(demo_master, path)
    db = open_database(path)
    try:
        _, reached, places = digicafe(db)
        refs = [places["Assen"], places["Aa en Hunze"]][: len(parts)]
        total = Decimal(sum(parts) + extra)
        data = MeasurementInput(dt.date(2025, 6, 30), MeasurementKind.TUSSENMETING, total,
                                parts=tuple(Part(G, r, Decimal(v)) for r, v in zip(refs, parts, strict=True)))  # fmt: skip
        if extra != 0 or total < 0:
            with db.session() as session, pytest.raises(ValidationError):
                add_measurement("Meting", reached.id, data, session=session)
            return
        run(db, add_measurement, "Meting", reached.id, data)
        _, after, _ = digicafe(db)
        for m in after.measurements:
            assert sum(p.value for p in m.split(G)) == m.value
    finally:
        db.close()


def test_like_indicators_total_per_gemeente_and_every_output_shows_the_split(
    demo_path: Path, tmp_path: Path
) -> None:
    """The portfolio adds like indicators per gemeente too (what is not split stays apart, so
    the parts and the rest make the total); the pack and the report show each split."""
    import pypdf
    from openpyxl import load_workbook

    from fieldlab_desk.services.effect import IndicatorFilter, portfolio_indicators
    from tests.test_cli import run as command
    from tests.test_report import words

    db = open_database(demo_path, read_only=True)
    with db.session() as session:
        found = portfolio_indicators(IndicatorFilter(), session=session)
    db.close()
    split = [t for t in found.totals if t.per_gemeente]
    assert split
    for total in split:
        assert sum(v for _, v in total.per_gemeente) + total.unsplit == total.total
    reached = next(t for t in split if dict(t.per_gemeente).get("Assen") == 80)
    assert dict(reached.per_gemeente) == {"Aa en Hunze": 39, "Assen": 80}
    pack = tmp_path / "pack.xlsx"
    assert command("export", str(demo_path), "--year", "2024", "--out", str(pack)).returncode == 0
    sheet = load_workbook(pack)["Indicatoren"]
    shown = {(r[0], r[1]): r[-1] for r in sheet.iter_rows(min_row=2, values_only=True) if r[0]}
    assert (
        shown[("SGIA-2023-03", "Inwoners geholpen bij digitale zaken")]
        == "Assen 80 · Aa en Hunze 39"
    )
    assert not shown[("SGIA-2024-01", "Inwoners geholpen bij digitale zaken")]  # one total
    report = tmp_path / "r.pdf"
    assert command("report", str(demo_path), "--period", "2024H1", "--project", "SGIA-2023-03",
                   "--out", str(report)).returncode == 0  # fmt: skip
    text = " ".join(words(page.extract_text()) for page in pypdf.PdfReader(report).pages)
    assert "Assen 80 · Aa en Hunze 39" in text


def test_a_measurements_parts_are_in_the_projects_history(demo_db: Database) -> None:
    """Parts changed with their measurement are recorded with its project, so the Historie
    tab shows them (a new measurement's parts go with its own record)."""
    from fieldlab_desk.domain.models import ChangeRecord

    project, reached, places = digicafe(demo_db)
    latest = reached.measurements[-1]
    moved = MeasurementInput(latest.measured_on, latest.kind, latest.value,
                             parts=(Part(G, places["Assen"], latest.value),))  # fmt: skip
    run(demo_db, change_measurement, "Meting", latest.id, moved)
    with demo_db.session() as session:
        parts = session.exec(
            select(ChangeRecord).where(ChangeRecord.entity == "measurement_part")
        ).all()
    assert len(parts) == 3  # two parts gone, one made
    assert all(record.project_id == project for record in parts)
