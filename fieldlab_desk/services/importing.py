"""Importing budget lines, expenses and measurements from a workbook: first a preview that
lists every change and every problem with its sheet and cell ("Begroting!D7: '12,5k' is geen
bedrag"), then — only when nothing is wrong — one edit that applies them all in one
transaction and can be undone as one step.

Rows come from the project plan workbook (round trip: a budget line's row with its hidden id
changes that line, a row without one adds a line; bookings and measurements with an id are
kept, rows without one are added — an expense, or a commitment when its kind says so) or from
the blank template. Nothing is deleted:
a line missing from the sheet stays as it is.
"""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from sqlalchemy import select as select_rows
from sqlmodel import Session, col, select

from fieldlab_desk.domain import formats
from fieldlab_desk.domain.enums import FundingSource, MeasurementKind
from fieldlab_desk.domain.errors import FieldLabError, ValidationError
from fieldlab_desk.domain.models import BudgetLine, Indicator, Organisation, Project
from fieldlab_desk.domain.money import parse_cents, parse_decimal
from fieldlab_desk.domain.terms import TermKind, Terms
from fieldlab_desk.domain.texts import LABELS, Language, label, text, title
from fieldlab_desk.services import catalog
from fieldlab_desk.services.budget import LineInput, line_values
from fieldlab_desk.services.edits import Edit, InsertRows, Operation, UpdateRow, _values, table
from fieldlab_desk.services.effect import MeasurementInput, _measurement_values


@dataclass(frozen=True, slots=True)
class SheetRow:
    sheet: str
    row: int
    values: dict[str, Any]
    """Header (lower case) → the cell's value as Excel holds it."""
    columns: dict[str, str] = field(default_factory=dict)
    """Header → column letter, for messages that name the cell."""

    def get(self, *names: str) -> Any:
        return next((self.values[n] for n in names if n in self.values), None)

    def where(self, *names: str) -> str:
        letter = next((self.columns[n] for n in names if n in self.columns), "A")
        return f"{self.sheet}!{letter}{self.row}"


@dataclass(frozen=True, slots=True)
class ImportFile:
    project_code: str
    rows: dict[str, list[SheetRow]]
    unreadable: dict[str, int] = field(default_factory=dict)
    """Sheet → the row where reading stopped: a cell there holds a number that is none (NaN)."""
    formulas: list[Formula] = field(default_factory=list)
    """The cells the import reads that hold a formula: their stored (last calculated) value is
    what is imported, and the preview says so."""


@dataclass(frozen=True, slots=True)
class Formula:
    sheet: str
    row: int
    where: str
    """``Begroting!I7``."""
    value: Any
    """The value the file stored when the formula was last calculated (None: never)."""


@dataclass(frozen=True, slots=True)
class ImportPreview:
    project_code: str
    changes: list[str]
    problems: list[str]
    operations: tuple[Operation, ...] = ()
    warnings: list[str] = field(default_factory=list)
    """What looks implausible, as the app's dialogs would ask about it (above the norm, a line
    far over its plan, spending beyond the grant): imported only when the user accepts them."""

    similar: tuple[Similar, ...] = ()
    """Rows without a booking id that look like a booking already there (same line and date,
    another amount or note): the user says whether they are added or update that booking."""

    notes: list[str] = field(default_factory=list)
    """What the user should know but need not act on: formula cells whose stored result is
    imported."""

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.operations or self.similar)

    def chosen(self, similar: SimilarChoice | None) -> tuple[Operation, ...]:
        """The operations to carry out, with the look-alike bookings added or updating."""
        if not self.similar:
            return self.operations
        if similar is None:
            raise ValidationError("import.similar_choice", field="file", count=len(self.similar))
        picked = [s.add if similar is SimilarChoice.ADD else s.update for s in self.similar]
        return (*self.operations, *picked)


class SimilarChoice(StrEnum):
    """What to do with rows that look like a booking already there."""

    ADD = "add"
    UPDATE = "update"


@dataclass(frozen=True, slots=True)
class Similar:
    said: str
    """'Uitgaven!E7: uitgave € 2.105,00 op 12-03-2025 lijkt op bestaande boeking 41 (…)'."""
    add: Operation
    update: Operation


class Problem(Exception):
    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}")


