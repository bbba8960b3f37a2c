"""The steering-group pack: Overzicht first (the norm, the total and what is free as a block at
the top, every project of the year, the warnings, a native Excel chart of allocation against the
norm), then Jaarplanning per funding source, Besluiten, Indicatoren, "Wijzigingen sinds vorige
vergadering" when a meeting's figures were frozen, and optionally a sheet per project."""

from __future__ import annotations

import datetime as dt

from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from fieldlab_desk import __version__
from fieldlab_desk.domain import figures, formats
from fieldlab_desk.domain.enums import FundingSource
from fieldlab_desk.domain.figures import Figure
from fieldlab_desk.domain.indicators import split_text
from fieldlab_desk.domain.texts import Language, decision_words, label, plan_warning, text
from fieldlab_desk.domain.texts import title as word
from fieldlab_desk.exporting.xlsx import (
    KINDS,
    Column,
    as_fraction,
    cell_value,
    finish_sheet,
    finish_workbook,
    key_values,
    put,
    safe_text,
    sheet_name,
    table,
)
from fieldlab_desk.services.pack import Pack


def pack_workbook(
    data: Pack, language: Language, *, location: str = "", schema: str = "",
    per_project: bool = False, values_only: bool = False, exported_on: dt.date | None = None,
    filters_text: str = "",
) -> Workbook:  # fmt: skip
    exported_on = exported_on or dt.date.today()
    book = Workbook()
    book.remove(book.active)
    _overview(book, data, language, exported_on, values_only)
    _sources(book, data, language, exported_on, values_only)
    _decisions(book, data, language, exported_on, values_only)
    _trail(book, data, language, exported_on, values_only)
    _years(book, data, language, exported_on, values_only)
    _indicators(book, data, language, exported_on)
    if data.since is not None:
        _changes(book, data, language, exported_on)
    if per_project:
        for p in data.plan.projects:
            _project(book, data, p.project_id, language, exported_on)
    info = book.create_sheet(word("sheet_info", language))
    key_values(info, [
        (word("file", language), location, "text"), (word("exported", language), exported_on, "date"),
        (word("filters", language),
         "; ".join(x for x in (f"{word('year', language)} = {data.year}", filters_text) if x), "text"),
        (word("app", language), f"FieldLab Desk {__version__}", "text"),
        (word("schema", language), schema, "text"),
    ])  # fmt: skip
    finish_workbook(book, language, recalculate=not values_only)
    return book


