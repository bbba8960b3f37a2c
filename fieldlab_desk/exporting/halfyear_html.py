"""The half-year report as HTML for Qt's rich-text engine (which the PDF writer pages): plain
tables and headings, every figure the Dutch way, negative results stated plainly.

Charts are referenced by name (``chart-<indicator id>.png``); the PDF writer renders them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from html import escape

from fieldlab_desk.domain import figures, formats
from fieldlab_desk.domain.figures import Figure
from fieldlab_desk.domain.indicators import split_text
from fieldlab_desk.domain.progress import BEHIND, ProgressStatus
from fieldlab_desk.domain.texts import Language, decision_words, label, plan_warning, text, title
from fieldlab_desk.exporting.colours import BLUE, GREY, RED, YELLOW
from fieldlab_desk.services.effect import IndicatorRow
from fieldlab_desk.services.report import HalfYearReport, ProjectReport
from fieldlab_desk.services.stories import PARTS, Story

STYLE = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9.5pt; }
h1 { font-size: 17pt; margin: 0 0 6px 0; }
h2 { font-size: 13pt; margin: 14px 0 4px 0; }
h2.project { margin: 22px 0 4px 0; }
h3 { font-size: 10.5pt; margin: 10px 0 3px 0; }
h4 { font-size: 9.5pt; margin: 5px 0 0 0; }
ul { margin: 1px 0 3px 0; }
table { border-collapse: collapse; margin: 2px 0 6px 0; }
th { background: #eceff1; text-align: left; padding: 3px 6px; }
td { padding: 2px 6px; border-bottom: 1px solid #cfd8dc; }
td.n { text-align: right; }
.behind { color: #b3261e; font-weight: bold; }
.note { color: #37474f; }
.asof { font-size: 13pt; font-weight: bold; margin: 0 0 4px 0; }
.small { font-size: 7.5pt; color: #546e7a; }
"""


NUMBER_CELL = ' class="n" style="white-space: nowrap"'  # an amount never wraps inside itself
WHOLE = ' style="white-space: nowrap"'  # a code or a date, kept on one line


def chart_name(indicator_id: int) -> str:
    return f"chart-{indicator_id}.png"


def day(value: dt.date | None, language: Language = "nl") -> str:
    return formats.date(value, language) if value is not None else formats.DASH


def number(value: Decimal | None, whole: bool, language: Language = "nl") -> str:
    return (
        formats.DASH if value is None else formats.number(value, language, places=0 if whole else 2)
    )


def money(cents: int, language: Language) -> str:
    """An amount on paper: the € sign never parted from its amount."""
    return escape(formats.money(cents, language, space=formats.NBSP))


def share_text(value: Decimal | None, language: Language) -> str:
    """A share on paper, with one decimal as everywhere, its % never parted from it."""
    return escape(formats.share(value, language, space=formats.NBSP))


Cell = tuple[str, bool] | tuple[str, bool, bool]
"""A cell's HTML, whether it is a number (right, never wrapped), and whether it is kept whole."""


def _table(headers: Iterable[str], rows: Iterable[Iterable[Cell]],
           widths: Iterable[int] = ()) -> str:  # fmt: skip
    """A table; ``widths`` (per cent of the page, per column) keep text columns wide enough
    that Qt never breaks a word inside itself."""
    names = list(headers)
    sizes = [f' width="{w}%"' for w in widths]
    head = (
        "<tr>"
        + "".join(
            f"<th{w}{'' if ' ' in h.strip() else WHOLE}>{escape(h)}</th>"  # one word: whole
            for h, w in zip(names, sizes or [""] * len(names), strict=False)
        )
        + "</tr>"
        if any(names)
        else ""
    )
    rows = [list(r) for r in rows]
    if sizes and not head and rows:  # no header row to carry the widths: the first row does
        first = "<tr>" + "".join(_cell(*cell).replace("<td", f"<td{w}", 1)
                                 for cell, w in zip(rows[0], sizes, strict=False)) + "</tr>"  # fmt: skip
        body = first + "".join(
            "<tr>" + "".join(_cell(*cell) for cell in row) + "</tr>" for row in rows[1:]
        )
        return f'<table width="100%" cellspacing="0">{body}</table>'
    body = "".join("<tr>" + "".join(_cell(*cell) for cell in row) + "</tr>" for row in rows)
    return f'<table width="100%" cellspacing="0">{head}{body}</table>'