def _enum(value: Any, kind: type[Any], where: str, language: Language) -> Any:
    wanted = str(value or "").strip().lower()
    names: dict[str, Any] = {}
    for member in kind:
        for name in (member.value, *LABELS.get(member, ())):
            names[name.lower()] = member
        if wanted in names:
            return names[wanted]
    shown = [label for member in kind for label in LABELS.get(member, (member.value,))[:1]]
    raise Problem(where, unknown(str(value or ""), shown, language))


def _term(value: Any, terms: Terms, kept: str | None, where: str, language: Language) -> str:
    """The code of a cost category (or organisation kind) named by its code or a name in either
    language; a retired one only where the record has it already."""
    offered = terms.offered(kept)
    code = terms.code_of(str(value or ""))
    if code not in {t.code for t in offered}:
        raise Problem(
            where, unknown(str(value or ""), [t.name(language) for t in offered], language)
        )
    return code


def unknown(value: str, choices: list[str], language: Language) -> str:
    """'x' is unknown, with the nearest choice as a suggestion when one is close."""
    close = difflib.get_close_matches(value.strip().lower(), [c.lower() for c in choices], n=1,
                                      cutoff=0.6)  # fmt: skip
    if not close:
        return text("import.unknown_choice", language, value=value)
    suggestion = next(c for c in choices if c.lower() == close[0])
    return text("import.did_you_mean", language, value=value, suggestion=suggestion)


MAX_IMPORT_CENTS = 100_000_000_000 - 1  # under € 1 billion: more than any budget holds
MAX_IMPORT_NUMBER = Decimal(10) ** 12  # hours, values, counts: beyond this no input is meant
DESCRIPTION_LIMIT = 300  # as the forms (and the column) allow
NOTE_LIMIT = 2000


def _cents(value: Any, where: str, language: Language) -> int:
    """An amount cell as exact cents: a number as Excel holds it or text typed the Dutch way;
    NaN, infinity, three decimals or an amount no budget holds are problems at the cell."""
    shown = str(value if value is not None else "")
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        try:
            exact = Decimal(str(value))
        except InvalidOperation as error:  # pragma: no cover - every number has a text
            raise Problem(where, text("import.not_amount", language, value=shown)) from error
        if not exact.is_finite():
            raise Problem(where, text("import.not_amount", language, value=shown))
        if abs(exact) * 100 > MAX_IMPORT_CENTS:
            raise Problem(where, text("import.amount_range", language, value=shown))
        cents = exact * 100
        if cents != cents.to_integral_value():
            raise Problem(where, text("import.three_decimals", language, value=shown))
        return int(cents)
    try:
        parsed = parse_cents(shown)
    except FieldLabError as error:
        key = (
            "import.three_decimals"
            if error.code == "money.too_many_decimals"
            else "import.not_amount"
        )
        raise Problem(where, text(key, language, value=shown)) from error
    if abs(parsed) > MAX_IMPORT_CENTS:
        raise Problem(where, text("import.amount_range", language, value=shown))
    return parsed


def _number(value: Any, where: str, language: Language) -> Decimal | None:
    if value in (None, ""):
        return None
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        number = Decimal(str(value))
    else:
        try:
            number = parse_decimal(str(value))
        except FieldLabError as error:
            raise Problem(where, text("import.not_number", language, value=str(value))) from error
    if not number.is_finite() or abs(number) >= MAX_IMPORT_NUMBER:
        raise Problem(where, text("import.number_range", language, value=str(value)))
    return number


def _text(value: Any, where: str, limit: int, language: Language) -> str:
    """A text cell, within the forms' limit and free of invisible control characters."""
    found = str(value if value is not None else "").replace("\r\n", "\n").strip()
    if len(found) > limit:
        raise Problem(where, text("import.too_long", language, length=len(found), limit=limit))
    if any(ord(c) < 32 and c not in "\t\n" for c in found):
        raise Problem(where, text("import.control_characters", language))
    return found


def _date(value: Any, where: str, language: Language) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    from fieldlab_desk.domain.dates import parse_date

    try:
        parsed = parse_date(str(value or ""))
    except FieldLabError as error:
        raise Problem(where, text("import.not_date", language, value=str(value or ""))) from error
    if parsed is None:
        raise Problem(where, text("import.not_date", language, value=""))
    return parsed


def _id(value: Any) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


