"""The blank import template (``fieldlab-desk template``): the sheets an import reads, with
pick lists (data validation) for cost categories, funding sources and measurement kinds."""

from __future__ import annotations

from openpyxl.styles import Font
from openpyxl.workbook import Workbook
from openpyxl.worksheet.datavalidation import DataValidation

from fieldlab_desk.domain import figures
from fieldlab_desk.domain.enums import CostCategory, FundingSource, MeasurementKind
from fieldlab_desk.domain.figures import Figure
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


def template_workbook(language: Language) -> Workbook:
    book = Workbook()
    plan = book.active
    plan.title = "Projectplan"
    safe_text(plan.cell(1, 1), word("code", language))
    plan.cell(1, 1).font = Font(bold=True)
    plan.column_dimensions["A"].width = 20
    plan.column_dimensions["B"].width = 24
    lines = book.create_sheet("Begroting")
    _headers(lines, [*(word(k, language) for k in ("year", "category", "description", "source",
                                                    "partner", "in_kind")),
                     figures.name(Figure.BEGROOT, language), word("line_id", language)])  # fmt: skip
    _pick_list(lines, "B", [label(c, language) for c in CostCategory])
    _pick_list(lines, "D", [label(s, language) for s in FundingSource])
    _pick_list(lines, "F", ["ja", "nee"] if language == "nl" else ["yes", "no"])
    expenses = book.create_sheet("Uitgaven")
    _headers(expenses, [word(k, language) for k in ("line_id", "description", "kind", "on", "amount",
                                                     "note")])  # fmt: skip
    _pick_list(
        expenses,
        "C",
        ["uitgave", "verplichting"] if language == "nl" else ["expense", "commitment"],
    )
    measurements = book.create_sheet("Metingen")
    _headers(measurements, [word(k, language) for k in ("indicator", "measured_on", "kind", "value",
                                                         "count", "of", "sample", "note")])  # fmt: skip
    _pick_list(measurements, "C", [label(k, language) for k in MeasurementKind])
    finish_workbook(book, language, recalculate=False)
    return book
