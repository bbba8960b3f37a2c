"""The veranderketen diagram as SVG, for project plans: the app's layout, drawn as vector.

Each box is a group with its element's full text as ``<title>`` (read out by screen readers
and shown as a tooltip in browsers) and the wrapped lines as ``<text>``; each arrow carries its
assumption's status as colour, dash pattern and a sign, explained in a legend below the chain.
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from fieldlab_desk.domain import formats
from fieldlab_desk.domain.enums import AssumptionStatus, ToCLevel
from fieldlab_desk.domain.texts import Language, label
from fieldlab_desk.domain.toc_layout import (
    FONT_SIZE,
    LINE_HEIGHT,
    MARGIN,
    PADDING,
    STYLES,
    Arrow,
    Box,
    DiagramElement,
    DiagramLink,
    Layout,
    layout,
)
from fieldlab_desk.services.toc import ChainView, ElementRow

FONT = "DejaVu Sans, Arial, Helvetica, sans-serif"
LEGEND_HEIGHT = 40


def chain_layout(view: ChainView, language: Language) -> Layout:
    """The layout of a project's chain, with the cost of each activity and outcome pathway."""
    elements = [DiagramElement(e.id, e.level, e.text, _note(e, language)) for e in view.elements]
    links = [
        DiagramLink(li.id, li.from_id, li.to_id, li.status if li.assumption.strip() else None)
        for li in view.links
    ]
    return layout(elements, links, {level: label(level, language) for level in ToCLevel})


def _note(element: ElementRow, language: Language) -> str:
    if element.level is ToCLevel.ACTIVITEIT and element.cost_cents:
        return formats.money(element.cost_cents, language)
    if element.pathway_cents:
        route = "route " if language == "nl" else "pathway "
        return route + formats.money(element.pathway_cents, language)
    return ""


def chain_svg_text(view: ChainView, language: Language) -> str:
    """The project's chain as SVG, titled with its code and title."""
    return chain_svg(chain_layout(view, language), language, f"{view.code} {view.title}")


def _dash(arrow: Arrow) -> str:
    dashes = arrow.style.dashes
    return f' stroke-dasharray="{" ".join(str(d) for d in dashes)}"' if dashes else ""


def _box(box: Box, language: Language) -> list[str]:
    e = box.element
    name = f"{label(e.level, language)}: {e.text}"
    out = [
        f'<g id="element-{e.id}" role="img" aria-label={quoteattr(name)}>',
        f"<title>{escape(e.text)}</title>",
        f'<rect x="{box.x:.1f}" y="{box.y:.1f}" width="{box.width:.1f}" height="{box.height:.1f}" '
        f'rx="6" fill="{box.fill}" stroke="#455a64" stroke-width="1"/>',
    ]
    y = box.y + PADDING + FONT_SIZE
    for line in box.lines:
        out.append(f'<text x="{box.x + PADDING:.1f}" y="{y:.1f}">{escape(line)}</text>')
        y += LINE_HEIGHT
    if e.note:
        out.append(
            f'<text x="{box.x + PADDING:.1f}" y="{y:.1f}" font-weight="bold" '
            f'fill="#37474f">{escape(e.note)}</text>'
        )
    out.append("</g>")
    return out


def _arrow(arrow: Arrow, language: Language) -> list[str]:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = arrow.start, arrow.control1, arrow.control2, arrow.end
    status = arrow.link.status
    name = label(status, language) if status is not None else ""
    out = [
        f'<g id="link-{arrow.link.id}" class="link {status.value if status else "none"}">',
        f"<title>{escape(name)}</title>" if name else "",
        f'<path d="M{x0:.1f},{y0:.1f} C{x1:.1f},{y1:.1f} {x2:.1f},{y2:.1f} {x3:.1f},{y3:.1f}" '
        f'fill="none" stroke="{arrow.style.colour}" stroke-width="{arrow.style.width}"'
        f'{_dash(arrow)} marker-end="url(#head-{status.value if status else "none"})"/>',
    ]
    if arrow.style.sign:
        mx, my = arrow.middle
        out += [
            f'<circle cx="{mx:.1f}" cy="{my:.1f}" r="8" fill="white" '
            f'stroke="{arrow.style.colour}" stroke-width="1.2"/>',
            f'<text x="{mx:.1f}" y="{my + 4:.1f}" text-anchor="middle" font-weight="bold" '
            f'fill="{arrow.style.colour}">{escape(arrow.style.sign)}</text>',
        ]
    out.append("</g>")
    return [line for line in out if line]


def _markers() -> list[str]:
    out = ["<defs>"]
    for status, style in STYLES.items():
        name = status.value if status else "none"
        out.append(
            f'<marker id="head-{name}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
            f'markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" '
            f'fill="{style.colour}"/></marker>'
        )
    out.append("</defs>")
    return out


def _legend(y: float, language: Language) -> list[str]:
    out = []
    x = float(MARGIN)
    for status in AssumptionStatus:
        style = STYLES[status]
        dash = f' stroke-dasharray="{" ".join(map(str, style.dashes))}"' if style.dashes else ""
        name = f"{style.sign} {label(status, language)}"
        out += [
            f'<line x1="{x:.1f}" y1="{y:.1f}" x2="{x + 36:.1f}" y2="{y:.1f}" '
            f'stroke="{style.colour}" stroke-width="{style.width}"{dash}/>',
            f'<text x="{x + 44:.1f}" y="{y + 4:.1f}">{escape(name)}</text>',
        ]
        x += 60 + 8 * len(name)
    return out


def chain_svg(chain: Layout, language: Language, title: str = "") -> str:
    """The whole diagram as one standalone SVG document (UTF-8 text)."""
    width, height = chain.width, chain.height + LEGEND_HEIGHT
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" font-family="{FONT}" font-size="{FONT_SIZE}" '
        f'role="img" aria-label={quoteattr(title)}>',
        f"<title>{escape(title)}</title>",
        *_markers(),
        f'<rect width="{width:.0f}" height="{height:.0f}" fill="white"/>',
    ]
    for column in chain.columns:
        out.append(
            f'<text x="{column.x:.1f}" y="{MARGIN + 14:.1f}" font-weight="bold" '
            f'font-size="{FONT_SIZE + 2}">{escape(column.title)}</text>'
        )
    for arrow in chain.arrows:
        out += _arrow(arrow, language)
    for box in chain.boxes:
        out += _box(box, language)
    out += _legend(chain.height + LEGEND_HEIGHT / 2, language)
    out.append("</svg>")
    return "\n".join(out) + "\n"
