"""Indicator progress for each direction and each value semantics."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from fieldlab_desk.domain.enums import Comparator, Direction, MeasurementKind, ValueSemantics
from fieldlab_desk.domain.progress import (
    IndicatorSpec,
    MeasuredValue,
    ProgressStatus,
    actual_value,
    indicator_progress,
)

START, END = dt.date(2024, 1, 1), dt.date(2025, 1, 1)
MIDDLE = dt.date(2024, 7, 2)
N, T, E = MeasurementKind.NULMETING, MeasurementKind.TUSSENMETING, MeasurementKind.EINDMETING


def spec(direction: Direction, comparator: Comparator, semantics: ValueSemantics,
         baseline: str, target: str) -> IndicatorSpec:  # fmt: skip
    return IndicatorSpec(
        direction, comparator, semantics, Decimal(baseline), START, Decimal(target), END
    )


def m(day: dt.date, kind: MeasurementKind, value: str) -> MeasuredValue:
    return MeasuredValue(day, kind, Decimal(value))


def test_higher_is_better_snapshot_halfway() -> None:
    s = spec(Direction.HOGER, Comparator.GE, ValueSemantics.MOMENTOPNAME, "40", "70")
    result = indicator_progress(s, [m(START, N, "40"), m(MIDDLE, T, "55")], MIDDLE)
    assert result.actual == Decimal(55)
    assert result.progress == Decimal("0.5")
    assert result.status is ProgressStatus.ON_TRACK


def test_lower_is_better_uses_the_same_formula() -> None:
    # waiting time in days: from 30 down to 10; now 25 → a quarter of the way
    s = spec(Direction.LAGER, Comparator.LE, ValueSemantics.MOMENTOPNAME, "30", "10")
    result = indicator_progress(s, [m(START, N, "30"), m(MIDDLE, T, "25")], MIDDLE)
    assert result.progress == Decimal("0.25")
    assert result.status is ProgressStatus.AT_RISK  # half the time gone, a quarter done
    done = indicator_progress(s, [m(START, N, "30"), m(END, E, "9")], END)
    assert done.status is ProgressStatus.MET
    assert done.progress == Decimal("1.05")


def test_lower_is_better_going_the_wrong_way_is_negative() -> None:
    s = spec(Direction.LAGER, Comparator.LE, ValueSemantics.MOMENTOPNAME, "30", "10")
    result = indicator_progress(s, [m(MIDDLE, T, "34")], MIDDLE)
    assert result.progress == Decimal("-0.2")
    assert result.status is ProgressStatus.OFF_TRACK


def test_cumulative_takes_the_latest_running_total() -> None:
    values = [m(START, N, "0"), m(dt.date(2024, 4, 1), T, "100"), m(MIDDLE, T, "180")]
    assert actual_value(ValueSemantics.CUMULATIEF, values) == Decimal(180)
    s = spec(Direction.HOGER, Comparator.GE, ValueSemantics.CUMULATIEF, "0", "300")
    assert indicator_progress(s, values, MIDDLE).progress == Decimal("0.6")


def test_per_period_adds_up_the_periods_after_the_baseline() -> None:
    values = [m(START, N, "5"), m(dt.date(2024, 4, 1), T, "10"), m(MIDDLE, T, "12")]
    assert actual_value(ValueSemantics.PER_PERIODE, values) == Decimal(22)
    s = spec(Direction.HOGER, Comparator.GE, ValueSemantics.PER_PERIODE, "0", "40")
    assert indicator_progress(s, values, MIDDLE).progress == Decimal("0.55")


def test_snapshot_ignores_earlier_higher_values() -> None:
    values = [m(dt.date(2024, 3, 1), T, "80"), m(MIDDLE, T, "50")]
    assert actual_value(ValueSemantics.MOMENTOPNAME, values) == Decimal(50)


def test_measurement_order_does_not_matter() -> None:
    values = [m(MIDDLE, T, "50"), m(START, N, "40"), m(dt.date(2024, 3, 1), T, "45")]
    assert actual_value(ValueSemantics.MOMENTOPNAME, values) == Decimal(50)


def test_no_measurements_after_the_baseline_is_no_data() -> None:
    s = spec(Direction.HOGER, Comparator.GE, ValueSemantics.MOMENTOPNAME, "40", "70")
    result = indicator_progress(s, [m(START, N, "40")], MIDDLE)
    assert result.status is ProgressStatus.NO_DATA
    assert result.progress is None


@pytest.mark.parametrize(
    ("comparator", "value", "met"),
    [(Comparator.GE, "70", True), (Comparator.GE, "69.9", False), (Comparator.LE, "70", True),
     (Comparator.LE, "70.1", False), (Comparator.EQ, "70", True), (Comparator.EQ, "71", False)],
)  # fmt: skip
def test_comparators(comparator: Comparator, value: str, met: bool) -> None:
    s = spec(Direction.HOGER, comparator, ValueSemantics.MOMENTOPNAME, "70", "70")
    result = indicator_progress(s, [m(END, E, value)], END)
    assert (result.status is ProgressStatus.MET) is met


@pytest.mark.parametrize(
    ("direction", "value", "progress"),
    [(Direction.HOGER, "75", "1"), (Direction.HOGER, "60", "0"),
     (Direction.LAGER, "60", "1"), (Direction.LAGER, "75", "0")],
)  # fmt: skip
def test_hold_the_level_targets_use_the_direction(
    direction: Direction, value: str, progress: str
) -> None:
    s = spec(direction, Comparator.EQ, ValueSemantics.MOMENTOPNAME, "70", "70")
    assert indicator_progress(s, [m(MIDDLE, T, value)], MIDDLE).progress == Decimal(progress)


def test_expected_progress_follows_the_calendar() -> None:
    s = spec(Direction.HOGER, Comparator.GE, ValueSemantics.CUMULATIEF, "0", "100")
    early = indicator_progress(s, [m(dt.date(2024, 2, 1), T, "5")], dt.date(2024, 2, 1))
    assert early.expected is not None and early.expected < Decimal("0.1")
    assert early.status is ProgressStatus.ON_TRACK  # within the 10-point margin
    late = indicator_progress(s, [m(dt.date(2024, 12, 1), T, "50")], dt.date(2024, 12, 1))
    assert late.status is ProgressStatus.OFF_TRACK
