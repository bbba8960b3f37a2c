"""The ``fieldlab-desk`` command: headless subcommands, or the desktop app.

``fieldlab-desk demo|check|backup|yearplan|toc|indicators|report|copy|migrate …`` run without
a window. Anything else
(``fieldlab-desk [FILE] [--lang nl|en] [--exit-when-ready]``) starts the desktop app.
Bad input ends with exit code 2 and one clear line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from fieldlab_desk import __version__
from fieldlab_desk.command_words import mistyped_command
from fieldlab_desk.domain import formats
from fieldlab_desk.domain.errors import FieldLabError
from fieldlab_desk.domain.texts import label, plan_warning, text
from fieldlab_desk.domain.yearplan import YearPlanResult

if TYPE_CHECKING:
    from fieldlab_desk.services.file_info import FileSummary
    from fieldlab_desk.services.importing import ImportPreview
    from fieldlab_desk.services.portfolio import Portfolio

EXIT_BAD_INPUT = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message}\n")


def cli_language() -> str:
    """English when the environment asks for it, else Dutch (the app's language)."""
    wanted = os.environ.get("FIELDLAB_LANG") or os.environ.get("LANG", "")
    return "en" if wanted.startswith("en") else "nl"


LOCATION = (
    "a .fieldlab file or a server address (postgresql+psycopg://, postgresql:// or postgres://)"
)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="fieldlab-desk",
        usage="fieldlab-desk [FILE|URL] [--lang nl|en] [--exit-when-ready]\n"
        "       fieldlab-desk COMMAND [options]   (fieldlab-desk COMMAND --help)",
        description="FieldLab Desk. Without a command it starts the desktop app on FILE (a "
        ".fieldlab file) or URL (postgresql+psycopg://…), else on the file used last, else on "
        "the demo portfolio; --lang picks the interface's language, --exit-when-ready opens, "
        "shows the first page and exits 0. The commands work without a window.",
    )
    parser.add_argument("--version", action="version", version=f"FieldLab Desk {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    demo = commands.add_parser("demo", help="create a demo portfolio file")
    demo.add_argument("file", type=Path)
    demo.add_argument("--scale", choices=("drenthe", "national"), default="drenthe")
    check = commands.add_parser("check", help="schema version, integrity and counts of a file")
    check.add_argument("file", help=LOCATION)
    backup = commands.add_parser("backup", help="make a consistent copy of a file")
    backup.add_argument("file", help="a .fieldlab file (a server database: pg_dump)")
    backup.add_argument("--to", type=Path, dest="folder", help="folder for the backup")
    plan = commands.add_parser("yearplan", help="the SGIA year plan against the norm")
    plan.add_argument("file", help=LOCATION)
    plan.add_argument("--year", type=int, required=True)
    plan.add_argument("--what-if", action="store_true", help="count proposals as granted")
    plan.add_argument("--json", action="store_true", help="machine-readable, amounts in cents")
    plan.add_argument("--as-of", metavar="DATE", type=_day,
                      help="as it stood at the end of this day (31-12-2023 or 2023-12-31): grants, "
                           "bookings, decisions and phases until then")  # fmt: skip
    toc = commands.add_parser(
        "toc", help="a project's Theory of Change: draw it (--out) or check it (--check)"
    )
    toc.add_argument("file", help=LOCATION)
    toc.add_argument("--project", required=True, metavar="CODE", help="the project's code")
    what = toc.add_mutually_exclusive_group(required=True)
    what.add_argument("--out", type=Path, help="write the diagram to a .svg or .png file")
    what.add_argument("--check", action="store_true", help="print the findings and the score")
    toc.add_argument("--json", action="store_true", help="with --check: machine-readable")
    indicators = commands.add_parser(
        "indicators", help="every indicator with baseline, target, current value, progress, status"
    )
    indicators.add_argument("file", help=LOCATION)
    indicators.add_argument("--year", type=int, help="only projects that run in this year")
    indicators.add_argument("--project", metavar="CODE", help="only this project")
    indicators.add_argument("--json", action="store_true", help="machine-readable")
    asked = commands.add_parser(
        "requests", help="change requests of running projects, with status and effect"
    )
    asked.add_argument("file", help=LOCATION)
    asked.add_argument("--project", metavar="CODE", help="only this project")
    asked.add_argument("--json", action="store_true", help="machine-readable, amounts in cents")
    spread = commands.add_parser(
        "scaling", help="adoptions per innovation: which libraries and gemeenten run it, and how"
    )
    spread.add_argument("file", help=LOCATION)
    spread.add_argument("--json", action="store_true", help="machine-readable")
    report = commands.add_parser("report", help="the half-year report as PDF")
    report.add_argument("file", help=LOCATION)
    report.add_argument("--project", metavar="CODE", help="one project (default: the portfolio)")
    report.add_argument("--period", required=True, help="2024H1 (Jan-Jun) or 2024H2 (Jul-Dec)")
    report.add_argument("--out", type=Path, required=True, help="the .pdf file to write")
    report.add_argument("--group-by", choices=["project", "opgave", "programmalijn"],
                        default="project",
                        help="projects one after another (project), or under a heading per primary "
                             "opgave or programme line, as the network's reports group results")  # fmt: skip
    report.add_argument("--summary", action="store_true",
                        help="the portfolio's overview, money and decisions without the project "
                             "pages (for a large portfolio)")  # fmt: skip
    report.add_argument("--to", metavar="ADDRESSEE", default="",
                        help='whom the report is for, on its cover (e.g. "Stuurgroep Drentse '
                             'Innovatieagenda / Provincie Drenthe")')  # fmt: skip
    export = commands.add_parser(
        "export", help="a project plan (--project) or the steering-group pack (--year) as .xlsx"
    )
    export.add_argument("file", help=LOCATION)
    chosen = export.add_mutually_exclusive_group(required=True)
    chosen.add_argument("--project", metavar="CODE", help="a project plan workbook")
    chosen.add_argument("--year", type=int, help="the steering-group pack of this year")
    export.add_argument("--out", type=Path, required=True,
                        help="the .xlsx file to write (.pdf: the project plan on paper)")  # fmt: skip
    export.add_argument("--per-project", action="store_true",
                        help="with --year: a sheet per project too")  # fmt: skip
    export.add_argument("--values-only", action="store_true",
                        help="totals as values instead of formulas, for archiving")  # fmt: skip
    importing = commands.add_parser(
        "import", help="budget lines, expenses and measurements from a workbook (all or nothing)"
    )
    importing.add_argument("file", help="a .fieldlab file or a postgresql+psycopg://… address")
    importing.add_argument("--from", type=Path, required=True, dest="source", help="the .xlsx")
    importing.add_argument(
        "--dry-run", action="store_true", help="show the changes, change nothing"
    )
    importing.add_argument(
        "--accept-warnings", action="store_true",
        help="import although some rows look implausible (above the norm, far over a line's plan, beyond the grant)",
    )  # fmt: skip
    importing.add_argument(
        "--similar", choices=sorted(SIMILAR_CHOICES),
        help="rows without a booking id that look like an existing booking (same line and date, "
             "another amount or note): add them as new bookings, or update the booking they resemble",
    )  # fmt: skip
    template = commands.add_parser("template", help="a blank import template (.xlsx)")
    template.add_argument("--out", type=Path, required=True)
    template.add_argument("--project", metavar="CODE", default="",
                          help="fill in this project's code (Projectplan!B1)")  # fmt: skip
    copy = commands.add_parser(
        "copy", help="copy a portfolio between a file and a server database, row for row"
    )
    copy.add_argument("source", help="a .fieldlab file or a postgresql+psycopg://… address")
    copy.add_argument("target", help="a new .fieldlab file or an empty server database")
    migrate = commands.add_parser(
        "migrate", help="bring a file (after a backup) or a server database to this version"
    )
    migrate.add_argument("location", help="a .fieldlab file or a postgresql+psycopg://… address")
    _reference_parser(commands)
    _access_parser(commands)
    return parser


ROLE_WORDS = ("beheerder", "secretaris", "projectleider", "stuurgroeplid", "lezer")
"""``domain.access.Role``'s words (written out: parsing loads no services)."""


def _access_parser(commands: Any) -> None:
    access = commands.add_parser(
        "access", help="who may do what on a server database (run by a beheerder)"
    )
    access.add_argument("location", help="a postgresql+psycopg://… address")
    actions = access.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="every login with a role, its projects and name")
    listing.add_argument("--json", action="store_true", help="machine-readable")
    add = actions.add_parser("add", help="give an existing login a role (and projects)")
    add.add_argument("user", help="the login on the server")
    add.add_argument("--role", choices=ROLE_WORDS, required=True)
    add.add_argument("--project", metavar="CODE", action="append", default=[],
                     help="a project the projectleider may change (repeat for more)")  # fmt: skip
    remove = actions.add_parser("remove", help="take a login's roles and projects (or some)")
    remove.add_argument("user")
    remove.add_argument("--role", choices=ROLE_WORDS, help="only this role")
    remove.add_argument("--project", metavar="CODE", action="append", default=[],
                        help="only this project (repeat for more)")  # fmt: skip


