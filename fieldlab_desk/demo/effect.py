"""Theory of Change chains, indicators and measurements for the demo projects."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlmodel import Session

from fieldlab_desk.domain.enums import (
    AssumptionStatus,
    Comparator,
    Direction,
    MeasurementKind,
    Method,
    Phase,
    ToCLevel,
    UnitSubject,
    ValueSemantics,
)
from fieldlab_desk.domain.models import Indicator, Measurement, ToCElement, ToCLink

if TYPE_CHECKING:
    from fieldlab_desk.demo.data import ProjectSeed

OUTCOMES = {
    "GS": ("Deelnemers lezen vaker en met meer plezier", "Minder laaggeletterdheid in de regio"),
    "PI": (
        "Deelnemers voelen zich digitaal zelfredzamer",
        "Meer inwoners doen zelfstandig mee in de digitale samenleving",
    ),
    "LLO": (
        "Deelnemers zetten een volgende stap in hun ontwikkeling",
        "Inwoners blijven zich hun leven lang ontwikkelen via de bibliotheek",
    ),
}
IMPACT = {
    "GS": "Bijdrage aan een geletterde samenleving",
    "PI": "Bijdrage aan participatie in de informatiesamenleving",
    "LLO": "Bijdrage aan leven lang ontwikkelen",
}
ASSUMPTIONS = (
    ("Er zijn genoeg vrijwilligers te vinden en te houden.", AssumptionStatus.HOUDT_STAND),
    ("Partners verwijzen deelnemers actief door.", AssumptionStatus.ONDER_DRUK),
    ("De doelgroep vindt de weg naar de bibliotheek.", AssumptionStatus.ONBEVESTIGD),
    ("Wat deelnemers leren, passen ze thuis toe.", AssumptionStatus.ONBEVESTIGD),
    ("Het effect houdt aan na afloop van het project.", AssumptionStatus.ONBEVESTIGD),
)


def add_theory_of_change(
    session: Session, project_id: int, seed: ProjectSeed, opgave_id: int | None, today: dt.date
) -> None:
    """A full chain input → impact with assumptions, and indicators with measurements."""
    rng = random.Random(seed.code + "/toc")
    opgave = seed.theme
    texts = [
        (ToCLevel.INPUT, f"SGIA-bijdrage, inzet {seed.lead} en partners"),
        (ToCLevel.ACTIVITEIT, seed.summary),
        (ToCLevel.ACTIVITEIT, "Werven en trainen van vrijwilligers en partners"),
        (ToCLevel.OUTPUT, "Bijeenkomsten en activiteiten uitgevoerd"),
        (ToCLevel.OUTPUT, "Deelnemers uit de doelgroep bereikt"),
        (ToCLevel.OUTCOME_KORT, OUTCOMES[opgave][0]),
        (ToCLevel.OUTCOME_LANG, OUTCOMES[opgave][1]),
        (ToCLevel.IMPACT, IMPACT[opgave]),
    ]
    ids = []
    for order, (level, text) in enumerate(texts):
        element = ToCElement(
            project_id=project_id,
            level=level,
            text=text,
            sort_order=order,
            theme_id=opgave_id if level is ToCLevel.IMPACT else None,
        )
        session.add(element)
        session.flush()
        ids.append(int(element.id or 0))
    pairs = ((0, 1), (0, 2), (1, 3), (2, 4), (3, 5), (4, 5), (5, 6), (6, 7))
    for index, (source, target) in enumerate(pairs):
        assumption, status = ASSUMPTIONS[index % len(ASSUMPTIONS)] if index >= 3 else ("", None)
        session.add(
            ToCLink(
                from_element_id=ids[source],
                to_element_id=ids[target],
                rationale="",
                assumption=assumption,
                assumption_status=status or AssumptionStatus.ONBEVESTIGD,
            )
        )
    if seed.phase in (Phase.IDEE,):
        return
    _indicators(session, project_id, seed, ids, rng, today)


def _indicators(
    session: Session,
    project_id: int,
    seed: ProjectSeed,
    ids: list[int],
    rng: random.Random,
    today: dt.date,
) -> None:
    subject = (
        UnitSubject.BIBLIOTHEKEN if seed.lead == "Biblionet Drenthe" else UnitSubject.DEELNEMERS
    )
    specs = [
        (ids[3], "Aantal bijeenkomsten", "bijeenkomsten", UnitSubject.ACTIVITEITEN,
         ValueSemantics.PER_PERIODE, Method.TELLING, Decimal(0), Decimal(rng.choice([24, 40, 60]))),
        (ids[4], "Bereikte deelnemers (totaal)", "personen", subject,
         ValueSemantics.CUMULATIEF, Method.TELLING, Decimal(0), Decimal(rng.choice([150, 300, 500]))),
        (ids[5], "Deelnemers dat verbetering ervaart", "%", UnitSubject.DEELNEMERS,
         ValueSemantics.MOMENTOPNAME, Method.ENQUETE, Decimal(rng.choice([35, 40, 45])), Decimal(70)),
        (ids[6], "Score op de Impactmonitor", "score 1-10", UnitSubject.INWONERS,
         ValueSemantics.MOMENTOPNAME, Method.IMPACTMONITOR, Decimal("6.1"), Decimal("7.0")),
    ]  # fmt: skip
    pace = rng.choice([0.55, 0.9, 1.05, 1.1])  # some projects lag behind: off track
    for element_id, name, unit, who, semantics, method, base, target in specs:
        indicator = Indicator(
            project_id=project_id, toc_element_id=element_id, name=name, unit=unit,
            unit_subject=who, direction=Direction.HOGER, comparator=Comparator.GE,
            semantics=semantics, baseline_value=base, baseline_date=seed.start,
            target_value=target, target_date=seed.end, method=method,
            source="Registratie projectleider" if method is Method.TELLING else "Enquête deelnemers",
            frequency="halfjaarlijks",
        )  # fmt: skip
        session.add(indicator)
        session.flush()
        _measurements(session, int(indicator.id or 0), seed, semantics, base, target, pace, today)


def _measurements(
    session: Session,
    indicator_id: int,
    seed: ProjectSeed,
    semantics: ValueSemantics,
    base: Decimal,
    target: Decimal,
    pace: float,
    today: dt.date,
) -> None:
    session.add(
        Measurement(
            indicator_id=indicator_id,
            measured_on=seed.start,
            kind=MeasurementKind.NULMETING,
            value=base,
            sample_size=40 if semantics is ValueSemantics.MOMENTOPNAME else None,
        )
    )
    if seed.start > today or seed.phase in (Phase.VOORSTEL, Phase.GOEDGEKEURD):
        return
    last = min(seed.end, today)
    span = max((seed.end - seed.start).days, 1)
    moments = []
    day = seed.start + dt.timedelta(days=182)
    while day < last:
        moments.append((day, MeasurementKind.TUSSENMETING))
        day += dt.timedelta(days=182)
    if seed.end <= today and seed.phase is not Phase.GESTOPT:
        moments.append((seed.end, MeasurementKind.EINDMETING))
    previous_share = 0.0
    for measured_on, kind in moments:
        share = min((measured_on - seed.start).days / span, 1.0) * pace
        if semantics is ValueSemantics.PER_PERIODE:
            value = (target - base) * Decimal(str(round(share - previous_share, 4)))
        else:
            value = base + (target - base) * Decimal(str(round(share, 4)))
        previous_share = share
        session.add(
            Measurement(
                indicator_id=indicator_id,
                measured_on=measured_on,
                kind=kind,
                value=value.quantize(Decimal("0.1")),
                sample_size=60 if semantics is ValueSemantics.MOMENTOPNAME else None,
            )
        )