class _Doubts:
    """What the booking dialog would ask about, for the bookings an import adds: an amount
    above the year's norm, a line taken beyond 1,5× its plan, and SGIA spending beyond the
    year's grant (overschrijding)."""

    def __init__(self, session: Session, project_id: int, language: Language) -> None:
        from fieldlab_desk.services.budget import budget_lines
        from fieldlab_desk.services.yearplan import norm_cents, project_years

        self.session, self.language = session, language
        self.lines = {line.id: line for line in budget_lines(project_id, session=session)}
        self.years = {y.year: y for y in project_years(project_id, session=session)}
        self.norms: dict[int, int] = {}
        self.norm_cents = norm_cents
        self.added: dict[int, int] = {}  # cents booked per line by this import
        self.added_sgia: dict[int, int] = {}  # per year
        self.found: list[str] = []

    def norm_of(self, year: int) -> int:
        """The year's norm, read once per year."""
        if year not in self.norms:
            self.norms[year] = self.norm_cents(year, session=self.session)
        return self.norms[year]

    def booking(self, operation: Operation, where: str) -> None:
        from fieldlab_desk.domain.budget import booking_doubts

        assert isinstance(operation, InsertRows)
        values = dict(operation.root[1])
        line = self.lines.get(values["budget_line_id"])
        if line is None:
            return
        cents = int(values["amount_cents"])
        booked = (
            line.figures.committed_cents + line.figures.spent_cents + self.added.get(line.id, 0)
        )
        for doubt in booking_doubts(
            cents, line.figures.planned_cents, booked, self.norm_of(line.year)
        ):
            said = text(doubt, self.language)  # a sentence of its own in the dialog
            self.found.append(f"{where}: {said[:1].lower()}{said[1:]}")
        self.added[line.id] = self.added.get(line.id, 0) + cents
        if line.funding_source is FundingSource.SGIA:
            self._beyond_grant(line.year, cents, where)

    def _beyond_grant(self, year: int, cents: int, where: str) -> None:
        from dataclasses import replace

        figures = self.years.get(year)
        before = self.added_sgia.get(year, 0)
        self.added_sgia[year] = before + cents
        if figures is None:
            return
        was = replace(figures, spent_cents=figures.spent_cents + before).overspend_cents
        now = replace(figures, spent_cents=figures.spent_cents + before + cents).overspend_cents
        if now > was:
            self.found.append(f"{where}: " + text("import.beyond_grant", self.language, year=year,
                              amount=formats.money(now, self.language),
                              granted=formats.money(figures.awarded_cents, self.language)))  # fmt: skip

    def said(self) -> list[str]:
        return self.found


PROBLEMS_SHOWN = 200  # a preview lists at most this many problems, then how many more