def _overview(
    book: Workbook, data: Pack, language: Language, on: dt.date, values_only: bool
) -> None:
    sheet = book.create_sheet(word("sheet_overview", language))
    plan = data.plan
    title = sheet.cell(1, 1)
    safe_text(title, f"{text('plan', language)} {data.year}")
    title.font = Font(bold=True, size=14)
    row = key_values(sheet, [
        *((figures.name(figure, language), cell_value(figure, value), KINDS[figures.DEFINITIONS[figure].kind])
          for figure, value in plan.summary()),
        (figures.name(Figure.PROGNOSE, language), data.forecast_cents, "euro"),
        (figures.name(Figure.VRIJVAL, language), data.total_vrijval_cents, "euro"),
    ], first_row=3)  # fmt: skip
    warnings = [plan_warning(w, language) for w in plan.warnings()]
    head = sheet.cell(row, 1)
    safe_text(head, word("warnings", language))
    head.font = Font(bold=True)
    for number, warning in enumerate(warnings or [word("none", language)]):
        cell = sheet.cell(row + number, 2)
        safe_text(cell, warning)
        if warnings:
            cell.font = Font(bold=True, color="B3261E")
    header = row + max(len(warnings), 1) + 1

    def money(figure: Figure) -> Column:
        return Column(figures.name(figure, language), "euro", True)

    columns = [Column(word("code", language)), Column(word("title", language), width=40),
               Column(word("lead", language)), Column(word("phase", language)),
               money(Figure.BEGROOT), money(Figure.TOEGEKEND), money(Figure.OVERSCHRIJDING),
               money(Figure.VERPLICHT), money(Figure.BESTEED),
               Column(figures.name(Figure.COFINANCIERINGSAANDEEL, language), "percent"),
               Column(word("rag", language)), money(Figure.PROGNOSE),
               Column(figures.name(Figure.VRIJVAL, language), "euro", True), Column(word("leader", language)),
               Column(word("opgave", language), width=24), Column(word("runs", language), width=23),
               Column(word("rag_note", language), width=40)]  # fmt: skip
    rows = []
    for p in plan.projects:
        facts = data.facts.get(p.project_id)
        runs = (f"{formats.date(facts.start, language) or '…'} – {formats.date(facts.end, language) or '…'}"
                if facts is not None and (facts.start or facts.end) else "")  # fmt: skip
        rows.append((p.code, p.title, data.leads.get(p.project_id, ""), label(p.phase, language),
                     p.planned_cents, p.awarded_cents, p.overspend_cents, p.committed_cents, p.spent_cents,
                     as_fraction(data.cofinancing.get(p.project_id)), label(data.rag.get(p.project_id), language),
                     facts.forecast_cents if facts else 0, data.vrijval_cents(p.project_id),
                     facts.leader if facts else "", facts.opgave if facts else "", runs,
                     data.rag_notes.get(p.project_id, "")))  # fmt: skip
    granted_column = 6  # Toegekend: the chart's bars
    after = table(
        sheet,
        "Overzicht",
        columns,
        rows,
        first_row=header,
        values_only=values_only,
        language=language,
    )
    if plan.projects:
        chart = BarChart()
        chart.type = "bar"
        chart.title = word("chart", language).format(norm=formats.money(plan.norm_cents, language))
        chart.y_axis.title = "€"
        chart.y_axis.numFmt = "#,##0"
        values = Reference(
            sheet, min_col=granted_column, min_row=header, max_row=header + len(rows)
        )
        names = Reference(sheet, min_col=1, min_row=header + 1, max_row=header + len(rows))
        chart.add_data(values, titles_from_data=True)
        chart.set_categories(names)
        chart.height, chart.width = 4 + 0.5 * len(rows), 22
        sheet.add_chart(chart, f"A{after + 1}")
        _year_against_norm(sheet, data, language, len(columns) + 2, header, values_only)
    finish_sheet(sheet, header, on)


def _year_against_norm(sheet: Worksheet, data: Pack, language: Language, column: int, header: int,
                       values_only: bool) -> None:  # fmt: skip
    """The year's begroot, toegekend, besteed and prognose as columns with the norm as a line
    across them, from a small table of its own beside the overview (so the line is the norm
    in the sheet, not a title's word)."""
    plan = data.plan
    norm = figures.name(Figure.NORM, language)
    rows = [(figures.name(f, language), cents, plan.norm_cents) for f, cents in
            ((Figure.BEGROOT, plan.planned_cents), (Figure.TOEGEKEND, plan.awarded_cents),
             (Figure.BESTEED, plan.spent_cents), (Figure.PROGNOSE, data.forecast_cents))]  # fmt: skip
    title_cell = sheet.cell(header - 1 if header > 1 else header, column)
    safe_text(title_cell, word("norm_chart", language).format(year=data.year))
    title_cell.font = Font(bold=True)
    put(sheet.cell(header, column), "")
    put(sheet.cell(header, column + 1), str(data.year))
    put(sheet.cell(header, column + 2), norm)
    for offset, (name, cents, norm_cents) in enumerate(rows, start=1):
        put(sheet.cell(header + offset, column), name)
        put(sheet.cell(header + offset, column + 1), cents, "euro")
        put(sheet.cell(header + offset, column + 2), norm_cents, "euro")
    sheet.column_dimensions[get_column_letter(column)].width = 16
    for extra in (1, 2):
        sheet.column_dimensions[get_column_letter(column + extra)].width = 15
    last = header + len(rows)
    bars = BarChart()
    bars.type = "col"
    bars.title = word("norm_chart", language).format(year=data.year)
    bars.y_axis.title = "€"
    bars.y_axis.numFmt = "#,##0"
    bars.y_axis.scaling.min = 0  # from nothing: a bar's length is its amount
    bars.add_data(Reference(sheet, min_col=column + 1, min_row=header, max_row=last),
                  titles_from_data=True)  # fmt: skip
    categories = Reference(sheet, min_col=column, min_row=header + 1, max_row=last)
    bars.set_categories(categories)
    line = LineChart()
    line.add_data(Reference(sheet, min_col=column + 2, min_row=header, max_row=last),
                  titles_from_data=True)  # fmt: skip
    line.set_categories(categories)
    line.series[0].graphicalProperties.line.solidFill = "B3261E"
    line.series[0].graphicalProperties.line.dashStyle = "dash"
    line.series[0].graphicalProperties.line.width = 28575  # 2,25 pt
    line.series[0].marker.symbol = "none"
    bars += line
    bars.height, bars.width = 8, 14
    sheet.add_chart(bars, f"{get_column_letter(column)}{last + 2}")


