"""How every exported workbook looks: as prepared by a careful financial controller.

- Money and numbers are real numbers with a Dutch euro format (red negatives); dates are real
  dates shown ``dd-mm-jjjj``.
- Each list is an Excel table: a bold, frozen header row with auto-filter, sensible column
  widths, and a totals row of live formulas that respect filters (``SUBTOTAL(109, …)``); the
  workbook recalculates when opened. ``values_only`` writes the totals' values instead, for
  archiving.
- Print set-up: landscape, fit to width, the header row repeated, a footer with the export
  date and the page.
- **No user text ever becomes a formula**: text that Excel would read as a formula or a DDE
  call (starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) is written as
  plain text, marked with a quote prefix so that editing the cell keeps it text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from fieldlab_desk.domain.figures import DEFINITIONS, Figure, Kind
from fieldlab_desk.domain.texts import Language, title

EURO = "[$€-413] #,##0.00;[Red][$€-413] -#,##0.00"
DATE = "DD-MM-YYYY"
NUMBER = "#,##0.##"
WHOLE = "#,##0"
PLAIN = "0"  # years and ids: never a thousands separator
PERCENT = "0.0%"  # one decimal, as every output shows a percentage
ISO_DATE = "YYYY-MM-DD"  # dates in an English workbook, as the English app writes them
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CREATOR = "FieldLab Desk"
HEADER_FILL = PatternFill("solid", fgColor="DDE6EE")
WRAPPED = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
MAX_WIDTH = 60
WIDTH_SAMPLE = 300


KINDS = {Kind.MONEY: "euro", Kind.PERCENT: "percent", Kind.SHARE: "percent", Kind.STATUS: "text"}
"""The cell kind of each kind of figure (a percentage is written as its fraction)."""
SHEET_NAME_LIMIT = 31
SHEET_NAME_FORBIDDEN = "[]:*?/\\"


def cell_value(figure: Figure, value: int | Decimal | None) -> int | Decimal | None:
    """A figure's value as its cell holds it: a percentage as its fraction, the rest as is."""
    if DEFINITIONS[figure].kind is Kind.PERCENT and value is not None:
        return as_fraction(Decimal(value))
    return value


def as_fraction(percent: Decimal | None) -> Decimal | None:
    """A percentage (23.3) as the fraction a percent-formatted cell holds (0.233)."""
    return None if percent is None else percent / 100


def sheet_name(wanted: str, taken: Iterable[str]) -> str:
    """A sheet name Excel accepts: at most 31 characters, none of ``[]:*?/\\``, not starting
    or ending with a quote, unique regardless of case among ``taken``."""
    cleaned = "".join("_" if c in SHEET_NAME_FORBIDDEN else c for c in wanted).strip("'") or "_"
    used = {name.casefold() for name in taken}
    name, number = cleaned[:SHEET_NAME_LIMIT], 1
    while name.casefold() in used:
        number += 1
        suffix = f" ({number})"
        name = cleaned[: SHEET_NAME_LIMIT - len(suffix)] + suffix
    return name


def localise(book: Workbook, language: str) -> None:
    """Dates in an English workbook as ISO dates, as the English app writes them."""
    if language != "en":
        return
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.number_format == DATE:
                    cell.number_format = ISO_DATE


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    kind: str = "text"  # text | euro | date | number | whole | percent | year | id
    total: bool = False
    """Whether the totals row sums this column (SUBTOTAL 109: only the rows shown)."""
    width: int | None = None


CELL_TEXT_MAX = 32_767  # Excel's limit for one cell's text


def safe_text(cell: Any, text: str) -> None:
    """Put user text in a cell as text, never as a formula; a text over Excel's limit of
    32.767 characters ends visibly cut (``…``) instead of silently (as openpyxl would)."""
    if len(text) > CELL_TEXT_MAX:
        text = text[: CELL_TEXT_MAX - 1] + "…"
    cell.value = text
    if text.startswith(FORMULA_START):
        cell.data_type = "s"
        cell.quotePrefix = True


def put(cell: Any, value: Any, kind: str = "text") -> None:
    """A value as its real type and format: cents become euros, dates stay dates."""
    if value is None or value == "":
        cell.value = None
        return
    if kind == "euro":
        cell.value = Decimal(int(value)) / 100
        cell.number_format = EURO
    elif kind == "date":
        cell.value = value
        cell.number_format = DATE
    elif kind in ("number", "whole", "percent", "year", "id"):
        cell.value = float(value) if isinstance(value, Decimal) else value
        cell.number_format = {"number": NUMBER, "whole": WHOLE, "percent": PERCENT, "year": PLAIN,
                              "id": PLAIN}[kind]  # fmt: skip
    elif isinstance(value, str):
        safe_text(cell, value)
    else:
        cell.value = value


