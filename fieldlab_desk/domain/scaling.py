"""Scaling (*opschaling en verspreiding*): how far an innovation has spread, and whether it is
in the core of library work — run structurally, with someone paying for it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from fieldlab_desk.domain.enums import AdoptionForm, AdoptionFunding

RUNNING = (AdoptionForm.PILOT, AdoptionForm.STRUCTUREEL)


def structurally_funded(form: AdoptionForm, funding: AdoptionFunding) -> bool:
    """Run as regular work (*structureel*) and paid for by someone (any funding but *geen*)."""
    return form is AdoptionForm.STRUCTUREEL and funding is not AdoptionFunding.GEEN


@dataclass(frozen=True, slots=True)
class Reach:
    """How far one innovation spread: the libraries and gemeenten that run it now (pilot or
    structural; a stopped adoption no longer counts), how many of those adoptions are
    structurally funded, and how many stopped."""

    libraries: int = 0
    gemeenten: int = 0
    structural: int = 0
    pilots: int = 0
    stopped: int = 0

    @property
    def in_core(self) -> bool:
        """*Structureel in de kern*: at least one library or gemeente runs it structurally,
        with funding."""
        return self.structural > 0


def reach(
    adoptions: Iterable[tuple[int | None, int | None, AdoptionForm, AdoptionFunding]],
) -> Reach:
    """The reach of one innovation from its adoptions (organisation id, gemeente id, form,
    funding)."""
    libraries: set[int] = set()
    gemeenten: set[int] = set()
    structural = pilots = stopped = 0
    for organisation, gemeente, form, funding in adoptions:
        if form not in RUNNING:
            stopped += 1
            continue
        if organisation is not None:
            libraries.add(organisation)
        if gemeente is not None:
            gemeenten.add(gemeente)
        structural += structurally_funded(form, funding)
        pilots += form is AdoptionForm.PILOT
    return Reach(len(libraries), len(gemeenten), structural, pilots, stopped)
