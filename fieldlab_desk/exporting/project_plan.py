"""The project plan workbook: Projectplan, Begroting, Financiering, Veranderketen, Effectmeting,
Besluiten and Info — the figures of the screens, in the conventions of ``exporting/xlsx``.

Pictures (the chain's diagram, the indicators' charts) are drawn by the caller and passed in as
PNG bytes: this layer draws nothing itself (it stays free of Qt and matplotlib)."""

from __future__ import annotations

import datetime as dt
import io
from collections import defaultdict
from collections.abc import Mapping

from openpyxl.drawing.image import Image
from openpyxl.styles import Font
from openpyxl.workbook import Workbook

from fieldlab_desk import __version__
from fieldlab_desk.domain import figures
from fieldlab_desk.domain.budget import Coverage
from fieldlab_desk.domain.enums import FundingSource, ToCLevel
from fieldlab_desk.domain.figures import Figure
from fieldlab_desk.domain.formats import share_of
from fieldlab_desk.domain.texts import Language, coverage_text, label
from fieldlab_desk.domain.texts import title as word
from fieldlab_desk.exporting.xlsx import (
    Column,
    as_fraction,
    finish_sheet,
    finish_workbook,
    key_values,
    put,
    safe_text,
    table,
)
from fieldlab_desk.services.project_plan import ProjectPlan
from fieldlab_desk.services.stories import PARTS


def _picture(data: bytes, width: int) -> Image:
    picture = Image(io.BytesIO(data))
    scale = width / picture.width
    picture.width, picture.height = width, int(picture.height * scale)
    return picture


def project_plan_workbook(
    plan: ProjectPlan,
    language: Language,
    *,
    location: str = "",
    schema: str = "",
    diagram_png: bytes | None = None,
    chart_pngs: Mapping[int, bytes] | None = None,
    values_only: bool = False,
    exported_on: dt.date | None = None,
) -> Workbook:
    exported_on = exported_on or dt.date.today()
    book = Workbook()
    book.remove(book.active)
    _general(book, plan, language, exported_on)
    _budget(book, plan, language, exported_on, values_only)
    _bookings(book, plan, language, exported_on, values_only)
    _funding(book, plan, language, exported_on, values_only)
    _chain(book, plan, language, exported_on, diagram_png)
    _effect(book, plan, language, exported_on, chart_pngs or {})
    _decisions(book, plan, language, exported_on, values_only)
    info = book.create_sheet(word("sheet_info", language))
    key_values(info, [
        (word("file", language), location, "text"), (word("exported", language), exported_on, "date"),
        (word("filters", language), f"{word('code', language)} = {plan.project.code}", "text"),
        (word("app", language), f"FieldLab Desk {__version__}", "text"), (word("schema", language), schema, "text"),
        (word("contents", language), ", ".join(s.title for s in book.worksheets if s.title != "Info"), "text"),
    ])  # fmt: skip
    finish_workbook(book, language, recalculate=not values_only)
    return book