def _cell(html: str, number: bool, whole: bool = False) -> str:
    return f"<td{NUMBER_CELL if number else (WHOLE if whole else '')}>{html}</td>"


def _indicator_rows(indicators: Iterable[IndicatorRow], language: Language) -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    for i in indicators:
        progress = i.progress
        status = escape(label(i.status, language))
        if i.status in BEHIND:
            status = f'<span class="behind">{status}</span>'
        progress_share = progress.progress if progress else None
        split = split_text(i.split, i.whole_numbers, language)
        name = escape(i.name) + (f'<br><span class="note">{escape(split)}</span>' if split else "")
        rows.append([
            (name, False),
            (escape(f"{number(i.baseline_value, i.whole_numbers, language)} {i.unit}".strip()), True),
            (escape(f"{number(i.target_value, i.whole_numbers, language)} {i.unit}".strip()), True),
            (escape(number(progress.actual if progress else None, i.whole_numbers, language)), True),
            (share_text(progress_share, language), True),
            (status, False, True),
        ])  # fmt: skip
    return rows


CHART_WIDTH, CHART_HEIGHT = 214, 121  # three in a row; the shape of render.paper_chart.SMALL
CHARTS_IN_A_ROW = 3


def charts_html(names: list[str], language: Language) -> str:
    """The charts three in a row, each with its size written (the PDF writer counts the pages
    before it draws them), and the one legend they share under them."""
    rows = []
    for first in range(0, len(names), CHARTS_IN_A_ROW):
        cells = "".join(
            f'<td style="padding: 0 4px 0 0; border-bottom: 0px"><img src="{n}" '
            f'width="{CHART_WIDTH}" height="{CHART_HEIGHT}"></td>'
            for n in names[first : first + CHARTS_IN_A_ROW]
        )
        rows.append(f"<tr>{cells}</tr>")
    return f'<table cellspacing="0">{"".join(rows)}</table>' + chart_legend(language)


def chart_legend(language: Language) -> str:
    """What the marks of every chart mean, once under them (the charts are too small to carry
    their own legend)."""
    words = {
        "nl": ("nulmeting", "verwacht pad", "streefwaarde", "gemeten", "rood: achter op schema"),
        "en": ("baseline", "expected path", "target", "measured", "red: behind schedule"),
    }[language]
    marks = ((GREY, "■"), (GREY, "┈┈"), (YELLOW, "★"), (BLUE, "●"))
    shown = " &nbsp; ".join(
        f'<span style="color: {colour}">{mark}</span> {escape(word)}'
        for (colour, mark), word in zip(marks, words, strict=False)
    )
    return f'<p class="small">{shown} (<span style="color: {RED}">{escape(words[4])}</span>)</p>'


