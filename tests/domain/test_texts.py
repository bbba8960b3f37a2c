"""Every message key the code uses exists in both languages: literal keys, keys passed to
``text()`` and keys built from parts (``f"finding.{problem.value}"``), found by reading the
source, so that a missing text is a failing test and never a KeyError in front of a user."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldlab_desk.domain.access import Area
from fieldlab_desk.domain.budget import Coverage
from fieldlab_desk.domain.enums import ToCProblem
from fieldlab_desk.domain.texts import LANGUAGES, MESSAGES, TITLES, WORDS, text
from fieldlab_desk.domain.yearplan import PlanWarning

PACKAGE = Path(__file__).resolve().parents[2] / "fieldlab_desk"
PREFIXES = {key.split(".")[0] for key in MESSAGES}

# Each key the code builds from parts, by the constant it starts with: every key it can make.
BUILT: dict[str, set[str]] = {
    "finding.": {f"finding.{p.value}" for p in ToCProblem},
    "coverage.": {f"coverage.{c.value}" for c in Coverage},
    "validation.": {"validation.code_empty", "validation.title_empty"},
    "access.": {f"access.refused.{area.value}" for area in Area},
}


def sources() -> Iterator[tuple[Path, ast.AST]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        if "forms" in path.parts or "migrations" in path.parts:
            continue
        yield path, ast.parse(path.read_text(encoding="utf-8"))


def literal_keys() -> dict[str, str]:
    """Every string constant shaped like a message key with a known prefix, with where it is."""
    found = {}
    for path, tree in sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                prefix, dot, rest = node.value.partition(".")
                keyish = dot and rest.replace("_", "").isalnum() and rest.islower()
                if keyish and prefix in PREFIXES and rest != "id":  # "indicator.id": a key
                    found[node.value] = f"{path.name}:{node.lineno}"
    return found


def built_prefixes() -> dict[str, str]:
    """The constant start of every f-string that builds a key with a known prefix."""
    found = {}
    for path, tree in sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr) and node.values:
                first = node.values[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    prefix, dot, _ = first.value.partition(".")
                    if dot and prefix in PREFIXES and " " not in first.value:
                        found[prefix + "."] = f"{path.name}:{node.lineno}"
    return found


def text_word_calls() -> dict[str, str]:
    """The literal first argument of every ``text(...)`` call (our catalogue's, not SQL's)."""
    found = {}
    for path, tree in sources():
        if "from fieldlab_desk.domain.texts import" not in path.read_text(encoding="utf-8"):
            continue
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "text"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found[node.args[0].value] = f"{path.name}:{node.lineno}"
    return found


def title_calls() -> dict[str, str]:
    """The literal first argument of every ``word(...)`` / ``title(...)`` call: column titles."""
    found = {}
    for path, tree in sources():
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("word", "title")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found[node.args[0].value] = f"{path.name}:{node.lineno}"
    return found


def test_every_title_the_exports_use_is_in_the_catalogue() -> None:
    calls = title_calls()
    assert "code" in calls and "line_id" in calls
    missing = {k: w for k, w in calls.items() if k not in TITLES}
    assert not missing, missing


def test_every_message_exists_in_both_languages() -> None:
    for key, texts in MESSAGES.items():
        assert set(texts) == set(LANGUAGES), key
        assert all(t.strip() for t in texts.values()), key


def test_every_literal_key_in_the_code_is_in_the_catalogue() -> None:
    keys = literal_keys()
    assert len(keys) > 50  # the scan sees the code
    missing = {key: where for key, where in keys.items() if key not in MESSAGES}
    assert not missing, missing


def test_every_key_built_from_parts_is_known_and_in_the_catalogue() -> None:
    built = built_prefixes()
    assert set(built) <= set(BUILT), f"add the keys these build to BUILT: {built}"
    for prefix in built:
        missing = {key for key in BUILT[prefix] if key not in MESSAGES}
        assert not missing, (prefix, missing)


def test_every_text_call_names_a_message_or_word() -> None:
    calls = text_word_calls()
    assert "plan" in calls and "import.nothing" in calls
    missing = {k: w for k, w in calls.items() if k not in MESSAGES and k not in WORDS}
    assert not missing, missing


@pytest.mark.parametrize("code", [PlanWarning.OVER_NORM, PlanWarning.NEAR_NORM,
                                  PlanWarning.OVERSPENT, PlanWarning.OVER_GRANT])  # fmt: skip
def test_the_year_plans_warnings_have_words(code: str) -> None:
    for language in LANGUAGES:
        assert text(code, language, claimed="x", over="x", free="x", norm="x", amount="x",
                    usage="x", codes="x")  # fmt: skip


def test_a_commitment_row_of_an_import_has_its_words() -> None:
    """The key that crashed the import of any commitment."""
    for language, word in (("nl", "verplichting"), ("en", "commitment")):
        said = text("import.commitment_new", language, where="A1", amount="€ 1", day="d", line="L",
                    year=2025, source="S")  # fmt: skip
        assert word in said and "'L' (2025, S)" in said
