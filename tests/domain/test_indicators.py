"""The meaning of an indicator's numbers: whole counts, percentages from their parts, adding like
to like, and progress for every direction, comparator and semantics."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldlab_desk.domain.enums import (
    Comparator,
    Direction,
    MeasurementKind,
    UnitSubject,
    ValueSemantics,
)
from fieldlab_desk.domain.errors import ValidationError
from fieldlab_desk.domain.indicators import Summand, add_up, check_whole, percentage_of, totals
from fieldlab_desk.domain.progress import (
    AT_RISK_MARGIN,
    ON_TRACK_MARGIN,
    IndicatorSpec,
    MeasuredValue,
    ProgressStatus,
    actual_value,
    indicator_progress,
)

START, END = dt.date(2024, 1, 1), dt.date(2025, 1, 1)
V, U = ValueSemantics, UnitSubject


def test_whole_counts_refuse_fractions() -> None:
    check_whole(Decimal(13), True)
    check_whole(Decimal("13.2"), False)
    with pytest.raises(ValidationError) as refused:
        check_whole(Decimal("13.2"), True)
    assert "heel getal" in refused.value.message("nl")


def test_a_percentage_is_computed_from_its_parts() -> None:
    assert percentage_of(Decimal(42), Decimal(60)) == Decimal("70.00")
    assert percentage_of(Decimal(1), Decimal(3)) == Decimal("33.33")
    for numerator, denominator in ((Decimal(1), Decimal(0)), (Decimal(61), Decimal(60)),
                                   (Decimal(-1), Decimal(60))):  # fmt: skip
        with pytest.raises(ValidationError):
            percentage_of(numerator, denominator)


def summand(library: int | None, unit: str, semantics: ValueSemantics, actual: str | None,
            subject: UnitSubject = U.DEELNEMERS) -> Summand:  # fmt: skip
    return Summand(library, unit, subject, semantics, Decimal(actual) if actual else None)


def test_only_like_indicators_add_up() -> None:
    participants = [summand(1, "personen", V.CUMULATIEF, "120"),
                    summand(1, "Personen ", V.CUMULATIEF, "80"),
                    summand(1, "personen", V.CUMULATIEF, None)]  # fmt: skip
    assert add_up(participants) == Decimal(200)
    unlike = [
        summand(2, "personen", V.CUMULATIEF, "5"),  # another library entry
        summand(1, "bijeenkomsten", V.CUMULATIEF, "5"),  # another unit
        summand(1, "personen", V.PER_PERIODE, "5"),  # another semantics
        summand(1, "personen", V.CUMULATIEF, "5", U.BIBLIOTHEKEN),  # libraries are not people
        summand(None, "personen", V.CUMULATIEF, "5"),  # outside the library
    ]
    for other in unlike:
        with pytest.raises(ValidationError) as refused:
            add_up([participants[0], other])
        assert refused.value.code == "indicator.unlike"
    with pytest.raises(ValidationError) as snapshot:
        add_up([summand(4, "%", V.MOMENTOPNAME, "40"), summand(4, "%", V.MOMENTOPNAME, "60")])
    assert snapshot.value.code == "indicator.snapshot_sum"


def test_totals_group_like_with_like_and_leave_snapshots_unsummed() -> None:
    values = [summand(1, "personen", V.CUMULATIEF, "120"), summand(1, "personen", V.CUMULATIEF, "80"),
              summand(1, "personen", V.CUMULATIEF, "7", U.BIBLIOTHEKEN),
              summand(2, "bijeenkomsten", V.PER_PERIODE, "12"), summand(4, "%", V.MOMENTOPNAME, "40"),
              summand(None, "personen", V.CUMULATIEF, "999")]  # fmt: skip
    found = {(t.library_id, t.unit_subject): (t.indicators, t.total) for t in totals(values)}
    assert found == {(1, U.DEELNEMERS): (2, Decimal(200)), (1, U.BIBLIOTHEKEN): (1, Decimal(7)),
                     (2, U.DEELNEMERS): (1, Decimal(12)), (4, U.DEELNEMERS): (1, None)}  # fmt: skip


# --- progress for every direction × comparator × semantics -----------------------------------

directions = st.sampled_from(list(Direction))
comparators = st.sampled_from(list(Comparator))
semantics_ = st.sampled_from(list(ValueSemantics))
numbers = st.integers(0, 1000).map(Decimal)


@st.composite
def cases(draw: st.DrawFn) -> tuple[IndicatorSpec, list[MeasuredValue], dt.date]:
    direction, comparator, semantics = draw(directions), draw(comparators), draw(semantics_)
    baseline = draw(numbers)
    target = draw(numbers.filter(lambda t: t != baseline))
    if direction is Direction.HOGER:
        baseline, target = min(baseline, target), max(baseline, target)
    else:
        baseline, target = max(baseline, target), min(baseline, target)
    days = draw(st.lists(st.integers(1, 365), min_size=0, max_size=5, unique=True))
    values = [MeasuredValue(START, MeasurementKind.NULMETING, baseline)] + [
        MeasuredValue(START + dt.timedelta(days=d), MeasurementKind.TUSSENMETING, draw(numbers))
        for d in sorted(days)
    ]
    spec = IndicatorSpec(direction, comparator, semantics, baseline, START, target, END)
    return spec, values, START + dt.timedelta(days=draw(st.integers(0, 400)))


@settings(max_examples=400, deadline=None)
@given(cases())
def test_progress_means_what_it_says(
    case: tuple[IndicatorSpec, list[MeasuredValue], dt.date],
) -> None:
    spec, values, today = case
    result = indicator_progress(spec, values, today)
    after = [v.value for v in values if v.kind is not MeasurementKind.NULMETING]
    if not after:
        assert result.status is ProgressStatus.NO_DATA and result.actual is None
        return
    # the current value by the semantics: per period adds up, the others take the latest
    expected_actual = sum(after) if spec.semantics is V.PER_PERIODE else after[-1]
    assert result.actual == expected_actual == actual_value(spec.semantics, values)
    assert spec.target_value is not None and spec.baseline_value is not None
    span = spec.target_value - spec.baseline_value
    progress = (expected_actual - spec.baseline_value) / span
    assert result.progress == progress.quantize(Decimal("0.001"), ROUND_HALF_UP)
    # better by the direction means more progress: never negative when it moved the right way
    better = (expected_actual >= spec.baseline_value if spec.direction is Direction.HOGER
              else expected_actual <= spec.baseline_value)  # fmt: skip
    assert (result.progress >= 0) == better  # type: ignore[operator]
    met = {Comparator.GE: expected_actual >= spec.target_value,
           Comparator.LE: expected_actual <= spec.target_value,
           Comparator.EQ: expected_actual == spec.target_value}[spec.comparator]  # fmt: skip
    assert (result.status is ProgressStatus.MET) == met
    if not met:
        assert result.expected is not None
        behind = result.expected - result.progress  # type: ignore[operator]
        if behind <= ON_TRACK_MARGIN:
            assert result.status is ProgressStatus.ON_TRACK
        elif behind <= AT_RISK_MARGIN and result.progress >= 0:  # type: ignore[operator]
            assert result.status is ProgressStatus.AT_RISK
        else:
            assert result.status is ProgressStatus.OFF_TRACK


@pytest.mark.parametrize(
    ("done", "status"),
    [("0.45", ProgressStatus.ON_TRACK), ("0.40", ProgressStatus.ON_TRACK),
     ("0.39", ProgressStatus.AT_RISK), ("0.25", ProgressStatus.AT_RISK),
     ("0.24", ProgressStatus.OFF_TRACK)],
)  # fmt: skip
def test_thresholds_against_the_time_gone(done: str, status: ProgressStatus) -> None:
    # half the time gone: on track down to 40 %, at risk down to 25 %, then off track
    spec = IndicatorSpec(Direction.HOGER, Comparator.GE, V.MOMENTOPNAME, Decimal(0), START,
                         Decimal(100), dt.date(2024, 12, 31))  # fmt: skip
    halfway = dt.date(2024, 7, 1)
    value = Decimal(done) * 100
    result = indicator_progress(spec, [MeasuredValue(halfway, MeasurementKind.TUSSENMETING, value)],
                                halfway)  # fmt: skip
    assert result.expected is not None and abs(result.expected - Decimal("0.5")) < Decimal("0.01")
    assert result.status is status


@pytest.mark.parametrize(
    ("done", "gone_days", "shown", "status"),
    [  # 31,6 % done against 41,8 % of the time gone: 10,2 points behind as shown → at risk
        ("0.31564", 418, ("31,6 %", "41,8 %"), ProgressStatus.AT_RISK),
        # exactly 10,0 points behind as shown → on track, whatever the digits beyond
        ("0.31764", 418, ("31,8 %", "41,8 %"), ProgressStatus.ON_TRACK),
        ("0.16751", 418, ("16,8 %", "41,8 %"), ProgressStatus.AT_RISK),  # 25,0 points
        ("0.16749", 418, ("16,7 %", "41,8 %"), ProgressStatus.OFF_TRACK),  # 25,1 points
    ],
)
def test_status_follows_the_figures_as_shown(
    done: str, gone_days: int, shown: tuple[str, str], status: ProgressStatus
) -> None:
    from fieldlab_desk.domain.formats import share

    spec = IndicatorSpec(Direction.HOGER, Comparator.GE, V.MOMENTOPNAME, Decimal(0), START,
                         Decimal(1), START + dt.timedelta(days=1000))  # fmt: skip
    values = [MeasuredValue(START, MeasurementKind.TUSSENMETING, Decimal(done))]
    result = indicator_progress(spec, values, START + dt.timedelta(days=gone_days))
    assert (share(result.progress), share(result.expected)) == shown
    assert result.status is status


def test_holding_the_level_is_all_the_way_there_unless_it_went_the_wrong_way() -> None:
    for direction, comparator in (
        (Direction.HOGER, Comparator.GE),
        (Direction.LAGER, Comparator.LE),
    ):
        spec = IndicatorSpec(
            direction, comparator, V.MOMENTOPNAME, Decimal(5), START, Decimal(5), END
        )
        held = indicator_progress(
            spec, [MeasuredValue(START, MeasurementKind.TUSSENMETING, Decimal(5))], START
        )
        assert held.progress == Decimal(1) and held.status is ProgressStatus.MET
    spec = IndicatorSpec(
        Direction.HOGER, Comparator.EQ, V.MOMENTOPNAME, Decimal(5), START, Decimal(5), END
    )
    worse = indicator_progress(
        spec, [MeasuredValue(START, MeasurementKind.TUSSENMETING, Decimal(4))], START
    )
    assert worse.progress == Decimal(0)


def test_expected_progress_needs_both_dates_and_a_span() -> None:
    from fieldlab_desk.domain.progress import expected_progress

    def spec(start: dt.date | None, end: dt.date | None) -> IndicatorSpec:
        return IndicatorSpec(
            Direction.HOGER, Comparator.GE, V.MOMENTOPNAME, Decimal(0), start, Decimal(1), end
        )

    assert expected_progress(spec(None, END), START) is None
    assert expected_progress(spec(START, None), START) is None
    assert expected_progress(spec(START, START), START) is None  # no span to go
    one_day = spec(START, START + dt.timedelta(days=1))
    assert expected_progress(one_day, START + dt.timedelta(days=1)) == Decimal("1.000")
    assert expected_progress(one_day, START) == Decimal("0.000")
    assert expected_progress(spec(START, END), START - dt.timedelta(days=30)) == Decimal("0.000")


def test_without_a_target_the_value_and_the_calendar_still_show() -> None:
    spec = IndicatorSpec(
        Direction.HOGER, Comparator.GE, V.MOMENTOPNAME, Decimal(0), START, None, END
    )
    found = indicator_progress(
        spec, [MeasuredValue(START, MeasurementKind.TUSSENMETING, Decimal(3))], START
    )
    assert (found.actual, found.progress, found.status) == (
        Decimal(3),
        None,
        ProgressStatus.NO_DATA,
    )
    assert found.expected == Decimal("0.000")


def test_a_missing_baseline_counts_as_zero() -> None:
    spec = IndicatorSpec(
        Direction.HOGER, Comparator.GE, V.MOMENTOPNAME, None, START, Decimal(200), END
    )
    found = indicator_progress(
        spec, [MeasuredValue(START, MeasurementKind.TUSSENMETING, Decimal(50))], START
    )
    assert found.progress == Decimal("0.250")


def test_without_dates_any_progress_is_on_track_and_none_is_off_track() -> None:
    spec = IndicatorSpec(
        Direction.HOGER, Comparator.GE, V.MOMENTOPNAME, Decimal(0), None, Decimal(10), None
    )
    some = indicator_progress(
        spec, [MeasuredValue(START, MeasurementKind.TUSSENMETING, Decimal(5))], START
    )
    none = indicator_progress(
        spec, [MeasuredValue(START, MeasurementKind.TUSSENMETING, Decimal(0))], START
    )
    assert some.status is ProgressStatus.ON_TRACK and none.status is ProgressStatus.OFF_TRACK


def test_no_progress_yet_early_on_is_at_risk_not_off_track() -> None:
    # a fifth of the time gone and nothing moved: 20 points behind, at risk
    spec = IndicatorSpec(Direction.HOGER, Comparator.GE, V.MOMENTOPNAME, Decimal(0), START,
                         Decimal(10), START + dt.timedelta(days=100))  # fmt: skip
    still = indicator_progress(spec, [MeasuredValue(START, MeasurementKind.TUSSENMETING, Decimal(0))],
                               START + dt.timedelta(days=20))  # fmt: skip
    assert (still.progress, still.expected, still.status) == (
        Decimal(0),
        Decimal("0.200"),
        ProgressStatus.AT_RISK,
    )
