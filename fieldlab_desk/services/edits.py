"""Every change to a portfolio as an immutable edit that, applied, returns its inverse.

An :class:`Edit` is a label and a few row operations (update, insert, delete). Applying one
writes the rows in the caller's transaction, writes a change record per changed field, and
returns the edit that undoes it; that is what the undo stack keeps. Updates only apply when the
row still holds the values the edit expects, so undo never overwrites a change made elsewhere
(another window, another user on PostgreSQL): it raises ``edit.conflict`` instead.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import Table, and_, delete, insert, select, update
from sqlalchemy.orm import Session

from fieldlab_desk.domain import models
from fieldlab_desk.domain.enums import ChangeAction
from fieldlab_desk.domain.errors import FieldLabError, WriteFailed
from fieldlab_desk.domain.models import ChangeRecord

Key = tuple[Any, ...]
Values = tuple[tuple[str, Any], ...]


@dataclass(frozen=True)
class NewId:
    """Stands for the id of the ``index``-th row this edit creates (0 = the first).

    An edit that creates rows referring to each other (a chain from a template: elements and
    the links between them) names the ids it does not know yet this way; applying it writes
    the real ids, so its inverse, and so undo and redo, hold plain values.
    """

    index: int


LABEL_FIELDS = ("code", "name", "title", "text", "description")


def _values(mapping: Mapping[str, Any]) -> Values:
    return tuple(sorted(mapping.items()))


def table(name: str) -> Table:
    return models.metadata.tables[name]  # every table: an undo may reach any of them


def key_of(name: str, row: Mapping[str, Any]) -> Key:
    return tuple(row[c.name] for c in table(name).primary_key.columns)


def _key_clause(name: str, key: Key) -> Any:
    columns = list(table(name).primary_key.columns)
    return and_(*(c == v for c, v in zip(columns, key, strict=True)))


@dataclass(frozen=True)
class UpdateRow:
    table: str
    key: Key
    before: Values
    after: Values

    def inverse(self) -> UpdateRow:
        return UpdateRow(self.table, self.key, self.after, self.before)


@dataclass(frozen=True)
class InsertRows:
    """Rows to insert, in dependency order; ``root`` is the row the user created."""

    root: tuple[str, Values]
    rows: tuple[tuple[str, Values], ...] = ()

    def inverse(self) -> DeleteRows:
        return DeleteRows(self.root, self.rows)


@dataclass(frozen=True)
class DeleteRows:
    """A row and everything that goes with it (its cascade), in dependency order."""

    root: tuple[str, Values]
    rows: tuple[tuple[str, Values], ...] = ()

    def inverse(self) -> InsertRows:
        return InsertRows(self.root, self.rows)


Operation = UpdateRow | InsertRows | DeleteRows


@dataclass(frozen=True)
class Edit:
    label: str
    operations: tuple[Operation, ...] = field(default_factory=tuple)

    def inverse(self) -> Edit:
        return Edit(self.label, tuple(op.inverse() for op in reversed(self.operations)))

    @property
    def merge_key(self) -> tuple[str, Key, str] | None:
        """Set when the edit changes one field of one row: such edits merge on the undo stack."""
        op = self.operations[0] if len(self.operations) == 1 else None
        if isinstance(op, UpdateRow) and len(op.after) == 1:
            return (op.table, op.key, op.after[0][0])
        return None

    def merged_with(self, later: Edit) -> Edit:
        """This edit followed by ``later`` on the same field, as one edit."""
        first, last = self.operations[0], later.operations[0]
        assert isinstance(first, UpdateRow) and isinstance(last, UpdateRow)
        return Edit(self.label, (UpdateRow(first.table, first.key, first.before, last.after),))

    @property
    def is_empty(self) -> bool:
        return all(isinstance(op, UpdateRow) and op.before == op.after for op in self.operations)

    @property
    def tables(self) -> frozenset[str]:
        names: set[str] = set()
        for op in self.operations:
            if isinstance(op, UpdateRow):
                names.add(op.table)
            else:
                names.update(name for name, _ in (op.root, *op.rows))
        return frozenset(names)

    @property
    def writes(self) -> frozenset[str]:
        """The tables applying this edit writes: its own, and the change records saying so."""
        return self.tables | {ChangeRecord.__tablename__}


class EditConflict(FieldLabError):
    pass


def apply_edit(edit: Edit, *, session: Session, who: str) -> Edit:
    """Apply ``edit`` in the session's transaction; return the edit that undoes it. An edit
    that would change what a closed period's reports were made of is refused first."""
    from fieldlab_desk.services.periods import check_open

    check_open(edit, session)
    batch = str(uuid.uuid4())
    recorder = _Recorder(session, who, batch)
    created: list[Any] = []
    inverse_ops = [
        _apply(_resolved(op, created), session, recorder, created) for op in edit.operations
    ]
    return Edit(edit.label, tuple(reversed(inverse_ops)))