def project_html(project: ProjectReport, language: Language, charts: set[str]) -> str:
    def say(key: str) -> str:
        return escape(text(key, language))

    parts = [
        f'<h2 class="project">{escape(project.code)} — {escape(project.title)}'
        f'<a name="{anchor(project.code)}">{ZERO_WIDTH}</a></h2>'
    ]  # the anchor after the
    # text: around it, the PDF's text would read "S GIA-2024-01" (a run split off)
    facts = [(say("phase"), escape(label(project.phase, language))), (say("lead"), escape(project.lead)),
             (say("leader"), escape(project.leader)),
             (say("runs"), f"{day(project.start, language)} – {day(project.end, language)}"),
             (escape(title("rag", language)), escape(label(project.rag, language)))]  # fmt: skip
    parts.append("<p>" + " · ".join(f"<b>{k}:</b> {v}" for k, v in facts if v) + "</p>")
    if project.rag_note.strip():
        parts.append(
            f"<p><b>{escape(title('rag_note', language))}:</b> {escape(project.rag_note)}</p>"
        )
    if project.result_text.strip():
        parts.append(f"<p><b>{say('result')}:</b> {escape(project.result_text)}</p>")
    parts.append(story_html(project, language))
    parts.append(f"<h3>{say('results')}</h3>")
    if project.indicators:
        headers = [text(k, language) for k in ("indicator", "baseline", "target", "now")]
        headers += [figures.name(Figure.VOORTGANG, language), figures.name(Figure.STATUS, language)]
        parts.append(_table(headers, _indicator_rows(project.indicators, language),
                            (30, 17, 17, 8, 13, 15)))  # fmt: skip
        behind = [i for i in project.indicators if i.status in BEHIND]
        if behind:
            names = ", ".join(
                f"{escape(i.name)} ({escape(label(i.status, language))})" for i in behind
            )
            parts.append(f'<p class="behind">{say("behind")}: {names}.</p>')
        else:
            parts.append(f'<p class="note">{say("none_behind")}</p>')
        images = [chart_name(i.id) for i in project.indicators if chart_name(i.id) in charts]
        if images:
            parts.append(charts_html(images, language))
    else:
        parts.append(f"<p>{say('no_indicators')}</p>")
    parts.append(f"<h3>{say('efforts')}</h3>")
    if project.activities:
        items = "".join(
            f"<li>{escape(a.text)}{' — ' + money(a.cost_cents, language) if a.cost_cents else ''}</li>"
            for a in project.activities
        )
        parts.append(f"<h4>{say('activities')}</h4><ul>{items}</ul>")
    if project.milestones:
        rows = [[(escape(m.title), False), (f"{say('due')} {day(m.due, language)}", False),
                 (f"{say('reached')} {day(m.done, language)}" if m.done else
                  f'<span class="behind">{say("not_reached")}</span>', False)]
                for m in project.milestones]  # fmt: skip
        parts.append(f"<h4>{say('milestones')}</h4>" + _table(["", "", ""], rows))
    else:
        parts.append(f"<p>{say('no_milestones')}</p>")
    parts.append(f"<h3>{say('budget')}</h3>")
    amounts = [(Figure.BEGROOT, project.planned_sgia_cents), (Figure.TOEGEKEND, project.granted_cents),
               (Figure.VERPLICHT, project.committed_cents), (Figure.BESTEED, project.spent_cents)]  # fmt: skip
    parts.append(_table([figures.name(f, language) for f, _ in amounts],
                        [[(money(c, language), True) for _, c in amounts]]))  # fmt: skip
    if project.decisions:  # only when there is one: never a page of "no decisions"
        parts.append(f"<h3>{say('decisions')}</h3>")
        rows = [[(day(d.held_on, language), False), (escape(label(d.kind, language)), False),
                 (money(d.granted_cents, language) if d.granted_cents else "", True),
                 (escape(d.conditions), False)] for d in project.decisions]  # fmt: skip
        parts.append(_table(["", "", "", ""], rows))
    return "\n".join(parts)


def story_html(project: ProjectReport, language: Language) -> str:
    """The project's Voortgang, as the network's reports tell it: per part a heading and its
    lines as bullets."""
    story = project.story
    if story is None or story.empty:
        return f'<p class="note">{escape(text("no_story", language))}</p>'
    return f"<h3>{escape(text('story', language))}</h3>\n" + story_parts_html(story, language)


def story_parts_html(story: Story, language: Language) -> str:
    """Each part of a story that says something: its name, then its lines as bullets."""
    parts = []
    for part in PARTS:
        lines = [
            line.strip(" -•\t") for line in getattr(story, part).splitlines() if line.strip(" -•\t")
        ]
        if lines:
            items = "".join(f"<li>{escape(line)}</li>" for line in lines)
            parts.append(f"<h4>{escape(title(part, language))}</h4><ul>{items}</ul>")
    return "\n".join(parts)


def money_html(report: HalfYearReport, language: Language) -> str:
    """Each year the period touches, as of its last day: the year plan's figures and warnings."""
    parts = []
    for plan in report.money:
        title = text("money_block", language).format(
            year=plan.year, day=day(report.as_of, language)
        )
        parts.append(f"<h2>{escape(title)}</h2>")
        rows = [[(escape(figures.name(f, language)), False),
                 (escape(figures.show(f, v, language).replace(" ", formats.NBSP)), True)]
                for f, v in plan.summary()]  # fmt: skip
        parts.append(_table(["", ""], rows).replace('width="100%"', 'width="60%"'))
        warnings = [plan_warning(w, language) for w in plan.warnings()]
        if warnings:
            items = "".join(f'<li class="behind">{escape(w)}</li>' for w in warnings)
            parts.append(f"<ul>{items}</ul>")
    return "\n".join(parts)


