"""The Drenthe demo's Voortgang: a story per project and half year, in the tone of the network's
own half-year reports — what happened with counts and dates, what went well and what did not
(negative findings stated plainly), what comes next, and what was shared with whom. One story
is left unwritten on purpose, so the report's "nog geen voortgang ingevuld" list has a name."""

from __future__ import annotations

import datetime as dt
import random

from fieldlab_desk.demo import data
from fieldlab_desk.domain.enums import Phase

UNWRITTEN = ("SGIA-2024-02", "2025H1")  # the secretary still has to ask for this one


def periods(start: dt.date, end: dt.date, today: dt.date) -> list[str]:
    """The half years from ``start`` that had ended by ``today`` (and began before ``end``)."""
    found: list[str] = []
    year, half = start.year, 1 if start.month <= 6 else 2
    while True:
        last = dt.date(year, 6, 30) if half == 1 else dt.date(year, 12, 31)
        first = dt.date(year, 1, 1) if half == 1 else dt.date(year, 7, 1)
        if last > today or first > end:
            return found
        found.append(f"{year}H{half}")
        year, half = (year, 2) if half == 1 else (year + 1, 1)


def stories(seed: data.ProjectSeed, today: dt.date) -> list[tuple[str, str, str, str, str]]:
    """(period, resultaten, bevindingen, vervolg, kennisdeling) for each half year it ran."""
    if seed.phase in (Phase.IDEE, Phase.VOORSTEL) or (
        seed.phase is Phase.GESTOPT and not seed.sgia
    ):
        return []  # not started, or rejected: it never ran
    rng = random.Random(seed.code)
    halves = periods(seed.start, seed.end, today)
    places = list(seed.places) or ["Assen"]
    told = []
    reached = 0
    for number, period in enumerate(halves):
        if (seed.code, period) == UNWRITTEN:
            continue
        last = number == len(halves) - 1
        new = rng.randint(40, 180)
        reached += new
        place = places[number % len(places)]
        year = int(period[:4])
        if number == 0:
            results = (f"Startbijeenkomst met de partners gehouden; plan van aanpak vastgesteld.\n"
                       f"Eerste {new} deelnemers bereikt in {place}.")  # fmt: skip
        elif last and seed.phase in (Phase.AFGEROND, Phase.OPSCHALING_BORGING, Phase.GESTOPT):
            results = (f"In totaal {reached} deelnemers bereikt, in {len(places)} "
                       f"{'gemeente' if len(places) == 1 else 'gemeenten'}.\n"
                       f"Eindevaluatie opgesteld en besproken met de penvoerder.")  # fmt: skip
        else:
            score = rng.choice(("7,6", "7,9", "8,1", "8,3"))
            results = (f"{new} deelnemers dit halfjaar, {reached} sinds de start.\n"
                       f"Deelnemers geven de bijeenkomsten gemiddeld een {score}.")  # fmt: skip
        if seed.phase is Phase.GESTOPT and last:
            findings = ("Bij de scholen bleek geen behoefte aan een vaste voorziening: na de "
                        "proefperiode meldde zich geen school voor een vervolg.\n"
                        "Het project is daarom gestopt; het niet bestede geld valt vrij.")  # fmt: skip
            next_steps = "Geen vervolg; de materialen gaan naar de bibliotheek in Emmen."
        else:
            findings = rng.choice((
                "De samenwerking met de partners loopt goed; de werving via huisartsen en "
                "wijkteams kostte meer tijd dan gepland.",
                "Vrijwilligers zijn goed inzetbaar; in de kleinere kernen blijft de opkomst "
                "achter bij de verwachting.",
                "De aanpak slaat aan bij de doelgroep; de digitale aanmelding bleek voor een deel "
                "van de deelnemers een drempel en is vervangen door aanmelding aan de balie.",
            ))  # fmt: skip
            next_steps = (f"In het najaar van {year} wordt de aanpak geëvalueerd met de partners."
                          if period.endswith("H1") else
                          f"Uitbreiding naar {places[(number + 1) % len(places)]} in {year + 1}.")  # fmt: skip
        knowledge = rng.choice((
            f"Ervaringen gedeeld in het overleg van de Drentse bibliotheken ({_month(period)}).",
            "Presentatie in de kennissessie van Biblionet Drenthe; de handleiding staat op "
            "het kennisplatform.",
            f"Artikel in de nieuwsbrief van de SGIA, {_month(period)}.",
        ))  # fmt: skip
        told.append((period, results, findings, next_steps, knowledge))
    return told


def _month(period: str) -> str:
    """A month inside the half year the story tells of (never one after it)."""
    return f"{'mei' if period.endswith('H1') else 'oktober'} {period[:4]}"