REFERENCE_KINDS = ("opgave", "stelseluitdaging", "programmalijn", "agenda", "doelgroep",
                   "gemeente", "indicator", "organisatiesoort", "kostensoort")  # fmt: skip
"""``services.reference.ReferenceKind``'s words (written out: parsing loads no services)."""


def _reference_parser(commands: Any) -> None:
    reference = commands.add_parser(
        "reference", help="the portfolio's reference data: list, add, rename, retire (undoable)"
    )
    reference.add_argument("file", help="a .fieldlab file or a postgresql+psycopg://… address")
    actions = reference.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="every item (retired ones marked), with its use")
    listing.add_argument("kind", nargs="?", choices=REFERENCE_KINDS, help="only this kind")
    listing.add_argument("--json", action="store_true", help="machine-readable")
    add = actions.add_parser("add", help="a new item with a stable code")
    add.add_argument("kind", choices=REFERENCE_KINDS)
    add.add_argument(
        "code",
        help="capitals, digits, hyphens (a gemeente: its name; an "
        "organisatiesoort or kostensoort: lower case, e.g. stichting)",
    )
    add.add_argument("name", help="the Dutch name")
    add.add_argument("--en", default="", help="the English name (default: the Dutch one)")
    add.add_argument("--unit", default="", help="an indicator's unit (e.g. personen)")
    rename = actions.add_parser("rename", help="new names; the code and its uses stay")
    rename.add_argument("kind", choices=REFERENCE_KINDS)
    rename.add_argument("code")
    rename.add_argument("name", help="the new Dutch name")
    rename.add_argument("--en", default="", help="the new English name")
    for verb, helped in (("retire", "vervallen: kept where used, no longer offered"),
                         ("reinstate", "offered again")):  # fmt: skip
        action = actions.add_parser(verb, help=helped)
        action.add_argument("kind", choices=REFERENCE_KINDS)
        action.add_argument("code")
    agenda = actions.add_parser("agenda", help="show or set the regional agenda's name")
    agenda.add_argument("name", nargs="?", help='e.g. "Drentse Sociale Agenda 2020-2023"')


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    language = cli_language()
    mistyped = mistyped_command(arguments)
    if mistyped is not None:
        word, suggestion = mistyped
        message = text("cli.unknown_command", language, word=word, suggestion=suggestion)
        print(f"fieldlab-desk: {message}", file=sys.stderr)
        return EXIT_BAD_INPUT
    # The launcher starts the app; a command line without a command word is no command.
    options = build_parser().parse_args(arguments)
    try:
        return int(COMMANDS[options.command](options))
    except FieldLabError as error:
        print(f"fieldlab-desk: {error.message(language)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # output piped into `head` and the like
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as error:  # a name too long, a folder that is a file, …: the user's to fix
        message = text(
            "file.os_error", language, path=error.filename or "", reason=error.strerror or error
        )
        print(f"fieldlab-desk: {message}", file=sys.stderr)
        return EXIT_BAD_INPUT


def _demo(options: argparse.Namespace) -> int:
    from fieldlab_desk.demo.build import build_demo

    return _print_summary(build_demo(options.file, scale=options.scale))


def _check(options: argparse.Namespace) -> int:
    """An older file is checked as it is (its own schema), its counts read through a migrated
    temporary copy: nothing beside it changes, and the user is told how it is brought up to date."""
    from dataclasses import replace

    from fieldlab_desk.services.portfolio import file_revision, needs_upgrade, open_portfolio

    older = needs_upgrade(options.file)
    with open_portfolio(options.file, read_only=True, through_copy=True) as portfolio:
        summary = portfolio.summary()
        head = portfolio.facts.revision
    if older:
        summary = replace(summary, revision=file_revision(options.file))
    code = _print_summary(summary)
    if older:
        print(text("check.older", cli_language(), revision=summary.revision, head=head))
    return code


def _print_summary(summary: FileSummary) -> int:
    lang = cli_language()
    rows = [("file", summary.location)]
    if summary.size_bytes is not None:
        size = f"{summary.size_bytes / 1_048_576:.1f} MiB"
        rows.append(("size", size.replace(".", ",") if lang == "nl" else size))
    rows += [
        ("schema", str(summary.revision)),
        ("integrity", text("ok" if summary.sound else "problems", lang)),
    ]
    for key, value in rows:
        print(f"{text(key, lang) + ':':<16}{value}")
    for problem in summary.problems[:20]:
        print(f"  - {problem}")
    if summary.info.get("owner_organisation"):
        print(f"{text('owner', lang) + ':':<16}{summary.info['owner_organisation']}")
    if summary.info.get("demo") == "1":
        print(f"{text('demo', lang) + ':':<16}{text('yes', lang)}")
    for table, count in summary.counts.items():
        print(f"  {table:<16}{count:>9,}".replace(",", "."))
    return 0 if summary.sound else 1


def _backup(options: argparse.Namespace) -> int:
    from fieldlab_desk.services.portfolio import backup_location

    if "://" in options.file:
        from fieldlab_desk.domain.locations import masked

        raise FieldLabError("backup.server", location=masked(options.file))
    print(backup_location(Path(options.file), folder=options.folder))
    return 0


def _yearplan(options: argparse.Namespace) -> int:
    from fieldlab_desk.domain.errors import InvalidInput
    from fieldlab_desk.services.portfolio import open_portfolio
    from fieldlab_desk.services.yearplan import year_plan

    if not 2000 <= options.year <= 2100:
        raise InvalidInput("yearplan.year", text=str(options.year))
    with open_portfolio(options.file, read_only=True, through_copy=True) as portfolio:
        plan = portfolio.read(year_plan, options.year, what_if=options.what_if,
                              as_of=options.as_of)  # fmt: skip
    if options.json:
        data = year_plan_json(plan)
        if options.as_of is not None:
            data["as_of"] = options.as_of.isoformat()
        print(json.dumps(data, indent=2))
        return 0
    lang = cli_language()
    if options.as_of is not None:
        print(f"{text('as_of', lang)} {formats.date(options.as_of, lang)}")
    print(year_plan_text(plan, lang))
    return 0


def _day(value: str) -> dt.date:
    """A date typed the Dutch or the ISO way; argparse reports anything else."""
    from fieldlab_desk.domain.dates import parse_date

    try:
        parsed = parse_date(value)
    except FieldLabError as error:
        raise argparse.ArgumentTypeError(error.message(cli_language())) from error
    if parsed is None:
        raise argparse.ArgumentTypeError(value)
    return parsed


def year_plan_json(plan: YearPlanResult) -> dict[str, object]:
    """The year plan for machines: amounts in cents, percentages as strings with one decimal,
    warnings by code."""

    def project(p: object) -> dict[str, object]:
        from fieldlab_desk.domain.yearplan import ProjectYearFigures

        assert isinstance(p, ProjectYearFigures)
        return {
            "code": p.code, "title": p.title, "phase": p.phase.value,
            "planned_cents": p.planned_cents, "granted_cents": p.awarded_cents,
            "decided_cents": p.granted_cents, "overspend_cents": p.overspend_cents,
            "claimed_cents": p.claimed_cents,
            "over_grant": p.over_grant, "deferred": p.deferred,
            "committed_cents": p.committed_cents, "spent_cents": p.spent_cents,
            "carried_in_cents": p.carried_in_cents, "carried_out_cents": p.carried_out_cents,
        }  # fmt: skip

    return {
        "year": plan.year,
        "what_if": plan.what_if,
        "norm_cents": plan.norm_cents,
        "planned_cents": plan.planned_cents,
        "granted_cents": plan.awarded_cents,
        "carried_in_cents": plan.carried_in_cents,
        "carried_out_cents": plan.carried_out_cents,
        "overspend_cents": plan.overspend_cents,
        "claimed_cents": plan.claimed_cents,
        "committed_cents": plan.committed_cents,
        "spent_cents": plan.spent_cents,
        "free_cents": plan.free_cents,
        "pipeline_cents": plan.pipeline_cents,
        "usage_percent": str(plan.usage_percent) if plan.usage_percent is not None else None,
        "warning": plan.warning.value if plan.warning else None,
        "warnings": [
            {
                "code": w.code.removeprefix("warning."),
                "projects": list(w.codes),
                "message": plan_warning(w, cli_language()),
            }
            for w in plan.warnings()
        ],
        "projects": [project(p) for p in plan.projects],
        "pipeline": [project(p) for p in plan.pipeline],
    }


def year_plan_text(plan: YearPlanResult, language: str = "nl") -> str:
    from fieldlab_desk.domain import figures

    width = max(15, *(len(figures.lower_name(f, language)) + 1 for f, _ in plan.summary()))

    def line(figure: figures.Figure, value: int | object) -> str:
        shown = figures.show(figure, value, language)  # type: ignore[arg-type]
        return f"  {figures.lower_name(figure, language):<{width}}{shown:>18}"

    rows = [
        f"{text('plan', language)} {plan.year}{text('what_if', language) if plan.what_if else ''}"
    ]
    rows += [line(figure, value) for figure, value in plan.summary()]
    rows += [f"  ! {plan_warning(w, language)}" for w in plan.warnings()]
    rows.append("")
    for p in plan.projects:
        over = ""
        if p.overspend_cents:
            over = f"  + {figures.lower_name(figures.Figure.OVERSCHRIJDING, language)} {formats.money(p.overspend_cents, language)}"
        for figure, cents in ((figures.Figure.OVERGEHEVELD_UIT, p.carried_in_cents),
                              (figures.Figure.OVERGEHEVELD_NAAR, p.carried_out_cents)):  # fmt: skip
            if cents:
                over += (
                    f"  + {figures.lower_name(figure, language)} {formats.money(cents, language)}"
                )
        rows.append(
            f"  {p.code:<14} {label(p.phase, language):<20} {formats.money(p.awarded_cents, language):>16}  {p.title}{over}"
        )
    pipeline = f"({figures.lower_name(figures.Figure.PIJPLIJN, language)})"
    for p in plan.pipeline:
        rows.append(
            f"  {p.code:<14} {pipeline:<20} {formats.money(p.awarded_cents, language):>16}  {p.title}"
        )
    return "\n".join(rows)


def _toc(options: argparse.Namespace) -> int:
    from fieldlab_desk.services.portfolio import open_portfolio
    from fieldlab_desk.services.toc import chain_by_code

    lang = cli_language()
    out: Path | None = options.out
    if out is not None and out.suffix.lower() not in (".svg", ".png"):
        raise FieldLabError("toc.out_kind")
    with open_portfolio(options.file, read_only=True, through_copy=True) as portfolio:
        view = portfolio.read(chain_by_code, options.project)
    if out is None:
        report = toc_check_json(view, lang)
        print(json.dumps(report, indent=2, ensure_ascii=False) if options.json
              else toc_check_text(report, lang))  # fmt: skip
        return 0
    from fieldlab_desk.exporting.files import write_whole
    from fieldlab_desk.outputs import Output, chain_picture

    kind = Output.CHAIN_SVG if out.suffix.lower() == ".svg" else Output.CHAIN_PNG
    write_whole(out, chain_picture(view, kind, lang))
    print(f"{text('written', lang)} {out}")
    return 0


def toc_check_json(view: object, language: str) -> dict[str, object]:
    from fieldlab_desk.services.toc import ChainView

    assert isinstance(view, ChainView)
    return {
        "project": view.code,
        "score": view.quality.score,
        "empty": not view.elements,
        "parts": [
            {"part": p.part.value, "name": label(p.part, language), "weight": p.weight,
             "passed": p.passed, "total": p.total, "points": round(p.points, 2)}
            for p in view.quality.parts
        ],
        "findings": [
            {"problem": f.problem.value, "message": view.describe(f, language),
             "elements": [view.element(i).text for i in f.element_ids if view.element(i)],  # type: ignore[union-attr]
             "level": f.level.value if f.level else None}
            for f in view.quality.findings
        ],
    }  # fmt: skip


def toc_check_text(report: dict[str, object], language: str) -> str:
    rows = [f"{report['project']}  {text('score', language)}: {report['score']}/100"]
    for part in report["parts"]:  # type: ignore[attr-defined]
        rows.append(f"  {part['name']:<48} {part['passed']:>3}/{part['total']:<3} "
                    f"{part['points']:>6.1f} / {part['weight']}")  # fmt: skip
    findings = report["findings"]
    rows.append("")
    if report.get("empty"):  # nothing to find fault with yet: say what is missing
        rows.append(text("chain_empty", language))
    else:
        rows.append(f"{text('findings', language)}:" if findings else text("no_findings", language))
    rows += [f"  - {f['message']}" for f in findings]  # type: ignore[attr-defined]
    return "\n".join(rows)


def _indicators(options: argparse.Namespace) -> int:
    from fieldlab_desk.domain.errors import InvalidInput
    from fieldlab_desk.services.effect import IndicatorFilter, portfolio_indicators
    from fieldlab_desk.services.portfolio import open_portfolio

    if options.year is not None and not 2000 <= options.year <= 2100:
        raise InvalidInput("yearplan.year", text=str(options.year))
    lang = cli_language()
    filters = IndicatorFilter(year=options.year, project_code=options.project)
    with open_portfolio(options.file, read_only=True, through_copy=True) as portfolio:
        found = portfolio.read(portfolio_indicators, filters)
    if options.project and not found.rows:
        with open_portfolio(options.file, read_only=True, through_copy=True) as portfolio:
            from fieldlab_desk.services.toc import chain_by_code

            portfolio.read(chain_by_code, options.project)  # an unknown code says so
    if options.json:
        print(json.dumps(indicators_json(found), indent=2, ensure_ascii=False))
    else:
        print(indicators_text(found, lang))
    return 0


def _requests(options: argparse.Namespace) -> int:
    from fieldlab_desk.services.portfolio import open_portfolio
    from fieldlab_desk.services.requests import requests_of

    lang = cli_language()
    with open_portfolio(options.file, read_only=True, through_copy=True) as portfolio:
        rows, categories = portfolio.read(requests_of, options.project)
    if options.json:
        print(json.dumps([{
            "project": r.code, "kind": r.kind.value, "status": r.status.value,
            "submitted_on": r.submitted_on.isoformat(), "asked_by": r.asked_by,
            "reason": r.reason, "new_end_date": _iso(r.new_end_date),
            "previous_end_date": _iso(r.previous_end_date), "year": r.year,
            "amount_cents": r.amount_cents, "from_category": r.from_category or None,
            "to_category": r.to_category or None, "scope": r.scope or None,
            "decided_on": _iso(r.decided_on), "meeting": r.meeting_title or None,
            "decision_note": r.decision_note or None, "effect": r.what(lang, categories),
        } for r in rows], indent=2, ensure_ascii=False))  # fmt: skip
        return 0
    if not rows:
        print(text("no_requests", lang))
        return 0
    for r in rows:
        decided = ""
        if r.decided_on is not None:
            decided = f" · {formats.date(r.decided_on, lang)}"
            decided += f" {r.meeting_title}" if r.meeting_title else ""
        print(
            f"{r.code:<14} {formats.date(r.submitted_on, lang)}  {label(r.status, lang)}{decided}"
        )
        print(f"  {label(r.kind, lang)}: {r.what(lang, categories)}")
        print(f"  {text('reason', lang)}: {' '.join(r.reason.split())}")
        if r.decision_note:
            print(f"  {text('decision', lang)}: {r.decision_note}")
    return 0


def _scaling(options: argparse.Namespace) -> int:
    from fieldlab_desk.services.portfolio import open_portfolio
    from fieldlab_desk.services.scaling import adoptions, scaling_view

    lang = cli_language()
    with open_portfolio(options.file, read_only=True, through_copy=True) as portfolio:
        view = portfolio.read(scaling_view)
        rows = portfolio.read(adoptions)
    if options.json:
        print(json.dumps({
            "in_core": view.in_core,
            "innovations": [{
                "project": i.code, "title": i.title, "phase": i.phase.value,
                "libraries": i.reach.libraries, "municipalities": i.reach.gemeenten,
                "structural": i.reach.structural, "pilots": i.reach.pilots,
                "stopped": i.reach.stopped, "in_core": i.reach.in_core,
                "adoptions": [{
                    "library": r.organisation or None, "municipality": r.municipality or None,
                    "since": r.adopted_on.isoformat(), "form": r.form.value,
                    "funding": r.funding.value, "note": r.note or None,
                } for r in rows if r.project_id == i.project_id],
            } for i in view.innovations],
        }, indent=2, ensure_ascii=False))  # fmt: skip
        return 0
    print(text("in_core", lang).format(count=view.in_core, total=len(view.innovations)))
    for i in view.innovations:
        print(f"{i.code:<14} {i.title}")
        print("  " + text("reach", lang).format(libraries=i.reach.libraries,
              gemeenten=i.reach.gemeenten, structural=i.reach.structural,
              pilots=i.reach.pilots, stopped=i.reach.stopped))  # fmt: skip
        for r in (r for r in rows if r.project_id == i.project_id):
            who = " / ".join(x for x in (r.organisation, r.municipality) if x) or "—"
            print(f"  - {who}: {label(r.form, lang).lower()}, {label(r.funding, lang).lower()}, "
                  f"{text('since', lang)} {formats.date(r.adopted_on, lang)}"
                  + (f" ({r.note})" if r.note else ""))  # fmt: skip
    return 0


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _number(value: object) -> int | float | None:
    """A JSON number: whole values as integers, others as floats (exact to 4 decimals)."""
    from decimal import Decimal

    if value is None:
        return None
    assert isinstance(value, Decimal)
    return int(value) if value == value.to_integral_value() else float(value)


def indicators_json(found: object) -> dict[str, object]:
    from fieldlab_desk.services.effect import PortfolioIndicators

    assert isinstance(found, PortfolioIndicators)

    def row(r: object) -> dict[str, object]:
        from fieldlab_desk.services.effect import PortfolioIndicator

        assert isinstance(r, PortfolioIndicator)
        i, p = r.indicator, r.indicator.progress
        return {
            "project": r.code, "indicator": i.name, "library": i.library_id, "unit": i.unit,
            "counts": i.unit_subject.value, "semantics": i.semantics.value,
            "direction": i.direction.value, "comparator": i.comparator.value,
            "whole_numbers": i.whole_numbers, "baseline": _number(i.baseline_value),
            "baseline_date": i.baseline_date.isoformat() if i.baseline_date else None,
            "target": _number(i.target_value),
            "target_date": i.target_date.isoformat() if i.target_date else None,
            "current": _number(p.actual if p else None),
            "progress": _number(p.progress if p else None),
            "expected": _number(p.expected if p else None), "status": i.status.value,
            "measurements": len(i.measurements),
            "dimensions": [d.value for d in i.dimensions],
            "split": {d.value: {name: _number(value) for name, value in parts.items()}
                      for d, parts in i.split.items()},
        }  # fmt: skip

    return {
        "indicators": [row(r) for r in found.rows],
        "totals": [
            {"library": t.library_id, "unit": t.unit, "counts": t.unit_subject.value,
             "semantics": t.semantics.value, "indicators": t.indicators, "measured": t.measured,
             "total": _number(t.total),
             "per_gemeente": {name: _number(value) for name, value in t.per_gemeente},
             "unsplit": _number(t.unsplit) if t.per_gemeente else None}
            for t in found.totals
        ],
    }  # fmt: skip


def indicators_text(found: object, language: str) -> str:
    from fieldlab_desk.services.effect import PortfolioIndicators

    assert isinstance(found, PortfolioIndicators)

    def shown(value: object, whole: bool) -> str:
        from decimal import Decimal

        if not isinstance(value, Decimal):
            return formats.DASH
        return formats.number(value, language, places=0 if whole else 2)

    rows = []
    for r in found.rows:
        i, p = r.indicator, r.indicator.progress
        share = "" if p is None or p.progress is None else formats.share(p.progress, language)
        rows.append(
            f"{r.code:<14} {i.name[:44]:<44} {shown(i.baseline_value, i.whole_numbers):>8} → "
            f"{shown(i.target_value, i.whole_numbers):>8} {i.unit[:12]:<12} "
            f"{shown(p.actual if p else None, i.whole_numbers):>8} {share:>8}  {label(i.status, language)}"
        )
    return "\n".join(rows) if rows else text("no_indicators", language)


def _report(options: argparse.Namespace) -> int:
    from fieldlab_desk.outputs import Output, Request, export
    from fieldlab_desk.services.portfolio import open_portfolio
    from fieldlab_desk.services.report import parse_period

    lang = cli_language()
    request = Request(Output.REPORT_PDF, lang, options.project, period=parse_period(options.period),
                      addressee=options.to, group_by=options.group_by,
                      summary=options.summary)  # fmt: skip
    with open_portfolio(options.file, read_only=True, through_copy=True) as portfolio:
        written = export(request, portfolio, options.out, lambda key: _step(key, lang))
    _step("", lang)
    print(f"{text('written', lang)} {written.path} ({written.pages} p.)")
    return 0


def _step(key: str, language: str) -> None:
    """A progress line on a terminal (overwritten by the next one); nothing when piped."""
    if sys.stderr.isatty():
        line = text(key, language) if key else ""
        print(f"\r{line:<60}", end="" if key else "\r", file=sys.stderr, flush=True)


def _count(key: str, language: str, done: int, total: int) -> None:
    """A progress line with a count (``Rijen lezen… 20.000 van 100.000``) on a terminal."""
    if sys.stderr.isatty():
        line = f"{text(key, language)} {formats.count(done, language)} / {formats.count(total, language)}"
        print(f"\r{line:<60}", end="", file=sys.stderr, flush=True)


def _export(options: argparse.Namespace) -> int:
    from fieldlab_desk.outputs import Output, Request, export
    from fieldlab_desk.services.portfolio import open_portfolio

    lang = cli_language()
    out: Path = options.out
    if options.year is not None:
        output = Output.PACK_XLSX
    elif out.suffix.lower() == ".pdf":  # the project plan laid out for paper
        output = Output.PLAN_PDF
    else:
        output = Output.PLAN_XLSX
    request = Request(output, lang, options.project, options.year,
                      per_project=options.per_project, values_only=options.values_only)  # fmt: skip
    with open_portfolio(options.file, read_only=True, through_copy=True) as portfolio:
        written = export(request, portfolio, out, lambda key: _step(key, lang))
    _step("", lang)
    pages = f" ({written.pages} p.)" if written.pages is not None else ""
    print(f"{text('written', lang)} {written.path}{pages}")
    return 0


def _import(options: argparse.Namespace) -> int:
    """Preview, then import as one edit. The preview of a dry run, or of a file of an older
    schema, reads a migrated temporary copy: a refused or dry-run import changes no byte of the
    file; the file is migrated (with its backup) only when the import is carried out."""
    from fieldlab_desk.exporting.xlsx_import import read_import
    from fieldlab_desk.services.importing import preview_import
    from fieldlab_desk.services.portfolio import needs_upgrade, open_portfolio

    lang = cli_language()
    found = read_import(
        options.source, lambda done, total: _count("step_read_rows", lang, done, total)
    )
    _step("", lang)
    choice = SIMILAR_CHOICES.get(options.similar) if options.similar else None
    apart = options.dry_run or needs_upgrade(options.file)
    with open_portfolio(options.file, read_only=apart, through_copy=apart) as portfolio:
        preview = portfolio.read(preview_import, found, lang)
        _show_preview(preview, lang)
        if options.dry_run:
            print(text("dry_run", lang))
            return 0
        if preview.warnings and not options.accept_warnings:
            raise FieldLabError("import.has_warnings", count=len(preview.warnings))
        if preview.similar and choice is None:
            raise FieldLabError("import.similar_choice", count=len(preview.similar))
        if not apart:
            _carry_out(portfolio, preview, options.accept_warnings, choice, lang)
            return 0
    with open_portfolio(options.file) as portfolio:  # now migrated, with its backup
        preview = portfolio.read(preview_import, found, lang)
        if preview.problems:  # cannot differ from the copy's, but nothing is written unread
            raise FieldLabError("import.has_problems", count=len(preview.problems))
        _carry_out(portfolio, preview, options.accept_warnings, choice, lang)
    return 0


SIMILAR_CHOICES = {"toevoegen": "add", "add": "add", "bijwerken": "update", "update": "update"}


def _show_preview(preview: ImportPreview, lang: str) -> None:
    """Changes on stdout; problems (which block) on stderr; look-alikes and warnings below."""
    print(f"{text('changes', lang)}:")
    for change in preview.changes:
        print(f"  {change}")
    if preview.notes:
        print(f"{text('import_notes', lang)}:")
        for note in preview.notes:
            print(f"  {note}")
    if preview.problems:
        print(f"{text('problems', lang)}:", file=sys.stderr)
        for problem in preview.problems:
            print(f"  {problem}", file=sys.stderr)
        raise FieldLabError("import.has_problems", count=len(preview.problems))
    if preview.similar:
        print(f"{text('similar', lang)}:")
        for similar in preview.similar:
            print(f"  {similar.said}")
    if not preview.operations and not preview.similar:
        print(text("import.nothing", lang))
    if preview.warnings:
        print(f"{text('warnings', lang)}:")
        for warning in preview.warnings:
            print(f"  {warning}")


def _carry_out(portfolio: Portfolio, preview: ImportPreview, accept: bool, choice: str | None,
               lang: str) -> None:  # fmt: skip
    from fieldlab_desk.services.importing import SimilarChoice, apply_import

    if not preview.operations and not preview.similar:
        return
    if portfolio.read_only:
        raise FieldLabError("edit.read_only")
    similar = SimilarChoice(choice) if choice is not None else None
    portfolio.apply(portfolio.read(apply_import, text("import_label", lang), preview,
                                   accept_warnings=accept, similar=similar))  # fmt: skip
    print(text("imported", lang))


def _template(options: argparse.Namespace) -> int:
    import io

    from fieldlab_desk.exporting.files import write_whole
    from fieldlab_desk.exporting.template import template_workbook

    lang = cli_language()
    out: Path = options.out
    if out.suffix.lower() != ".xlsx":
        raise FieldLabError("export.out_kind")
    data = io.BytesIO()
    template_workbook(lang, options.project.strip().upper()).save(data)
    write_whole(out, data.getvalue())
    print(f"{text('written', lang)} {out}")
    return 0


def _copy(options: argparse.Namespace) -> int:
    from fieldlab_desk.services.transfer import copy_portfolio

    report = copy_portfolio(options.source, options.target)
    lang = cli_language()
    print(f"{text('copied', lang)} {report.source} → {report.target}")
    for table, count in report.counts.items():
        print(f"  {table:<24}{count:>9,}".replace(",", "."))
    return 0


def _migrate(options: argparse.Namespace) -> int:
    from fieldlab_desk.services.portfolio import open_portfolio

    lang = cli_language()
    with open_portfolio(options.location) as portfolio:
        owner = portfolio.locked_by
        if owner is not None:  # someone has it open: it was not migrated
            raise FieldLabError("lock.held", path=portfolio.location, user=owner.user,
                                host=owner.host, since=owner.since_local)  # fmt: skip
        if portfolio.read_only:
            raise FieldLabError("edit.read_only")
        print(f"{text('schema', lang) + ':':<16}{portfolio.facts.revision}")
        if portfolio.backup_made is not None:
            print(f"{text('backup', lang) + ':':<16}{portfolio.backup_made}")
    return 0


REFERENCE_EDITS = {"add": "reference.edit_add", "rename": "reference.edit_rename",
                   "retire": "reference.edit_retire", "reinstate": "reference.edit_reinstate",
                   "agenda": "reference.edit_agenda"}  # fmt: skip


def _reference(options: argparse.Namespace) -> int:
    from fieldlab_desk.services import reference
    from fieldlab_desk.services.portfolio import open_portfolio

    lang = cli_language()
    action = options.action
    if action == "list" or (action == "agenda" and options.name is None):
        with open_portfolio(options.file, read_only=True, through_copy=True) as portfolio:
            if action == "agenda":
                print(portfolio.read(reference.agenda_name))
                return 0
            kinds = (
                [reference.ReferenceKind(options.kind)]
                if options.kind
                else list(reference.ReferenceKind)
            )
            found = {kind: portfolio.read(reference.reference_items, kind) for kind in kinds}
            agenda = portfolio.read(reference.agenda_name)
        if options.json:
            print(json.dumps({"regional_agenda": agenda, "items": [
                {"kind": i.kind.value, "code": i.code, "name_nl": i.name_nl, "name_en": i.name_en,
                 "retired": i.retired, "in_use": i.in_use}
                for items in found.values() for i in items]}, indent=2, ensure_ascii=False))  # fmt: skip
            return 0
        for kind, items in found.items():
            title = agenda if kind is reference.ReferenceKind.AGENDA and agenda else kind.value
            print(f"{title}:")
            for i in items:
                retired = f"  [{text('retired_word', lang)}]" if i.retired else ""
                print(
                    f"  {i.code:<28} {i.name(lang)}{retired}  ({text('in_use', lang, n=formats.count(i.in_use, lang))})"
                )
        return 0
    label = text(REFERENCE_EDITS[action], lang)
    with open_portfolio(options.file) as portfolio:
        if action == "agenda":
            edit = portfolio.read(reference.set_agenda_name, label, options.name)
        else:
            kind = reference.ReferenceKind(options.kind)
            if action == "add":
                edit = portfolio.read(reference.add_item, label, kind, options.code, options.name,
                                      options.en, unit=options.unit)  # fmt: skip
            elif action == "rename":
                edit = portfolio.read(reference.rename_item, label, kind, options.code,
                                      options.name, options.en)  # fmt: skip
            else:
                edit = portfolio.read(reference.retire_item, label, kind, options.code,
                                      retired=action == "retire")  # fmt: skip
        portfolio.apply(edit)
    print(text("reference.done", lang, what=label))
    return 0


def _access(options: argparse.Namespace) -> int:
    from fieldlab_desk.domain.access import Role
    from fieldlab_desk.services import access
    from fieldlab_desk.services.portfolio import open_portfolio

    lang = cli_language()
    with open_portfolio(options.location) as portfolio:
        if options.action == "list":
            rows = portfolio.read(access.access_list)
            if options.json:
                print(json.dumps([{"login": r.login, "roles": [x.value for x in r.roles],
                                   "projects": list(r.projects), "name": r.display_name}
                                  for r in rows], indent=2, ensure_ascii=False))  # fmt: skip
                return 0
            print(f"{text('access.login', lang):<24}{text('access.roles', lang):<30}"
                  f"{text('access.projects', lang):<28}{text('access.name', lang)}")  # fmt: skip
            for r in rows:
                roles = ", ".join(role.value for role in r.roles) or "—"
                projects = ", ".join(r.projects) or "—"
                print(f"{r.login:<24}{roles:<30}{projects:<28}{r.display_name}")
            return 0
        role = Role(options.role) if options.role else None
        codes = tuple(options.project)
        if options.action == "add":
            assert role is not None  # required by the parser
            portfolio.manage(access.grant_access, options.user, role, codes)
        else:
            portfolio.manage(access.revoke_access, options.user, role, codes)
    done = "access.done_add" if options.action == "add" else "access.done_remove"
    print(text(done, lang, login=options.user))
    return 0


COMMANDS = {"demo": _demo, "access": _access, "check": _check, "backup": _backup, "yearplan": _yearplan,
            "requests": _requests, "scaling": _scaling,
            "toc": _toc, "indicators": _indicators, "report": _report, "export": _export,
            "import": _import, "template": _template, "copy": _copy,
            "migrate": _migrate, "reference": _reference}  # fmt: skip
