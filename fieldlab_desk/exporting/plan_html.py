"""The project plan laid out for paper (HTML for Qt's text engine, paged into a PDF by the UI
layer): the same content as the project plan workbook, with the chain's diagram and the
indicators' charts referenced by name (``diagram.png``, ``chart-<id>.png``)."""

from __future__ import annotations

from collections import defaultdict
from html import escape

from fieldlab_desk.domain import figures
from fieldlab_desk.domain.enums import FundingSource, ToCLevel
from fieldlab_desk.domain.figures import Figure
from fieldlab_desk.domain.formats import share_of
from fieldlab_desk.domain.texts import Language, coverage_text, label
from fieldlab_desk.domain.texts import title as word
from fieldlab_desk.exporting.halfyear_html import (
    STYLE,
    _indicator_rows,
    _table,
    chart_name,
    day,
    money,
    share_text,
    story_parts_html,
)
from fieldlab_desk.services.project_plan import ProjectPlan

DIAGRAM = "diagram.png"


def plan_html(plan: ProjectPlan, language: Language, pictures: set[str]) -> str:
    def w(key: str) -> str:
        return escape(word(key, language))

    p, n = plan.project, plan.names
    parts = [f"<html><head><style>{STYLE}</style></head><body>",
             f"<h1>{escape(p.code)} — {escape(p.title)}</h1>"]  # fmt: skip
    facts = [(w("phase"), escape(label(p.phase, language))), (w("fieldlab"), escape(n["fieldlab"])),
             (w("lead"), escape(n["lead"])), (w("leader"), escape(n["leader"])),
             (w("opgave"), escape(n["opgave_en"] if language == "en" else n["opgave"])),
             (f"{w('start')} – {w('end')}", f"{day(p.start_date, language)} – {day(p.end_date, language)}")]  # fmt: skip
    parts.append("<p>" + " · ".join(f"<b>{k}:</b> {v}" for k, v in facts if v) + "</p>")
    for key, value in (("summary", p.summary), ("need", p.need), ("goal", p.goal),
                       ("scaling", p.scaling_plan), ("result", p.result_text)):  # fmt: skip
        if value.strip():
            parts.append(f"<h3>{w(key)}</h3><p>{escape(value)}</p>")
    if plan.story is not None:  # the latest Voortgang, as the half-year report prints it
        parts.append(f"<h3>{w('progress_story')} {escape(plan.story.period)}</h3>")
        parts.append(story_parts_html(plan.story, language))
    if plan.organisations:
        parts.append(f"<p><b>{w('partners')}:</b> " + "; ".join(
            f"{escape(o)} ({escape(label(r, language))})" for o, r in plan.organisations) + "</p>")  # fmt: skip
    begroot, besteed = (
        figures.name(Figure.BEGROOT, language),
        figures.name(Figure.BESTEED, language),
    )
    parts.append(f"<h2>{escape(begroot)}: {w('category')} / {w('source')}</h2>")
    rows = [[(str(line.year), False), (escape(plan.budget.categories.name(line.category, language)), False),
             (escape(line.description), False), (escape(label(line.funding_source, language)), False),
             (money(line.figures.planned_cents, language), True), (money(line.figures.spent_cents, language), True)]
            for line in plan.lines]  # fmt: skip
    budget = plan.budget.budget
    total, spent = budget.planned_cents, budget.spent_cents
    rows.append([(f"<b>{w('total')}</b>", False), ("", False), ("", False), ("", False),
                 (f"<b>{money(total, language)}</b>", True), (f"<b>{money(spent, language)}</b>", True)])  # fmt: skip
    parts.append(_table([word(k, language) for k in ("year", "category", "description", "source")]
                        + [begroot, besteed], rows))  # fmt: skip
    per: dict[FundingSource, int] = defaultdict(int)
    for line in plan.lines:
        per[line.funding_source] += line.figures.planned_cents
    parts.append(_table([word("source", language), begroot, word("share", language)],
                        [[(escape(label(s, language)), False), (money(c, language), True),
                          (share_text(share_of(c, total), language), True)]
                         for s, c in per.items()]))  # fmt: skip
    cofinancing = Figure.COFINANCIERINGSAANDEEL
    parts.append(f"<p><b>{escape(figures.name(cofinancing, language))}:</b> "
                 f"{escape(figures.show(cofinancing, budget.cofinancing_percent, language))} "
                 f"<span class=\"note\">({escape(figures.meaning(cofinancing, language))})</span></p>")  # fmt: skip
    b = plan.budget
    parts.append(
        f"<p>{escape(coverage_text(b.coverage, b.budget.sgia_cents, b.granted_cents, b.years, language))}</p>"
    )
    parts.append(f"<h2>{w('links')}</h2>")
    chain_rows = [[(escape(label(e.level, language)), False), (escape(e.text), False),
                   (money(e.cost_cents, language) if e.level is ToCLevel.ACTIVITEIT and e.cost_cents
                    else (money(e.pathway_cents, language) if e.pathway_cents else ""), True)]
                  for e in plan.chain.elements]  # fmt: skip
    parts.append(
        _table(
            [word("level", language), word("element", language), word("cost", language)], chain_rows
        )
    )
    parts.append(f"<p><b>{w('score')}:</b> {plan.chain.quality.score}/100</p>")
    if DIAGRAM in pictures:
        parts.append(f'<p><img src="{DIAGRAM}" width="680"></p>')
    parts.append(f"<h2>{w('indicators')}</h2>")
    if plan.indicators:
        headers = [word(k, language) for k in ("indicator", "baseline", "target", "now")]
        headers += [figures.name(Figure.VOORTGANG, language), figures.name(Figure.STATUS, language)]
        parts.append(_table(headers, _indicator_rows(plan.indicators, language)))
        images = [chart_name(i.id) for i in plan.indicators if chart_name(i.id) in pictures]
        for first in range(0, len(images), 2):
            cells = "".join(
                f'<td><img src="{name}" width="330"></td>' for name in images[first : first + 2]
            )
            parts.append(f"<table><tr>{cells}</tr></table>")
    if plan.decisions:
        parts.append(f"<h2>{w('decision')}</h2>")
        parts.append(_table([word("on", language), word("decision", language),
                             figures.name(Figure.TOEGEKEND, language), word("conditions", language)], [
            [(day(d.held_on, language), False), (escape(label(d.kind, language)), False),
             (money(sum(d.grants.values()), language) if d.grants else "", True), (escape(d.conditions), False)]
            for d in plan.decisions]))  # fmt: skip
    parts.append("</body></html>")
    return "\n".join(parts)
