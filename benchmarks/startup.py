"""Start-up time of FieldLab Desk against a bare PySide6 window, measured in one run.

    .venv/bin/python benchmarks/startup.py [--runs 5]

Each figure is the median of several runs of a fresh process (offscreen platform). The bare
baseline imports PySide6, shows a QMainWindow and exits; FieldLab Desk starts with
``--exit-when-ready``: it opens the file and shows the main window with the projects page
filled. Also times the projects-table query on the national file against a plain SELECT.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv[:1])\n"
    "w = QMainWindow(); w.resize(1360, 860); w.show(); app.processEvents(); w.close()\n"
)


def timed(command: list[str], env: dict[str, str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def query_times(national: Path, runs: int) -> tuple[float, float]:
    from sqlalchemy import text

    from fieldlab_desk.services.projects import ProjectFilter, project_rows
    from fieldlab_desk.storage import open_database

    database = open_database(national, read_only=True)
    try:
        plain, filtered = [], []
        with database.session() as session:
            for _ in range(runs):
                start = time.perf_counter()
                session.execute(
                    text("SELECT id, code, title, phase, start_date, end_date FROM project")
                ).all()
                plain.append(time.perf_counter() - start)
                start = time.perf_counter()
                project_rows(ProjectFilter(text="lezen", year=2024), session=session)
                project_rows(ProjectFilter(), session=session)
                filtered.append((time.perf_counter() - start) / 2)
    finally:
        database.close()
    return statistics.median(plain), statistics.median(filtered)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    work = Path(tempfile.mkdtemp(prefix="fieldlab-bench-"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FIELDLAB_HOME": str(work / "home")}
    app = [sys.executable, "-m", "fieldlab_desk"]
    drenthe, national = work / "drenthe.fieldlab", work / "national.fieldlab"
    subprocess.run([*app, "demo", str(drenthe)], env=env, check=True, capture_output=True)
    subprocess.run(
        [*app, "demo", str(national), "--scale", "national"],
        env=env,
        check=True,
        capture_output=True,
    )
    bare = timed([sys.executable, "-c", BARE], env, runs)
    small = timed([*app, str(drenthe), "--exit-when-ready"], env, runs)
    large = timed([*app, str(national), "--exit-when-ready"], env, runs)
    plain, filtered = query_times(national, runs * 4)
    print(f"bare QMainWindow shown and closed   {bare:6.2f} s   1.00x")
    print(f"FieldLab Desk, Drenthe demo          {small:6.2f} s   {small / bare:.2f}x   (aim < 3x)")
    print(f"FieldLab Desk, national file         {large:6.2f} s   {large / bare:.2f}x   (aim < 4x)")
    print(
        f"projects query, national (5.000)     {filtered * 1000:6.1f} ms  {filtered / plain:.1f}x a plain SELECT of the same rows ({plain * 1000:.1f} ms)"
    )


if __name__ == "__main__":
    main()