def _sources(
    book: Workbook, data: Pack, language: Language, on: dt.date, values_only: bool
) -> None:
    sheet = book.create_sheet(word("sheet_yearplan", language))
    columns = [Column(word("code", language)), Column(word("title", language), width=40)] + [
        Column(label(source, language), "euro", True) for source in FundingSource
    ] + [Column(word("total", language), "euro", True)]  # fmt: skip
    rows = []
    for p in (*data.plan.projects, *data.plan.pipeline):
        amounts = [data.per_source.get(p.project_id, {}).get(source, 0) for source in FundingSource]
        rows.append((p.code, p.title, *amounts, sum(amounts)))
    table(sheet, "Jaarplanning", columns, rows, values_only=values_only, language=language)
    finish_sheet(sheet, 1, on)


def _decisions(
    book: Workbook, data: Pack, language: Language, on: dt.date, values_only: bool
) -> None:
    sheet = book.create_sheet(word("sheet_decisions", language))
    columns = [Column(word("on", language), "date"), Column(word("code", language)),
               Column(word("title", language), width=40), Column(word("decision", language)),
               Column(f"{figures.name(Figure.TOEGEKEND, language)} {data.year}", "euro", True),
               Column(word("conditions", language), width=40)]  # fmt: skip
    rows = []
    for d in data.decisions:
        decided, said = decision_words(d.kind, d.conditions, d.status, d.said, language)
        rows.append((d.held_on, d.code, d.title, decided, d.granted_cents, said))
    table(sheet, "Besluiten", columns, rows, values_only=values_only, language=language)
    finish_sheet(sheet, 1, on)


def _trail(book: Workbook, data: Pack, language: Language, on: dt.date, values_only: bool) -> None:
    """Besluitenspoor: every grant for the year, whenever decided, and the corrections the year
    plan's rules make; the total is the year's toegekend."""
    sheet = book.create_sheet(word("trail_sheet", language))
    columns = [Column(word("on", language), "date"), Column(word("code", language)),
               Column(word("title", language), width=40), Column(word("decision", language)),
               Column(f"{figures.name(Figure.TOEGEKEND, language)} {data.year}", "euro", True),
               Column(word("note", language), width=50)]  # fmt: skip
    rows = [(t.held_on, t.code, t.title, label(t.kind, language) if t.kind else word("correction", language),
             t.cents, text(t.note, language) if t.note.startswith("pack.") else t.note)
            for t in data.trail]  # fmt: skip
    after = table(
        sheet,
        "Besluitenspoor",
        columns,
        rows,
        values_only=values_only,
        wrap=True,
        language=language,
    )
    check = sheet.cell(after - 1, 2)
    safe_text(check, word("trail_total", language).format(
        year=data.year, amount=formats.money(data.plan.awarded_cents, language)))  # fmt: skip
    finish_sheet(sheet, 1, on)


