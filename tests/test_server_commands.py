"""Every command that reads or writes a portfolio takes a server address as the app does — also
as ``postgresql://`` or ``postgres://``, the way a server's documentation writes it — and never
prints a password; ``backup`` of a server points to pg_dump. On a real PostgreSQL server."""

from __future__ import annotations

import json
from pathlib import Path

from fieldlab_desk.domain.locations import masked, server_url
from tests.test_cli import run


def test_addresses_are_read_as_users_paste_them_and_shown_without_password() -> None:
    assert server_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert server_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert server_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    assert (
        masked("postgres://anouk:s3cret@server/fieldlab") == "postgres://anouk:***@server/fieldlab"
    )
    assert (
        masked("geen verbinding met postgresql://a:b@c/d")
        == "geen verbinding met postgresql://a:***@c/d"
    )


def test_every_command_works_on_a_server_address(
    demo_path: Path, postgres_url: str, tmp_path: Path
) -> None:
    copied = run("copy", str(demo_path), postgres_url)
    assert copied.returncode == 0, copied.stderr
    plain = postgres_url.replace("postgresql+psycopg://", "postgresql://")
    short = postgres_url.replace("postgresql+psycopg://", "postgres://")
    checked = run("check", plain)
    assert checked.returncode == 0, checked.stderr
    plan = json.loads(run("yearplan", short, "--year", "2024", "--json").stdout)
    from_file = json.loads(run("yearplan", str(demo_path), "--year", "2024", "--json").stdout)
    assert plan == from_file  # the same figures, from the server
    assert run("toc", postgres_url, "--project", "SGIA-2023-04", "--check").returncode == 0
    listed = run("indicators", short, "--project", "SGIA-2023-04")
    assert listed.returncode == 0 and "Voorleesbijeenkomsten voor ouders" in listed.stdout
    report = run("report", plain, "--period", "2024H2", "--summary", "--out",
                 str(tmp_path / "r.pdf"))  # fmt: skip
    assert report.returncode == 0, report.stderr
    pack = run("export", short, "--year", "2024", "--out", str(tmp_path / "p.xlsx"))
    assert pack.returncode == 0, pack.stderr
    assert (tmp_path / "r.pdf").stat().st_size > 0 and (tmp_path / "p.xlsx").stat().st_size > 0
    listed = run("reference", short, "list", "agenda", "--json")
    assert listed.returncode == 0 and "DSA-GELIJKE-KANSEN" in listed.stdout
    backup = run("backup", postgres_url)
    assert (
        backup.returncode == 2 and "pg_dump" in backup.stderr and "Traceback" not in backup.stderr
    )


def test_a_password_is_never_printed() -> None:
    for command in (("migrate",), ("check",), ("yearplan", "--year", "2024")):
        address = "postgres://anouk:s3cret@127.0.0.1:9/fieldlab"  # nothing listens there
        done = run(command[0], address, *command[1:])
        assert done.returncode != 0
        assert "s3cret" not in done.stdout + done.stderr, command
        assert "Traceback" not in done.stderr