def _general(book: Workbook, plan: ProjectPlan, language: Language, on: dt.date) -> None:
    sheet = book.create_sheet(word("sheet_plan", language))
    p, n = plan.project, plan.names
    fields = [
        (word("code", language), p.code, "text"), (word("title", language), p.title, "text"),
        (word("phase", language), label(p.phase, language), "text"), (word("fieldlab", language), n["fieldlab"], "text"),
        (word("lead", language), n["lead"], "text"), (word("leader", language), n["leader"], "text"),
        (word("opgave", language), n["opgave_en"] if language == "en" else n["opgave"], "text"),
        (word("start", language), p.start_date, "date"), (word("end", language), p.end_date, "date"),
        (word("rag", language), label(p.rag, language), "text"), (word("summary", language), p.summary, "text"),
        (word("need", language), p.need, "text"), (word("goal", language), p.goal, "text"),
        (word("scaling", language), p.scaling_plan, "text"), (word("result", language), p.result_text, "text"),
        (word("themes", language), "; ".join(t[1] if language == "en" else t[0] for t in plan.themes), "text"),
        (word("partners", language), "; ".join(f"{o} ({label(r, language)})" for o, r in plan.organisations), "text"),
        (word("groups", language), "; ".join(g[1] if language == "en" else g[0] for g in plan.target_groups), "text"),
        (word("places", language), "; ".join(plan.municipalities), "text"),
    ]  # fmt: skip
    if plan.story is not None:  # the latest Voortgang, its period in the heading
        fields.append((f"{word('progress_story', language)} {plan.story.period}", "", "text"))
        fields += [(word(part, language), getattr(plan.story, part), "text") for part in PARTS]
    row = key_values(sheet, fields)
    title = sheet.cell(row, 1)
    safe_text(title, word("history", language))
    title.font = Font(bold=True, size=12)
    columns = [Column(word("on", language), "date"), Column(word("from", language)), Column(word("to", language)), Column(word("by", language)),
               Column(word("note", language))]  # fmt: skip
    rows = [(h.changed_on, label(h.from_phase, language), label(h.to_phase, language), h.changed_by,
             h.note) for h in plan.phases]  # fmt: skip
    table(sheet, "Fasehistorie", columns, rows, first_row=row + 1, language=language)
    sheet.column_dimensions["A"].width = max(len(label_) for label_, *_ in fields) + 3
    sheet.column_dimensions["B"].width = 70
    finish_sheet(sheet, row + 1, on, freeze=False)


def _budget(book: Workbook, plan: ProjectPlan, language: Language, on: dt.date,
            values_only: bool) -> None:  # fmt: skip
    sheet = book.create_sheet(word("sheet_budget", language))
    activity = {line.id: line.activity_id for line in plan.chain.lines}
    texts = {e.id: e.text for e in plan.chain.elements}

    def money(figure: Figure) -> Column:
        return Column(figures.name(figure, language), "euro", True, width=14)

    columns = [
        Column(word("year", language), "year", width=7), Column(word("category", language), width=16),
        Column(word("description", language), width=30), Column(word("source", language), width=16),
        Column(word("partner", language), width=14), Column(word("in_kind", language), width=9),
        Column(word("hours", language), "number", width=8), Column(word("rate", language), "euro", width=11),
        money(Figure.BEGROOT), money(Figure.VERPLICHT), money(Figure.BESTEED),
        money(Figure.RESTEREND), money(Figure.PROGNOSE), Column(word("activity", language), width=24),
        Column(word("line_id", language), "id"),
    ]  # fmt: skip
    yes = "ja" if language == "nl" else "yes"
    rows = [
        (line.year, plan.budget.categories.name(line.category, language), line.description,
         label(line.funding_source, language), line.cofinancier, yes if line.in_kind else "",
         line.hours, line.hourly_rate_cents, line.figures.planned_cents,
         line.figures.committed_cents, line.figures.spent_cents,
         line.figures.remaining_cents, line.figures.forecast_cents,
         texts.get(activity.get(line.id) or 0, ""), line.id)
        for line in plan.lines
    ]  # fmt: skip
    table(sheet, "Begroting", columns, rows, values_only=values_only, wrap=True, language=language)
    sheet.column_dimensions["O"].hidden = True  # the line's id: an import of this sheet changes it
    finish_sheet(sheet, 1, on)