def _years(book: Workbook, data: Pack, language: Language, on: dt.date, values_only: bool) -> None:
    """Meerjarenoverzicht: per project and year begroot, toegekend and besteed, for every year
    of the agenda, with each year's norm and what is free under it."""
    sheet = book.create_sheet(word("years_sheet", language))
    shown = (Figure.BEGROOT, Figure.TOEGEKEND, Figure.BESTEED)
    columns = [Column(word("code", language)), Column(word("title", language), width=36)]
    columns += [
        Column(f"{figures.name(f, language)} {y.year}", "euro", True)
        for y in data.years
        for f in shown
    ]
    per: dict[str, dict[int, tuple[int, int, int]]] = {}
    titles: dict[str, str] = {}
    for plan in data.years:
        for p in plan.projects:
            per.setdefault(p.code, {})[plan.year] = (
                p.planned_cents,
                p.awarded_cents,
                p.spent_cents,
            )
            titles[p.code] = p.title
    rows = [(code, titles[code], *(v for y in data.years for v in per[code].get(y.year, (0, 0, 0))))
            for code in sorted(per)]  # fmt: skip
    after = table(
        sheet, "Meerjarenoverzicht", columns, rows, values_only=values_only, language=language
    )
    for offset, (name, value) in enumerate(((figures.name(Figure.NORM, language), "norm_cents"),
                                            (figures.name(Figure.VRIJ, language), "free_cents"))):  # fmt: skip
        row = after - 1 + offset
        head = sheet.cell(row, 1)
        safe_text(head, name)
        head.font = Font(bold=True)
        for index, plan in enumerate(data.years):
            put_money(sheet.cell(row, 3 + index * len(shown) + 1), getattr(plan, value))
    finish_sheet(sheet, 1, on)


def put_money(cell: object, cents: int) -> None:
    from fieldlab_desk.exporting.xlsx import put

    put(cell, cents, "euro")


def _indicators(book: Workbook, data: Pack, language: Language, on: dt.date) -> None:
    sheet = book.create_sheet(word("sheet_indicators", language))
    columns = [Column(word("code", language)), Column(word("indicator", language), width=40),
               Column(word("unit", language)), Column(word("semantics", language)),
               Column(word("baseline", language), "number"), Column(word("target", language), "number"),
               Column(word("now", language), "number"), Column(figures.name(Figure.VOORTGANG, language), "percent"),
               Column(word("status", language)), Column(word("split", language), width=40)]  # fmt: skip
    rows = []
    for r in data.indicators.rows:
        i, p = r.indicator, r.indicator.progress
        rows.append((r.code, i.name, i.unit, label(i.semantics, language), i.baseline_value, i.target_value,
                     p.actual if p else None, p.progress if p else None, label(i.status, language),
                     split_text(data.splits.get(i.id, {}), i.whole_numbers, language)))  # fmt: skip
    table(sheet, "Indicatoren", columns, rows, language=language)
    finish_sheet(sheet, 1, on)


def _changes(book: Workbook, data: Pack, language: Language, on: dt.date) -> None:
    sheet = book.create_sheet(word("changes_sheet", language))  # the title says since when
    day = formats.date(data.since, language)
    title = sheet.cell(1, 1)
    safe_text(title, word("changes", language).format(day=day))
    title.font = Font(bold=True, size=12)
    columns = [Column(word("code", language)), Column(word("what", language)),
               Column(word("subject", language)), Column(word("was", language), width=30),
               Column(word("now_value", language), width=30)]  # fmt: skip
    rows = [(c.code, label(c.kind, language), c.subject, c.old, c.new) for c in data.changes]
    table(sheet, "Wijzigingen", columns, rows, first_row=3, language=language)
    finish_sheet(sheet, 3, on)