def table(
    sheet: Worksheet,
    name: str,
    columns: Sequence[Column],
    rows: Iterable[Sequence[Any]],
    *,
    first_row: int = 1,
    values_only: bool = False,
    wrap: bool = False,
    language: Language = "nl",
) -> int:
    """Write a list as an Excel table with a totals row; returns the next free row. With
    ``wrap`` text cells wrap within their column's width (a sheet meant to be printed)."""
    for number, column in enumerate(columns, start=1):
        header = sheet.cell(first_row, number)
        safe_text(header, column.title)
        header.font = Font(bold=True)
        header.fill = HEADER_FILL
        header.alignment = Alignment(vertical="center", wrap_text=True)
    row_number = first_row
    widths = [len(c.title) for c in columns]
    kinds = [c.kind for c in columns]
    for row_number, values in enumerate(rows, start=first_row + 1):
        for number, (kind, value) in enumerate(zip(kinds, values, strict=True), start=1):
            if value is not None and value != "":
                cell = sheet.cell(row_number, number)
                put(cell, value, kind)
                if wrap:  # wrapped text, and every cell of its row at the top
                    cell.alignment = WRAPPED if kind == "text" else TOP
        if row_number - first_row <= WIDTH_SAMPLE:  # widths from the first rows: enough to read
            for index, (kind, value) in enumerate(zip(kinds, values, strict=True)):
                widths[index] = max(widths[index], _shown_width(value, kind))
    last_data = row_number
    if last_data == first_row:  # an empty list still gets a (blank) row, as tables need one
        last_data = first_row + 1
    total_row = last_data + 1
    if any(c.total for c in columns):
        label = sheet.cell(total_row, 1)
        label.value = title("total", language)
        label.font = Font(bold=True)
        for number, column in enumerate(columns, start=1):
            if not column.total:
                continue
            letter = get_column_letter(number)
            cell = sheet.cell(total_row, number)
            data = [sheet.cell(r, number).value for r in range(first_row + 1, last_data + 1)]
            if values_only:
                cell.value = sum((Decimal(str(v)) for v in data if v is not None), Decimal(0))
            else:
                cell.value = f"=SUBTOTAL(109,{letter}{first_row + 1}:{letter}{last_data})"
            cell.number_format = EURO if column.kind == "euro" else NUMBER
            cell.font = Font(bold=True)
    reference = f"A{first_row}:{get_column_letter(len(columns))}{last_data}"
    excel_table = Table(displayName=_table_name(name), ref=reference)
    excel_table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
    sheet.add_table(excel_table)
    shown_widths = []
    for number, (column, width) in enumerate(zip(columns, widths, strict=True), start=1):
        # a given width still fits the title's longest word: no header broken inside a word
        longest_word = max((len(w) for w in column.title.split()), default=0) + 2
        shown = max(column.width, longest_word) if column.width else min(width + 3, MAX_WIDTH)
        sheet.column_dimensions[get_column_letter(number)].width = shown
        shown_widths.append(shown)
    _fit_header(sheet, first_row, columns, shown_widths)
    if wrap:
        _fit_row_heights(sheet, first_row + 1, last_data, kinds, shown_widths)
    return total_row + 2


LINE_HEIGHT = 15  # points per line of 11-point text


def _fit_row_heights(
    sheet: Worksheet, first: int, last: int, kinds: Sequence[str], widths: Sequence[float]
) -> None:
    """Tall enough rows for wrapped text: spreadsheet programs do not grow a row that a file
    gives without a height, and the lines would overlap the row below."""
    for row in range(first, last + 1):
        lines = 1
        for number, (kind, width) in enumerate(zip(kinds, widths, strict=True), start=1):
            value = sheet.cell(row, number).value
            if kind == "text" and isinstance(value, str) and value:
                per_line = max(int(width) - 1, 1)
                lines = max(
                    lines, sum(-(-max(len(part), 1) // per_line) for part in value.split("\n"))
                )
        if lines > 1:
            sheet.row_dimensions[row].height = LINE_HEIGHT * min(lines, 10)


def _table_name(name: str) -> str:
    cleaned = "".join(c for c in name.title() if c.isalnum())
    return cleaned if cleaned and cleaned[0].isalpha() else "T" + cleaned


def _fit_header(
    sheet: Worksheet, row: int, columns: Sequence[Column], widths: Sequence[float]
) -> None:
    """A header row tall enough for its longest wrapped title: Excel and LibreOffice do not grow
    a row for wrapped text on opening, so a title would show cut off ("Toegekend (telt")."""
    import textwrap

    lines = max((len(textwrap.wrap(c.title, max(int(w) - 1, 1)) or [""]) for c, w in zip(columns, widths, strict=True)),
                default=1)  # fmt: skip
    if lines > 1:
        sheet.row_dimensions[row].height = 15 * lines


def _shown_width(value: Any, kind: str) -> int:
    if value is None:
        return 0
    if kind == "euro":
        return len(f"{int(value) / 100:,.2f}") + 3
    if kind == "date":
        return 10
    return min(max((len(line) for line in str(value).splitlines()), default=0), MAX_WIDTH)


def finish_sheet(
    sheet: Worksheet, header_row: int, exported_on: dt.date, *, freeze: bool = True
) -> None:
    """Freeze the header, print landscape fit to width with the header repeated, and a footer
    with the export date and the page."""
    if freeze:
        sheet.freeze_panes = sheet.cell(header_row + 1, 1)
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.oddFooter.left.text = f"FieldLab Desk, {exported_on.strftime('%d-%m-%Y')}"
    sheet.oddFooter.right.text = "&P / &N"


def key_values(sheet: Worksheet, pairs: Iterable[tuple[str, Any, str]], first_row: int = 1) -> int:
    """Label/value rows (a project's fields, the norm block); returns the next free row."""
    row = first_row
    for label, value, kind in pairs:
        head = sheet.cell(row, 1)
        safe_text(head, label)
        head.font = Font(bold=True)
        cell = sheet.cell(row, 2)
        put(cell, value, kind)
        if kind == "text":
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        row += 1
    sheet.column_dimensions["A"].width = max(sheet.column_dimensions["A"].width or 0, 26)
    sheet.column_dimensions["B"].width = max(sheet.column_dimensions["B"].width or 0, 70)
    return row + 1


def finish_workbook(book: Workbook, language: str, *, recalculate: bool = True) -> None:
    """The last touches of every exported workbook: Excel and LibreOffice compute the totals'
    formulas when the file opens (a values-only archive has none to compute), dates the
    language's way, and FieldLab Desk named as its maker."""
    book.calculation.fullCalcOnLoad = recalculate
    localise(book, language)
    book.properties.creator = CREATOR
