"""The year plan on the national-scale file, against a plain SQL SUM over the same rows.

    .venv/bin/python benchmarks/yearplan.py [--runs 20]

The baseline is the cheapest query that touches the same rows: one SUM of the year's SGIA
budget lines. The service does three grouped sums (planned, committed, spent per project),
looks up the projects and applies the year-plan rules.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import text

from benchmarks.timing import median_time
from fieldlab_desk.demo import build_national_demo
from fieldlab_desk.services.yearplan import dashboard_figures, year_plan
from fieldlab_desk.storage import open_database


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    runs = parser.parse_args().runs
    path = Path(tempfile.mkdtemp(prefix="fieldlab-bench-")) / "national.fieldlab"
    build_national_demo(path).close()
    database = open_database(path, read_only=True)
    year = 2024
    with database.session() as session:
        plain_sql = text(
            "SELECT SUM(planned_cents) FROM budget_line WHERE year = :year AND funding_source = 'sgia'"
        )
        baseline = median_time(lambda: session.execute(plain_sql, {"year": year}).scalar(), runs)
        service = median_time(lambda: year_plan(year, session=session), runs)
        what_if = median_time(lambda: year_plan(year, session=session, what_if=True), runs)
        plan = year_plan(year, session=session)
        dashboard = median_time(
            lambda: dashboard_figures(year, True, session=session), max(3, runs // 4)
        )
    database.close()
    print(
        f"national file: {len(plan.projects)} projects in the {year} plan, {len(plan.pipeline)} in the pipeline"
    )
    print(f"plain SQL SUM of the year's SGIA lines   {baseline * 1000:7.1f} ms   1.0x")
    print(
        f"year_plan() service                        {service * 1000:7.1f} ms   {service / baseline:.1f}x"
    )
    print(
        f"year_plan(what_if=True)                    {what_if * 1000:7.1f} ms   {what_if / baseline:.1f}x"
    )
    print(
        f"dashboard_figures(what_if=True), all years {dashboard * 1000:7.1f} ms   {dashboard / baseline:.1f}x"
    )


if __name__ == "__main__":
    main()
