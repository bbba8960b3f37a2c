"""Kill test: a process saves edits through the app's own services and is killed at random.

    .venv/bin/python benchmarks/killtest.py [--kills 300] [--seed 1]

A child process opens a copy of the Drenthe demo with ``open_portfolio`` (taking the lock, as
the app does) and adds organisations one edit at a time, printing the number of each edit
after ``Portfolio.apply`` returned — that is an edit the app would show as saved. The parent
SIGKILLs it after a random moment, then checks the file as a user would find it: it opens
through ``open_portfolio`` (a killed app's own lock is taken over), every acknowledged edit is
there, and ``integrity_check`` and ``foreign_key_check`` are clean. Printed: kills,
acknowledged edits, lost edits and files refused on reopening, against the plain loop's rate.
The test suite runs a few dozen kills (``tests/test_killtest.py``).
"""

from __future__ import annotations

import argparse
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

CHILD = """
import sys
from fieldlab_desk.services import catalog
from fieldlab_desk.services.catalog import RecordKind
from fieldlab_desk.services.portfolio import open_portfolio

portfolio = open_portfolio(sys.argv[1], user="killtest")
assert not portfolio.read_only, "the killed child's lock was not taken over"
number = int(sys.argv[2])
while True:
    edit = portfolio.read(catalog.add_record, "kill", RecordKind.ORGANISATION, f"acked {number}")
    portfolio.apply(edit)
    print(number, flush=True)  # acknowledged: the app would show it as saved
    number += 1
"""


@dataclass
class Outcome:
    kills: int = 0
    acknowledged: set[int] = field(default_factory=set)
    lost: set[int] = field(default_factory=set)
    refused: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def run_kills(path: Path, kills: int, *, seed: int = 1, longest_ms: int = 250) -> Outcome:
    """Kill a saving child ``kills`` times; check the file after every kill."""
    rng = random.Random(seed)
    outcome = Outcome()
    next_number = 0
    for _ in range(kills):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path), str(next_number)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        first = child.stdout.readline()  # started and saving: kill from now on
        if first:
            outcome.acknowledged.add(int(first))
        time.sleep(rng.uniform(0, longest_ms) / 1000)
        child.send_signal(signal.SIGKILL)
        rest, errors = child.communicate()
        outcome.kills += 1
        outcome.acknowledged.update(int(line) for line in rest.split() if line.strip().isdigit())
        if not first and errors.strip():
            outcome.problems.append(errors.strip().splitlines()[-1])
        next_number = max(outcome.acknowledged, default=next_number) + 1
        _check(path, outcome)
    return outcome


def _check(path: Path, outcome: Outcome) -> None:
    from sqlmodel import col, select

    from fieldlab_desk.domain.errors import FieldLabError
    from fieldlab_desk.domain.models import Organisation
    from fieldlab_desk.services.portfolio import open_portfolio

    try:
        portfolio = open_portfolio(path, user="checker")
    except FieldLabError as error:
        outcome.refused.append(error.message("en"))
        return
    try:
        with portfolio.session() as session:
            names = session.exec(
                select(Organisation.name).where(col(Organisation.name).startswith("acked "))
            ).all()
    finally:
        portfolio.close()
    stored = {int(name.split()[1]) for name in names}
    outcome.lost |= outcome.acknowledged - stored
    connection = sqlite3.connect(path)
    try:
        if connection.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            outcome.problems.append("integrity_check failed")
        if connection.execute("PRAGMA foreign_key_check").fetchall():
            outcome.problems.append("foreign_key_check failed")
    finally:
        connection.close()


def saving_rate(path: Path, seconds: float = 2.0) -> float:
    """Edits per second of the same child left alone: the baseline."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), "1000000000"], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    child.stdout.readline()
    start = time.perf_counter()
    time.sleep(seconds)
    child.send_signal(signal.SIGKILL)
    rest, _ = child.communicate()
    return len(rest.split()) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args()
    from fieldlab_desk.demo import build_drenthe_demo

    folder = Path(tempfile.mkdtemp(prefix="fieldlab-kill-"))
    path = folder / "kill.fieldlab"
    build_drenthe_demo(path).close()
    shutil.copyfile(path, folder / "baseline.fieldlab")
    baseline = saving_rate(folder / "baseline.fieldlab")
    start = time.perf_counter()
    outcome = run_kills(path, options.kills, seed=options.seed)
    seconds = time.perf_counter() - start
    rate = len(outcome.acknowledged) / seconds
    print(f"kills                  {outcome.kills}")
    print(f"acknowledged edits     {len(outcome.acknowledged)}")
    print(f"lost edits             {len(outcome.lost)}")
    print(f"refused on reopening   {len(outcome.refused)}")
    print(f"other problems         {len(outcome.problems)}")
    print(f"edits per second, left alone    {baseline:7.0f}   1.0x")
    print(
        f"edits per second, with kills    {rate:7.0f}   {rate / baseline:.2f}x (restarts included)"
    )
    if outcome.refused or outcome.lost or outcome.problems:
        print("FAILED:", outcome.refused[:3], sorted(outcome.lost)[:10], outcome.problems[:3])
        sys.exit(1)


if __name__ == "__main__":
    main()