def _resolve(values: Values, created: list[Any]) -> Values:
    return tuple((k, created[v.index] if isinstance(v, NewId) else v) for k, v in values)


def _resolved(op: Operation, created: list[Any]) -> Operation:
    if isinstance(op, UpdateRow):
        return UpdateRow(op.table, op.key, op.before, _resolve(op.after, created))
    return op  # inserts resolve their rows once their own root exists


def _apply(op: Operation, session: Session, recorder: _Recorder, created: list[Any]) -> Operation:
    if isinstance(op, UpdateRow):
        return _apply_update(op, session, recorder)
    if isinstance(op, InsertRows):
        return _apply_insert(op, session, recorder, created)
    return _apply_delete(op, session, recorder)


def _apply_update(op: UpdateRow, session: Session, recorder: _Recorder) -> UpdateRow:
    t = table(op.table)
    expected = [t.c[name].is_not_distinct_from(value) for name, value in op.before]
    statement = update(t).where(_key_clause(op.table, op.key), *expected).values(dict(op.after))
    if session.execute(statement).rowcount != 1:  # type: ignore[attr-defined]
        exists = session.execute(select(t).where(_key_clause(op.table, op.key))).first()
        if (
            exists
            and session.execute(select(t).where(_key_clause(op.table, op.key), *expected)).first()
        ):
            raise WriteFailed("access.refused.row")  # as expected, yet not ours to change
        raise EditConflict("edit.conflict" if exists else "edit.not_found")
    row = session.execute(select(t).where(_key_clause(op.table, op.key))).mappings().one()
    recorder.updated(op, dict(row))
    return op.inverse()


def _apply_insert(
    op: InsertRows, session: Session, recorder: _Recorder, created: list[Any]
) -> DeleteRows:
    root_name, root_values = op.root
    root_values = _resolve(root_values, created)
    result = session.execute(insert(table(root_name)).values(dict(root_values)))
    stored = dict(root_values)
    new_key = result.inserted_primary_key or ()  # type: ignore[attr-defined]
    for column, value in zip(table(root_name).primary_key.columns, new_key, strict=False):
        stored[column.name] = value
    created.append(stored.get("id", new_key[0] if new_key else None))
    rows = []
    for name, values in op.rows:
        row = dict(_resolve(values, created))
        inserted = session.execute(insert(table(name)).values(row))
        if "id" in table(name).c and "id" not in row:  # undo deletes it by its id
            row["id"] = inserted.inserted_primary_key[0]  # type: ignore[attr-defined]
        rows.append((name, _values(row)))
    recorder.row(root_name, stored, ChangeAction.CREATE)
    return DeleteRows((root_name, _values(stored)), tuple(rows))


def _apply_delete(op: DeleteRows, session: Session, recorder: _Recorder) -> InsertRows:
    for name, values in reversed(op.rows):
        session.execute(delete(table(name)).where(_key_clause(name, key_of(name, dict(values)))))
    root_name, root_values = op.root
    recorder.row(root_name, dict(root_values), ChangeAction.DELETE)
    result = session.execute(
        delete(table(root_name)).where(_key_clause(root_name, key_of(root_name, dict(root_values))))
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        key = key_of(root_name, dict(root_values))
        if session.execute(select(table(root_name)).where(_key_clause(root_name, key))).first():
            raise WriteFailed("access.refused.row")  # there, yet not ours to delete
        raise EditConflict("edit.not_found")
    return op.inverse()


def text_of(value: Any) -> str | None:
    """A value as the change history shows it."""
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, dt.date | Decimal):
        return value.isoformat() if isinstance(value, dt.date) else str(value)
    return str(value)