def preview_import(file: ImportFile, language: Language, *, session: Session) -> ImportPreview:
    """Every change the file would make and every problem in it, all in one round, sorted by
    sheet and row; nothing is written."""
    code = file.project_code.strip().upper()
    project = session.exec(select(Project).where(col(Project.code) == code)).first()
    problems: list[tuple[str, int, str]] = []
    if project is None:
        codes = list(session.exec(select(Project.code)))
        close = difflib.get_close_matches(code, codes, n=1, cutoff=0.6)
        problem = (text("import.no_project_suggestion", language, code=file.project_code, suggestion=close[0])
                   if close else text("import.no_project", language, code=file.project_code or "—"))  # fmt: skip
        problems.append(("", 0, f"Projectplan!B1: {problem}"))
    for sheet, stopped in file.unreadable.items():
        problems.append(
            (sheet, stopped, f"{sheet}!{stopped}: {text('import.unreadable_row', language)}")
        )
    notes, uncalculated = _formula_notes(file.formulas, language)
    problems += [(f.sheet, f.row, text("import.formula_no_value", language, where=f.where))
                 for f in file.formulas if f.value is None]  # fmt: skip
    pid = (project.id or 0) if project is not None else -1
    changes: list[str] = []
    operations: list[Operation] = []
    lines = {
        line.id: line
        for line in session.exec(select(BudgetLine).where(col(BudgetLine.project_id) == pid))
    }
    context = _Context(session, language, project.code if project is not None else code, lines)
    partners = {o.name.lower(): o.id for o in session.exec(select(Organisation))}
    categories = catalog.terms(TermKind.COST_CATEGORY, session=session)
    indicator_ids = set(session.exec(select(Indicator.id).where(col(Indicator.project_id) == pid)))
    line_ids = {i for i in lines if i is not None}
    existing = _Existing(session, {"expense": line_ids, "commitment": line_ids,
                                   "measurement": {i for i in indicator_ids if i is not None},
                                   "budget_line": {pid}})  # fmt: skip
    order, seen_ids = len(lines), dict[int, int]()
    for row in file.rows.get("Begroting", []):
        try:
            line_id = _id(row.get("regel-id", "line id"))
            if line_id is not None:
                if line_id in seen_ids:
                    raise Problem(row.where("regel-id", "line id"), text(
                        "import.duplicate_id", language, id=line_id, first=seen_ids[line_id]))  # fmt: skip
                seen_ids[line_id] = row.row
                context.own_line(line_id, row.where("regel-id", "line id"))
            operation, change = _line(
                row, lines, partners, max(pid, 0), order, language, categories
            )
        except (Problem, FieldLabError) as error:
            problems.append((row.sheet, row.row, _said(error, row, language)))
            continue
        before = len(operations)
        _keep(operation, change, operations, changes, existing, language)
        order += len(operations) > before and isinstance(operation, InsertRows)
    doubts = _Doubts(session, pid, language) if project is not None else None
    similar: list[Similar] = []
    seen_bookings: dict[tuple[str, int], int] = {}
    for row in file.rows.get("Uitgaven", []):
        try:
            operation, change = _expense(row, context, project is not None)
            booking_id = _id(row.get("boeking-id", "booking id"))
            if operation is None:
                continue
            if booking_id is not None:  # a booking the export listed: a correction changes it
                name = operation.root[0]
                if (name, booking_id) in seen_bookings:
                    raise Problem(row.where("boeking-id", "booking id"), text(
                        "import.duplicate_booking", language, id=booking_id,
                        first=seen_bookings[(name, booking_id)]))  # fmt: skip
                seen_bookings[(name, booking_id)] = row.row
                update, change = _booking_update(operation, booking_id, row, context, existing)
                if update is not None:
                    operations.append(update)
                    changes.append(change)
                continue
            like = [] if existing.has(operation) else existing.like(operation)
            if len(like) > 1:
                raise Problem(row.where("boeking-id", "booking id"), text(
                    "import.similar_many", language, ids=", ".join(str(b["id"]) for b in like)))  # fmt: skip
        except (Problem, FieldLabError) as error:
            problems.append((row.sheet, row.row, _said(error, row, language)))
            continue
        if like:
            similar.append(_similar(operation, like[0], row, context))
            continue
        kept = len(operations)
        _keep(operation, change, operations, changes, existing, language)
        if doubts is not None and len(operations) > kept:
            doubts.booking(operation, row.where("bedrag", "amount"))
    indicators = {
        i.name.strip().lower(): i
        for i in session.exec(select(Indicator).where(col(Indicator.project_id) == pid))
    }
    for row in file.rows.get("Metingen", []):
        try:
            result = _measurement(row, indicators, language, project is not None)
        except (Problem, FieldLabError) as error:
            problems.append((row.sheet, row.row, _said(error, row, language)))
            continue
        if result is not None:
            _keep(result[0], result[1], operations, changes, existing, language)
    problems = [p for p in problems if p[2].split(": ", 1)[0] not in uncalculated
                or p[2].startswith(uncalculated[p[2].split(": ", 1)[0]])]  # fmt: skip
    return ImportPreview(project.code if project is not None else file.project_code, changes,
                         _listed(problems, language), tuple(operations),
                         doubts.said() if doubts is not None else [], tuple(similar),
                         notes)  # fmt: skip


FORMULAS_SHOWN = 20  # formula cells named one by one in a preview; then how many more


def _formula_notes(formulas: list[Formula], language: Language) -> tuple[list[str], dict[str, str]]:
    """What the preview says about formula cells (their stored result is imported), and the
    cells whose formula has no stored result: their problem replaces any other at that cell."""
    calculated = [f for f in formulas if f.value is not None]
    notes = [text("import.formula_value", language, where=f.where, value=_stored(f.value, language))
             for f in calculated[:FORMULAS_SHOWN]]  # fmt: skip
    if len(calculated) > FORMULAS_SHOWN:
        notes.append(text("import.more_formulas", language, count=len(calculated) - FORMULAS_SHOWN))
    uncalculated = {f.where: text("import.formula_no_value", language, where=f.where)
                    for f in formulas if f.value is None}  # fmt: skip
    return notes, uncalculated


