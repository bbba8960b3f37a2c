"""Column types: enums stored as their code, exact decimals stored as scaled integers.

Scaled integers keep values exact on SQLite (which has no decimal type) and let SQL sum
them; the naming convention gives every constraint a stable name for batch migrations.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any, Generic, TypeVar

from sqlalchemy import BigInteger, Dialect, String
from sqlalchemy.types import TypeDecorator
from sqlmodel import SQLModel

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
SQLModel.metadata.naming_convention = NAMING_CONVENTION


class Table(SQLModel):
    """The base of every table.

    pydantic builds a table's validation schema when something first validates one, not at
    import: the tables are read and written through SQLAlchemy, and building thirty schemas
    was a sixth of the tables' import time, spent before the app could show any data.
    """

    # SQLModel's own settings, plus deferring (pydantic merges a table's config with this one)
    model_config = {**SQLModel.model_config, "defer_build": True}


E = TypeVar("E", bound=StrEnum)


class EnumText(TypeDecorator[E], Generic[E]):
    """A StrEnum stored as its value in a short VARCHAR (no native enum types to migrate)."""

    impl = String(32)
    cache_ok = True

    def __init__(self, enum_class: type[E]) -> None:
        super().__init__()
        self.enum_class = enum_class

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return self.enum_class(value).value

    def process_result_value(self, value: Any, dialect: Dialect) -> E | None:
        if value is None:
            return None
        return self.enum_class(value)


class ExactDecimal(TypeDecorator[Decimal]):
    """A Decimal with a fixed number of places, stored as an integer (value × 10^places)."""

    impl = BigInteger
    cache_ok = True

    def __init__(self, places: int = 4) -> None:
        super().__init__()
        self.places = places
        self._scale = 10**places

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        scaled = Decimal(value) * self._scale
        return int(scaled.quantize(Decimal(1), rounding=ROUND_HALF_UP))

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return Decimal(int(value)).scaleb(-self.places)