class _Recorder:
    """Writes the change records of one applied edit (one batch, numbered in order)."""

    def __init__(self, session: Session, who: str, batch: str) -> None:
        self.session, self.who, self.batch = session, who, batch
        self.seq = 0
        self.at = dt.datetime.now(dt.UTC)

    def _add(self, **values: Any) -> None:
        self.session.add(
            ChangeRecord(batch=self.batch, seq=self.seq, at=self.at, who=self.who, **values)
        )
        self.seq += 1

    def updated(self, op: UpdateRow, row: Mapping[str, Any]) -> None:
        before = dict(op.before)
        for name, new in op.after:
            self._add(
                project_id=project_of(op.table, row, self.session),
                entity=op.table,
                entity_id=_single_id(op.key),
                field=name,
                action=ChangeAction.UPDATE,
                old_value=text_of(before.get(name)),
                new_value=text_of(new),
            )

    def row(self, name: str, values: Mapping[str, Any], action: ChangeAction) -> None:
        label = next((values[f] for f in LABEL_FIELDS if values.get(f)), None)
        link = next((f for f in values if f.endswith("_id") and f != "project_id"), "")
        text = summary(name, values) or text_of(label if label is not None else values.get(link))
        if name in SUMMARIES:
            label, link = text, ""
        self._add(
            project_id=project_of(name, values, self.session),
            entity=name,
            entity_id=_single_id(key_of(name, values)) if "id" in values else None,
            field="" if label is not None else link,
            action=action,
            old_value=text if action is ChangeAction.DELETE else None,
            new_value=text if action is ChangeAction.CREATE else None,
        )


def _money(cents: Any) -> str:
    from fieldlab_desk.domain.money import format_cents

    return format_cents(int(cents or 0))


def _number(value: Any) -> str:
    from fieldlab_desk.domain.money import format_decimal

    return format_decimal(value, 2) if isinstance(value, Decimal) else str(value or "")


def _status(value: Any) -> str:
    from fieldlab_desk.domain.enums import AssumptionStatus
    from fieldlab_desk.domain.texts import label

    return label(AssumptionStatus(value), "nl") if value else "—"


def _day(value: Any) -> str:
    return value.strftime("%d-%m-%Y") if isinstance(value, dt.date) else str(value or "")


# How the history names a whole record that was added or removed, in words a user knows.
SUMMARIES: dict[str, Any] = {
    "budget_line": lambda v: (
        f"{v.get('description') or '—'} ({v.get('year')}, {_money(v.get('planned_cents'))})"
    ),
    "commitment": lambda v: (
        f"{_day(v.get('committed_on'))}, {_money(v.get('amount_cents'))} {v.get('note') or ''}".strip()
    ),
    "expense": lambda v: (
        f"{_day(v.get('spent_on'))}, {_money(v.get('amount_cents'))} {v.get('note') or ''}".strip()
    ),
    "decision_grant": lambda v: f"{v.get('year')}: {_money(v.get('amount_cents'))}",
    "meeting": lambda v: f"{_day(v.get('held_on'))} {v.get('title') or ''}".strip(),
    "milestone": lambda v: f"{v.get('title')} ({_day(v.get('due_date')) or '—'})",
    "progress_story": lambda v: str(v.get("period") or "—"),
    "period_closure": lambda v: f"{v.get('period')}: {_day(v.get('closed_on'))}",
    "toc_link": lambda v: v.get("assumption") or v.get("rationale") or "—",
    "measurement": lambda v: f"{_day(v.get('measured_on'))}: {_number(v.get('value'))}",
    "assumption_change": lambda v: (
        f"{_status(v.get('old_status'))} → {_status(v.get('new_status'))}"
        + (f": {v['reason']}" if v.get("reason") else "")
    ),
}


def summary(name: str, values: Mapping[str, Any]) -> str | None:
    make = SUMMARIES.get(name)
    return str(make(values)) if make is not None else None


def _single_id(key: Key) -> int | None:
    return int(key[0]) if len(key) == 1 and isinstance(key[0], int) else None


_VIA = {
    "commitment": ("budget_line", "budget_line_id"),
    "expense": ("budget_line", "budget_line_id"),
    "measurement": ("indicator", "indicator_id"),
    "toc_link": ("toc_element", "from_element_id"),
}


def stored_row(name: str, key: Key, *, session: Session) -> dict[str, Any] | None:
    """The row of ``name`` with ``key`` as stored now, or None."""
    row = session.execute(select(table(name)).where(_key_clause(name, key))).mappings().first()
    return dict(row) if row is not None else None


