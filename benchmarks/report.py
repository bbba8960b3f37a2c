"""The half-year report: the whole PDF against gathering its figures alone, in the same run.

    .venv/bin/python benchmarks/report.py [--runs 3] [--national]

On the Drenthe demo the 2024H2 portfolio report (figures as of 31-12-2024, a chart per
indicator drawn with Qt's painter, the HTML paged onto A4 by Qt, with its contents' page
numbers and its headings kept with what follows them) is timed against ``half_year_report``
alone — reading what the report states. Aims: under 3×, and under 1,5 s. With ``--national``
also the national-scale file's 2024H1 report, whole (one run: it has about a thousand pages)
and as a *summary* (cover, overview, money and decisions), each against its figures alone.

Memory is the peak resident memory of a fresh process that writes the report (or only gathers
its figures), and nothing else: the PDF is laid out and drawn in parts, so it stays bounded
whatever the size (aim: under 500 MB).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.timing import median_time, resident_mib
from fieldlab_desk.demo import build_drenthe_demo, build_national_demo
from fieldlab_desk.outputs import Output, Request, export
from fieldlab_desk.services.portfolio import open_portfolio
from fieldlab_desk.services.report import half_year_report, parse_period

ALONE = """
import sys
from pathlib import Path
from fieldlab_desk.outputs import Output, Request, export
from fieldlab_desk.services.portfolio import open_portfolio
from fieldlab_desk.services.report import half_year_report, parse_period
path, period, summary, what = Path(sys.argv[1]), parse_period(sys.argv[2]), sys.argv[3] == "1", sys.argv[4]
with open_portfolio(path, read_only=True) as portfolio:
    if what == "pdf":
        request = Request(Output.REPORT_PDF, "nl", period=period, summary=summary)
        export(request, portfolio, path.with_suffix(".alone.pdf"))
    else:
        portfolio.read(half_year_report, period)
"""


def measure(path: Path, period: str, runs: int, *, summary: bool) -> None:
    out = path.with_suffix(".pdf")
    chosen = parse_period(period)
    request = Request(Output.REPORT_PDF, "nl", period=chosen, summary=summary)
    with open_portfolio(path, read_only=True) as portfolio:
        pages: list[int] = []

        def report() -> None:
            pages[:] = [export(request, portfolio, out).pages or 0]

        def figures() -> None:
            portfolio.read(half_year_report, chosen)

        made, gathered = median_time(report, runs), median_time(figures, runs)
    flag = "1" if summary else "0"
    made_mib = resident_mib(ALONE, str(path), period, flag, "pdf")
    gathered_mib = resident_mib(ALONE, str(path), period, flag, "figures")
    kind = "summary report" if summary else "report"
    print(f"{path.stem} {period} {kind}: {pages[0]} pages")
    print(f"  the PDF          {made * 1000:8.0f} ms   peak {made_mib:6.0f} MiB resident")
    print(f"  its figures      {gathered * 1000:8.0f} ms   peak {gathered_mib:6.0f} MiB resident")
    print(f"  ratio            {made / gathered:8.2f}×  (aim: under 3×; memory under 500 MB)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--national", action="store_true")
    options = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="fieldlab-bench-"))
    drenthe = folder / "drenthe.fieldlab"
    build_drenthe_demo(drenthe).close()
    measure(drenthe, "2024H2", options.runs, summary=False)
    if options.national:
        national = folder / "national.fieldlab"
        build_national_demo(national).close()
        measure(national, "2024H1", options.runs, summary=True)
        measure(national, "2024H1", 1, summary=False)


if __name__ == "__main__":
    main()
