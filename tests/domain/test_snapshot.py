"""Snapshot differences: what a steering group sees as changed since a meeting."""

from __future__ import annotations

from typing import Any

from fieldlab_desk.domain.snapshot import ChangeKind, diff_snapshots


def project(phase: str = "voorstel", **changes: Any) -> dict[str, Any]:
    base = {"title": "Leesclub", "phase": phase, "sgia": {"2025": 3_500_000}, "decisions": [],
            "toc": ["input: geld", "impact: geletterdheid"], "targets": {"Deelnemers": "300"}}  # fmt: skip
    return {**base, **changes}


def test_identical_snapshots_have_no_changes() -> None:
    state = {"projects": {"A": project()}, "norms": {"2025": 25_000_000}}
    assert diff_snapshots(state, state) == []


def test_every_kind_of_change_is_listed() -> None:
    old = {"projects": {"A": project(), "B": project()}, "norms": {"2025": 25_000_000}}
    new = {
        "projects": {
            "A": project("goedgekeurd", sgia={"2025": 3_000_000, "2026": 500_000},
                         decisions=[{"held_on": "2025-11-18", "kind": "toegekend"}],
                         toc=["input: geld"], targets={"Deelnemers": "250", "Bereik": "40"}),
            "C": project(title="Nieuw"),
        },
        "norms": {"2025": 27_500_000},
    }  # fmt: skip
    found = [(c.kind, c.code, c.subject, c.old, c.new) for c in diff_snapshots(old, new)]
    assert found == [
        (ChangeKind.PHASE, "A", "", "voorstel", "goedgekeurd"),
        (ChangeKind.BUDGET, "A", "2025", "3500000", "3000000"),
        (ChangeKind.BUDGET, "A", "2026", "0", "500000"),
        (ChangeKind.DECISION, "A", "2025-11-18", "", "toegekend"),
        (ChangeKind.TOC, "A", "", "2", "1"),
        (ChangeKind.TARGET, "A", "Bereik", "", "40"),
        (ChangeKind.TARGET, "A", "Deelnemers", "300", "250"),
        (ChangeKind.REMOVED_PROJECT, "B", "Leesclub", "voorstel", ""),
        (ChangeKind.NEW_PROJECT, "C", "Nieuw", "", "voorstel"),
        (ChangeKind.NORM, "2025", "2025", "25000000", "27500000"),
    ]