def decisions_html(report: HalfYearReport, language: Language) -> str:
    """Every decision of the period, whatever the project's phase, in one section."""
    parts = [f'<h2>{escape(text("decisions", language))}<a name="decisions">{ZERO_WIDTH}</a></h2>']
    if not report.decisions:
        parts.append(f"<p>{escape(text('no_decisions', language))}</p>")
        return "\n".join(parts)
    rows: list[list[Cell]] = []
    for d in report.decisions:
        decided, said = decision_words(d.kind, d.conditions, d.status, d.said, language)
        rows.append([(day(d.held_on, language), False, True), (escape(f"{d.code} — {d.title}"), False),
                     (escape(decided), False),
                     (money(d.granted_cents, language) if d.granted_cents else "", True),
                     (escape(said), False)])  # fmt: skip
    headers = [text(k, language) for k in ("on", "project", "decision", "granted", "conditions")]
    parts.append(_table(headers, rows, (13, 39, 13, 15, 20)))
    return "\n".join(parts)


ZERO_WIDTH = "\u200b"  # what a named anchor holds: Qt keeps an anchor only on some text


def page_of(name: str) -> str:
    """Where a contents list wants the page of anchor ``name``: the PDF writer fills it in once
    the document is laid out (``render.pdf.PAGE_MARK``)."""
    return f"⟦page:{name}⟧"


def anchor(code: str) -> str:
    return "p-" + "".join(c if c.isalnum() or c in ".-" else "-" for c in code)


def cover_html(report: HalfYearReport, language: Language, *, summary: bool = False) -> str:
    """The cover: title, *Stand per*, period, sender and addressee, and the contents with the
    page each part starts on."""
    period = report.period
    title = f"{text('report_title', language)} {period.code}"
    who = [
        (text("from_sender", language), report.sender),
        (text("to_addressee", language), report.addressee),
    ]
    lines = "".join(f"<p><b>{escape(k)}:</b> {escape(v)}</p>" for k, v in who if v)
    lines += closing_html(report, language)
    rows: list[list[Cell]] = []
    if report.whole_portfolio:
        for key, name in (("contents", "overview"), ("decisions", "decisions")):
            rows.append(
                [(escape(text(key, language).split(" (")[0]), False), (page_of(name), True)]
            )
    rows += [[(escape(f"{p.code} — {p.title}"), False), (page_of(anchor(p.code)), True)]
             for p in ([] if summary else report.projects)]  # fmt: skip
    return (f'<p style="margin-top: 120px; font-size: 26pt; font-weight: bold">{escape(title)}</p>'
            f'<p class="asof">{escape(text("as_of", language))} {day(report.as_of, language)}</p>'
            f"<p>{escape(text('period', language))}: {day(period.start, language)} – "
            f"{day(period.end, language)}</p>{lines}"
            f'<p class="small">{escape(text("made_on", language))} {day(report.made_on, language)}</p>'
            f"<h2>{escape(text('toc', language))}</h2>"
            + _table(["", ""], rows, (88, 12)))  # fmt: skip


def closing_html(report: HalfYearReport, language: Language) -> str:
    """Whether the period's figures are final: *Vastgesteld op … door …*, or not yet; and each
    reopening with its reason (a mistake fixed after the report was sent)."""
    closed = report.closed
    if closed is not None:
        said = text("closed_on", language).format(day=day(closed.closed_on, language),
                                                  who=closed.closed_by or "?")  # fmt: skip
    else:
        said = text("not_closed", language)
    parts = [f"<p><b>{escape(said)}</b></p>"]
    for c in report.closings:
        if c.reopened_on is not None:
            parts.append('<p class="note">' + escape(text("reopened_on", language).format(
                day=day(c.reopened_on, language), who=c.reopened_by or "?", why=c.reopen_reason)) + "</p>")  # fmt: skip
    return "".join(parts)


PROJECTS_PER_PART = 30
"""Projects laid out and drawn together; each part starts a page (``render.pdf``)."""


