"""Indicator progress: how far an indicator has come from its baseline towards its target.

``progress = (actual − baseline) / (target − baseline)``: 0 at the baseline, 1 at the target,
negative when things went the wrong way. Because target − baseline carries the sign, the
same formula serves indicators where lower is better. What "actual" is depends on the
indicator's value semantics:

- *momentopname* (a snapshot, e.g. a satisfaction score): the latest measurement;
- *cumulatief* (a running total reported each time): the latest measurement;
- *per periode* (each measurement counts one period): the sum of the measurements after the
  nulmeting — per-period values add up to the total so far.

**Status** compares the progress with the share of the time from baseline date to target date
that has passed (*expected*):

=============  ===============================================================
met            the target is reached by the indicator's comparator (≥, ≤, =)
on track       progress ≥ expected − 0,10 (10 points behind the calendar at most)
at risk        progress ≥ expected − 0,25 (more than 10, at most 25 points behind)
off track      further behind, or moved the wrong way
no data        no measurement after the nulmeting, or no target
=============  ===============================================================

Without dates to measure time against, any progress above 0 counts as on track.

Progress and expected are rounded (half up) to a tenth of a percent *before* the status is
judged, the precision every output shows them with: the status can always be explained from
the figures on screen (31,6 % against 41,8 % expected is 10,2 points behind: at risk).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from fieldlab_desk.domain.enums import Comparator, Direction, MeasurementKind, ValueSemantics
from fieldlab_desk.domain.formats import as_share

ON_TRACK_POINTS = 10  # progress may lag the calendar by 10 percentage points
AT_RISK_POINTS = 25  # up to 25 points behind: at risk; further: off track
ON_TRACK_MARGIN = Decimal(ON_TRACK_POINTS) / 100
AT_RISK_MARGIN = Decimal(AT_RISK_POINTS) / 100


class ProgressStatus(StrEnum):
    NO_DATA = "no_data"
    MET = "met"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"


BEHIND = (ProgressStatus.OFF_TRACK, ProgressStatus.AT_RISK)
"""The statuses that lag behind, the worse first: what the dashboard lists and the half-year
report counts as behind."""


@dataclass(frozen=True, slots=True)
class MeasuredValue:
    measured_on: dt.date
    kind: MeasurementKind
    value: Decimal


@dataclass(frozen=True, slots=True)
class IndicatorSpec:
    direction: Direction
    comparator: Comparator
    semantics: ValueSemantics
    baseline_value: Decimal | None
    baseline_date: dt.date | None
    target_value: Decimal | None
    target_date: dt.date | None


@dataclass(frozen=True, slots=True)
class IndicatorProgress:
    actual: Decimal | None
    progress: Decimal | None
    expected: Decimal | None
    status: ProgressStatus


def actual_value(
    semantics: ValueSemantics, measurements: Iterable[MeasuredValue]
) -> Decimal | None:
    """The indicator's current value under its semantics, or None without measurements."""
    ordered = sorted(measurements, key=lambda m: m.measured_on)
    after_baseline = [m for m in ordered if m.kind is not MeasurementKind.NULMETING]
    if semantics is ValueSemantics.PER_PERIODE:
        return sum((m.value for m in after_baseline), Decimal(0)) if after_baseline else None
    return after_baseline[-1].value if after_baseline else None


def target_met(comparator: Comparator, actual: Decimal, target: Decimal) -> bool:
    if comparator is Comparator.GE:
        return actual >= target
    if comparator is Comparator.LE:
        return actual <= target
    return actual == target


def moved_wrong_way(direction: Direction, actual: Decimal, baseline: Decimal) -> bool:
    if direction is Direction.HOGER:
        return actual < baseline
    return actual > baseline


def expected_progress(spec: IndicatorSpec, today: dt.date) -> Decimal | None:
    """The share of the way from baseline date to target date that the calendar has gone."""
    if spec.baseline_date is None or spec.target_date is None:
        return None
    span = (spec.target_date - spec.baseline_date).days
    if span <= 0:
        return None
    elapsed = min(max((today - spec.baseline_date).days, 0), span)
    return as_share(Decimal(elapsed) / Decimal(span))


def indicator_progress(
    spec: IndicatorSpec, measurements: Iterable[MeasuredValue], today: dt.date
) -> IndicatorProgress:
    actual = actual_value(spec.semantics, measurements)
    expected = expected_progress(spec, today)
    if actual is None or spec.target_value is None:
        return IndicatorProgress(actual, None, expected, ProgressStatus.NO_DATA)
    baseline = spec.baseline_value if spec.baseline_value is not None else Decimal(0)
    span = spec.target_value - baseline
    progress: Decimal
    if span != 0:
        progress = as_share((actual - baseline) / span)
    else:  # a "hold the level" target: all the way there unless it moved the wrong way
        progress = Decimal(0) if moved_wrong_way(spec.direction, actual, baseline) else Decimal(1)
    return IndicatorProgress(actual, progress, expected, _status(spec, actual, progress, expected))


def _status(
    spec: IndicatorSpec, actual: Decimal, progress: Decimal, expected: Decimal | None
) -> ProgressStatus:
    assert spec.target_value is not None
    if target_met(spec.comparator, actual, spec.target_value):
        return ProgressStatus.MET
    if expected is None:
        return ProgressStatus.ON_TRACK if progress > 0 else ProgressStatus.OFF_TRACK
    if progress + ON_TRACK_MARGIN >= expected:
        return ProgressStatus.ON_TRACK
    if progress + AT_RISK_MARGIN >= expected and progress >= 0:
        return ProgressStatus.AT_RISK
    return ProgressStatus.OFF_TRACK