def _stored(value: Any, language: Language) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float | Decimal):
        exact = Decimal(str(value))
        return formats.number(exact, language, places=6) if exact.is_finite() else str(value)
    if isinstance(value, dt.datetime | dt.date):
        return formats.date(value if isinstance(value, dt.date) else value.date(), language)
    return f"'{value}'"


SHEETS = {"Projectplan": "sheet_plan", "Begroting": "sheet_budget", "Uitgaven": "sheet_expenses",
          "Metingen": "sheet_measurements"}  # fmt: skip
"""The sheets the import reads, by the Dutch name it knows them by (``ImportFile.rows``' keys),
and their word: a workbook exported or a template saved in English calls them "Budget", … ."""

KNOWN_AS = {title(word, language): key for key, word in SHEETS.items() for language in ("nl", "en")}
"""A sheet's name in either language → the Dutch name the import knows it by."""

SHEET_ORDER = {"": 0} | {name: list(SHEETS).index(key) for name, key in KNOWN_AS.items()}


def _listed(problems: list[tuple[str, int, str]], language: Language) -> list[str]:
    """The problems by sheet and row, at most PROBLEMS_SHOWN and then how many more."""
    ordered = [p for _, _, p in sorted(problems, key=lambda p: (SHEET_ORDER.get(p[0], 9), p[1]))]
    if len(ordered) <= PROBLEMS_SHOWN:
        return ordered
    rest = len(ordered) - PROBLEMS_SHOWN
    return [*ordered[:PROBLEMS_SHOWN], text("import.more_problems", language, count=rest)]


@dataclass
class _Context:
    """What matching a row to the project's budget lines needs."""

    session: Session
    language: Language
    code: str
    lines: dict[Any, BudgetLine]

    def own_line(self, line_id: int, where: str) -> BudgetLine:
        """The project's line with this id; another project's line or none at all is a problem."""
        if line_id in self.lines:
            return self.lines[line_id]
        other = self.session.exec(
            select(Project.code).join(BudgetLine, col(BudgetLine.project_id) == col(Project.id))
            .where(col(BudgetLine.id) == line_id)
        ).first()  # fmt: skip
        if other is not None:
            raise Problem(where, text("import.line_elsewhere", self.language, id=line_id, code=other,
                                      project=self.code))  # fmt: skip
        raise Problem(where, text("import.line_unknown", self.language, id=line_id))

    def line_by_description(self, description: str, year: int, where: str) -> BudgetLine:
        """The one line of the date's year with this description; none or several: a problem
        that names the candidates."""
        wanted = description.strip().lower()
        named = [
            ln for ln in self.lines.values() if (ln.description or "").strip().lower() == wanted
        ]
        found = [ln for ln in named if ln.year == year]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            candidates = ", ".join(
                f"{ln.id} ({label(ln.funding_source, self.language)})" for ln in found
            )
            raise Problem(where, text("import.line_ambiguous", self.language, description=description,
                                      year=year, candidates=candidates))  # fmt: skip
        if named:
            years = ", ".join(sorted({str(ln.year) for ln in named}))
            raise Problem(where, text("import.no_line_in_year", self.language, description=description,
                                      year=year, years=years))  # fmt: skip
        raise Problem(where, text("import.no_line", self.language))


# Where a rule's complaint about a row belongs: the amount for a budget line, the value for a
# measurement (the rules name fields such as "rate" that the sheet does not have).
BLAMED = {"Begroting": ("begroot", "budgeted", "planned"), "Uitgaven": ("bedrag", "amount"),
          "Metingen": ("waarde", "value")}  # fmt: skip


IGNORED = ("sort_order", "rate_frozen", "id")  # not what the user typed


# The tables an import adds rows to, with the column that ties a row to the project's records.
SCOPED = {"expense": "budget_line_id", "commitment": "budget_line_id",
          "measurement": "indicator_id", "budget_line": "project_id"}  # fmt: skip