def report_html(report: HalfYearReport, language: Language, charts: set[str], *,
                summary: bool = False) -> list[str]:  # fmt: skip
    """The whole report in parts for the PDF writer: the cover, the portfolio's overview with
    its money and decisions, then the projects, flowing one after another, thirty to a part.
    ``charts`` names the chart images the writer will provide. A ``summary`` has the cover,
    the overview, the money and the decisions, no project pages."""
    head = f"<html><head><style>{STYLE}</style></head><body>"

    def whole(body: list[str]) -> str:
        return head + "\n".join(body) + "</body></html>"

    parts = [whole([cover_html(report, language, summary=summary)])]
    if report.whole_portfolio:
        parts.append(whole(overview_html(report, language)))
    group = None
    body: list[str] = []
    for number_, project in enumerate(() if summary else report.projects):
        if number_ and number_ % PROJECTS_PER_PART == 0:
            parts.append(whole(body))
            body = []
        if report.group_by != "project":
            called = project.groups.get(report.group_by)
            name = (
                (called[1] if language == "en" else called[0])
                if called
                else text("no_group", language)
            )
            if name != group:  # each result area opens with its name, as the network's reports
                group = name
                style = ' style="page-break-before: always"' if body else ""
                body.append(
                    f"<h1{style}>{escape(text('results_of', language))} {escape(name)}</h1>"
                )
        body.append(project_html(project, language, charts))
    if body:
        parts.append(whole(body))
    return parts


def overview_html(report: HalfYearReport, language: Language) -> list[str]:
    """The portfolio's page: who has no story yet, the projects' indicators at a glance, the
    money as of the period's end and the period's decisions."""
    parts = []
    rows: list[list[Cell]] = []
    for p in report.projects:
        counts = {s: sum(1 for i in p.indicators if i.status is s) for s in ProgressStatus}
        behind = counts[ProgressStatus.OFF_TRACK] + counts[ProgressStatus.AT_RISK]
        rows.append([(escape(p.code), False, True), (escape(p.title), False),
                     (escape(label(p.phase, language)), False),
                     (str(counts[ProgressStatus.MET] + counts[ProgressStatus.ON_TRACK]), True),
                     (f'<span class="behind">{behind}</span>' if behind else "0", True),
                     (str(counts[ProgressStatus.NO_DATA]), True)])  # fmt: skip
    headers = ["", "", text("phase", language),
               f"{label(ProgressStatus.MET, language)} / {label(ProgressStatus.ON_TRACK, language)}",
               text("behind", language), label(ProgressStatus.NO_DATA, language)]  # fmt: skip
    missing = report.without_story
    if missing:
        names = ", ".join(escape(p.code) for p in missing)
        parts.append(f'<p class="behind">{escape(text("stories_missing", language))}: {names}</p>')
    parts.append(f"<h2>{escape(text('contents', language))} ({len(report.projects)})"
                 f'<a name="overview">{ZERO_WIDTH}</a></h2>')  # fmt: skip
    parts.append(_table(headers, rows, (16, 37, 14, 11, 12, 10)))
    parts.append(money_html(report, language))
    parts.append(scaling_html(report, language))
    parts.append(decisions_html(report, language))
    return parts


def scaling_html(report: HalfYearReport, language: Language) -> str:
    """How far the innovations spread by the period's end: how many are structurally in the
    core, and per innovation the libraries and gemeenten that run it."""
    view = report.scaling
    if view is None or not view.innovations:
        return ""
    title = text("scaling_block", language).format(day=day(report.as_of, language))
    parts = [f"<h2>{escape(title)}</h2>",
             f"<p>{escape(text('in_core', language).format(count=view.in_core, total=len(view.innovations)))}</p>"]  # fmt: skip
    rows: list[list[Cell]] = [[(escape(f"{i.code} — {i.title}"), False), (str(i.reach.libraries), True),
             (str(i.reach.gemeenten), True), (str(i.reach.structural), True),
             (str(i.reach.pilots), True), (str(i.reach.stopped), True)] for i in view.innovations]  # fmt: skip
    headers = [text(k, language) for k in ("project", "libraries", "gemeenten", "structural", "pilots", "stopped")]  # fmt: skip
    parts.append(_table(headers, rows, (31, 13, 12, 20, 10, 12)))
    parts.append(f'<p class="note">{escape(text("scaling_note", language))}</p>')
    return "\n".join(parts)
