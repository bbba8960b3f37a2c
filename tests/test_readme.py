"""The README tells what the commands do today: its sample outputs are what they print, and
its command table names every command."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from tests.test_cli import run

README = Path(__file__).resolve().parent.parent / "README.md"
SAMPLE = re.compile(r"```text\n\$ (fieldlab-desk [^\n]+)\n(.*?)```", re.DOTALL)
ELIDED = "..."


def samples() -> list[tuple[str, list[str]]]:
    return [(command, body.rstrip("\n").split("\n")) for command, body in SAMPLE.findall(README.read_text(encoding="utf-8"))]  # fmt: skip


def shown_in(sample: list[str], output: list[str]) -> str | None:
    """Whether the sample's lines are the output's, where ``...`` stands for lines left out;
    None when they are, else the first sample line that is not."""
    runs: list[list[str]] = [[]]
    for line in sample:
        if line.strip() == ELIDED:
            runs.append([])
        else:
            runs[-1].append(line.rstrip())
    lines = [line.rstrip() for line in output]
    at = 0
    for number, part in enumerate(runs):
        if not part:
            continue
        starts = [
            i for i in range(at, len(lines) - len(part) + 1) if lines[i : i + len(part)] == part
        ]
        if number == 0 and runs[0]:
            starts = starts[:1] if starts and starts[0] == 0 else []  # the output begins so
        if not starts:
            return part[0]
        at = starts[0] + len(part)
    if runs[-1] and at != len(lines):  # no "..." at the end: the output ends there too
        return runs[-1][-1]
    return None


def test_the_sample_outputs_are_what_the_commands_print(demo_path: Path) -> None:
    found = samples()
    assert len(found) >= 2, "the README shows the toc --check and yearplan samples"
    for command, sample in found:
        words = shlex.split(command)[1:]
        args = [str(demo_path) if word == "demo/drenthe.fieldlab" else word for word in words]
        done = run(*args)
        assert done.returncode == 0, (command, done.stderr)
        printed = done.stdout.rstrip("\n").split("\n")
        wrong = shown_in(sample, printed)
        assert wrong is None, f"README: {command}\nnot printed: {wrong!r}\nprinted:\n{done.stdout}"


def test_the_sample_check_can_fail() -> None:
    output = ["Jaarplan 2024", "  norm  € 250.000,00", "  begroot  € 1,00", "  vrij  € 0,00"]
    assert shown_in(["Jaarplan 2024", "  norm  € 250.000,00", "  ..."], output) is None
    assert shown_in(["Jaarplan 2024", "  ...", "  vrij  € 0,00"], output) is None
    assert shown_in(["Jaarplan 2024", "  begroot  € 1,00", "  ..."], output) == "Jaarplan 2024"
    assert shown_in(["  norm  € 250.000,00", "  ..."], output) == "  norm  € 250.000,00"
    assert shown_in(["Jaarplan 2024", "  ...", "  begroot  € 1,00"], output) == "  begroot  € 1,00"
    swapped = ["Jaarplan 2024", "  ...", "  vrij  € 0,00", "  norm  € 250.000,00", "  ..."]
    assert shown_in(swapped, output) == "  vrij  € 0,00"  # the run that is not there


def test_the_command_table_names_every_command() -> None:
    done = run("--help")
    listed = re.search(r"\{([a-z,]+)\}", done.stdout)
    assert listed is not None, done.stdout
    text = README.read_text(encoding="utf-8")
    missing = [name for name in listed.group(1).split(",") if f"`fieldlab-desk {name} " not in text]
    assert missing == []
