"""A real, throw-away PostgreSQL server for the tests whose subject is PostgreSQL.

It runs from a temporary folder on a Unix socket (no TCP port, nothing else on the machine is
touched) and is stopped at the end of the session. Set FIELDLAB_TEST_PG_URL to use a server of
your own instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest


def _pg_bin() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _run(args: list[str], as_postgres: bool) -> None:
    command = ["runuser", "-u", "postgres", "--", *args] if as_postgres else args
    subprocess.run(command, check=True, capture_output=True, timeout=120)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A URL of an empty PostgreSQL server database; the server lives for the test session."""
    given = os.environ.get("FIELDLAB_TEST_PG_URL")
    if given:
        yield given
        return
    binaries = _pg_bin()
    if binaries is None:  # an ordinary user's machine: skipped, with what would run them
        pytest.skip(
            "PostgreSQL is not installed: `./dev test` installs it when run as root "
            "(or: sudo apt-get install postgresql), or set FIELDLAB_TEST_PG_URL to a server"
        )
    folder = Path(tempfile.mkdtemp(prefix="fieldlab-pg-"))
    data, sockets = folder / "data", folder / "sockets"
    sockets.mkdir()
    as_postgres = os.geteuid() == 0  # PostgreSQL refuses to run as root
    if as_postgres:
        shutil.chown(folder, "postgres")
        shutil.chown(sockets, "postgres")
    _run(
        [
            str(binaries / "initdb"),
            "-D",
            str(data),
            "-U",
            "fieldlab",
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C",
        ],
        as_postgres,
    )
    options = f"-k {sockets} -c listen_addresses='' -p 54329 -c fsync=off"
    _run(
        [
            str(binaries / "pg_ctl"),
            "-D",
            str(data),
            "-o",
            options,
            "-w",
            "-l",
            str(folder / "log"),
            "start",
        ],
        as_postgres,
    )
    try:
        yield f"postgresql+psycopg://fieldlab@/postgres?host={sockets}&port=54329"
    finally:
        _run([str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], as_postgres)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A fresh, empty database on the session's server for one test."""
    from sqlalchemy import create_engine, text

    name = f"fieldlab_{os.getpid()}_{next(_numbers)}"
    admin = create_engine(postgres_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = postgres_server.replace("/postgres?", f"/{name}?")
    yield url
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


def _counter() -> Iterator[int]:
    number = 0
    while True:
        number += 1
        yield number


_numbers = _counter()
