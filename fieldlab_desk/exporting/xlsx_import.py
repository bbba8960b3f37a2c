"""Reading a workbook to import, safely: only a real ``.xlsx`` (not macro-laden ``.xlsm``, not
password-protected, not a zip bomb), parsed by openpyxl with defusedxml (no XML entity tricks).

What comes out are the rows of the sheets the import knows (Projectplan, Begroting, Uitgaven,
Metingen), each cell with its address (``Begroting!D7``), the values as Excel holds them; the
services decide what they mean and what is wrong with them.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from fieldlab_desk.domain.errors import BadFile
from fieldlab_desk.services.importing import ImportFile, SheetRow

MAX_UNPACKED = 200 * 1024 * 1024  # bytes the workbook's parts may unpack to together
MAX_RATIO = 200  # a part that unpacks to 200× its packed size is a bomb, not a budget
MAX_PARTS = 5000
SHEETS = ("Projectplan", "Begroting", "Uitgaven", "Metingen")
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


def read_import(path: Path) -> ImportFile:
    """The rows of the sheets the import knows; the project's code from Projectplan."""
    check_file(path)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise BadFile("import.not_xlsx", path=str(path)) from error
    try:
        code = ""
        if "Projectplan" in book.sheetnames:
            for label, value, *_ in book["Projectplan"].iter_rows(max_col=2, values_only=True):
                if str(label or "").strip().lower() in ("projectcode", "project code"):
                    code = str(value or "").strip()
                    break
        rows: dict[str, list[SheetRow]] = {}
        unreadable: dict[str, int] = {}
        for name in SHEETS[1:]:
            if name in book.sheetnames:
                left = MAX_ROWS - sum(len(r) for r in rows.values())
                rows[name], stopped = _rows(book[name], name, left, path)
                if stopped is not None:
                    unreadable[name] = stopped
    finally:
        book.close()
    return ImportFile(code, rows, unreadable)


def _rows(sheet: Any, name: str, left: int, path: Path) -> tuple[list[SheetRow], int | None]:
    """The sheet's rows, and the row where reading had to stop (a cell holding a number that is
    none, such as NaN), or None when every row was read. More than ``left`` rows with values
    refuse the file: read in streaming mode, memory stays bounded whatever the file holds."""
    from openpyxl.utils import get_column_letter

    found: list[SheetRow] = []
    headers: list[str] = []
    columns: dict[str, str] = {}
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
