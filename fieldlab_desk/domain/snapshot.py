"""What changed since the figures presented at a steering-group meeting.

A snapshot is a plain dictionary (stored as JSON with the meeting): per project its phase,
title, SGIA money per year, decisions, Theory-of-Change texts and indicator targets, plus the
year plans. Comparing two snapshots lists the differences a steering group asks about.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class ChangeKind(StrEnum):
    NEW_PROJECT = "new_project"
    REMOVED_PROJECT = "removed_project"
    PHASE = "phase"
    BUDGET = "budget"
    DECISION = "decision"
    TOC = "toc"
    TARGET = "target"
    NORM = "norm"


@dataclass(frozen=True, slots=True)
class SnapshotChange:
    kind: ChangeKind
    code: str  # project code, or the year for a norm change
    subject: str  # what changed: a year, an indicator, a ToC level
    old: str
    new: str


def diff_snapshots(old: dict[str, Any], new: dict[str, Any]) -> list[SnapshotChange]:
    """Every difference between two snapshots, ordered by project code and kind."""
    changes: list[SnapshotChange] = []
    before, after = old.get("projects", {}), new.get("projects", {})
    for code in sorted(set(before) | set(after)):
        if code not in before:
            changes.append(
                SnapshotChange(
                    ChangeKind.NEW_PROJECT, code, after[code]["title"], "", after[code]["phase"]
                )
            )
        elif code not in after:
            changes.append(
                SnapshotChange(
                    ChangeKind.REMOVED_PROJECT,
                    code,
                    before[code]["title"],
                    before[code]["phase"],
                    "",
                )
            )
        else:
            changes += _project_changes(code, before[code], after[code])
    for year in sorted(set(old.get("norms", {})) | set(new.get("norms", {}))):
        was, now = old.get("norms", {}).get(year), new.get("norms", {}).get(year)
        if was != now:
            changes.append(
                SnapshotChange(
                    ChangeKind.NORM, str(year), str(year), str(was or ""), str(now or "")
                )
            )
    return changes


def _project_changes(code: str, old: dict[str, Any], new: dict[str, Any]) -> list[SnapshotChange]:
    changes = []
    if old["phase"] != new["phase"]:
        changes.append(SnapshotChange(ChangeKind.PHASE, code, "", old["phase"], new["phase"]))
    for year in sorted(set(old["sgia"]) | set(new["sgia"])):
        was, now = old["sgia"].get(year, 0), new["sgia"].get(year, 0)
        if was != now:
            changes.append(SnapshotChange(ChangeKind.BUDGET, code, str(year), str(was), str(now)))
    for decision in new["decisions"][len(old["decisions"]) :]:
        changes.append(
            SnapshotChange(ChangeKind.DECISION, code, decision["held_on"], "", decision["kind"])
        )
    if old["toc"] != new["toc"]:
        changes.append(
            SnapshotChange(ChangeKind.TOC, code, "", str(len(old["toc"])), str(len(new["toc"])))
        )
    for name in sorted(set(old["targets"]) | set(new["targets"])):
        was, now = old["targets"].get(name), new["targets"].get(name)
        if was != now:
            changes.append(
                SnapshotChange(ChangeKind.TARGET, code, name, str(was or ""), str(now or ""))
            )
    return changes
