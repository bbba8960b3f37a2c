"""The dashboard's charts as plain drawing functions on a matplotlib Figure."""

from __future__ import annotations

from dataclasses import dataclass

from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

BLUE, LIGHT, YELLOW, GREY, RED = "#1f5f8b", "#3a86b8", "#f2b705", "#9aa5ad", "#b3261e"


def euros(value: float, _position: object = None) -> str:
    """Axis labels in whole euros, Dutch style; a drawing label, not a stored amount."""
    return "€ " + f"{round(value / 100):,}".replace(",", ".")


@dataclass(frozen=True)
class BudgetBars:
    labels: tuple[str, str, str, str, str]  # norm, allocated, committed, spent, pipeline
    norm: int
    allocated: int
    committed: int
    spent: int
    pipeline: int


def draw_budget(figure: Figure, data: BudgetBars) -> None:
    ax = figure.add_subplot()
    values = [data.norm, data.allocated, data.committed, data.spent]
    colours = [GREY, RED if data.allocated > data.norm else BLUE, LIGHT, YELLOW]
    positions = list(range(len(values)))[::-1]
    ax.barh(positions, values, color=colours)
    if data.pipeline:
        ax.barh(
            positions[1],
            data.pipeline,
            left=data.allocated,
            color="none",
            edgecolor=BLUE,
            hatch="//",
        )
    ax.axvline(data.norm, color=GREY, linestyle="--", linewidth=1)
    ax.set_yticks(positions, [*data.labels[:4]])
    ax.xaxis.set_major_locator(MaxNLocator(4))
    ax.xaxis.set_major_formatter(FuncFormatter(euros))
    for position, value in zip(positions, values, strict=True):
        ax.text(value, position, " " + euros(value), va="center", fontsize=8)
    if data.pipeline:
        ax.text(
            data.allocated + data.pipeline,
            positions[1],
            f"\n  + {data.labels[4]} {euros(data.pipeline)}",
            va="center",
            fontsize=7,
        )
    ax.set_xlim(0, max([*values, data.allocated + data.pipeline]) * 1.3 or 1)
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