class _Existing:
    """The rows already there that an added row could repeat, read once per table: importing
    the same file twice adds nothing the second time, without a query per row."""

    def __init__(self, session: Session, scope: dict[str, set[int]]) -> None:
        self.session, self.scope = session, scope
        self.rows: dict[str, list[dict[str, Any]]] = {}
        self.indexes: dict[tuple[str, tuple[str, ...]], set[tuple[Any, ...]]] = {}
        self.by_day: dict[str, dict[tuple[Any, Any], list[dict[str, Any]]]] = {}

    def has(self, operation: Operation) -> bool:
        if not isinstance(operation, InsertRows):
            return False
        name, values = operation.root
        target = table(name)
        if name not in SCOPED:  # not one the import adds: ask the database
            clauses = [target.c[k].is_not_distinct_from(v) for k, v in values if k not in IGNORED]
            return (
                self.session.execute(select_rows(target).where(*clauses).limit(1)).first()
                is not None
            )
        wanted = tuple((k, v) for k, v in values if k not in IGNORED)
        keys = tuple(k for k, _ in wanted)
        index = self.indexes.get((name, keys))
        if index is None:  # one set per table and set of columns: a lookup per row, no scan
            index = {tuple(row.get(k) for k in keys) for row in self.of(name)}
            self.indexes[(name, keys)] = index
        return tuple(v for _, v in wanted) in index

    def like(self, operation: Operation) -> list[dict[str, Any]]:
        """Bookings on the same line and day as an added one but with another amount or note."""
        name, values = operation.root  # type: ignore[union-attr]
        wanted = dict(values)
        day = "committed_on" if name == "commitment" else "spent_on"
        if name not in self.by_day:
            grouped: dict[tuple[Any, Any], list[dict[str, Any]]] = {}
            for row in self.of(name):
                grouped.setdefault((row["budget_line_id"], row[day]), []).append(row)
            self.by_day[name] = grouped
        return list(self.by_day[name].get((wanted["budget_line_id"], wanted[day]), []))

    def of(self, name: str) -> list[dict[str, Any]]:
        """The table's rows within the project, read once."""
        if name not in self.rows:
            target = table(name)
            column = target.c[SCOPED[name]]
            found = self.session.execute(select_rows(target).where(column.in_(self.scope[name])))
            self.rows[name] = [dict(row._mapping) for row in found]
        return self.rows[name]


BOOKING_FIELDS = {"amount_cents": "amount", "spent_on": "on", "committed_on": "on",
                  "note": "note", "budget_line_id": "line_id"}  # fmt: skip


def _booking_update(operation: Operation, booking_id: int, row: SheetRow, context: _Context,
                    existing: _Existing) -> tuple[Operation | None, str]:  # fmt: skip
    """An exported booking's row: what it changes in that booking (amount, date, note, line);
    a booking id of another project or of none is a problem."""
    language = context.language
    name, values = operation.root  # type: ignore[union-attr]
    wanted = dict(values)
    current = next((b for b in existing.of(name) if b["id"] == booking_id), None)
    if current is None:
        target, lines = table(name), table("budget_line")
        other = context.session.execute(
            select_rows(table("project").c.code)
            .join(lines, lines.c.project_id == table("project").c.id)
            .join(target, target.c.budget_line_id == lines.c.id)
            .where(target.c.id == booking_id)
        ).first()  # fmt: skip
        where = row.where("boeking-id", "booking id")
        if other is not None:
            raise Problem(where, text("import.booking_elsewhere", language, id=booking_id,
                                      code=other[0], project=context.code))  # fmt: skip
        raise Problem(where, text("import.booking_unknown", language, id=booking_id))
    changed = {k: v for k, v in wanted.items() if current[k] != v}
    if not changed:
        return None, ""
    what = ", ".join(
        f"{title(BOOKING_FIELDS[k], language).lower()}: {_shown(k, current[k], language)} → "
        f"{_shown(k, v, language)}"
        for k, v in changed.items()
    )
    line = context.lines[wanted["budget_line_id"]]
    update = UpdateRow(name, (booking_id,), _values({k: current[k] for k in changed}),
                       _values(changed))  # fmt: skip
    return update, text("import.booking_changed", language, where=row.where("bedrag", "amount"),
                        kind=_kind_word(name, language), id=booking_id,
                        line=line.description or "—", what=what)  # fmt: skip


def _kind_word(name: str, language: Language) -> str:
    return text(
        "import.kind_commitment" if name == "commitment" else "import.kind_expense", language
    )


