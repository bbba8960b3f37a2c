"""The bad-input corpus (``tests/corpus/``): every case is accepted exactly or refused clearly.

Amounts, numbers and one-line texts each name their expected outcome. A refusal must come as
a message in Dutch and English (never a bare code) and must leave the stored data as it was.
Broken and foreign files are in ``tests/storage/test_open.py`` and ``tests/test_cli.py``; the
read-only folder in ``tests/storage/test_read_only_folder.py``; the full disk below.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from fieldlab_desk.domain.errors import FieldLabError, InvalidInput
from fieldlab_desk.domain.money import parse_cents, parse_decimal
from fieldlab_desk.services import projects
from fieldlab_desk.services.portfolio import open_portfolio

CORPUS = Path(__file__).parent / "corpus"


def cases(name: str) -> list[list[Any]]:
    return list(json.loads((CORPUS / name).read_text(encoding="utf-8"))["cases"])


def spelled(text: Any) -> str:
    return text["repeat"] * text["times"] if isinstance(text, dict) else str(text)


def assert_clear(error: FieldLabError) -> None:
    for language in ("nl", "en"):
        message = error.message(language)
        assert message and error.code not in message and "{" not in message


@pytest.mark.parametrize(("text", "expected"), cases("amounts.json"))
def test_amounts(text: str, expected: int | str) -> None:
    if isinstance(expected, int):
        assert parse_cents(text) == expected
        return
    with pytest.raises(InvalidInput) as caught:
        parse_cents(text)
    assert caught.value.code == expected
    assert_clear(caught.value)


@pytest.mark.parametrize(("text", "expected"), cases("numbers.json"))
def test_numbers(text: str, expected: str) -> None:
    if not expected.startswith("number."):
        assert parse_decimal(text) == Decimal(expected)
        return
    with pytest.raises(InvalidInput) as caught:
        parse_decimal(text)
    assert caught.value.code == expected
    assert_clear(caught.value)


@pytest.fixture(scope="module")
def texts_file(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "teksten.fieldlab"
    shutil.copyfile(demo_master, path)
    return path


@pytest.mark.parametrize(("field", "text", "expected"), cases("texts.json"))
def test_one_line_texts(texts_file: Path, field: str, text: Any, expected: str) -> None:
    value = spelled(text)
    with open_portfolio(texts_file) as portfolio:
        project_id = 2
        before = portfolio.read(projects.project_details, project_id)
        shown = {"code": before.code, "title": before.title, field: value}  # type: ignore[union-attr]
        problems = portfolio.read(projects.validate_project, shown, project_id)
        if expected == "saved":
            assert problems == []
            inverse = portfolio.apply(
                portfolio.read(projects.set_field, "t", project_id, field, value)
            )
            after = portfolio.read(projects.project_details, project_id)
            assert getattr(after, field) == value  # exactly as typed
            portfolio.apply(inverse)
            return
        assert [p.code for p in problems] == [expected]
        assert_clear(problems[0])
        if expected != "validation.code_taken":  # the builder refuses it too, whoever calls it
            with pytest.raises(FieldLabError):
                portfolio.read(projects.set_field, "t", project_id, field, value)
        assert portfolio.read(projects.project_details, project_id) == before


def test_a_full_disk_refuses_the_edit_and_keeps_the_file(demo_master: Path, tmp_path: Path) -> None:
    folder = tmp_path / "vol"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("this machine does not let the tests mount a file system")
    try:
        path = folder / "drenthe.fieldlab"
        shutil.copyfile(demo_master, path)
        with open_portfolio(path) as portfolio:
            before = portfolio.read(projects.project_details, 1)
            filler = folder / "vulling"
            with filler.open("wb") as handle:  # what else the disk holds
                handle.write(b"\0" * (folder.stat().st_size or 1))
                try:
                    while True:
                        handle.write(b"\0" * 65536)
                        handle.flush()
                except OSError:
                    pass
            huge = "Lange samenvatting. " * 50_000  # needs more room than is left
            with pytest.raises(FieldLabError) as caught:
                portfolio.apply(portfolio.read(projects.set_field, "t", 1, "summary", huge))
            assert caught.value.code == "database.disk_full"
            assert_clear(caught.value)
            assert portfolio.read(projects.project_details, 1) == before
        filler.unlink()
        check = sqlite3.connect(path)
        try:
            assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            check.close()
    finally:
        subprocess.run(["umount", "--lazy", str(folder)], check=False)
