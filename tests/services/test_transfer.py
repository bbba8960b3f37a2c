"""A portfolio moves to PostgreSQL and back through the CLI, losing nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldlab_desk.services.portfolio import open_portfolio
from fieldlab_desk.services.yearplan import year_plan
from fieldlab_desk.storage import head_revision
from tests.test_cli import run

pytestmark = pytest.mark.postgres


def plans(location: str) -> list[str]:
    with open_portfolio(location, read_only=True) as portfolio:
        return [repr(portfolio.read(year_plan, y, what_if=w)) for y in (2023, 2024, 2025)
                for w in (False, True)]  # fmt: skip


def counts(output: str) -> dict[str, int]:
    rows = [line.split() for line in output.splitlines()[1:]]
    return {name: int(number.replace(".", "")) for name, number in rows}


def test_file_to_server_and_back_keeps_every_row_and_figure(
    demo_path: Path, postgres_url: str, tmp_path: Path
) -> None:
    there = run("copy", str(demo_path), postgres_url)
    assert there.returncode == 0, there.stderr
    back_path = tmp_path / "terug.fieldlab"
    back = run("copy", postgres_url, str(back_path))
    assert back.returncode == 0, back.stderr
    assert counts(there.stdout) == counts(back.stdout)
    assert counts(there.stdout)["project"] == 20 and counts(there.stdout)["measurement"] > 0
    assert plans(str(demo_path)) == plans(postgres_url) == plans(str(back_path))
    with open_portfolio(postgres_url, user="Henk") as server:  # new rows number on after the copy
        from fieldlab_desk.services.projects import new_project

        inverse = server.apply(server.read(new_project, "Nieuw", "Nieuw op de server", 2026))
        assert inverse.operations  # the insert did not clash with a copied id
    plain = run("yearplan", str(back_path), "--year", "2024", "--json")
    assert json.loads(plain.stdout)["granted_cents"] > 0


def test_copy_refuses_a_target_that_holds_data(demo_path: Path, postgres_url: str) -> None:
    assert run("copy", str(demo_path), postgres_url).returncode == 0
    again = run("copy", str(demo_path), postgres_url)
    assert again.returncode == 2 and "bevat al gegevens" in again.stderr


def test_copy_refuses_an_existing_file(demo_path: Path, postgres_url: str, tmp_path: Path) -> None:
    assert run("copy", str(demo_path), postgres_url).returncode == 0
    taken = tmp_path / "bestaat.fieldlab"
    taken.write_bytes(b"mijn werk")
    refused = run("copy", postgres_url, str(taken))
    assert refused.returncode == 2 and taken.read_bytes() == b"mijn werk"


def test_migrate_brings_a_server_database_and_a_file_up_to_date(
    demo_path: Path, postgres_url: str
) -> None:
    served = run("migrate", postgres_url)
    assert served.returncode == 0 and f"schema:         {head_revision()}" in served.stdout
    filed = run("migrate", str(demo_path))
    assert filed.returncode == 0 and head_revision() in filed.stdout