def _bookings(book: Workbook, plan: ProjectPlan, language: Language, on: dt.date,
              values_only: bool) -> None:  # fmt: skip
    """Uitgaven: every commitment and expense per line; an import adds the rows without an id."""
    from fieldlab_desk.services.budget import BookingKind

    sheet = book.create_sheet(word("sheet_expenses", language))
    columns = [Column(word("line_id", language), "id"), Column(word("description", language), width=36),
               Column(word("kind", language)), Column(word("on", language), "date"),
               Column(word("amount", language), "euro"), Column(word("note", language), width=36),
               Column(word("booking_id", language), "id")]  # fmt: skip
    committed = "verplichting" if language == "nl" else "commitment"
    spent = "uitgave" if language == "nl" else "expense"
    rows = [(line.id, line.description, committed if b.kind is BookingKind.COMMITMENT else spent, b.day,
             b.cents, b.note, b.id) for line in plan.lines for b in plan.bookings.get(line.id, [])]  # fmt: skip
    table(sheet, "Uitgaven", columns, rows, values_only=values_only, language=language)
    sheet.column_dimensions["G"].hidden = True  # the booking's id: an import keeps those
    finish_sheet(sheet, 1, on)


def _funding(book: Workbook, plan: ProjectPlan, language: Language, on: dt.date,
             values_only: bool) -> None:  # fmt: skip
    sheet = book.create_sheet(word("sheet_funding", language))
    per: dict[tuple[FundingSource, str], int] = defaultdict(int)
    for line in plan.lines:
        per[(line.funding_source, line.cofinancier)] += line.figures.planned_cents
    total = sum(per.values())
    columns = [Column(word("source", language)), Column(word("partner", language)), Column(figures.name(Figure.BEGROOT, language), "euro", True),
               Column(word("share", language), "percent")]  # fmt: skip
    rows = [(label(source, language), partner, cents, share_of(cents, total))
            for (source, partner), cents in sorted(per.items(), key=lambda i: (list(FundingSource).index(i[0][0]), i[0][1]))]  # fmt: skip
    next_row = table(
        sheet, "Financiering", columns, rows, values_only=values_only, language=language
    )
    budget, view = plan.budget.budget, plan.budget
    head = sheet.cell(next_row, 1)
    safe_text(head, figures.name(Figure.COFINANCIERINGSAANDEEL, language))
    head.font = Font(bold=True)
    put(sheet.cell(next_row, 3), as_fraction(budget.cofinancing_percent), "percent")
    note = sheet.cell(next_row + 1, 1)
    safe_text(note, figures.meaning(Figure.COFINANCIERINGSAANDEEL, language))
    covered = sheet.cell(next_row + 2, 1)
    safe_text(covered, coverage_text(view.coverage, budget.sgia_cents, view.granted_cents,
                                     view.years, language))  # fmt: skip
    if view.coverage in (Coverage.OVERSPENT, Coverage.BUDGET_OVER_GRANT):
        covered.font = Font(bold=True, color="B3261E")
    finish_sheet(sheet, 1, on)


def _chain(book: Workbook, plan: ProjectPlan, language: Language, on: dt.date,
           diagram: bytes | None) -> None:  # fmt: skip
    sheet = book.create_sheet(word("sheet_chain", language))
    view = plan.chain
    themes = {t.id: t.name(language) for t in view.themes}
    columns = [Column(word("level", language)), Column(word("element", language), width=60), Column(word("cost", language), "euro"),
               Column(word("pathway", language), "euro"), Column(word("indicators", language), "whole"),
               Column(word("theme", language))]  # fmt: skip
    rows = [(label(e.level, language), e.text, e.cost_cents if e.level is ToCLevel.ACTIVITEIT else None,
             e.pathway_cents, e.indicators if e.level.is_outcome or e.level is ToCLevel.OUTPUT else None,
             themes.get(e.theme_id or 0, "")) for e in view.elements]  # fmt: skip
    row = table(sheet, "Elementen", columns, rows, language=language)
    title = sheet.cell(row, 1)
    safe_text(title, word("links", language))
    title.font = Font(bold=True, size=12)
    texts = {e.id: e.text for e in view.elements}
    link_columns = [Column(word("from", language), width=40), Column(word("to", language), width=40),
                    Column(word("rationale", language), width=40), Column(word("assumption", language), width=40),
                    Column(word("status", language)), Column(word("since", language), "date"), Column(word("evidence", language))]  # fmt: skip
    link_rows = [(texts.get(li.from_id, ""), texts.get(li.to_id, ""), li.rationale, li.assumption,
                  label(li.status, language) if li.assumption else "", li.status_since, li.evidence)
                 for li in view.links]  # fmt: skip
    row = table(
        sheet, "Verbindingen", link_columns, link_rows, first_row=row + 1, language=language
    )
    score = sheet.cell(row, 1)
    safe_text(score, f"{word('score', language)}: {view.quality.score}/100")
    score.font = Font(bold=True)
    if diagram:
        sheet.add_image(_picture(diagram, 1100), f"A{row + 2}")
    finish_sheet(sheet, 1, on)


