"""The dashboard's charts as plain drawing functions on a matplotlib Figure."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from fieldlab_desk.render.colours import BLUE, GREY, LIGHT, RED, YELLOW


def euros(value: float, _position: object = None) -> str:
    """Axis ticks in whole euros: a scale, not a figure (the bars carry the exact amounts)."""
    return "€ " + f"{round(value / 100):,}".replace(",", ".")


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
    money: Callable[[int], str] = field(default=lambda cents: euros(cents))
    """Writes a bar's exact amount, as every other output writes it."""


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
    ax.xaxis.set_major_formatter(FuncFormatter(euros))
    for position, value, end in zip(positions, values, ends, strict=True):
        ax.text(end, position, " " + data.money(value), va="center", fontsize=8)
    notes = []
    if data.overspend:
        notes.append(f"+ {data.overspend_label} {data.money(data.overspend)}")
    if data.pipeline:
        notes.append(f"+ {data.labels[4]} {data.money(data.pipeline)}")
    if notes:
        ax.text(ends[1], positions[1], "\n\n  " + "\n  ".join(notes), va="center", fontsize=7,
                color=RED if data.overspend else "black")  # fmt: skip
    ax.set_xlim(0, max([*values, claimed + data.pipeline]) * 1.45 or 1)
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
) -> None:
    ax = figure.add_subplot()
    ax.plot(range(12), cumulative, marker="o", color=BLUE, label=labels[0])
    ax.axhline(allocated, color=YELLOW, linestyle="--", label=labels[1])
    ax.axhline(norm, color=GREY, linestyle=":", label=labels[2])
    ax.set_xticks(range(12), months, fontsize=8)
    ax.yaxis.set_major_formatter(FuncFormatter(euros))
    ax.legend(fontsize=8, loc="upper left")
    ax.spines[["top", "right"]].set_visible(False)
