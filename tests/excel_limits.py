"""Excel's own specifications and limits, checked on a workbook as Excel would meet it.

Excel refuses to open (or "repairs", dropping content) a workbook that breaks these; openpyxl
writes them without a word. ``check_excel_limits`` lists every breach; the suite runs it on
every workbook FieldLab Desk exports (see ``conftest.excel_limits_on_exports``).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from openpyxl import load_workbook
from openpyxl.workbook import Workbook

SHEET_NAME_MAX = 31
SHEET_NAME_FORBIDDEN = set("[]:*?/\\")
CELL_TEXT_MAX = 32_767
LIST_VALIDATION_MAX = 255  # an explicit list ("a,b,c") in a data validation
NAME_MAX = 255
HEADER_FOOTER_MAX = 255
ROWS_MAX, COLUMNS_MAX = 1_048_576, 16_384
MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NAME = re.compile(r"^[A-Za-z_\\][A-Za-z0-9_.\\]*$")
_CELL_LIKE = re.compile(r"^(?:[A-Za-z]{1,3}[0-9]+|[Rr][0-9]*[Cc][0-9]*|[RrCc])$")


def name_problem(name: str) -> str | None:
    """Why ``name`` is no valid defined name or table name, or None."""
    if not name or len(name) > NAME_MAX:
        return "empty or longer than 255 characters"
    if not _NAME.match(name):
        return "starts with something else than a letter, _ or \\, or holds other characters"
    if _CELL_LIKE.match(name):
        return "looks like a cell reference"
    return None


def check_excel_limits(book: Workbook) -> list[str]:
    """Every way ``book`` breaks Excel's limits, in words; empty when Excel takes it as it is."""
    problems: list[str] = []
    seen: set[str] = set()
    for sheet in book.worksheets:
        title = sheet.title
        if len(title) > SHEET_NAME_MAX:
            problems.append(f"sheet name '{title}' has {len(title)} characters (at most 31)")
        if SHEET_NAME_FORBIDDEN & set(title) or title.startswith("'") or title.endswith("'"):
            problems.append(f"sheet name '{title}' holds a character Excel forbids")
        if title.casefold() in seen or title.casefold() == "history":
            problems.append(f"sheet name '{title}' is not unique (regardless of case) or reserved")
        seen.add(title.casefold())
        if sheet.max_row > ROWS_MAX or sheet.max_column > COLUMNS_MAX:
            problems.append(f"{title}: more rows or columns than Excel has")
        for rule in sheet.data_validations.dataValidation:
            formula = rule.formula1 or ""
            if (
                rule.type == "list"
                and formula.startswith('"')
                and len(formula) - 2 > LIST_VALIDATION_MAX
            ):
                problems.append(
                    f"{title}: a pick list of {len(formula) - 2} characters (at most 255)"
                )
        for table in sheet.tables.values():
            if why := name_problem(table.displayName):
                problems.append(f"{title}: table name '{table.displayName}' {why}")
        for part in (sheet.oddHeader, sheet.oddFooter, sheet.evenHeader, sheet.evenFooter):
            for side in (part.left, part.center, part.right):
                if side.text and len(side.text) > HEADER_FOOTER_MAX:
                    problems.append(f"{title}: a header or footer over 255 characters")
    tables = [t.displayName.casefold() for s in book.worksheets for t in s.tables.values()]
    if len(tables) != len(set(tables)):
        problems.append(f"table names are not unique: {sorted(tables)}")
    for name in book.defined_names:
        if name.startswith("_xlnm."):  # Excel's own (print titles, print area)
            continue
        if why := name_problem(name):
            problems.append(f"defined name '{name}' {why}")
    return problems


def long_texts(path: Path) -> list[str]:
    """Cell texts over Excel's 32.767 characters, read from the file's XML itself (openpyxl
    cuts such a text when it reads it, and when it writes it)."""
    found = []
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name == "xl/sharedStrings.xml" or name.startswith("xl/worksheets/sheet"):
                root = ElementTree.fromstring(archive.read(name))
                for element in root.iter(f"{MAIN}t"):
                    if len(element.text or "") > CELL_TEXT_MAX:
                        found.append(f"{name}: a text of {len(element.text or '')} characters")
    return found


def file_problems(path: Path) -> list[str]:
    """Every way the workbook file at ``path`` breaks Excel's limits."""
    return check_excel_limits(load_workbook(path)) + long_texts(path)


def assert_excel_limits(path: Path) -> None:
    problems = file_problems(path)
    assert not problems, f"{path.name} breaks Excel's limits: {problems}"


def exported_by_us(path: Path) -> bool:
    """Whether FieldLab Desk made this workbook (a test's hostile file is not ours)."""
    try:
        book = load_workbook(path, read_only=True)
    except Exception:
        return False
    try:
        return book.properties.creator == "FieldLab Desk"
    finally:
        book.close()
