"""The dashboard's charts as plain drawing functions on a matplotlib Figure."""

from __future__ import annotations

from dataclasses import dataclass

from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from fieldlab_desk.domain import formats
from fieldlab_desk.exporting.colours import BLUE, GREY, LIGHT, RED, YELLOW


def axis_euros(language: str) -> FuncFormatter:
    """Axis ticks in whole euros, the language's way: a scale, not a figure (the bars carry the
    exact amounts)."""

    def tick(value: float, _position: object = None) -> str:
        whole = formats.money(round(value / 100) * 100, language)
        return whole.rsplit(formats.SEPARATORS[language][1], 1)[0]

    return FuncFormatter(tick)


@dataclass(frozen=True)
class BudgetBars:
    labels: tuple[str, str, str, str, str]  # norm, granted, committed, spent, pipeline
    norm: int
    granted: int
    committed: int
    spent: int
    pipeline: int
    overspend: int = 0
    overspend_label: str = ""
    language: str = "nl"
    """The bars' exact amounts and the axis are written the language's way."""

    def money(self, cents: int) -> str:
        return formats.money(cents, self.language)


def draw_budget(figure: Figure, data: BudgetBars) -> None:
    ax = figure.add_subplot()
    values = [data.norm, data.granted, data.committed, data.spent]
    claimed = data.granted + data.overspend
    colours = [GREY, RED if claimed > data.norm else BLUE, LIGHT, YELLOW]
    positions = list(range(len(values)))[::-1]
    ax.barh(positions, values, color=colours)
    ends = list(values)
    if data.overspend:  # the overschrijding, in red, on top of the grant
        ax.barh(positions[1], data.overspend, left=data.granted, color=RED, hatch="xx",
                edgecolor="white")  # fmt: skip
        ends[1] = claimed
    if data.pipeline:
        ax.barh(positions[1], data.pipeline, left=claimed, color="none", edgecolor=BLUE,
                hatch="//")  # fmt: skip
    ax.axvline(data.norm, color=GREY, linestyle="--", linewidth=1)
    ax.set_yticks(positions, [*data.labels[:4]])
    ax.xaxis.set_major_locator(MaxNLocator(4))
    ax.xaxis.set_major_formatter(axis_euros(data.language))
    ends[1] = claimed + data.pipeline  # the granted bar's label after what is stacked on it
    for position, value, end in zip(positions, values, ends, strict=True):
        ax.text(end, position, " " + data.money(value), va="center", fontsize=8)
    notes = []
    if data.overspend:
        notes.append(f"+ {data.overspend_label} {data.money(data.overspend)}")
    if data.pipeline:
        notes.append(f"+ {data.labels[4]} {data.money(data.pipeline)}")
    if notes:  # below the granted bar's amount, one line each
        ax.text(ends[1], positions[1] - 0.12, "  " + "\n  ".join(notes), va="top", fontsize=7,
                color=RED if data.overspend else "black")  # fmt: skip
    ax.set_xlim(0, max([*values, claimed + data.pipeline]) * 1.5 or 1)
    ax.spines[["top", "right"]].set_visible(False)


def draw_phases(figure: Figure, names: list[str], counts: list[int]) -> None:
    ax = figure.add_subplot()
    ax.bar(range(len(counts)), counts, color=BLUE)
    ax.set_xticks(range(len(names)), names, rotation=35, ha="right", fontsize=8)
    ax.spines[["top", "right"]].set_visible(False)
    for x, n in enumerate(counts):
        ax.text(x, n, str(n), ha="center", va="bottom", fontsize=8)


def draw_spending(
    figure: Figure,
    months: list[str],
    cumulative: list[int],
    allocated: int,
    norm: int,
    labels: tuple[str, str, str],
    language: str = "nl",
) -> None:
    ax = figure.add_subplot()
    ax.plot(range(12), cumulative, marker="o", color=BLUE, label=labels[0])
    ax.axhline(allocated, color=YELLOW, linestyle="--", label=labels[1])
    ax.axhline(norm, color=GREY, linestyle=":", label=labels[2])
    ax.set_xticks(range(12), months, fontsize=8)
    ax.yaxis.set_major_formatter(axis_euros(language))
    ax.legend(fontsize=8, loc="upper left")
    ax.spines[["top", "right"]].set_visible(False)