def _project(book: Workbook, data: Pack, project_id: int, language: Language, on: dt.date) -> None:
    p = next(p for p in data.plan.projects if p.project_id == project_id)
    sheet = book.create_sheet(sheet_name(p.code, book.sheetnames))
    key_values(sheet, [
        (word("code", language), p.code, "text"), (word("title", language), p.title, "text"),
        (word("lead", language), data.leads.get(project_id, ""), "text"),
        (word("phase", language), label(p.phase, language), "text"),
        (figures.name(Figure.BEGROOT, language), p.planned_cents, "euro"),
        (figures.name(Figure.TOEGEKEND, language), p.awarded_cents, "euro"),
        (figures.name(Figure.OVERSCHRIJDING, language), p.overspend_cents, "euro"),
        (figures.name(Figure.VERPLICHT, language), p.committed_cents, "euro"),
        (figures.name(Figure.BESTEED, language), p.spent_cents, "euro"),
        (figures.name(Figure.PROGNOSE, language),
         data.facts[project_id].forecast_cents if project_id in data.facts else 0, "euro"),
        (figures.name(Figure.VRIJVAL, language), data.vrijval_cents(project_id), "euro"),
        (figures.name(Figure.COFINANCIERINGSAANDEEL, language),
         as_fraction(data.cofinancing.get(project_id)), "percent"),
    ])  # fmt: skip
    columns = [Column(word("on", language), "date"), Column(word("decision", language)),
               Column(f"{figures.name(Figure.TOEGEKEND, language)} {data.year}", "euro", True),
               Column(word("note", language), width=50)]  # fmt: skip
    rows = [(t.held_on, label(t.kind, language) if t.kind else word("correction", language), t.cents,
             text(t.note, language) if t.note.startswith("pack.") else t.note)
            for t in data.trail if t.code == p.code]  # fmt: skip
    after = table(
        sheet,
        sheet_name(f"Spoor {p.code}", []),
        columns,
        rows,
        first_row=len(sheet["A"]) + 2,
        language=language,
    )
    lines = data.lines.get(project_id, [])
    if lines:  # the year's lines, then every booking on them
        line_columns = [Column(word("category", language), width=16), Column(word("description", language), width=36),
                        Column(word("source", language), width=16), *(money(f, language) for f in (
                            Figure.BEGROOT, Figure.VERPLICHT, Figure.BESTEED, Figure.RESTEREND))]  # fmt: skip
        line_rows = [(data.categories.name(line.category, language), line.description, label(line.funding_source, language),
                      line.figures.planned_cents, line.figures.committed_cents, line.figures.spent_cents,
                      line.figures.remaining_cents) for line, _ in lines]  # fmt: skip
        after = table(
            sheet,
            sheet_name(f"Regels {p.code}", []),
            line_columns,
            line_rows,
            first_row=after,
            language=language,
        )
        booking_columns = [Column(word("on", language), "date"), Column(word("description", language), width=36),
                           Column(word("kind", language)), Column(word("amount", language), "euro", True),
                           Column(word("note", language), width=36)]  # fmt: skip
        kinds = {"commitment": text("import.kind_commitment", language),
                 "expense": text("import.kind_expense", language)}  # fmt: skip
        booking_rows = [(b.day, line.description, kinds.get(b.kind.value, b.kind.value), b.cents, b.note)
                        for line, booked in lines for b in booked]  # fmt: skip
        table(
            sheet,
            sheet_name(f"Boekingen {p.code}", []),
            booking_columns,
            booking_rows,
            first_row=after,
            language=language,
        )
    finish_sheet(sheet, 1, on, freeze=False)


def money(figure: Figure, language: Language) -> Column:
    return Column(figures.name(figure, language), "euro", True)
