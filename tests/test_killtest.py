"""The quick kill test: an app saving edits is killed two dozen times; nothing saved is lost.

Each kill lands at a random moment while a child process saves through ``Portfolio.apply``;
after each one the file opens through the app's own path with every acknowledged edit, and
SQLite's integrity and foreign-key checks are clean. ``benchmarks/killtest.py`` runs hundreds.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.killtest import run_kills


def test_no_acknowledged_edit_is_lost_when_the_app_is_killed(demo_path: Path) -> None:
    outcome = run_kills(demo_path, kills=24, seed=7)
    assert outcome.kills == 24
    assert len(outcome.acknowledged) > 24  # the child really was saving when killed
    assert outcome.refused == []  # every file opened again (own stale lock taken over)
    assert outcome.lost == set()
    assert outcome.problems == []
