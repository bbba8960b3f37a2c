"""Plain frozen rows from stored records: what services hand to the UI and the CLI."""

from __future__ import annotations

from dataclasses import fields
from typing import Any, TypeVar

T = TypeVar("T")


def frozen_copy(kind: type[T], record: Any) -> T:
    """A frozen row of ``kind`` with the same-named attributes of a stored record."""
    return kind(**{f.name: getattr(record, f.name) for f in fields(kind)})  # type: ignore[arg-type]
