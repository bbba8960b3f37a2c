"""Small helpers that declare the recurring kinds of column once."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from sqlalchemy import BigInteger, Text
from sqlmodel import Field

from fieldlab_desk.domain.models.types import EnumText, ExactDecimal


def enum_field(enum_class: type[StrEnum], default: Any = ..., *, index: bool = False) -> Any:
    """A required enum column; pass ``default=None`` for an optional one."""
    return Field(
        default=default,
        sa_type=EnumText(enum_class),
        nullable=default is None,
        index=index,
    )


def text_field(default: str = "") -> Any:
    """A free text column of any length, empty rather than NULL."""
    return Field(default=default, sa_type=Text, nullable=False)


def decimal_field(places: int = 4) -> Any:
    """An optional exact decimal (stored as a scaled integer)."""
    return Field(default=None, sa_type=ExactDecimal(places), nullable=True)


def parent_key(target: str, *, index: bool = True) -> Any:
    """A required reference to a parent row that goes when the parent goes."""
    return Field(foreign_key=target, ondelete="CASCADE", index=index)


def optional_key(target: str) -> Any:
    """An optional reference that is cleared when the referenced row goes."""
    return Field(default=None, foreign_key=target, ondelete="SET NULL", nullable=True, index=True)


def cents_field(default: Any = ...) -> Any:
    """An amount of money in integer cents (BIGINT, so national totals never overflow)."""
    return Field(default=default, sa_type=BigInteger, nullable=default is None)
