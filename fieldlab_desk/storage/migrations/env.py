"""Alembic environment: always runs on the connection that ``storage.migrate`` hands over."""

from __future__ import annotations

from typing import Any, Literal

from alembic import context
from sqlalchemy.types import TypeDecorator

from fieldlab_desk.domain.models import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - the app always passes a connection
    raise RuntimeError("FieldLab migrations run through fieldlab_desk.storage.migrate")


def render_item(kind: str, obj: Any, _context: Any) -> str | Literal[False]:
    """Write our column types as the plain SQL type they store, so migrations stay frozen."""
    if kind == "type" and isinstance(obj, TypeDecorator):
        return f"sa.{obj.impl!r}"
    return False


context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,
    compare_type=True,
    render_item=render_item,
)
with context.begin_transaction():
    context.run_migrations()
