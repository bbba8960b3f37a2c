"""A region's reference set: data files in ``resources/regions/``, one per region — its
regional agenda and that agenda's themes, its gemeenten and its own organisations (POI,
library organisations, the province). A new portfolio starts from one; every file also has
the national opgaven, stelseluitdagingen, programme lines, target groups and indicator
library (``storage.migrate.seed_reference_data``). Adding a region is adding a file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func
from sqlmodel import Session, col, select

from fieldlab_desk.domain import models
from fieldlab_desk.domain.enums import ThemeKind
from fieldlab_desk.domain.errors import FieldLabError
from fieldlab_desk.domain.terms import CODE, Term, TermKind, built_in_terms
from fieldlab_desk.paths import resources_folder
from fieldlab_desk.services.file_info import set_file_info
from fieldlab_desk.services.reference import AGENDA_KEY

REGION_KEY = "region"


@dataclass(frozen=True, slots=True)
class AgendaTheme:
    code: str
    name_nl: str
    name_en: str


@dataclass(frozen=True, slots=True)
class RegionOrganisation:
    name: str
    short_name: str
    kind: str
    place: str
    note: str


@dataclass(frozen=True, slots=True)
class Region:
    key: str
    name_nl: str
    name_en: str
    source: str
    regional_agenda: str
    agenda_themes: tuple[AgendaTheme, ...]
    province: str
    municipalities: tuple[str, ...]
    organisations: tuple[RegionOrganisation, ...]
    terms: dict[TermKind, tuple[Term, ...]] = field(default_factory=dict)
    """The region's own organisation kinds and cost categories, beside the built-in ones."""

    def name(self, language: str) -> str:
        return self.name_en if language == "en" else self.name_nl


def region_folder() -> Path:
    return resources_folder() / "regions"


ORDER = ("drenthe", "limburg", "empty")  # the choice's order; other files follow by name


def regions() -> list[Region]:
    """Every region file, Drenthe first and *empty* last."""
    found = {path.stem: load_region(path) for path in sorted(region_folder().glob("*.json"))}
    return [found[key] for key in ORDER if key in found] + [
        region for key, region in found.items() if key not in ORDER
    ]


def region_named(key: str) -> Region:
    """The region of file ``resources/regions/<key>.json``."""
    path = region_folder() / f"{key}.json"
    if not path.is_file():
        raise FieldLabError("region.unknown", name=key)
    return load_region(path)


def load_region(path: Path) -> Region:
    """A region file read and checked: codes, kinds and names as the app needs them."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        own = {kind: tuple(_term(t) for t in data.get(REGION_KEYS[kind], [])) for kind in TermKind}
        kinds = {t.code for t in built_in_terms(TermKind.ORGANISATION_KIND)}
        kinds |= {t.code for t in own[TermKind.ORGANISATION_KIND]}
        for o in data["organisations"]:
            if o["kind"] not in kinds:
                raise ValueError(f"unknown organisation kind {o['kind']!r} of {o['name']!r}")
        return Region(
            key=str(data["key"]), name_nl=str(data["name_nl"]), name_en=str(data["name_en"]),
            source=str(data.get("source", "")), regional_agenda=str(data["regional_agenda"]),
            agenda_themes=tuple(AgendaTheme(str(t["code"]), str(t["name_nl"]), str(t["name_en"]))
                                for t in data["agenda_themes"]),
            province=str(data.get("province", "")),
            municipalities=tuple(str(m) for m in data["municipalities"]),
            organisations=tuple(
                RegionOrganisation(str(o["name"]), str(o.get("short_name", "")),
                                   str(o["kind"]), str(o.get("place", "")),
                                   str(o.get("note", "")))
                for o in data["organisations"]),
            terms={kind: terms for kind, terms in own.items() if terms},
        )  # fmt: skip
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise FieldLabError("region.bad_file", name=path.name, reason=str(error)) from error


REGION_KEYS = {TermKind.ORGANISATION_KIND: "organisation_kinds",
               TermKind.COST_CATEGORY: "cost_categories"}  # fmt: skip
"""Where a region file lists its own terms, if it has any."""


def _term(item: dict[str, str]) -> Term:
    code = str(item["code"])
    if not CODE.match(code):
        raise ValueError(f"term code {code!r} is not lower case letters, digits, - or _")
    return Term(code, str(item["name_nl"]), str(item.get("name_en") or item["name_nl"]))


def apply_region(region: Region, *, session: Session) -> None:
    """Put a region's reference set into a new portfolio (what it has already is left as it
    is): the agenda's name and themes, the gemeenten and the organisations."""
    set_file_info(REGION_KEY, region.key, session=session)
    if region.regional_agenda:
        set_file_info(AGENDA_KEY, region.regional_agenda, session=session)
    known = set(session.exec(select(models.Theme.code)))
    order = session.exec(select(func.max(models.Theme.sort_order))).one() or 0
    for theme in region.agenda_themes:
        if theme.code not in known:
            order += 1
            session.add(models.Theme(code=theme.code, kind=ThemeKind.SOCIALE_AGENDA,
                                     name_nl=theme.name_nl, name_en=theme.name_en,
                                     sort_order=order))  # fmt: skip
    places = set(session.exec(select(models.Municipality.name)))
    for name in region.municipalities:
        if name not in places:
            session.add(models.Municipality(name=name, province=region.province))
    for kind, own in region.terms.items():
        term = models.ReferenceTerm
        codes = set(session.exec(select(term.code).where(col(term.kind) == kind.value)))
        highest = (
            session.exec(
                select(func.max(term.sort_order)).where(col(term.kind) == kind.value)
            ).one()
            or 0
        )
        for item in own:
            if item.code not in codes:
                highest += 1
                session.add(term(kind=kind.value, code=item.code, name_nl=item.name_nl,
                                 name_en=item.name_en, sort_order=highest))  # fmt: skip
    names = set(session.exec(select(col(models.Organisation.name))))
    for organisation in region.organisations:
        if organisation.name not in names:
            session.add(models.Organisation(
                name=organisation.name, short_name=organisation.short_name,
                kind=organisation.kind, place=organisation.place, note=organisation.note))  # fmt: skip
    session.flush()
