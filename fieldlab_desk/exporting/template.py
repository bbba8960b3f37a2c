"""The blank import template (``fieldlab-desk template``): the sheets an import reads, with
pick lists (data validation) for cost categories, funding sources and measurement kinds."""

from __future__ import annotations

from openpyxl.styles import Alignment, Font
from openpyxl.workbook import Workbook
from openpyxl.worksheet.datavalidation import DataValidation

from fieldlab_desk.domain import figures
from fieldlab_desk.domain.enums import FundingSource, MeasurementKind
from fieldlab_desk.domain.figures import Figure
from fieldlab_desk.domain.terms import TermKind, Terms
from fieldlab_desk.domain.texts import Language, label
from fieldlab_desk.domain.texts import title as word
from fieldlab_desk.exporting.xlsx import HEADER_FILL, finish_workbook, safe_text

ROWS = 500  # rows that carry the pick lists


def _headers(sheet: object, titles: list[str]) -> None:
    for number, title in enumerate(titles, start=1):
        cell = sheet.cell(1, number)  # type: ignore[attr-defined]
        safe_text(cell, title)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        sheet.column_dimensions[cell.column_letter].width = max(len(title) + 4, 16)  # type: ignore[attr-defined]
    sheet.freeze_panes = "A2"  # type: ignore[attr-defined]


def _pick_list(sheet: object, column: str, choices: list[str]) -> None:
    listed = ",".join(c.replace(",", " ") for c in choices)
    rule = DataValidation(
        type="list", formula1=f'"{listed}"', allow_blank=True, showErrorMessage=True
    )
    sheet.add_data_validation(rule)  # type: ignore[attr-defined]
    rule.add(f"{column}2:{column}{ROWS}")


INSTRUCTIONS = {
    "nl": (
        "Zo vult u dit sjabloon in",
        [("Projectplan", "Zet de projectcode in cel B1 (bijvoorbeeld SGIA-2024-02). Alles in dit bestand hoort bij dat ene project."),
         ("Begroting", "Eén rij per nieuwe begrotingsregel: jaar, kostensoort en financieringsbron uit de keuzelijst, omschrijving (hoogstens 300 tekens), partner (alleen bij cofinanciering), in natura ja/nee, en het begrote bedrag. Laat Regel-id leeg voor een nieuwe regel; met het id van een bestaande regel van dit project wijzigt u die regel."),
         ("Uitgaven", "Eén rij per uitgave of verplichting. Met Regel-id komt ze op die regel. Zonder Regel-id zoekt de import de regel met precies deze omschrijving in het jaar van de datum; past er geen of meer dan één, dan zegt het voorbeeld welke er zijn."),
         ("Metingen", "Eén rij per meting: de naam van de indicator precies zoals in het project, de datum, de soort (nulmeting, tussenmeting, eindmeting) en de waarde, of aantal en totaal voor een percentage."),
         ("Bedragen", "Typ bedragen als getal of op z'n Nederlands (1.234,56); hoogstens twee cijfers achter de komma. Datums als 01-03-2026."),
         ("Importeren", "Bestand → Importeren uit Excel (Ctrl+I) toont eerst elke wijziging, elk probleem en elke waarschuwing. Er wordt pas iets opgeslagen als er geen problemen zijn, in één stap die Ctrl+Z ongedaan maakt. Een rij die er al staat, wordt niet nog eens toegevoegd.")],
    ),
    "en": (
        "How to fill in this template",
        [("Project plan", "Put the project code in cell B1 (for example SGIA-2024-02). Everything in this file belongs to that one project."),
         ("Budget", "One row per new budget line: year, cost category and funding source from the pick list, description (at most 300 characters), partner (for co-financing only), in kind yes/no, and the budgeted amount. Leave the line id empty for a new line; with the id of an existing line of this project you change that line."),
         ("Expenses", "One row per expense or commitment. With a line id it goes on that line. Without one, the import looks for the line with exactly this description in the year of the date; when none or several fit, the preview says which there are."),
         ("Measurements", "One row per measurement: the indicator's name exactly as in the project, the date, the kind (baseline, interim, final measurement) and the value, or count and total for a percentage."),
         ("Amounts", "Type amounts as numbers or the Dutch way (1.234,56); at most two decimals. Dates as 01-03-2026."),
         ("Importing", "File → Import from Excel (Ctrl+I) first shows every change, problem and warning. Nothing is saved while there are problems; then everything at once, in one step Ctrl+Z undoes. A row that is there already is not added again.")],
    ),
}  # fmt: skip


def _instructions(book: Workbook, language: Language) -> None:
    """A first sheet that says what goes where, which columns may stay empty and how rows are
    matched, in the interface's language."""
    sheet = book.active
    sheet.title = word("sheet_instructions", language)
    heading, parts = INSTRUCTIONS["en" if language == "en" else "nl"]
    safe_text(sheet.cell(1, 1), heading)
    sheet.cell(1, 1).font = Font(bold=True, size=14)
    for row, (part, explanation) in enumerate(parts, start=3):
        safe_text(sheet.cell(row, 1), part)
        sheet.cell(row, 1).font = Font(bold=True)
        safe_text(sheet.cell(row, 2), explanation)
        sheet.cell(row, 2).alignment = Alignment(wrap_text=True, vertical="top")
        sheet.row_dimensions[row].height = 15 * (len(explanation) // 80 + 1)
    sheet.column_dimensions["A"].width = 16
    sheet.column_dimensions["B"].width = 90


def template_workbook(
    language: Language, project_code: str = "", categories: Terms | None = None
) -> Workbook:
    """The blank template; with ``project_code`` its Projectplan cell is filled in already, with
    ``categories`` the portfolio's own cost categories are its pick list (else the built-in)."""
    book = Workbook()
    _instructions(book, language)
    plan = book.create_sheet(word("sheet_plan", language))
    safe_text(plan.cell(1, 1), word("code", language))
    plan.cell(1, 1).font = Font(bold=True)
    if project_code:
        safe_text(plan.cell(1, 2), project_code)
    plan.column_dimensions["A"].width = 20
    plan.column_dimensions["B"].width = 24
    lines = book.create_sheet(word("sheet_budget", language))
    _headers(lines, [*(word(k, language) for k in ("year", "category", "description", "source",
                                                    "partner", "in_kind")),
                     figures.name(Figure.BEGROOT, language), word("line_id", language)])  # fmt: skip
    offered = (categories or Terms(TermKind.COST_CATEGORY)).offered()
    _pick_list(lines, "B", [t.name(language) for t in offered])
    _pick_list(lines, "D", [label(s, language) for s in FundingSource])
    _pick_list(lines, "F", ["ja", "nee"] if language == "nl" else ["yes", "no"])
    expenses = book.create_sheet(word("sheet_expenses", language))
    _headers(expenses, [word(k, language) for k in ("line_id", "description", "kind", "on", "amount",
                                                     "note")])  # fmt: skip
    _pick_list(
        expenses,
        "C",
        ["uitgave", "verplichting"] if language == "nl" else ["expense", "commitment"],
    )
    measurements = book.create_sheet(word("sheet_measurements", language))
    _headers(measurements, [word(k, language) for k in ("indicator", "measured_on", "kind", "value",
                                                         "count", "of", "sample", "note")])  # fmt: skip
    _pick_list(measurements, "C", [label(k, language) for k in MeasurementKind])
    finish_workbook(book, language, recalculate=False)
    return book
