"""Theory-of-Change templates: data files in ``resources/toc_templates/``, one per line of work.

A template is JSON: a code, a name and the code of the theme its impact contributes to, its
elements (a key, a level and the text in Dutch and English) and its links (from/to keys, a
rationale and an assumption in both languages). Adding a file adds a template; translating one
means filling in its ``en`` texts.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from fieldlab_desk.domain.enums import ToCLevel
from fieldlab_desk.domain.errors import ValidationError
from fieldlab_desk.domain.texts import Language
from fieldlab_desk.paths import resources_folder


@dataclass(frozen=True, slots=True)
class TemplateElement:
    key: str
    level: ToCLevel
    text: dict[Language, str]


@dataclass(frozen=True, slots=True)
class TemplateLink:
    from_key: str
    to_key: str
    rationale: dict[Language, str]
    assumption: dict[Language, str]


@dataclass(frozen=True, slots=True)
class Template:
    code: str
    name: dict[Language, str]
    theme_code: str | None
    elements: tuple[TemplateElement, ...]
    links: tuple[TemplateLink, ...]
    programme_lines: tuple[str, ...] = ()
    """The programme lines (theme codes) whose projects start from this template."""

    def title(self, language: Language) -> str:
        return self.name.get(language) or self.name["nl"]


def _texts(raw: dict[str, str]) -> dict[Language, str]:
    return {"nl": raw["nl"], "en": raw.get("en") or raw["nl"]}


def _load(path: Path) -> Template:
    raw = json.loads(path.read_text(encoding="utf-8"))
    elements = tuple(
        TemplateElement(e["key"], ToCLevel(e["level"]), _texts(e)) for e in raw["elements"]
    )
    links = tuple(
        TemplateLink(li["from"], li["to"], _texts(li["rationale"]), _texts(li["assumption"]))
        for li in raw["links"]
    )
    return Template(raw["code"], _texts(raw["name"]), raw.get("theme"), elements, links,
                    tuple(raw.get("programme_lines", ())))  # fmt: skip


@cache
def templates() -> tuple[Template, ...]:
    """Every template, in the order of their names."""
    folder = resources_folder() / "toc_templates"
    loaded = (_load(path) for path in sorted(folder.glob("*.json")))
    return tuple(sorted(loaded, key=lambda t: t.name["nl"].lower()))


def template_for(theme_codes: Iterable[str]) -> str | None:
    """The template of the first of ``theme_codes`` (a project's programme lines, in order)
    that one is made for."""
    for code in theme_codes:
        for candidate in templates():
            if code in candidate.programme_lines:
                return candidate.code
    return None


def template(code: str) -> Template:
    for candidate in templates():
        if candidate.code == code:
            return candidate
    raise ValidationError("toc.template_unknown", field="template", name=code)