def _effect(book: Workbook, plan: ProjectPlan, language: Language, on: dt.date,
            charts: Mapping[int, bytes]) -> None:  # fmt: skip
    sheet = book.create_sheet(word("sheet_effect", language))
    columns = [Column(word("indicator", language), width=40), Column(word("unit", language)), Column(word("semantics", language)),
               Column(word("baseline", language), "number"), Column(word("baseline_on", language), "date"),
               Column(word("target", language), "number"), Column(word("target_on", language), "date"),
               Column(word("now", language), "number"), Column(figures.name(Figure.VOORTGANG, language), "percent"),
               Column(figures.name(Figure.VERWACHT, language), "percent"), Column(word("status", language))]  # fmt: skip
    rows = []
    for i in plan.indicators:
        p = i.progress
        rows.append((i.name, i.unit, label(i.semantics, language), i.baseline_value, i.baseline_date,
                     i.target_value, i.target_date, p.actual if p else None,
                     p.progress if p else None, p.expected if p else None, label(i.status, language)))  # fmt: skip
    row = table(sheet, "Indicatoren", columns, rows, language=language)
    for number, indicator in enumerate(i for i in plan.indicators if i.id in charts):
        column = "A" if number % 2 == 0 else "G"
        sheet.add_image(_picture(charts[indicator.id], 520), f"{column}{row + (number // 2) * 16}")
    finish_sheet(sheet, 1, on)
    # The measurements on a sheet of their own: its hidden id column hides nothing else, and
    # an import reads it back (rows with an id are kept, new rows are added).
    sheet = book.create_sheet(word("sheet_measurements", language))
    m_columns = [Column(word("indicator", language), width=40), Column(word("measured_on", language), "date"),
                 Column(word("kind", language)), Column(word("value", language), "number"), Column(word("count", language), "whole"),
                 Column(word("of", language), "whole"), Column(word("sample", language), "whole"), Column(word("note", language)),
                 Column(word("measurement_id", language), "id")]  # fmt: skip
    m_rows = [(i.name, m.measured_on, label(m.kind, language), m.value, m.numerator, m.denominator,
               m.sample_size, m.note, m.id) for i in plan.indicators for m in i.measurements]  # fmt: skip
    table(sheet, "Metingen", m_columns, m_rows, language=language)
    sheet.column_dimensions["I"].hidden = True  # the measurement's id: an import keeps those
    finish_sheet(sheet, 1, on)


def _decisions(book: Workbook, plan: ProjectPlan, language: Language, on: dt.date,
               values_only: bool) -> None:  # fmt: skip
    sheet = book.create_sheet(word("sheet_decisions", language))
    columns = [Column(word("on", language), "date"), Column(word("meeting", language)), Column(word("decision", language)),
               Column(word("year", language), "year"), Column(figures.name(Figure.TOEGEKEND, language), "euro", True),
               Column(word("conditions", language), width=40), Column(word("note", language), width=40)]  # fmt: skip
    rows = []
    for d in plan.decisions:
        years: list[int | None] = [*sorted(d.grants)] or [None]
        for year in years:
            rows.append((d.held_on, d.meeting, label(d.kind, language), year,
                         d.grants.get(year) if year is not None else None, d.conditions, d.note))  # fmt: skip
    table(sheet, "Besluiten", columns, rows, values_only=values_only, language=language)
    finish_sheet(sheet, 1, on)
