"""The tables package: every table is reachable by name and counted in ``metadata``, whichever
module declares it, so a table declared when first used is never missing where all are needed."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

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
    assert len(tables) == 36


DECLARE_WHILE_READING = """
import sys, threading
from fieldlab_desk.services.catalog import filter_choices
from fieldlab_desk.services.portfolio import open_portfolio
from fieldlab_desk.services.projects import ProjectFilter, project_rows

answers, errors = set(), []
with open_portfolio(sys.argv[1], user="t") as portfolio:
    def read_the_list():
        try:
            for _ in range(60):
                answers.add(len(portfolio.read(project_rows, ProjectFilter())))
                portfolio.read(filter_choices)
        except Exception as error:
            errors.append(repr(error))
    reader = threading.Thread(target=read_the_list)
    reader.start()
    from fieldlab_desk.services import catalog, effect, projects, toc, yearplan
    portfolio.read(projects.milestones, 1)
    portfolio.read(catalog.people)
    portfolio.read(catalog.target_groups)
    portfolio.read(toc.chain_scores)
    portfolio.read(yearplan.year_plan, 2025)
    portfolio.read(effect.portfolio_indicators, effect.IndicatorFilter())
    reader.join()
print(sorted(answers), errors)
"""


def test_tables_declared_on_one_thread_while_another_reads(demo_path: Path, tmp_path: Path) -> None:
    """A page's first use declares its tables on whichever thread it runs (the UI thread or the
    worker) while the other may be querying: SQLAlchemy configures the new mappers under its
    lock, and the reads see no error and no other answer."""
    script = tmp_path / "declare_while_reading.py"
    script.write_text(DECLARE_WHILE_READING)
    done = subprocess.run(
        [sys.executable, str(script), str(demo_path)], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[20] []"