def project_of(name: str, values: Mapping[str, Any], session: Session) -> int | None:
    """The project a row belongs to, for the project's history; None for shared records."""
    if name == "project":
        return values.get("id")
    if "project_id" in values:
        return values["project_id"]
    if name == "assumption_change":
        element = table("toc_element")
        link = table("toc_link")
        statement = (
            select(element.c.project_id)
            .join(link, link.c.from_element_id == element.c.id)
            .where(link.c.id == values["link_id"])
        )
        return session.execute(statement).scalar()
    if name == "measurement_part":  # part → measurement → indicator → project
        measurement, indicator = table("measurement"), table("indicator")
        statement = (
            select(indicator.c.project_id)
            .join(measurement, measurement.c.indicator_id == indicator.c.id)
            .where(measurement.c.id == values["measurement_id"])
        )
        return session.execute(statement).scalar()
    if name in _VIA:
        parent, column = _VIA[name]
        statement = select(table(parent).c.project_id).where(table(parent).c.id == values[column])
        return session.execute(statement).scalar()
    return None


def created_id(inverse: Edit) -> int | None:
    """The id of the row an applied create-edit made, read from its inverse."""
    for op in inverse.operations:
        if isinstance(op, DeleteRows):
            return dict(op.root[1]).get("id")
    return None


# --- building edits --------------------------------------------------------------------------


def set_fields(
    label: str, name: str, key: Key, changes: Mapping[str, Any], *, session: Session
) -> Edit:
    """An edit that sets ``changes`` on one row, expecting what the row holds now."""
    row = session.execute(select(table(name)).where(_key_clause(name, key))).mappings().first()
    if row is None:
        raise EditConflict("edit.not_found")
    changed = {f: v for f, v in changes.items() if row[f] != v}
    before = {f: row[f] for f in changed}
    if not changed:
        return Edit(label)
    return Edit(label, (UpdateRow(name, key, _values(before), _values(changed)),))


def insert_row(
    label: str,
    name: str,
    values: Mapping[str, Any],
    *,
    extra: Iterable[tuple[str, Mapping[str, Any]]] = (),
) -> Edit:
    """An edit that creates one row (and rows that belong with it, such as its links)."""
    return Edit(
        label, (InsertRows((name, _values(values)), tuple((n, _values(v)) for n, v in extra)),)
    )


def delete_row(label: str, name: str, key: Key, *, session: Session) -> Edit:
    """An edit that deletes a row with everything that cascades from it, restorable exactly."""
    root = session.execute(select(table(name)).where(_key_clause(name, key))).mappings().first()
    if root is None:
        raise EditConflict("edit.not_found")
    gathered: dict[tuple[str, Key], dict[str, Any]] = {}
    _gather_children(name, dict(root), session, gathered)
    order = {t.name: i for i, t in enumerate(models.metadata.sorted_tables)}
    rows = sorted(gathered.items(), key=lambda item: order[item[0][0]])
    cleared = _cleared_references(name, dict(root), gathered, session)
    delete_op = DeleteRows(
        (name, _values(dict(root))), tuple((n, _values(v)) for (n, _), v in rows)
    )
    return Edit(label, (*cleared, delete_op))


def _referencing(name: str) -> list[tuple[Table, Any, str | None]]:
    found = []
    for other in models.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table.name == name:
                found.append((other, fk.parent, fk.ondelete))
    return found


def _gather_children(
    name: str, row: dict[str, Any], session: Session, out: dict[tuple[str, Key], dict[str, Any]]
) -> None:
    for child, column, ondelete in _referencing(name):
        if ondelete != "CASCADE":
            continue
        for child_row in session.execute(select(child).where(column == row["id"])).mappings():
            child_key = (child.name, key_of(child.name, dict(child_row)))
            if child_key not in out:
                out[child_key] = dict(child_row)
                if "id" in child_row:
                    _gather_children(child.name, dict(child_row), session, out)


def _cleared_references(
    name: str,
    root: dict[str, Any],
    gathered: dict[tuple[str, Key], dict[str, Any]],
    session: Session,
) -> list[UpdateRow]:
    """References that the database would set to NULL: cleared explicitly so undo restores them."""
    going = {(name, key_of(name, root)): root, **gathered}
    cleared = []
    for (table_name, _), row in going.items():
        if "id" not in row:
            continue
        for other, column, ondelete in _referencing(table_name):
            if ondelete != "SET NULL":
                continue
            for ref in session.execute(select(other).where(column == row["id"])).mappings():
                ref_key = key_of(other.name, dict(ref))
                if (other.name, ref_key) not in going:
                    cleared.append(
                        UpdateRow(
                            other.name, ref_key, ((column.name, row["id"]),), ((column.name, None),)
                        )
                    )
    return cleared