def _similar(
    operation: Operation, like: dict[str, Any], row: SheetRow, context: _Context
) -> Similar:
    """A row without a booking id that resembles booking ``like``: both ways to take it."""
    language = context.language
    name, values = operation.root  # type: ignore[union-attr]
    wanted = dict(values)
    changed = {k: v for k, v in wanted.items() if like[k] != v}
    update = UpdateRow(name, (like["id"],), _values({k: like[k] for k in changed}),
                       _values(changed))  # fmt: skip
    day = "committed_on" if name == "commitment" else "spent_on"
    said = text("import.similar", language, where=row.where("bedrag", "amount"),
                kind=_kind_word(name, language), amount=formats.money(wanted["amount_cents"], language),
                day=formats.date(wanted[day], language), id=like["id"],
                old=formats.money(like["amount_cents"], language), note=like["note"] or "—")  # fmt: skip
    return Similar(said, operation, update)


def _keep(operation: Operation | None, change: str, operations: list[Operation], changes: list[str],
          existing: _Existing, language: Language) -> None:  # fmt: skip
    if operation is None:
        return
    if existing.has(operation):
        changes.append(text("import.already", language, what=change.split(": ", 1)[0]))
        return
    operations.append(operation)
    changes.append(change)


def _said(error: Exception, row: SheetRow, language: Language) -> str:
    if isinstance(error, Problem):
        return str(error)
    assert isinstance(error, FieldLabError)
    return f"{row.where(*BLAMED.get(KNOWN_AS.get(row.sheet, row.sheet), ()))}: {error.message(language)}"


def _line(row: SheetRow, lines: dict[Any, BudgetLine], partners: dict[str, int | None], project_id: int,
          order: int, language: Language, categories: Terms) -> tuple[Operation | None, str]:  # fmt: skip
    year = _number(row.get("jaar", "year"), row.where("jaar", "year"), language)
    if year is None or year != year.to_integral_value() or not 2000 <= year <= 2100:
        raise Problem(
            row.where("jaar", "year"),
            text("yearplan.year", language, text=str(row.get("jaar", "year"))),
        )
    existing = lines.get(_id(row.get("regel-id", "line id")))
    category = _term(row.get("kostensoort", "cost category"), categories,
                     existing.category if existing is not None else None,
                     row.where("kostensoort", "cost category"), language)  # fmt: skip
    source = _enum(row.get("financieringsbron", "funding source"), FundingSource,
                   row.where("financieringsbron", "funding source"), language)  # fmt: skip
    partner_name = str(row.get("partner") or "").strip()
    partner = partners.get(partner_name.lower()) if partner_name else None
    if partner_name and partner is None:
        raise Problem(
            row.where("partner"), text("import.unknown_choice", language, value=partner_name)
        )
    planned = _cents(
        row.get("begroot", "budgeted", "planned"),
        row.where("begroot", "budgeted", "planned"),
        language,
    )
    if planned < 0:
        raise Problem(
            row.where("begroot", "budgeted", "planned"), text("budget.negative", language)
        )
    in_kind = str(row.get("in natura", "in kind") or "").strip().lower() in (
        "ja",
        "yes",
        "1",
        "true",
        "x",
    )
    description = _text(row.get("omschrijving", "description"), row.where("omschrijving", "description"),
                        DESCRIPTION_LIMIT, language)  # fmt: skip
    hours, rate = (
        (existing.hours, existing.hourly_rate_cents) if existing is not None else (None, None)
    )
    keeps_hours = existing is not None and hours is not None and existing.planned_cents == planned
    data = LineInput(int(year), category, description, source, partner, in_kind,
                     None if keeps_hours else planned, hours if keeps_hours else None,
                     rate if keeps_hours else None)  # fmt: skip
    values = line_values(data, existing)
    if existing is None:
        values = {**values, "project_id": project_id, "rate_frozen": False, "sort_order": order}
        return InsertRows(("budget_line", _values(values))), text("import.line_new", language,
            where=row.where("begroot", "budgeted", "planned"), what=description or "—", amount=formats.money(planned, language))  # fmt: skip
    before = {k: getattr(existing, k) for k in values}
    changed = {k: v for k, v in values.items() if before[k] != v}
    if not changed:
        return None, ""
    what = ", ".join(
        f"{k}: {_shown(k, before[k], language)} → {_shown(k, v, language)}"
        for k, v in changed.items()
    )
    update = UpdateRow(
        "budget_line", (existing.id,), _values({k: before[k] for k in changed}), _values(changed)
    )
    return update, text("import.line_changed", language, where=row.where("regel-id", "line id"),
                        what=f"{existing.description or '—'} ({what})")  # fmt: skip


