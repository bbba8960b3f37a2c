"""The steering-group pack of the national-scale file, against a plain openpyxl write of the
same number of cells in the same run.

    .venv/bin/python benchmarks/export.py [--runs 3]

The pack reads the year plan, the lines per funding source, the decisions, 5.000 projects'
indicators with their measurements and the changes since the last meeting, and writes them as
Excel tables with formats, totals and a chart. The baseline writes the same number of plain
numbers (rows × columns of every sheet) with openpyxl and saves them. Aim: under 2×.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openpyxl import Workbook

from benchmarks.timing import median_time
from fieldlab_desk.demo import build_national_demo
from fieldlab_desk.exporting.pack import pack_workbook
from fieldlab_desk.services.pack import pack
from fieldlab_desk.services.portfolio import open_portfolio

YEAR = 2024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    path = Path(tempfile.mkdtemp(prefix="fieldlab-bench-")) / "national.fieldlab"
    build_national_demo(path).close()
    shapes: list[tuple[int, int]] = []
    with open_portfolio(path, read_only=True) as portfolio:

        def export_pack() -> None:
            book = pack_workbook(portfolio.read(pack, YEAR), "nl")
            book.save(io.BytesIO())
            shapes[:] = [(s.max_row, s.max_column) for s in book.worksheets]

        exported = median_time(export_pack, runs)

    def plain() -> None:
        book = Workbook()
        book.remove(book.active)
        for number, (rows, columns) in enumerate(shapes):
            sheet = book.create_sheet(f"s{number}")
            for row in range(rows):
                sheet.append([row * columns + column for column in range(columns)])
        book.save(io.BytesIO())

    baseline = median_time(plain, runs)
    cells = sum(r * c for r, c in shapes)
    print(f"national pack {YEAR}: {cells:,} cells".replace(",", "."))
    print("| what | time | ratio |\n|---|---|---|")
    print(
        f"| plain openpyxl write of {cells:,} cells | {baseline:.2f} s | 1.0× |".replace(",", ".")
    )
    print(
        f"| steering-group pack, read + formatted + saved | {exported:.2f} s | {exported / baseline:.1f}× |"
    )


if __name__ == "__main__":
    main()
