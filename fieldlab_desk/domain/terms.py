"""Organisation kinds and cost categories: short codes a record stores, named by the portfolio.

FieldLab Desk ships a built-in set (:class:`OrganisationKind`, :class:`CostCategory`, named in
``texts``); a portfolio may rename them, add its own (a Limburg portfolio's *stichting*, a
region's own *reiskosten*) and retire them (*vervallen*: kept on the records that use them, no
longer offered). The file's ``reference_term`` table holds the portfolio's set; a code it does
not name falls back to the built-in name, then to the code itself, so nothing ever shows blank.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from fieldlab_desk.domain.enums import CostCategory, OrganisationKind
from fieldlab_desk.domain.texts import Language, label


class TermKind(StrEnum):
    ORGANISATION_KIND = "organisation_kind"
    COST_CATEGORY = "cost_category"


BUILT_IN: dict[TermKind, type[StrEnum]] = {
    TermKind.ORGANISATION_KIND: OrganisationKind,
    TermKind.COST_CATEGORY: CostCategory,
}

CODE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,31}$")
"""A term's code: lower case letters, digits, hyphens and underscores, at most 32."""


@dataclass(frozen=True, slots=True)
class Term:
    code: str
    name_nl: str
    name_en: str = ""
    retired: bool = False

    def name(self, language: str) -> str:
        return self.name_en if language == "en" and self.name_en else self.name_nl

    def shown(self, language: str) -> str:
        """Its name in a pick list: a retired term kept on a record says so."""
        if self.retired:
            return f"{self.name(language)} ({'retired' if language == 'en' else 'vervallen'})"
        return self.name(language)


def built_in_terms(kind: TermKind) -> tuple[Term, ...]:
    """The set FieldLab Desk ships, in its order, named as the texts name them."""
    return tuple(Term(v.value, label(v, "nl"), label(v, "en")) for v in BUILT_IN[kind])


class Terms:
    """One kind's terms in the portfolio's order; names any code, retired or unknown."""

    __slots__ = ("_by_code", "kind", "terms")

    def __init__(self, kind: TermKind, terms: Iterable[Term] = ()) -> None:
        self.kind = kind
        self.terms = tuple(terms) or built_in_terms(kind)
        self._by_code = {t.code: t for t in built_in_terms(kind)} | {t.code: t for t in self.terms}

    def name(self, code: str | None, language: Language = "nl") -> str:
        """The code's name in ``language``; the code itself when nothing names it."""
        if not code:
            return ""
        term = self._by_code.get(code)
        return term.name(language) if term else code

    def knows(self, code: str) -> bool:
        return code in self._by_code

    def offered(self, *keep: str | None) -> list[Term]:
        """What a user may pick: the terms not retired, and retired ones in ``keep`` (what the
        record has already)."""
        return [t for t in self.terms if not t.retired or t.code in keep]

    def code_of(self, text: str) -> str | None:
        """The code a user's word means: a code, or a name in either language (any case)."""
        wanted = text.strip().casefold()
        for term in (*self.terms, *self._by_code.values()):
            if wanted in (term.code.casefold(), term.name_nl.casefold(), term.name_en.casefold()):
                return term.code
        return None
