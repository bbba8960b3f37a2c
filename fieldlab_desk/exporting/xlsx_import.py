"""Reading a workbook to import, safely: only a real ``.xlsx`` (not macro-laden ``.xlsm``, not
password-protected, not a zip bomb), parsed by openpyxl with defusedxml (no XML entity tricks).

What comes out are the rows of the sheets the import knows (Projectplan, Begroting, Uitgaven,
Metingen), each cell with its address (``Begroting!D7``), the values as Excel holds them; the
services decide what they mean and what is wrong with them.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import coordinate_to_tuple, range_boundaries
from openpyxl.xml.functions import iterparse

from fieldlab_desk.domain.errors import BadFile
from fieldlab_desk.domain.texts import title
from fieldlab_desk.services.importing import SHEETS, Formula, ImportFile, SheetRow

MAX_UNPACKED = 200 * 1024 * 1024  # bytes the workbook's parts may unpack to together
MAX_RATIO = 200  # a part that unpacks to 200× its packed size is a bomb, not a budget
MAX_PARTS = 5000


def _sheet(book: Any, key: str) -> Any:
    """The sheet called ``key``, or its English name; None when the workbook has neither."""
    for language in ("nl", "en"):
        name = title(SHEETS[key], language)
        if name in book.sheetnames:
            return book[name]
    return None


MAX_ROWS = 100_000  # rows an import reads in all; beyond it the file is refused at once
OLE = b"\xd0\xcf\x11\xe0"  # an encrypted (password-protected) Office file is an OLE container


def check_file(path: Path) -> None:
    """Refuse what is not a plain xlsx workbook, with a message saying what it is."""
    if not path.is_file():
        raise BadFile("file.not_found", path=str(path))
    if path.suffix.lower() == ".xlsm":
        raise BadFile("import.macros", path=str(path))
    with path.open("rb") as handle:
        start = handle.read(4)
    if start == OLE:
        raise BadFile("import.password", path=str(path))
    if path.suffix.lower() != ".xlsx" or not zipfile.is_zipfile(path):
        raise BadFile("import.not_xlsx", path=str(path))
    with zipfile.ZipFile(path) as archive:
        parts = archive.infolist()
        names = {p.filename for p in parts}
        if any(n.lower().endswith("vbaproject.bin") for n in names):
            raise BadFile("import.macros", path=str(path))
        unpacked = sum(p.file_size for p in parts)
        packed = sum(p.compress_size for p in parts) or 1
        if len(parts) > MAX_PARTS or unpacked > MAX_UNPACKED or unpacked / packed > MAX_RATIO:
            raise BadFile("import.too_large", path=str(path))
        if "xl/workbook.xml" not in names:
            raise BadFile("import.not_xlsx", path=str(path))


def read_import(path: Path, progress: Progress | None = None) -> ImportFile:
    """The rows of the sheets the import knows; the project's code from Projectplan.

    ``progress(rows read, rows in all)`` is called now and then while reading (the total is
    what the sheets declare, so it is an estimate for a file that declares nothing)."""
    check_file(path)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise BadFile("import.not_xlsx", path=str(path)) from error
    try:
        code = ""
        if (plan := _sheet(book, "Projectplan")) is not None:
            for label, value, *_ in plan.iter_rows(max_col=2, values_only=True):
                if str(label or "").strip().lower() in ("projectcode", "project code"):
                    code = str(value or "").strip()
                    break
        sheets = {
            key: found for key in list(SHEETS)[1:] if (found := _sheet(book, key)) is not None
        }
        counter = _Counter(sum(_declared_rows(sheet) for sheet in sheets.values()), progress)
        rows: dict[str, list[SheetRow]] = {}
        unreadable: dict[str, int] = {}
        formulas: list[Formula] = []
        for key, sheet in sheets.items():  # rows by the Dutch key; messages by the sheet's name
            left = MAX_ROWS - sum(len(r) for r in rows.values())
            layout = _layout(book, sheet)
            sheet.reset_dimensions()  # read every row, whatever size the sheet claims to have
            rows[key], stopped = _rows(sheet, sheet.title, left, path, layout, counter)
            if stopped is not None:
                unreadable[sheet.title] = stopped
            formulas += layout.formulas_in(rows[key])
    finally:
        book.close()
    return ImportFile(code, rows, unreadable, formulas)


Progress = Callable[[int, int], None]


class _Counter:
    """Reports rows read every so many rows, so the app's bar and the terminal line move."""

    EVERY = 2000

    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total, self.progress, self.done = max(total, 1), progress, 0

    def row(self) -> None:
        self.done += 1
        if self.progress is not None and self.done % self.EVERY == 0:
            self.progress(min(self.done, self.total), self.total)


def _declared_rows(sheet: Any) -> int:
    try:
        return int(sheet.max_row or 0)
    except (TypeError, ValueError):
        return 0