def _shown(name: str, value: Any, language: Language) -> str:
    if name.endswith("_cents") and isinstance(value, int):
        return formats.money(value, language)
    if isinstance(value, dt.date):
        return formats.date(value, language)
    if isinstance(value, str):
        return f"'{value}'" if value else "—"
    return str(getattr(value, "value", value) if value is not None else "—")


def _expense(
    row: SheetRow, context: _Context, project_known: bool
) -> tuple[InsertRows | None, str]:
    """A commitment or expense row: matched to its line by line id, else by description and
    the year of its date; the preview names the line, its year and its funding source."""
    language = context.language
    on = _date(row.get("datum", "date"), row.where("datum", "date"), language)
    cents = _cents(row.get("bedrag", "amount"), row.where("bedrag", "amount"), language)
    note = _text(row.get("notitie", "note"), row.where("notitie", "note"), NOTE_LIMIT, language)
    description = _text(row.get("omschrijving", "description"), row.where("omschrijving", "description"),
                        DESCRIPTION_LIMIT, language)  # fmt: skip
    if not project_known:
        return None, ""  # which line it is on cannot be told without the project
    line_id = _id(row.get("regel-id", "line id"))
    if line_id is not None:
        line = context.own_line(line_id, row.where("regel-id", "line id"))
    else:
        line = context.line_by_description(
            description, on.year, row.where("omschrijving", "description")
        )
    commitment = str(row.get("soort", "kind") or "").strip().lower() in (
        "verplichting",
        "commitment",
    )
    day = "committed_on" if commitment else "spent_on"
    values = {"budget_line_id": line.id, day: on, "amount_cents": cents, "note": note}
    key = "import.commitment_new" if commitment else "import.expense_new"
    said = text(key, language, where=row.where("bedrag", "amount"), amount=formats.money(cents, language),
                day=formats.date(on, language), line=line.description or "—", year=line.year,
                source=label(line.funding_source, language))  # fmt: skip
    return InsertRows(("commitment" if commitment else "expense", _values(values))), said


def _measurement(
    row: SheetRow, indicators: dict[str, Indicator], language: Language, project_known: bool = True
) -> tuple[Operation, str] | None:
    if _id(row.get("meting-id", "measurement id")) is not None:
        return None  # kept measurements are not changed by an import; new rows are added
    name = str(row.get("indicator") or "").strip()
    indicator = indicators.get(name.lower())
    if indicator is None:
        if not project_known:
            return None  # which indicator it is cannot be told without the project
        names = [i.name for i in indicators.values()]
        raise Problem(row.where("indicator"), unknown(name, names, language))
    on = _date(
        row.get("gemeten op", "measured on"), row.where("gemeten op", "measured on"), language
    )
    kind = _enum(
        row.get("soort", "kind") or "tussenmeting",
        MeasurementKind,
        row.where("soort", "kind"),
        language,
    )
    numerator = _number(row.get("aantal", "count"), row.where("aantal", "count"), language)
    denominator = _number(
        row.get("van totaal", "of total"), row.where("van totaal", "of total"), language
    )
    value = _number(row.get("waarde", "value"), row.where("waarde", "value"), language)
    if numerator is not None or denominator is not None:
        value = None
    sample = _number(row.get("steekproef", "sample"), row.where("steekproef", "sample"), language)
    data = MeasurementInput(on, kind, value, numerator, denominator, int(sample) if sample else None,
                            str(row.get("notitie", "note") or ""))  # fmt: skip
    try:
        values = _measurement_values(indicator, data)
    except ValidationError as error:
        raise Problem(row.where("waarde", "value"), error.message(language)) from error
    values["indicator_id"] = indicator.id
    return InsertRows(("measurement", _values(values))), text("import.measurement_new", language,
        where=row.where("waarde", "value"), what=name, day=formats.date(on, language))  # fmt: skip


def apply_import(
    label: str,
    preview: ImportPreview,
    *,
    session: Session,
    accept_warnings: bool = False,
    similar: SimilarChoice | None = None,
) -> Edit:
    """All changes as one edit (one transaction, one undo step); refused while any problem
    stands, while warnings stand that the user did not accept, and while look-alike bookings
    wait for the choice between adding them and updating the booking they resemble."""
    if preview.problems:
        raise ValidationError("import.has_problems", field="file", count=len(preview.problems))
    if preview.warnings and not accept_warnings:
        raise ValidationError("import.has_warnings", field="file", count=len(preview.warnings))
    return Edit(label, preview.chosen(similar))
