"""The fieldlab-desk command as a user types it: real processes, real files, exit codes."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from fieldlab_desk.storage import head_revision
from tests.storage.test_open import BAD_FILES, make_bad_file


def run(*args: str, lang: str = "nl", cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FIELDLAB_LANG": lang}
    return subprocess.run(
        [sys.executable, "-m", "fieldlab_desk", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=120,
        check=False,
    )


def test_demo_then_check_prints_a_summary(tmp_path: Path) -> None:
    path = tmp_path / "x.fieldlab"
    created = run("demo", str(path))
    assert created.returncode == 0, created.stderr
    checked = run("check", str(path))
    assert checked.returncode == 0, checked.stderr
    lines = [" ".join(line.split()) for line in checked.stdout.splitlines()]
    assert {
        f"schema: {head_revision()}",
        "integriteit: ok",
        "demogegevens: ja",
        "project 20",
    } <= set(lines)
    english = [
        " ".join(line.split()) for line in run("check", str(path), lang="en").stdout.splitlines()
    ]
    assert {f"schema: {head_revision()}", "integrity: ok", "demo data: yes", "project 20"} <= set(
        english
    )


def test_demo_refuses_to_overwrite(demo_path: Path) -> None:
    before = hashlib.sha256(demo_path.read_bytes()).hexdigest()
    result = run("demo", str(demo_path))
    assert result.returncode == 2
    assert "bestaat al" in result.stderr
    assert hashlib.sha256(demo_path.read_bytes()).hexdigest() == before


@pytest.mark.parametrize("command", [("check",), ("backup",), ("yearplan", "--year", "2024")])
@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_a_bad_file_exits_2_with_one_line_and_no_change(
    kind: str, command: tuple[str, ...], tmp_path: Path, demo_master: Path
) -> None:
    path = make_bad_file(kind, tmp_path, demo_master)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    result = run(command[0], str(path), *command[1:])
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("fieldlab-desk: ")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not list(tmp_path.glob("*.backup-*"))  # nothing copied either


def test_messages_follow_the_language(tmp_path: Path, demo_master: Path) -> None:
    path = make_bad_file("png", tmp_path, demo_master)
    assert "is geen FieldLab-bestand" in run("check", str(path)).stderr
    assert "is not a FieldLab file" in run("check", str(path), lang="en").stderr


def test_check_on_a_missing_file(tmp_path: Path) -> None:
    result = run("check", str(tmp_path / "nope.fieldlab"))
    assert result.returncode == 2
    assert "bestaat niet" in result.stderr
    assert not (tmp_path / "nope.fieldlab").exists()


def test_backup_to_a_folder(demo_path: Path, tmp_path: Path) -> None:
    result = run("backup", str(demo_path), "--to", str(tmp_path / "kopieen"))
    assert result.returncode == 0, result.stderr
    target = Path(result.stdout.strip())
    assert target.parent == tmp_path / "kopieen"
    assert run("check", str(target)).returncode == 0


def test_backup_of_a_bad_file_is_refused(tmp_path: Path, demo_master: Path) -> None:
    path = make_bad_file("foreign", tmp_path, demo_master)
    result = run("backup", str(path))
    assert result.returncode == 2
    assert list(tmp_path.glob("*.backup-*")) == []


def test_yearplan_json_has_integer_cents(demo_path: Path) -> None:
    result = run("yearplan", str(demo_path), "--year", "2024", "--json")
    assert result.returncode == 0, result.stderr
    plan = json.loads(result.stdout)
    assert plan["norm_cents"] == 25_000_000
    assert plan["warning"] == "over_norm"
    assert plan["granted_cents"] == sum(p["granted_cents"] for p in plan["projects"])
    assert plan["overspend_cents"] == sum(p["overspend_cents"] for p in plan["projects"])
    assert plan["free_cents"] == (
        plan["norm_cents"] - plan["granted_cents"] - plan["overspend_cents"]
    )
    assert all(isinstance(p["granted_cents"], int) for p in plan["projects"])
    assert plan["warnings"][0]["code"] == "over_norm"


def test_yearplan_what_if_text(demo_path: Path) -> None:
    result = run("yearplan", str(demo_path), "--year", "2025", "--what-if", lang="en")
    assert result.returncode == 0, result.stderr
    assert "what-if" in result.stdout
    assert "(pipeline)" in result.stdout
    assert "! Over the norm:" in result.stdout
    dutch = run("yearplan", str(demo_path), "--year", "2024")
    assert "Jaarplan 2024" in dutch.stdout and "103,1 %" in dutch.stdout
    assert "! Boven de norm:" in dutch.stdout


@pytest.mark.parametrize(
    "args",
    [("yearplan", "{f}", "--year", "twintig"), ("yearplan", "{f}", "--year", "1850"),
     ("demo", "{f}", "--scale", "mars"), ("check",)],
)  # fmt: skip
def test_bad_arguments_exit_2_without_traceback(args: tuple[str, ...], demo_path: Path) -> None:
    result = run(*(a.format(f=demo_path) for a in args))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip()


def test_commands_on_a_file_the_app_has_open(demo_path: Path) -> None:
    """The app holds the lock: demo refuses, check, yearplan and backup read it as it is."""
    from fieldlab_desk.services.portfolio import open_portfolio
    from fieldlab_desk.storage.lock import lock_path

    with open_portfolio(demo_path, user="Anouk") as portfolio:
        assert not portfolio.read_only and lock_path(demo_path).exists()
        before = demo_path.read_bytes()
        refused = run("demo", str(demo_path))
        assert refused.returncode == 2 and "bestaat al" in refused.stderr
        assert refused.stderr.count("\n") == 1 and demo_path.read_bytes() == before
        assert run("check", str(demo_path)).returncode == 0
        plan = run("yearplan", str(demo_path), "--year", "2025")
        assert plan.returncode == 0 and "Opschaling/borging" not in plan.stderr
        copy = run("backup", str(demo_path), "--to", str(demo_path.parent / "copies"))
        assert copy.returncode == 0 and Path(copy.stdout.strip()).is_file()
        assert lock_path(demo_path).exists()  # still the app's lock
    assert not lock_path(demo_path).exists()


def test_yearplan_prints_phase_names_not_codes(demo_path: Path) -> None:
    dutch = run("yearplan", str(demo_path), "--year", "2024")
    english = run("yearplan", str(demo_path), "--year", "2024", lang="en")
    assert "Opschaling/borging" in dutch.stdout and "opschaling_borging" not in dutch.stdout
    assert "Scaling/embedding" in english.stdout


def test_a_mistyped_command_is_not_opened_as_a_file(tmp_path: Path) -> None:
    typed = run("chekc", cwd=tmp_path)
    assert typed.returncode == 2
    assert "chekc" in typed.stderr and "check" in typed.stderr
    assert not (tmp_path / "chekc").exists()


@pytest.mark.parametrize(
    "name",
    ["plan?2024.fieldlab", "plan%41.fieldlab", "plan#1 met spatie.fieldlab", "één €.fieldlab"],
)
def test_file_names_with_url_characters_are_just_names(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "map? %20 #ø"
    folder.mkdir()
    path = folder / name
    created = run("demo", str(path))
    assert created.returncode == 0, created.stderr
    assert sorted(p.name for p in folder.iterdir()) == [name]  # no other file, no lock left
    assert run("check", str(path)).returncode == 0
    copy = run("backup", str(path))
    assert copy.returncode == 0 and Path(copy.stdout.strip()).parent == folder
    from fieldlab_desk.services.portfolio import open_portfolio

    with open_portfolio(path) as portfolio:
        assert portfolio.facts.is_demo and portfolio.path == path.resolve()


def test_a_demo_build_killed_half_way_leaves_nothing_and_builds_next_time(tmp_path: Path) -> None:
    import signal
    import time

    path = tmp_path / "demo.fieldlab"
    env = {**os.environ, "FIELDLAB_LANG": "nl"}
    building = subprocess.Popen(
        [sys.executable, "-m", "fieldlab_desk", "demo", str(path), "--scale", "national"], env=env
    )
    part = tmp_path / ".demo.fieldlab.part"
    deadline = time.monotonic() + 60
    while not part.exists() and time.monotonic() < deadline:  # well inside the build
        time.sleep(0.05)
    time.sleep(0.5)
    building.send_signal(signal.SIGKILL)
    building.wait()
    assert not path.exists()  # no half-made portfolio under the real name
    again = run("demo", str(path))  # the killed build's lock is ours and stale: taken over
    assert again.returncode == 0, again.stderr
    assert run("check", str(path)).returncode == 0
    left = sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm")))
    assert left == ["demo.fieldlab"]  # no part file, no lock


@pytest.mark.parametrize(
    "where", ["long", "under_a_file"], ids=["name too long", "folder is a file"]
)
@pytest.mark.parametrize("command", ["demo", "check", "backup"])
def test_names_the_system_refuses_are_one_line(tmp_path: Path, where: str, command: str) -> None:
    if where == "long":
        path = tmp_path / ("a" * 300 + ".fieldlab")
    else:
        (tmp_path / "een bestand").write_text("geen map", encoding="utf-8")
        path = tmp_path / "een bestand" / "x.fieldlab"
    result = run(command, str(path))
    assert result.returncode == 2
    assert result.stderr.startswith("fieldlab-desk: ") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_the_app_says_why_it_refused_a_file_when_exiting_when_ready(tmp_path: Path) -> None:
    path = tmp_path / "lijst.fieldlab"
    path.write_text("project;budget\n", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FIELDLAB_HOME": str(tmp_path / "home")}
    result = subprocess.run(
        [sys.executable, "-m", "fieldlab_desk", str(path), "--exit-when-ready", "--lang", "en"],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert "is not a FieldLab file" in result.stderr and "Traceback" not in result.stderr


def test_the_app_starts_when_its_log_cannot_be_written(tmp_path: Path, demo_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "fieldlab-desk.log").mkdir()  # a folder where the log file should be
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FIELDLAB_HOME": str(home)}
    result = subprocess.run(
        [sys.executable, "-m", "fieldlab_desk", str(demo_path), "--exit-when-ready"],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "logboek" in result.stderr and "Traceback" not in result.stderr


def test_help_shows_the_apps_own_use_beside_the_commands() -> None:
    shown = run("--help")
    assert shown.returncode == 0
    assert "fieldlab-desk [FILE|URL] [--lang nl|en] [--exit-when-ready]" in shown.stdout
    assert "reference" in shown.stdout and "COMMAND --help" in shown.stdout


def test_an_output_into_a_missing_folder_is_said_in_one_line(
    demo_path: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "nergens" / "r.pdf"
    for args in (("report", str(demo_path), "--period", "2024H2", "--out", str(missing)),
                 ("export", str(demo_path), "--project", "SGIA-2023-04", "--out",
                  str(missing))):  # fmt: skip
        done = run(*args)
        assert done.returncode == 2
        assert done.stderr.strip().count("\n") == 0  # one line, no painter warnings
        assert "De map" in done.stderr and "bestaat niet" in done.stderr
        assert not missing.parent.exists()


def test_a_name_too_long_for_the_file_system_is_said_as_that(tmp_path: Path) -> None:
    long = tmp_path / ("p" * 230 + ".fieldlab")  # fits alone; its dated backup would not
    done = run("demo", str(long))
    assert done.returncode == 2 and "te lang" in done.stderr and "beschadigd" not in done.stderr
    assert not long.exists()


def test_an_empty_chain_says_what_is_missing_and_a_template_follows_the_line_of_work(
    demo_path: Path,
) -> None:
    from fieldlab_desk.services.edits import created_id
    from fieldlab_desk.services.portfolio import open_portfolio
    from fieldlab_desk.services.projects import new_project, project_details
    from fieldlab_desk.services.toc import template_of_project

    with open_portfolio(demo_path) as portfolio:
        made = created_id(portfolio.apply(portfolio.read(new_project, "t", "Nog leeg", 2026)))
        assert made is not None
        code = portfolio.read(project_details, made).code  # type: ignore[union-attr]
        assert portfolio.read(template_of_project, 4) == "boekstart"  # BoekStart in de kraamzorg
        assert portfolio.read(template_of_project, 10) == "ido"  # Veilig online: burgerschap
        assert portfolio.read(template_of_project, 1) is None  # QR-codes: no template fits
    checked = run("toc", str(demo_path), "--project", code, "--check")
    assert checked.returncode == 0
    assert "De keten is nog leeg" in checked.stdout and "compleet" not in checked.stdout


def test_read_commands_work_on_an_older_file_and_change_nothing_beside_it(tmp_path: Path) -> None:
    """A file of the previous schema (made by the previous demo), writable: every read command
    answers through a migrated temporary copy; the file and its folder stay as they were."""
    import gzip
    import hashlib
    import shutil

    folder = tmp_path / "oud"
    folder.mkdir()
    path = folder / "drenthe.fieldlab"
    packed_path = Path(__file__).parent / "data" / "drenthe-demo-0008.fieldlab.gz"
    with gzip.open(packed_path) as packed, path.open("wb") as out:
        shutil.copyfileobj(packed, out)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    checked = run("check", str(path))
    assert checked.returncode == 0, checked.stderr
    assert "0008" in checked.stdout and "bijgewerkt naar" in checked.stdout
    assert "alleen-lezen" not in (checked.stdout + checked.stderr).lower()
    for args in (("yearplan", str(path), "--year", "2024", "--json"),
                 ("indicators", str(path), "--project", "SGIA-2023-04"),
                 ("toc", str(path), "--project", "SGIA-2023-04", "--check"),
                 ("export", str(path), "--year", "2024", "--out", str(tmp_path / "p.xlsx")),
                 ("report", str(path), "--period", "2024H2", "--summary", "--out",
                  str(tmp_path / "r.pdf"))):  # fmt: skip
        done = run(*args)
        assert done.returncode == 0, (args[0], done.stderr)
    # nothing migrated, so no backup either; no -wal/-shm left by reading
    assert sorted(p.name for p in folder.iterdir()) == ["drenthe.fieldlab"]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_read_commands_leave_nothing_beside_a_current_file(tmp_path: Path) -> None:
    """A read-only look at a WAL-mode file makes -wal and -shm files that a read-only
    connection may not remove: a read command in a writable folder leaves none behind."""
    import hashlib

    folder = tmp_path / "map"
    folder.mkdir()
    path = folder / "drenthe.fieldlab"
    assert run("demo", str(path)).returncode == 0
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    for args in (("check", str(path)),
                 ("yearplan", str(path), "--year", "2025", "--json"),
                 ("indicators", str(path), "--json"),
                 ("reference", str(path), "list", "gemeente"),
                 ("backup", str(path), "--to", str(tmp_path))):  # fmt: skip
        done = run(*args)
        assert done.returncode == 0, (args[0], done.stderr)
        assert sorted(p.name for p in folder.iterdir()) == ["drenthe.fieldlab"], args[0]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_requests_lists_the_change_requests_with_their_effect(demo_path: Path) -> None:
    done = run("requests", str(demo_path))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("SGIA-2025-01") and "Ingediend" in lines[0]  # newest first
    assert (
        "  Overheveling naar volgend jaar: toegekend 2024 − € 4.000,00, 2025 + € 4.000,00" in lines
    )
    assert "  Verlenging: einddatum 31-03-2024 → 30-09-2024" in lines
    one = run("requests", str(demo_path), "--project", "sgia-2024-05", "--json", lang="en")
    assert one.returncode == 0, one.stderr
    rows = json.loads(one.stdout)
    assert [(r["project"], r["kind"], r["status"], r["year"], r["amount_cents"]) for r in rows] == [
        ("SGIA-2024-05", "overheveling", "toegekend", 2024, 400_000)]  # fmt: skip
    assert rows[0]["decided_on"] == "2024-11-19"
    assert rows[0]["effect"] == "granted 2024 − €4,000.00, 2025 + €4,000.00"
    unknown = run("requests", str(demo_path), "--project", "SGIA-1999-01")
    assert unknown.returncode == 2 and "SGIA-1999-01" in unknown.stderr
    assert len(unknown.stderr.strip().splitlines()) == 1


def test_scaling_lists_adoptions_per_innovation(demo_path: Path) -> None:
    done = run("scaling", str(demo_path))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "Innovaties structureel in de kern: 3 van 4 verspreide innovaties."
    assert lines[1].startswith("SGIA-2023-03") and "Digicafé" in lines[1]
    assert (
        lines[2]
        == "  bibliotheken: 3, gemeenten: 4; structureel gefinancierd: 3, pilot: 1, gestopt: 1"
    )
    assert any(line.startswith("  - B9 / Westerveld: gestopt, geen") for line in lines)
    data = json.loads(run("scaling", str(demo_path), "--json", lang="en").stdout)
    assert data["in_core"] == 3
    digicafe = data["innovations"][0]
    assert (digicafe["project"], digicafe["libraries"], digicafe["municipalities"]) == (
        "SGIA-2023-03",
        3,
        4,
    )
    assert {a["form"] for a in digicafe["adoptions"]} == {"structureel", "pilot", "gestopt"}
