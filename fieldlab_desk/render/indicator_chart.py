"""An indicator's chart: its measurements over time against the nulmeting and the target.

The line shows the indicator's current value at each measurement by its semantics — for a
per-period indicator the running total of the periods (which is what its target is about),
otherwise the value measured — with the path from nulmeting to target as the calendar expects
it, dashed, and the target as a marked point and line."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from matplotlib.dates import DateFormatter, date2num
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from fieldlab_desk.domain.enums import MeasurementKind, ValueSemantics
from fieldlab_desk.domain.progress import BEHIND
from fieldlab_desk.exporting.colours import BLUE, GREY, RED, YELLOW
from fieldlab_desk.services.effect import IndicatorRow


@dataclass(frozen=True)
class ChartWords:
    measured: str
    baseline: str
    target: str
    expected: str
    months: str = "%m-%Y"
    """How the time axis writes a month: ``03-2024`` in Dutch, ``2024-03`` in English (as the
    chart on paper and every date the app shows)."""


def current_values(row: IndicatorRow) -> list[tuple[float, float]]:
    """(day, value by the semantics) for each measurement after the nulmeting."""
    points, total = [], Decimal(0)
    for m in row.measurements:
        if m.kind is MeasurementKind.NULMETING:
            continue
        total += m.value
        shown = total if row.semantics is ValueSemantics.PER_PERIODE else m.value
        points.append((float(date2num(m.measured_on)), float(shown)))
    return points


def day(value: dt.date) -> float:
    return float(date2num(value))


def draw_indicator(figure: Figure, row: IndicatorRow, words: ChartWords) -> None:
    ax = figure.add_subplot()
    points = current_values(row)
    if row.baseline_value is not None and row.baseline_date is not None:
        ax.plot([day(row.baseline_date)], [float(row.baseline_value)], "s", color=GREY,
                label=words.baseline)  # fmt: skip
        if row.target_value is not None and row.target_date is not None:
            ax.plot([day(row.baseline_date), day(row.target_date)],
                    [float(row.baseline_value), float(row.target_value)],
                    linestyle=":", color=GREY, label=words.expected)  # fmt: skip
    if row.target_value is not None:
        ax.axhline(float(row.target_value), color=YELLOW, linestyle="--", linewidth=1)
        if row.target_date is not None:
            ax.plot([day(row.target_date)], [float(row.target_value)], "*", markersize=12,
                    color=YELLOW, label=words.target)  # fmt: skip
    if points:
        colour = RED if row.status in BEHIND else BLUE
        ax.plot([p[0] for p in points], [p[1] for p in points], "o-", color=colour,
                label=words.measured)  # fmt: skip
    if row.whole_numbers:
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.xaxis.set_major_formatter(DateFormatter(words.months))
    ax.set_ylabel(row.unit)
    if ax.get_legend_handles_labels()[0]:  # an indicator without figures yet draws nothing
        ax.legend(fontsize=7, loc="best")
    ax.spines[["top", "right"]].set_visible(False)
    figure.autofmt_xdate()
