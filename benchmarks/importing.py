"""Previewing an import of 10.000 expense rows, against openpyxl's read-only iteration over the
same file in the same run, with the peak memory of each.

    .venv/bin/python benchmarks/importing.py [--runs 3] [--rows 10000]

The import reads the workbook (streaming), judges every cell, matches each row to its budget
line and checks its plausibility; the baseline only iterates the same rows with openpyxl in
read-only mode. Aim: under 3×.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openpyxl import Workbook, load_workbook

from benchmarks.timing import median_time, peak_mib, resident_mib
from fieldlab_desk.demo import build_drenthe_demo
from fieldlab_desk.exporting.xlsx_import import read_import
from fieldlab_desk.services.importing import preview_import
from fieldlab_desk.services.portfolio import open_portfolio

CODE, LINE = "SGIA-2024-02", 79  # the demo project's 2025 line "Projectleiding en uitvoering"


def workbook(path: Path, rows: int) -> None:
    book = Workbook(write_only=True)
    plan = book.create_sheet("Projectplan")
    plan.append(["Projectcode", CODE])
    sheet = book.create_sheet("Uitgaven")
    sheet.append(["Regel-id", "Omschrijving", "Soort", "Datum", "Bedrag", "Notitie"])
    for number in range(rows):
        sheet.append([LINE, None, "uitgave", "01-10-2025", f"{number % 90 + 10},{number % 100:02d}",
                      f"Bon {number}"])  # fmt: skip
    book.save(path)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rows", type=int, default=10_000)
    options = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="fieldlab-bench-"))
    demo = folder / "drenthe.fieldlab"
    build_drenthe_demo(demo).close()
    source = folder / "uitgaven.xlsx"
    workbook(source, options.rows)
    with open_portfolio(demo, read_only=True) as portfolio:

        def preview() -> None:
            found = portfolio.read(preview_import, read_import(source), "nl")
            assert not found.problems, found.problems[:3]

        imported = median_time(preview, options.runs)
        imported_mib = peak_mib(preview)

    def iterate() -> None:
        book = load_workbook(source, read_only=True, data_only=True)
        for sheet in book.worksheets:
            for _row in sheet.iter_rows(values_only=True):
                pass
        book.close()

    baseline = median_time(iterate, options.runs)
    baseline_mib = peak_mib(iterate)
    print(f"import preview of {options.rows:,} expense rows".replace(",", "."))
    print(f"  preview          {imported * 1000:8.0f} ms   peak {imported_mib:6.1f} MiB")
    print(f"  openpyxl reading {baseline * 1000:8.0f} ms   peak {baseline_mib:6.1f} MiB")
    print(f"  ratio            {imported / baseline:8.2f}×  (aim: under 3×)")
    print(
        f"  process peak     {preview_mib(demo, source):8.0f} MiB resident, a process that "
        "only previews (aim at 100.000 rows: under 300 MB)"
    )


def preview_mib(demo: Path, source: Path) -> float:
    """The peak resident memory of a fresh process that previews the import, and nothing else."""
    script = (
        "import sys; from pathlib import Path;"
        "from fieldlab_desk.exporting.xlsx_import import read_import;"
        "from fieldlab_desk.services.importing import preview_import;"
        "from fieldlab_desk.services.portfolio import open_portfolio;"
        "p = open_portfolio(Path(sys.argv[1]), read_only=True);"
        "p.read(preview_import, read_import(Path(sys.argv[2])), 'nl')"
    )
    return resident_mib(script, str(demo), str(source))


if __name__ == "__main__":
    main()
