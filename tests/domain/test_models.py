"""The tables package: every table is reachable by name and counted in ``metadata``, whichever
module declares it, so a table declared when first used is never missing where all are needed."""

from __future__ import annotations

import pkgutil
from pathlib import Path

import pytest
from sqlmodel import SQLModel

from fieldlab_desk.domain import models


def test_every_module_that_declares_tables_is_a_subject_and_every_name_resolves() -> None:
    folder = Path(models.__file__).parent
    modules = {info.name for info in pkgutil.iter_modules([str(folder)])}
    helpers = {"fields"}  # column helpers, no tables
    assert modules - helpers == set(models.SUBJECTS)
    tables = set()
    for name in models.__all__:
        found = getattr(models, name)
        if isinstance(found, type) and issubclass(found, SQLModel):
            assert found.__module__ == f"{models.__name__}.{models._HOME[name]}", name
            tables.add(found.__tablename__)
    assert tables == set(models.metadata.tables)
    assert len(tables) == 30


def test_a_name_the_package_does_not_have_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="Nonsense"):
        models.Nonsense  # noqa: B018
