"""Organisation kinds and cost categories are the portfolio's own reference data: a portfolio
adds its own, renames and retires them; records keep their codes; every output names them as
the portfolio does; the import and the template offer them; a region file may bring its own; a
file of the previous schema gets the built-in set without a record changing."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlmodel import Session, col, select

from fieldlab_desk.domain.errors import ValidationError
from fieldlab_desk.domain.models import Project
from fieldlab_desk.domain.terms import TermKind
from fieldlab_desk.services import budget, catalog, reference
from fieldlab_desk.services.budget import LineInput
from fieldlab_desk.services.catalog import RecordKind
from fieldlab_desk.services.portfolio import Portfolio, create_portfolio, open_portfolio
from fieldlab_desk.services.reference import ReferenceKind
from fieldlab_desk.services.regions import load_region
from tests.test_cli import run
from tests.test_reference import old_demo  # noqa: F401  (the fixture)

CODE = "SGIA-2023-04"


def travel_line(year: int = 2025, category: str = "reiskosten") -> LineInput:
    return LineInput(year, category, "Reizen naar de vestigingen", budget.FundingSource.EIGEN,
                     None, False, 12_000, None, None)  # fmt: skip


def project_id(portfolio: Portfolio, code: str = CODE) -> int:
    def find(*, session: Session) -> int:
        return session.exec(select(Project.id).where(col(Project.code) == code)).one() or 0

    return portfolio.read(find)


def test_a_portfolio_s_own_cost_category_is_used_named_everywhere_and_retired(
    demo_path: Path, tmp_path: Path
) -> None:
    added = run("reference", str(demo_path), "add", "kostensoort", "Reiskosten", "Reiskosten",
                "--en", "Travel")  # fmt: skip
    assert added.returncode == 0, added.stderr
    with open_portfolio(demo_path) as portfolio:
        pid = project_id(portfolio)
        portfolio.apply(portfolio.read(budget.add_line, "t", pid, travel_line()))
        view = portfolio.read(budget.project_budget_view, pid)
        assert view.budget.by_category["reiskosten"] == 12_000
        assert view.categories.name("reiskosten", "en") == "Travel"
        item = portfolio.read(reference.find_item, ReferenceKind.KOSTENSOORT, "reiskosten")
        assert item.in_use == 1
        portfolio.apply(
            portfolio.read(reference.retire_item, "t", ReferenceKind.KOSTENSOORT, "reiskosten")
        )
        with pytest.raises(ValidationError) as refused:  # not offered for a new line
            portfolio.read(budget.add_line, "t", pid, travel_line(2026))
        assert refused.value.field == "category"
        line = next(
            x for x in portfolio.read(budget.budget_lines, pid) if x.category == "reiskosten"
        )
        changed = replace(travel_line(2025), amount_cents=15_000)  # a line keeps its own
        portfolio.apply(portfolio.read(budget.change_line, "t", line.id, changed))
        view = portfolio.read(budget.project_budget_view, pid)
        offered = [t.shown("nl") for t in view.categories.offered("reiskosten")]
        assert "Reiskosten (vervallen)" in offered
        assert "reiskosten" not in {t.code for t in view.categories.offered()}
    plan = tmp_path / "plan.xlsx"
    for language, word in (("nl", "Reiskosten"), ("en", "Travel")):
        done = run("export", str(demo_path), "--project", CODE, "--out", str(plan), lang=language)
        assert done.returncode == 0, done.stderr
        sheet = load_workbook(plan, read_only=True).worksheets[1]
        assert word in {row[1] for row in sheet.iter_rows(values_only=True)}
    listed = json.loads(run("reference", str(demo_path), "list", "kostensoort", "--json").stdout)
    reis = next(i for i in listed["items"] if i["code"] == "reiskosten")
    assert reis["retired"] is True and reis["in_use"] == 1 and reis["name_en"] == "Travel"


def test_the_import_takes_the_portfolio_s_category_by_either_name(
    demo_path: Path, tmp_path: Path
) -> None:
    run(
        "reference",
        str(demo_path),
        "add",
        "kostensoort",
        "reiskosten",
        "Reiskosten",
        "--en",
        "Travel",
    )
    with open_portfolio(demo_path) as portfolio:
        categories = portfolio.read(catalog.terms, TermKind.COST_CATEGORY)
    from fieldlab_desk.exporting.template import template_workbook

    template = tmp_path / "sjabloon.xlsx"
    book = template_workbook("en", CODE, categories)
    rules = book["Budget"].data_validations.dataValidation
    assert any("Travel" in (r.formula1 or "") for r in rules)  # the pick list offers it
    book["Budget"].append([2025, "Travel", "Bus naar Emmen", "Own contribution", None, "no", 90])
    book.save(template)
    done = run("import", str(demo_path), "--from", str(template), "--accept-warnings")
    assert done.returncode == 0, done.stderr + done.stdout
    connection = sqlite3.connect(demo_path)
    found = connection.execute(
        "SELECT category FROM budget_line WHERE description = 'Bus naar Emmen'"
    ).fetchall()
    connection.close()
    assert found == [("reiskosten",)]
    book = load_workbook(template)
    book["Budget"]["B2"] = "Reizen"  # no such category: named, nothing written
    book.save(template)
    refused = run("import", str(demo_path), "--from", str(template), "--accept-warnings")
    assert refused.returncode == 2 and "Reizen" in refused.stderr + refused.stdout


def test_organisation_kinds_are_added_renamed_and_checked(demo_path: Path) -> None:
    with open_portfolio(demo_path) as portfolio:
        undo_add = portfolio.apply(portfolio.read(
            reference.add_item, "t", ReferenceKind.ORGANISATIESOORT, "Stichting", "Stichting",
            "Foundation"))  # fmt: skip
        org = next(c for c in portfolio.read(catalog.organisations) if c.name_nl == "B9")
        portfolio.apply(portfolio.read(
            catalog.set_record_field, "t", RecordKind.ORGANISATION, org.id, "kind", "stichting"))  # fmt: skip
        details = portfolio.read(catalog.organisation_details, org.id)
        assert details is not None and details.kind == "stichting"
        assert details.kinds.name(details.kind, "en") == "Foundation"
        with pytest.raises(ValidationError):
            portfolio.read(catalog.set_record_field, "t", RecordKind.ORGANISATION, org.id, "kind",
                           "geen-soort")  # fmt: skip
        portfolio.apply(portfolio.read(reference.rename_item, "t", ReferenceKind.ORGANISATIESOORT,
                                       "bibliotheek", "Openbare bibliotheek"))  # fmt: skip
        kinds = portfolio.read(catalog.terms, TermKind.ORGANISATION_KIND)
        assert kinds.name("bibliotheek", "nl") == "Openbare bibliotheek"
        assert kinds.name("bibliotheek", "en") == "Library"  # the English name stays
        with pytest.raises(ValidationError) as form:
            portfolio.read(
                reference.add_item, "t", ReferenceKind.ORGANISATIESOORT, "met spatie", "X"
            )
        assert form.value.code == "reference.term_code_form"
        items = {
            i.code: i
            for i in portfolio.read(reference.reference_items, ReferenceKind.ORGANISATIESOORT)
        }
        assert items["stichting"].in_use == 1 and items["provincie"].in_use >= 1
        assert {"provincie", "poi", "samenwerkingsverband"} <= set(items)
        del undo_add


def test_a_region_may_bring_its_own_terms_and_refuses_an_unknown_kind(tmp_path: Path) -> None:
    region = {
        "key": "proef", "name_nl": "Proef", "name_en": "Trial", "regional_agenda": "",
        "agenda_themes": [], "municipalities": ["Kerkrade"],
        "organisation_kinds": [{"code": "stichting", "name_nl": "Stichting", "name_en": "Foundation"}],
        "cost_categories": [{"code": "reiskosten", "name_nl": "Reiskosten"}],
        "organisations": [{"name": "Mijn Streek", "kind": "stichting"}],
    }  # fmt: skip
    path = tmp_path / "proef.json"
    path.write_text(json.dumps(region), encoding="utf-8")
    loaded = load_region(path)
    file = tmp_path / "proef.fieldlab"
    with create_portfolio(file, "Mijn Streek", None, "Proef", region=loaded) as portfolio:
        kinds = portfolio.read(catalog.terms, TermKind.ORGANISATION_KIND)
        categories = portfolio.read(catalog.terms, TermKind.COST_CATEGORY)
    assert kinds.name("stichting", "en") == "Foundation" and kinds.knows("bibliotheek")
    assert categories.name("reiskosten", "en") == "Reiskosten"  # English defaults to the Dutch
    region["organisations"] = [{"name": "X", "kind": "vereniging"}]
    path.write_text(json.dumps(region), encoding="utf-8")
    with pytest.raises(Exception, match="vereniging"):
        load_region(path)


def test_a_file_of_the_previous_schema_gets_the_built_in_terms_and_keeps_its_codes(
    old_demo: Path,  # noqa: F811
) -> None:
    connection = sqlite3.connect(old_demo)
    kinds_before = dict(connection.execute("SELECT name, kind FROM organisation"))
    categories_before = connection.execute("SELECT id, category FROM budget_line").fetchall()
    connection.close()
    with open_portfolio(old_demo) as portfolio:
        kinds = portfolio.read(catalog.terms, TermKind.ORGANISATION_KIND)
        categories = portfolio.read(catalog.terms, TermKind.COST_CATEGORY)
    connection = sqlite3.connect(old_demo)
    stored = connection.execute(
        "SELECT kind, count(*) FROM reference_term GROUP BY kind"
    ).fetchall()
    kinds_after = dict(connection.execute("SELECT name, kind FROM organisation"))
    categories_after = connection.execute("SELECT id, category FROM budget_line").fetchall()
    connection.close()
    assert dict(stored) == {"cost_category": 6, "organisation_kind": 9}
    assert categories_after == categories_before
    assert {k for k in kinds_after.values()} <= {t.code for t in kinds.terms}
    assert all(
        kinds_after[n] == k for n, k in kinds_before.items() if not n.startswith("Provincie")
    )
    assert {c for _, c in categories_after} <= {t.code for t in categories.terms}


def test_the_command_line_knows_every_kind_of_reference_data() -> None:
    from fieldlab_desk.cli import REFERENCE_KINDS

    assert tuple(k.value for k in ReferenceKind) == REFERENCE_KINDS
