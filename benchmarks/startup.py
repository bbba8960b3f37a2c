"""Start-up of FieldLab Desk against a bare PySide6 window, measured in one run.

    .venv/bin/python benchmarks/startup.py [--runs 7]

Runs in pairs, ``--runs`` per file: a bare window, then the app; each ratio is the app's time
over the bare window's of its own pair, and the figures are medians (the speed of a shared
machine drifts by a third from one second to the next; a pair sees the same drift). Each
process gets the moment it was launched (``FIELDLAB_LAUNCHED_AT``) and reports how long
after it it painted:

* **bare**: a fresh Python imports PySide6, shows a 1360×860 QMainWindow and reports its first
  paint — the least any Qt app can do;
* **FieldLab Desk** (``--exit-when-ready``, offscreen): the first paint of the main window
  (sidebar, menus, the busy page) and the moment the first page has its data, with the steps
  in between; and the longest the window went without handling its events in between (a
  10 ms timer's longest gap: the file opens on the worker thread, so the window answers).

Also times the projects table's query on the national file against a plain SELECT of the same
rows. The package is byte-compiled first, as set-up does.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = """
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1360, 860)

def painted():
    launched = float(os.environ["FIELDLAB_LAUNCHED_AT"])
    print(f"start-up first_paint={time.time() - launched:.4f}", file=sys.stderr)
    app.quit()

class Paint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, painted)
        return False

paint = Paint()
window.installEventFilter(paint)
window.show()
app.exec()
"""

STACK = """
import gc, os, sys, time
gc.disable()  # as the app does while it starts
import fieldlab_desk.services.portfolio
launched = float(os.environ["FIELDLAB_LAUNCHED_AT"])
print(f"start-up first_paint={time.time() - launched:.4f}", file=sys.stderr)
"""
"""The floor: a fresh Python that only imports what opening a file needs (SQLAlchemy, SQLModel,
the tables the open declares, the portfolio service) and reports when it is done, as if that
were a paint."""

STEPS = {
    "imports": "Python, Qt and the window's modules imported",
    "qt": "QApplication made",
    "window": "main window built",
    "first_paint": "first paint",
    "file_open": "data layers imported, file opened",
    "first_page": "first page filled",
}


def launch(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Run one start-up; the times it reports, in seconds since launch."""
    result = subprocess.run(
        command,
        env={**env, "FIELDLAB_LAUNCHED_AT": repr(time.time())},
        check=True,
        capture_output=True,
        text=True,
    )
    line = next(x for x in result.stderr.splitlines() if "start-up " in x)
    marks = line.split("start-up ", 1)[1].split()
    return {name: float(value) for name, value in (mark.split("=") for mark in marks)}


def medians(samples: list[dict[str, float]]) -> dict[str, float]:
    return {name: statistics.median(s[name] for s in samples) for name in samples[0]}


def in_pairs(
    command: list[str], bare_script: Path, env: dict[str, str], runs: int
) -> tuple[dict[str, float], dict[str, float], list[float]]:
    """``runs`` pairs of a bare window and ``command``: the median time of each step, the
    median of each step's ratio to its pair's bare first paint, and the bare times."""
    samples, ratios, bares = [], [], []
    for _ in range(runs):
        bare = launch([sys.executable, str(bare_script)], env)["first_paint"]
        marks = launch(command, env)
        bares.append(bare)
        samples.append(marks)
        ratios.append({step: seconds / bare for step, seconds in marks.items()})
    return medians(samples), medians(ratios), bares


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
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    compileall.compile_dir(ROOT / "fieldlab_desk", quiet=1)
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
    bare_script = work / "bare.py"
    bare_script.write_text(BARE)
    launch([*app, str(drenthe), "--exit-when-ready"], env)  # a first, cold start is not counted
    measured = {
        name: in_pairs([*app, str(path), "--exit-when-ready"], bare_script, env, runs)
        for name, path in (("drenthe", drenthe), ("national", national))
    }
    stack_script = work / "stack.py"
    stack_script.write_text(STACK)
    stack = in_pairs([sys.executable, str(stack_script)], bare_script, env, runs)
    bares = [b for found in measured.values() for b in found[2]]
    times = {name: found[0] for name, found in measured.items()}
    factors = {name: found[1] for name, found in measured.items()}
    print(
        f"median of {runs} pairs (bare window, then the app) per file: times since launch, and "
        "the ratio to the bare window's first paint in the same pair"
    )
    print(f"{'':44}{'Drenthe demo':>20}{'national file':>20}")
    print(f"{'bare QMainWindow, first paint':44}{statistics.median(bares) * 1000:>12.0f} ms  1.00x")
    for step, words in STEPS.items():
        cells = "".join(
            f"{times[name][step] * 1000:>12.0f} ms {factors[name][step]:5.2f}x"
            for name in ("drenthe", "national")
        )
        print(f"{words:44}{cells}")
    pauses = "".join(
        f"{times[name]['longest_pause'] * 1000:>12.0f} ms {factors[name]['longest_pause']:5.2f}x"
        for name in ("drenthe", "national")
    )
    print(f"{'longest UI-thread pause, paint to first page':44}{pauses}")
    print(
        f"{'for scale: what the open imports, alone':44}"
        f"{stack[0]['first_paint'] * 1000:>12.0f} ms {stack[1]['first_paint']:5.2f}x"
    )
    small, large = factors["drenthe"], factors["national"]
    print(
        f"aims: first paint <= 1.5x ({small['first_paint']:.2f}x, {large['first_paint']:.2f}x); "
        f"first page <= 5x Drenthe ({small['first_page']:.2f}x), "
        f"<= 6x national ({large['first_page']:.2f}x)"
    )
    plain, filtered = query_times(national, runs * 4)
    print(
        f"projects query, national (5.000)  {filtered * 1000:6.1f} ms  {filtered / plain:.1f}x "
        f"a plain SELECT of the same rows ({plain * 1000:.1f} ms)"
    )


if __name__ == "__main__":
    main()
