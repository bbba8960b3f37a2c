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
from typing import Any

from sqlalchemy import select as select_rows
from sqlmodel import Session, col, select

from fieldlab_desk.domain import formats
from fieldlab_desk.domain.enums import CostCategory, FundingSource, MeasurementKind
from fieldlab_desk.domain.errors import FieldLabError, ValidationError
from fieldlab_desk.domain.models import BudgetLine, Indicator, Organisation, Project
from fieldlab_desk.domain.money import parse_cents, parse_decimal
from fieldlab_desk.domain.texts import LABELS, Language, label, text
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


@dataclass(frozen=True, slots=True)
class ImportPreview:
    project_code: str
    changes: list[str]
    problems: list[str]
    operations: tuple[Operation, ...] = ()
    warnings: list[str] = field(default_factory=list)
    """What looks implausible, as the app's dialogs would ask about it (above the norm, a line
    far over its plan, spending beyond the grant): imported only when the user accepts them."""

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.operations)


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
        self.norm_of = lambda year: norm_cents(year, session=session)
        self.added: dict[int, int] = {}  # cents booked per line by this import
        self.added_sgia: dict[int, int] = {}  # per year
        self.found: list[str] = []

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
            self.found.append(f"{where}: {text(doubt, self.language)}")
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
    pid = (project.id or 0) if project is not None else -1
    changes: list[str] = []
    operations: list[Operation] = []
    lines = {
        line.id: line
        for line in session.exec(select(BudgetLine).where(col(BudgetLine.project_id) == pid))
    }
    context = _Context(session, language, project.code if project is not None else code, lines)
    partners = {o.name.lower(): o.id for o in session.exec(select(Organisation))}
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
            operation, change = _line(row, lines, partners, max(pid, 0), order, language)
        except (Problem, FieldLabError) as error:
            problems.append((row.sheet, row.row, _said(error, row, language)))
            continue
        before = len(operations)
        _keep(operation, change, operations, changes, existing, language)
        order += len(operations) > before and isinstance(operation, InsertRows)
    doubts = _Doubts(session, pid, language) if project is not None else None
    for row in file.rows.get("Uitgaven", []):
        if _id(row.get("boeking-id", "booking id")) is not None:
            continue  # a booking the export listed: kept as it is
        try:
            operation, change = _expense(row, context, project is not None)
        except (Problem, FieldLabError) as error:
            problems.append((row.sheet, row.row, _said(error, row, language)))
            continue
        if operation is not None:
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
    return ImportPreview(project.code if project is not None else file.project_code, changes,
                         _listed(problems, language), tuple(operations),
                         doubts.said() if doubts is not None else [])  # fmt: skip


SHEET_ORDER = {"": 0, "Projectplan": 0, "Begroting": 1, "Uitgaven": 2, "Metingen": 3}


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
        if name not in self.rows:
            column = target.c[SCOPED[name]]
            found = self.session.execute(select_rows(target).where(column.in_(self.scope[name])))
            self.rows[name] = [dict(row._mapping) for row in found]
        wanted = [(k, v) for k, v in values if k not in IGNORED]
        return any(all(row.get(k) == v for k, v in wanted) for row in self.rows[name])


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
    return f"{row.where(*BLAMED.get(row.sheet, ()))}: {error.message(language)}"


def _line(row: SheetRow, lines: dict[Any, BudgetLine], partners: dict[str, int | None], project_id: int,
          order: int, language: Language) -> tuple[Operation | None, str]:  # fmt: skip
    year = _number(row.get("jaar", "year"), row.where("jaar", "year"), language)
    if year is None or year != year.to_integral_value() or not 2000 <= year <= 2100:
        raise Problem(
            row.where("jaar", "year"),
            text("yearplan.year", language, text=str(row.get("jaar", "year"))),
        )
    category = _enum(
        row.get("kostensoort", "cost category"),
        CostCategory,
        row.where("kostensoort", "cost category"),
        language,
    )
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
    existing = lines.get(_id(row.get("regel-id", "line id")))
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
    return str(getattr(value, "value", value) if value is not None else "—")


def _expense(row: SheetRow, context: _Context, project_known: bool) -> tuple[Operation | None, str]:
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
    label: str, preview: ImportPreview, *, session: Session, accept_warnings: bool = False
) -> Edit:
    """All changes as one edit (one transaction, one undo step); refused while any problem
    stands, and while warnings stand that the user did not accept."""
    if preview.problems:
        raise ValidationError("import.has_problems", field="file", count=len(preview.problems))
    if preview.warnings and not accept_warnings:
        raise ValidationError("import.has_warnings", field="file", count=len(preview.warnings))
    return Edit(label, preview.operations)
