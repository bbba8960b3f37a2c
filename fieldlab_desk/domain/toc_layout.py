"""Where the boxes and arrows of a veranderketen diagram go: one column per level, input left,
impact right; within a column the order that crosses the fewest arrows.

The order comes from the barycentre heuristic (Sugiyama et al.): starting from the user's
order, each column is sorted by the mean position of its neighbours in the column before it,
then in the column after it, a few sweeps back and forth, keeping the best order found. On a
chain that can be drawn without crossings this finds such a drawing in practice; the user's
order breaks ties, so a tidy chain stays as the user made it.

The layout is plain geometry (pixels at 96 dpi), drawn alike by the app's diagram
(QGraphicsScene) and by the SVG export, so the picture in a project plan is the one on screen.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from fieldlab_desk.domain.enums import AssumptionStatus, ToCLevel

BOX_WIDTH = 170
COLUMN_GAP = 48
ROW_GAP = 22
MARGIN = 24
HEADER = 34
PADDING = 8
LINE_HEIGHT = 16
FONT_SIZE = 12
CHARS_PER_LINE = 22  # what fits in a box at 12 px in DejaVu Sans, a wide sans-serif
MAX_LINES = 6
SWEEPS = 8

FILL: dict[ToCLevel, str] = {
    ToCLevel.INPUT: "#eceff1",
    ToCLevel.ACTIVITEIT: "#e3f2fd",
    ToCLevel.OUTPUT: "#e8f5e9",
    ToCLevel.OUTCOME_KORT: "#fff8e1",
    ToCLevel.OUTCOME_LANG: "#fff3e0",
    ToCLevel.IMPACT: "#f3e5f5",
}


@dataclass(frozen=True, slots=True)
class LinkStyle:
    """How an arrow shows its assumption's status: colour, dash pattern and a sign, so that
    the status reads without colour too (and in black and white print)."""

    colour: str
    dashes: tuple[int, ...]
    """Dash and gap lengths in pixels; empty for a solid line."""
    width: float
    sign: str


STYLES: dict[AssumptionStatus | None, LinkStyle] = {
    None: LinkStyle("#78909c", (), 1.2, ""),  # a link without an assumption
    AssumptionStatus.ONBEVESTIGD: LinkStyle("#546e7a", (6, 4), 1.4, "?"),
    AssumptionStatus.HOUDT_STAND: LinkStyle("#2e7d32", (), 2.0, "✓"),
    AssumptionStatus.ONDER_DRUK: LinkStyle("#e65100", (10, 3, 2, 3), 2.0, "!"),
    AssumptionStatus.WEERLEGD: LinkStyle("#c62828", (2, 3), 2.4, "✗"),
}


@dataclass(frozen=True, slots=True)
class DiagramElement:
    id: int
    level: ToCLevel
    text: str
    note: str = ""
    """A second, smaller line: an activity's cost, an outcome's pathway cost."""


@dataclass(frozen=True, slots=True)
class DiagramLink:
    id: int
    from_id: int
    to_id: int
    status: AssumptionStatus | None
    """None when the link has no assumption."""


@dataclass(frozen=True, slots=True)
class Box:
    element: DiagramElement
    x: float
    y: float
    width: float
    height: float
    lines: tuple[str, ...]
    fill: str


@dataclass(frozen=True, slots=True)
class Arrow:
    link: DiagramLink
    start: tuple[float, float]
    control1: tuple[float, float]
    control2: tuple[float, float]
    end: tuple[float, float]
    style: LinkStyle

    @property
    def middle(self) -> tuple[float, float]:
        """The point halfway along the curve (a cubic Bézier at t = ½)."""
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = self.start, self.control1, self.control2, self.end
        return ((x0 + 3 * x1 + 3 * x2 + x3) / 8, (y0 + 3 * y1 + 3 * y2 + y3) / 8)


@dataclass(frozen=True, slots=True)
class Column:
    level: ToCLevel
    x: float
    title: str


@dataclass(frozen=True, slots=True)
class Layout:
    width: float
    height: float
    columns: tuple[Column, ...]
    boxes: tuple[Box, ...]
    arrows: tuple[Arrow, ...]

    def box(self, element_id: int) -> Box | None:
        return next((b for b in self.boxes if b.element.id == element_id), None)


def wrap(text: str) -> tuple[str, ...]:
    """The text in lines that fit a box; a text too long for the box ends in an ellipsis."""
    lines = textwrap.wrap(" ".join(text.split()), CHARS_PER_LINE, break_long_words=True) or [""]
    if len(lines) > MAX_LINES:
        lines = [*lines[: MAX_LINES - 1], lines[MAX_LINES - 1][: CHARS_PER_LINE - 1] + "…"]
    return tuple(lines)


def box_height(lines: int, note: bool) -> float:
    return 2 * PADDING + (lines + (1 if note else 0)) * LINE_HEIGHT


def layout(
    elements: Sequence[DiagramElement],
    links: Iterable[DiagramLink],
    titles: Mapping[ToCLevel, str],
) -> Layout:
    """Place the elements (in the user's order within each level) and route the links."""
    levels = [level for level in ToCLevel if any(e.level is level for e in elements)]
    columns = [[e for e in elements if e.level is level] for level in levels]
    ids = {e.id for e in elements}
    link_list = [li for li in links if li.from_id in ids and li.to_id in ids]
    columns = order_columns(columns, link_list)
    wrapped = {e.id: wrap(e.text) for e in elements}
    heights = [
        sum(box_height(len(wrapped[e.id]), bool(e.note)) for e in column)
        + ROW_GAP * (len(column) - 1)
        for column in columns
    ]
    tallest = max(heights, default=0)
    boxes: list[Box] = []
    header_row: list[Column] = []
    for index, (level, column) in enumerate(zip(levels, columns, strict=True)):
        x = MARGIN + index * (BOX_WIDTH + COLUMN_GAP)
        header_row.append(Column(level, x, titles.get(level, level.value)))
        y = MARGIN + HEADER + (tallest - heights[index]) / 2
        for element in column:
            height = box_height(len(wrapped[element.id]), bool(element.note))
            boxes.append(Box(element, x, y, BOX_WIDTH, height, wrapped[element.id],
                             FILL[element.level]))  # fmt: skip
            y += height + ROW_GAP
    by_id = {b.element.id: b for b in boxes}
    arrows = [_route(li, by_id[li.from_id], by_id[li.to_id]) for li in link_list]
    width = 2 * MARGIN + len(levels) * BOX_WIDTH + max(len(levels) - 1, 0) * COLUMN_GAP
    height = 2 * MARGIN + HEADER + tallest
    return Layout(width, height, tuple(header_row), tuple(boxes), tuple(arrows))


def _route(link: DiagramLink, source: Box, target: Box) -> Arrow:
    start = (source.x + source.width, source.y + source.height / 2)
    end = (target.x, target.y + target.height / 2)
    bend = max((end[0] - start[0]) / 2, 30)
    return Arrow(link, start, (start[0] + bend, start[1]), (end[0] - bend, end[1]), end,
                 STYLES[link.status])  # fmt: skip


def order_columns(
    columns: Sequence[Sequence[DiagramElement]], links: Sequence[DiagramLink]
) -> list[list[DiagramElement]]:
    """Each column's order with the fewest crossings the barycentre sweeps find."""
    current = [list(column) for column in columns]
    best, fewest = [list(c) for c in current], crossings(current, links)
    for sweep in range(SWEEPS):
        indexes = range(1, len(current)) if sweep % 2 == 0 else range(len(current) - 2, -1, -1)
        for i in indexes:
            fixed = current[i - 1] if sweep % 2 == 0 else current[i + 1]
            current[i] = _by_barycentre(current[i], fixed, links)
        count = crossings(current, links)
        if count < fewest:
            best, fewest = [list(c) for c in current], count
        if fewest == 0:
            break
    return best


def _by_barycentre(
    column: list[DiagramElement], fixed: list[DiagramElement], links: Sequence[DiagramLink]
) -> list[DiagramElement]:
    place = {e.id: i for i, e in enumerate(fixed)}
    here = {e.id for e in column}
    neighbours: dict[int, list[int]] = {e.id: [] for e in column}
    for link in links:
        if link.from_id in here and link.to_id in place:
            neighbours[link.from_id].append(place[link.to_id])
        elif link.to_id in here and link.from_id in place:
            neighbours[link.to_id].append(place[link.from_id])

    def key(item: tuple[int, DiagramElement]) -> tuple[float, int]:
        position, element = item
        around = neighbours[element.id]
        scaled = position * max(len(fixed) - 1, 1) / max(len(column) - 1, 1)
        return (sum(around) / len(around) if around else scaled, position)

    return [e for _, e in sorted(enumerate(column), key=key)]


def crossings(columns: Sequence[Sequence[DiagramElement]], links: Sequence[DiagramLink]) -> int:
    """How many pairs of arrows cross, counting every arrow by the columns it spans.

    An arrow that skips a column is counted between its own two columns, by the positions of
    its ends: a fair measure of what the eye sees, cheap enough for a chain of hundreds.
    """
    where: dict[int, tuple[int, float]] = {}
    for c, column in enumerate(columns):
        for r, element in enumerate(column):
            where[element.id] = (c, r / max(len(column) - 1, 1))
    spans = [
        (where[li.from_id], where[li.to_id])
        for li in links
        if li.from_id in where and li.to_id in where
    ]
    count = 0
    for i, ((c1, a1), (d1, b1)) in enumerate(spans):
        for (c2, a2), (d2, b2) in spans[i + 1 :]:
            if (c1, d1) == (c2, d2) and (a1 - a2) * (b1 - b2) < 0:
                count += 1
    return count
