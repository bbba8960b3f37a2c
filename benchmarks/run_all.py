"""All benchmarks in one table, each figure a ratio against a baseline measured in the same run.

    .venv/bin/python benchmarks/run_all.py [--runs 5] [--kills 20]

On the national-scale file (5.000 projects, 50.000 budget lines, 200.000 measurements):
start-up against a bare PySide6 window, the projects filter against a plain SELECT, the year
plan and the dashboard's figures against a plain SUM, and the kill test's saving rate against
the same saver left alone. Prints a Markdown table for the README.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.killtest import run_kills, saving_rate
from benchmarks.startup import BARE, in_pairs, query_times
from benchmarks.timing import median_time

Row = tuple[str, float, str, float]  # what, seconds, baseline, baseline seconds

PAIRED: dict[str, float] = {}
"""The start-up rows' ratios: the median of each pair's own ratio (as benchmarks/startup.py
prints it), not the ratio of the medians: a shared machine's speed drifts between pairs."""


def startup_rows(national: Path, env: dict[str, str], runs: int) -> list[Row]:
    app = [sys.executable, "-m", "fieldlab_desk"]
    bare_script = national.with_name("bare.py")
    bare_script.write_text(BARE)
    times, ratios, bares = in_pairs([*app, str(national), "--exit-when-ready"], bare_script,
                                    env, runs)  # fmt: skip
    PAIRED["start-up: first paint, national file"] = ratios["first_paint"]
    PAIRED["start-up: first page filled, national file"] = ratios["first_page"]
    plain, filtered = query_times(national, runs * 4)
    return [
        ("start-up: first paint, national file", times["first_paint"],
         "bare PySide6 window, first paint", statistics.median(bares)),
        ("start-up: first page filled, national file", times["first_page"],
         "bare PySide6 window, first paint", statistics.median(bares)),
        (
            "projects filter (text + year) and full list",
            filtered,
            "plain SELECT of the projects",
            plain,
        ),
    ]  # fmt: skip


def figure_rows(national: Path, runs: int) -> list[Row]:
    from sqlalchemy import text

    from fieldlab_desk.services.portfolio import open_portfolio
    from fieldlab_desk.services.toc import chain_scores
    from fieldlab_desk.services.yearplan import dashboard_figures, year_plan

    with open_portfolio(national, read_only=True) as portfolio, portfolio.session() as session:
        plain_sql = text(
            "SELECT SUM(planned_cents) FROM budget_line WHERE year = 2024 AND funding_source = 'sgia'"
        )
        plain = median_time(lambda: session.execute(plain_sql).scalar(), runs * 4)
        plan = median_time(lambda: year_plan(2024, session=session, what_if=True), runs * 4)
        dashboard = median_time(lambda: dashboard_figures(2024, True, session=session), runs)
        chain_sql = [
            text("SELECT id, project_id, level, theme_id, sort_order FROM toc_element"),
            text("SELECT id, from_element_id, to_element_id, rationale, assumption,"
                 " assumption_status, status_since FROM toc_link"),
            text("SELECT project_id, toc_element_id FROM indicator"),
        ]  # fmt: skip
        rows_only = median_time(lambda: [session.execute(q).all() for q in chain_sql], runs)
        scores = median_time(lambda: chain_scores(session=session), runs)
    return [
        ("year plan 2024 with what-if", plan, "plain SUM of the year's SGIA lines", plain),
        ("dashboard figures (all years, 7.000 indicators)", dashboard, "plain SUM", plain),
        ("quality score of every chain (5.000 projects, 10.000 elements)", scores,
         "fetching the chains' rows", rows_only),
    ]  # fmt: skip


def kill_rows(drenthe: Path, kills: int) -> list[Row]:
    alone = drenthe.with_name("alone.fieldlab")
    shutil.copyfile(drenthe, alone)
    rate_alone = saving_rate(alone)
    start = time.perf_counter()
    outcome = run_kills(drenthe, kills, seed=3)
    seconds = time.perf_counter() - start
    if outcome.lost or outcome.refused or outcome.problems:
        raise SystemExit(f"kill test FAILED: {outcome}")
    per_edit = seconds / max(len(outcome.acknowledged), 1)
    what = f"saving under {kills} kills ({len(outcome.acknowledged)} edits, 0 lost)"
    return [(what, per_edit, "saving left alone, per edit", 1 / rate_alone)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--kills", type=int, default=20)
    options = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="fieldlab-bench-"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FIELDLAB_HOME": str(work / "home")}
    app = [sys.executable, "-m", "fieldlab_desk"]
    national, drenthe = work / "national.fieldlab", work / "drenthe.fieldlab"
    subprocess.run(
        [*app, "demo", str(national), "--scale", "national"],
        env=env,
        check=True,
        capture_output=True,
    )
    subprocess.run([*app, "demo", str(drenthe)], env=env, check=True, capture_output=True)
    rows = startup_rows(national, env, options.runs) + figure_rows(national, options.runs)
    rows += kill_rows(drenthe, options.kills)
    print("| what | time | baseline | baseline time | ratio |")
    print("|---|---|---|---|---|")
    for what, seconds, baseline, base in rows:
        ratio = PAIRED.get(what, seconds / base)
        print(f"| {what} | {_shown(seconds)} | {baseline} | {_shown(base)} | {ratio:.1f}× |")


def _shown(seconds: float) -> str:
    return f"{seconds:.2f} s" if seconds >= 1 else f"{seconds * 1000:.1f} ms"


if __name__ == "__main__":
    main()