@dataclass
class _Layout:
    """What openpyxl's streaming reader does not give: merged ranges (the value of the top-left
    cell applies to every row the range covers, in its column) and which cells hold a formula
    (the value read is the one the file stored when it was last calculated)."""

    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    """(first column, first row, last column, last row)."""
    formulas: set[tuple[int, int]] = field(default_factory=set)
    """(row, column) of every cell with a formula."""

    def formulas_in(self, rows: list[SheetRow]) -> list[Formula]:
        """The formula cells among the values the import uses, with the value stored."""
        kept = {r.row: r for r in rows}
        found = []
        for row, column in sorted(self.formulas):
            sheet_row = kept.get(row)
            if sheet_row is None:
                continue
            letter = get_column_letter(column)
            header = next((h for h, c in sheet_row.columns.items() if c == letter), None)
            if header is not None:
                found.append(Formula(sheet_row.sheet, row, f"{sheet_row.sheet}!{letter}{row}",
                                     sheet_row.values.get(header)))  # fmt: skip
        return found


class _Merges:
    """Streams the merged ranges along the rows as they are read (rows only go down): only the
    ranges the current row lies in are kept at hand, however many ranges the sheet has."""

    def __init__(self, merged: list[tuple[int, int, int, int]]) -> None:
        self.waiting = sorted(merged, key=lambda m: m[1], reverse=True)  # next to open last
        self.open: list[tuple[int, int, int, Any]] = []  # column, first row, last row, value

    def fill(self, values: tuple[Any, ...], number: int) -> tuple[Any, ...]:
        """The row's values with each merged range's value in the rows below its first."""
        while self.waiting and self.waiting[-1][1] <= number:
            c1, r1, _, r2 = self.waiting.pop()
            top = values[c1 - 1] if r1 == number and c1 <= len(values) else None
            self.open.append((c1, r1, r2, top))
        if not self.open:
            return values
        self.open = [m for m in self.open if m[2] >= number]
        filled = list(values)
        for column, first, _, top in self.open:
            if first < number:
                filled.extend([None] * (column - len(filled)))
                filled[column - 1] = top
        return tuple(filled)


MERGE = re.compile(rb"<(?:\w+:)?mergeCell\b")
FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")


def _layout(book: Any, sheet: Any) -> _Layout:
    """Merged ranges and formula cells, read from the sheet's XML. A quick scan decides first:
    a sheet with neither (nearly every one) costs one pass over its bytes and no parsing."""
    layout = _Layout()
    try:
        with book._archive.open(sheet._worksheet_path) as source:
            found = _mentions(source)
            if not found:
                return layout
        with book._archive.open(sheet._worksheet_path) as source:
            for _, element in iterparse(source, events=("end",)):
                tag = element.tag.rsplit("}", 1)[-1]
                if tag == "c":
                    if any(child.tag.rsplit("}", 1)[-1] == "f" for child in element):
                        column, row = coordinate_to_tuple_cr(element.get("r", ""))
                        if row:
                            layout.formulas.add((row, column))
                    element.clear()
                elif tag == "row":
                    element.clear()
                elif tag == "mergeCell":
                    c1, r1, c2, r2 = range_boundaries(element.get("ref", ""))
                    layout.merged.append((c1, r1, c2, r2))
    except (AttributeError, KeyError, ValueError, TypeError):
        return _Layout()  # openpyxl will say what is wrong with the sheet while reading it
    return layout


def coordinate_to_tuple_cr(reference: str) -> tuple[int, int]:
    """(column, row) of ``B7``; (0, 0) when the cell gives no reference."""
    if not reference:
        return 0, 0
    row, column = coordinate_to_tuple(reference)
    return column, row


def _mentions(source: Any) -> bool:
    tail = b""
    while chunk := source.read(1 << 20):
        window = tail + chunk
        if MERGE.search(window) or FORMULA.search(window):
            return True
        tail = window[-32:]
    return False


def _rows(sheet: Any, name: str, left: int, path: Path, layout: _Layout,
          counter: _Counter) -> tuple[list[SheetRow], int | None]:  # fmt: skip
    """The sheet's rows, and the row where reading had to stop (a cell holding a number that is
    none, such as NaN), or None when every row was read. More than ``left`` rows with values
    refuse the file: read in streaming mode, memory stays bounded whatever the file holds."""
    found: list[SheetRow] = []
    headers: list[str] = []
    columns: dict[str, str] = {}
    merges = _Merges(layout.merged) if layout.merged else None
    rows = iter(sheet.iter_rows(values_only=True))
    number = 0
    while True:
        try:
            values = next(rows)
        except StopIteration:
            return found, None
        except (ValueError, TypeError):  # openpyxl reads <v>NaN</v> as a number and fails
            return found, number + 1
        number += 1
        counter.row()
        if merges is not None:
            values = merges.fill(values, number)
        if number == 1:
            headers = [str(v or "").strip().lower() for v in values]
            columns = {h: get_column_letter(i) for i, h in enumerate(headers, start=1) if h}
            continue
        cells = {h: v for h, v in zip(headers, values, strict=False) if h}
        if not any(v not in (None, "") for v in cells.values()):
            continue
        first = str(values[0] or "").strip().lower() if values else ""
        if first in ("totaal", "total"):  # the export's totals row
            continue
        found.append(SheetRow(name, number, cells, columns))
        if len(found) > left:
            raise BadFile(
                "import.too_many_rows", path=str(path), limit=f"{MAX_ROWS:,}".replace(",", ".")
            )
