"""Theory of Change chains, indicators and measurements for the demo projects."""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any, cast

from sqlmodel import Session, col, select

from fieldlab_desk.demo.data import PACE, SPLIT_PER_GEMEENTE
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
from fieldlab_desk.domain.indicators import percentage_of
from fieldlab_desk.domain.models import (
    AssumptionChange,
    BudgetLine,
    Indicator,
    IndicatorEntry,
    Measurement,
    MeasurementPart,
    Municipality,
    ToCElement,
    ToCLink,
)
from fieldlab_desk.paths import resources_folder
from fieldlab_desk.services.templates import template

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
GENERIC_RATIONALE = (
    "De middelen maken de uitvoering mogelijk.",
    "Zonder vrijwilligers en partners is er geen bereik.",
    "Wat wordt uitgevoerd, is te tellen.",
    "Getrainde vrijwilligers en partners brengen de doelgroep binnen.",
    "Deelnemers die meedoen, ervaren verbetering.",
    "Herhaalde deelname maakt het effect blijvend.",
    "Aanhoudend effect bij deelnemers telt op in de regio.",
    "Wat deelnemers leren, passen ze thuis toe.",
)
GENERIC_ASSUMPTIONS = (
    "Er zijn genoeg vrijwilligers te vinden en te houden.",
    "Partners verwijzen deelnemers actief door.",
    "De doelgroep vindt de weg naar de bibliotheek.",
    "Wat deelnemers leren, passen ze thuis toe.",
    "Het effect houdt aan na afloop van het project.",
)
# A template per line of work, by the programme lines a project names (the first that has one).
TEMPLATE_OF = {"PL-BOEKSTART": "boekstart", "PL-GEZIN": "boekstart", "PL-BOS": "bos",
               "PL-IDO": "ido", "PL-BURGERSCHAP": "ido", "PL-BASIS": "taalhuis"}  # fmt: skip
# (no template for digital youth work: a makerspace is no reading plan)
LATER_STATUS = {  # what monitoring found by the end, by phase: (status, why)
    Phase.AFGEROND: (AssumptionStatus.HOUDT_STAND, "Bevestigd in de eindmeting."),
    Phase.OPSCHALING_BORGING: (AssumptionStatus.HOUDT_STAND, "Bevestigd in de eindmeting."),
    Phase.EVALUATIE: (AssumptionStatus.ONDER_DRUK, "Tussenmeting laat minder bereik zien."),
    Phase.GESTOPT: (AssumptionStatus.WEERLEGD, "Deelnemers bleven weg; zie de evaluatie."),
    Phase.IN_UITVOERING: (AssumptionStatus.ONDER_DRUK, "Signaal uit het partneroverleg."),
}


@dataclass(frozen=True)
class _Chain:
    elements: list[tuple[ToCLevel, str]]
    links: list[tuple[int, int, str, str]]  # from, to (indexes), rationale, assumption
    theme_code: str
    second_theme_code: str | None = None
    """The theme of a second impact element (the last element), if any."""


def _chain_for(seed: ProjectSeed) -> _Chain:
    """The project's line-of-work template, or a general chain when it has none."""
    code = next((TEMPLATE_OF[t] for t in seed.themes if t in TEMPLATE_OF), None)
    if code is not None:
        chosen = template(code)
        keys = {e.key: i for i, e in enumerate(chosen.elements)}
        elements = [(e.level, e.text["nl"]) for e in chosen.elements]
        first = next(i for i, (level, _) in enumerate(elements) if level is ToCLevel.ACTIVITEIT)
        elements[first] = (ToCLevel.ACTIVITEIT, seed.summary)  # the project's own way of working
        links = [(keys[li.from_key], keys[li.to_key], li.rationale["nl"], li.assumption["nl"])
                 for li in chosen.links]  # fmt: skip
        return _Chain(elements, links, chosen.theme_code or seed.theme)
    elements = [
        (ToCLevel.INPUT, f"SGIA-bijdrage, inzet {seed.lead} en partners"),
        (ToCLevel.ACTIVITEIT, seed.summary),
        (ToCLevel.ACTIVITEIT, "Werven en trainen van vrijwilligers en partners"),
        (ToCLevel.OUTPUT, "Bijeenkomsten en activiteiten uitgevoerd"),
        (ToCLevel.OUTPUT, "Deelnemers uit de doelgroep bereikt"),
        (ToCLevel.OUTCOME_KORT, OUTCOMES[seed.theme][0]),
        (ToCLevel.OUTCOME_LANG, OUTCOMES[seed.theme][1]),
        (ToCLevel.IMPACT, IMPACT[seed.theme]),
    ]
    pairs = ((0, 1), (0, 2), (1, 3), (2, 4), (3, 5), (4, 5), (5, 6), (6, 7))
    links = [
        (a, b, GENERIC_RATIONALE[i], GENERIC_ASSUMPTIONS[i % len(GENERIC_ASSUMPTIONS)])
        for i, (a, b) in enumerate(pairs)
    ]
    return _Chain(elements, links, seed.theme)


def _second_impact(seed: ProjectSeed, chain: _Chain, names: dict[str, str]) -> _Chain:
    """A project that names a stelseluitdaging or Sociale Agenda theme contributes to it too:
    a second impact element, reached from the long-term outcome."""
    code = next((t for t in seed.themes if t.startswith(("SU-", "DSA-"))), None)
    if code is None or code == chain.theme_code:
        return chain
    name = names[code]
    outcome = next(i for i, (lv, _) in enumerate(chain.elements) if lv is ToCLevel.OUTCOME_LANG)
    elements = [*chain.elements, (ToCLevel.IMPACT, f"Bijdrage aan {name.lower()}")]
    link = (outcome, len(chain.elements), "Wat deelnemers blijvend winnen, werkt door in de regio.",
            "Het project bereikt genoeg inwoners om mee te tellen.")  # fmt: skip
    return _Chain(elements, [*chain.links, link], chain.theme_code, code)


def add_theory_of_change(
    session: Session,
    project_id: int,
    seed: ProjectSeed,
    themes: dict[str, tuple[int, str]],
    today: dt.date,
) -> None:
    """A full chain input → impact with monitored assumptions, the budget attached to its
    activities, and indicators with measurements."""
    rng = random.Random(seed.code + "/toc")
    planned = _second_impact(seed, _chain_for(seed), {c: name for c, (_, name) in themes.items()})
    ids = []
    order: dict[ToCLevel, int] = {}
    for number, (level, text) in enumerate(planned.elements):
        second = planned.second_theme_code is not None and number == len(planned.elements) - 1
        theme = planned.second_theme_code if second else planned.theme_code
        element = ToCElement(
            project_id=project_id, level=level, text=text,
            sort_order=order.setdefault(level, 0),
            theme_id=themes[theme][0] if level is ToCLevel.IMPACT and theme in themes else None,
        )  # fmt: skip
        order[level] += 1
        session.add(element)
        session.flush()
        ids.append(int(element.id or 0))
    later = LATER_STATUS.get(seed.phase)
    running = seed.phase in (Phase.IN_UITVOERING, Phase.EVALUATIE)
    rejected = seed.phase is Phase.GESTOPT and not seed.sgia  # never ran: nothing monitored
    for index, (source, target, rationale, assumption) in enumerate(planned.links):
        found = later
        if running and rng.random() < 0.6:  # most of a running project's assumptions hold so far
            found = (AssumptionStatus.HOUDT_STAND, "Bevestigd in de tussenmeting.")
        changed = (found is not None and not rejected and seed.start < today
                   and rng.random() < (0.6 if running else 0.4))  # fmt: skip
        status = found[0] if changed and found is not None else AssumptionStatus.ONBEVESTIGD
        link = ToCLink(
            from_element_id=ids[source], to_element_id=ids[target],
            rationale="" if index == len(planned.links) - 1 and rng.random() < 0.5 else rationale,
            assumption=assumption, assumption_status=status,
            evidence=found[1] if changed and found is not None else "",
            status_since=seed.start,
        )  # fmt: skip
        session.add(link)
        session.flush()
        session.add(AssumptionChange(link_id=link.id or 0, changed_on=seed.start,
                                     changed_by=seed.leader, new_status=AssumptionStatus.ONBEVESTIGD))  # fmt: skip
        if changed and found is not None:
            on = min(seed.start + dt.timedelta(days=240), today)
            if running:  # monitored lately: a living portfolio, not a year of silence
                on = max(seed.start, today - dt.timedelta(days=rng.randint(14, 150)))
            link.status_since = on
            session.add(AssumptionChange(link_id=link.id or 0, changed_on=on,
                                         changed_by=seed.leader, old_status=AssumptionStatus.ONBEVESTIGD,
                                         new_status=status, reason=found[1]))  # fmt: skip
    _attach_budget(session, project_id, [i for i, (lv, _) in zip(ids, planned.elements, strict=True)
                                         if lv is ToCLevel.ACTIVITEIT])  # fmt: skip
    levels = [level for level, _ in planned.elements]
    outputs = [i for i, lv in zip(ids, levels, strict=True) if lv is ToCLevel.OUTPUT]
    short = next(i for i, lv in zip(ids, levels, strict=True) if lv is ToCLevel.OUTCOME_KORT)
    long = next(i for i, lv in zip(ids, levels, strict=True) if lv is ToCLevel.OUTCOME_LANG)
    _indicators(session, project_id, seed, [outputs[0], outputs[1], short, long], rng, today)


def _attach_budget(session: Session, project_id: int, activities: list[int]) -> None:
    """Each budget line pays for an activity: staff the first, the rest in turn."""
    lines = session.exec(
        select(BudgetLine)
        .where(col(BudgetLine.project_id) == project_id)
        .order_by(col(BudgetLine.year), col(BudgetLine.sort_order))
    )
    for line in lines:
        line.activity_id = activities[line.sort_order % len(activities)]
        session.add(line)


@dataclass(frozen=True)
class _Spec:
    library: str
    name: str
    unit: str
    subject: UnitSubject
    semantics: ValueSemantics
    method: Method
    base: Decimal
    target: Decimal
    whole: bool


@cache
def indicator_sets() -> dict[str, Any]:
    """What each line of work measures and spends on (``resources/demo/lines_of_work.json``):
    data a reviewer can read, not code."""
    return cast(dict[str, Any], json.loads(
        (resources_folder() / "demo" / "lines_of_work.json").read_text(encoding="utf-8")))  # fmt: skip


def line_of_work(seed: ProjectSeed, sets: dict[str, Any]) -> str:
    """The project's line of work: by its first programme line, else its stelseluitdaging."""
    lines = sets["lines"]
    ordered = sorted(
        seed.themes, key=lambda code: (not code.startswith("PL-"), seed.themes.index(code))
    )
    return next((lines[code] for code in ordered if code in lines), "ontwikkeling")


def budget_names(seed: ProjectSeed) -> list[str]:
    """What the project's staff, material and communication lines are called."""
    sets = indicator_sets()
    return list(sets["budget"][line_of_work(seed, sets)])


def _specs(seed: ProjectSeed, rng: random.Random) -> list[_Spec]:
    """Two outputs and two outcomes of the project's line of work, with its own nulmeting and
    target drawn from the choices the data gives."""
    sets = indicator_sets()
    specs = []
    for item in sets["indicators"][line_of_work(seed, sets)]:
        survey = item["unit"] == "%"
        whole = not survey and item["method"] not in ("impactmonitor",)
        specs.append(_Spec(
            item.get("library", ""), item["name"], item["unit"], UnitSubject(item["subject"]),
            ValueSemantics(item["semantics"]), Method(item["method"]),
            Decimal(str(rng.choice(item["baselines"]))), Decimal(str(rng.choice(item["targets"]))),
            whole))  # fmt: skip
    return specs


def _indicators(
    session: Session,
    project_id: int,
    seed: ProjectSeed,
    ids: list[int],
    rng: random.Random,
    today: dt.date,
) -> None:
    """Four indicators of the project's line of work (two outputs, two outcomes), each with its
    nulmeting and, once the project runs, measurements that keep to its meaning: counts per
    period are whole per period, running totals whole, a share is entered as its parts."""
    library = {e.code: e.id for e in session.exec(select(IndicatorEntry))}
    specs = _specs(seed, rng)
    pace = rng.choice([0.55, 0.8, 0.95, 1.05, 1.1])  # behind: off track; a little: at risk
    pace = PACE.get(seed.code, pace)  # where the project's story says how it goes
    for element_id, spec in zip(ids, specs, strict=True):
        reconstructed = spec.method is Method.ENQUETE and seed.start.year == 2023
        indicator = Indicator(
            project_id=project_id, toc_element_id=element_id,
            library_id=library.get(spec.library) if spec.library else None,
            name=spec.name, unit=spec.unit, unit_subject=spec.subject, direction=Direction.HOGER,
            comparator=Comparator.GE, semantics=spec.semantics, whole_numbers=spec.whole,
            baseline_value=spec.base, baseline_date=seed.start, baseline_method=spec.method,
            baseline_sample_size=40 if spec.method is Method.ENQUETE else None,
            baseline_reconstructed=reconstructed, target_value=spec.target,
            target_date=seed.end, method=spec.method,
            source="Enquête deelnemers" if spec.method is Method.ENQUETE
            else "Impactmonitor" if spec.method is Method.IMPACTMONITOR
            else "Registratie projectleider",
            frequency="halfjaarlijks",
        )  # fmt: skip
        split = (seed.code in SPLIT_PER_GEMEENTE and spec.whole
                 and spec.semantics is not ValueSemantics.MOMENTOPNAME)  # fmt: skip
        indicator.split_gemeente = split
        session.add(indicator)
        session.flush()
        own = pace * rng.uniform(0.92, 1.08)  # each indicator its own way, around the project's
        _measurements(session, int(indicator.id or 0), seed, spec, own, today)
        if split:
            _split_per_gemeente(session, int(indicator.id or 0), seed)


def _split_per_gemeente(session: Session, indicator_id: int, seed: ProjectSeed) -> None:
    """Each count of the indicator in parts per gemeente of the project (the first place the
    largest share), whole numbers that sum to the count."""
    session.flush()
    places = {m.name: m.id or 0 for m in session.exec(select(Municipality))}
    weights = list(range(len(seed.places), 0, -1))
    for measurement in session.exec(
        select(Measurement).where(Measurement.indicator_id == indicator_id)
    ):
        parts = [int(measurement.value) * w // sum(weights) for w in weights]
        parts[0] += int(measurement.value) - sum(parts)
        for place, part in zip(seed.places, parts, strict=True):
            session.add(MeasurementPart(measurement_id=measurement.id or 0,
                                        municipality_id=places[place], value=Decimal(part)))  # fmt: skip


def _moments(seed: ProjectSeed, today: dt.date) -> list[tuple[dt.date, MeasurementKind]]:
    """Half-yearly from the start, at least one once the project runs; an eindmeting at the end.
    A rejected project (stopped without a grant) never ran: nothing measured."""
    if seed.start > today or (seed.phase is Phase.GESTOPT and not seed.sgia):
        return []
    last = min(seed.end, today)
    moments = []
    day = seed.start + dt.timedelta(days=182)
    while day < last:
        moments.append((day, MeasurementKind.TUSSENMETING))
        day += dt.timedelta(days=182)
    if seed.end <= today and seed.phase is not Phase.GESTOPT:
        moments.append((seed.end, MeasurementKind.EINDMETING))
    if not moments:  # started less than half a year ago: a first count
        moments.append(
            (min(seed.start + dt.timedelta(days=90), today), MeasurementKind.TUSSENMETING)
        )
    return moments


def _measurements(
    session: Session,
    indicator_id: int,
    seed: ProjectSeed,
    spec: _Spec,
    pace: float,
    today: dt.date,
) -> None:
    survey = spec.unit == "%"
    session.add(_measurement(indicator_id, seed.start, MeasurementKind.NULMETING, spec.base,
                             survey, 40))  # fmt: skip
    span = max((seed.end - seed.start).days, 1)
    counted = Decimal(0)  # per period: what earlier periods counted together
    for measured_on, kind in _moments(seed, today):
        share = Decimal(str(round(min((measured_on - seed.start).days / span, 1.0) * pace, 4)))
        reached = spec.base + (spec.target - spec.base) * share
        if spec.whole:
            reached = reached.quantize(Decimal(1))
        if spec.semantics is ValueSemantics.PER_PERIODE:
            value, counted = reached - counted, reached  # this period's count only
        else:
            value = reached if spec.whole else reached.quantize(Decimal("0.1"))
        session.add(_measurement(indicator_id, measured_on, kind, value, survey, 60))


def _measurement(
    indicator_id: int, day: dt.date, kind: MeasurementKind, value: Decimal, survey: bool,
    asked: int,
) -> Measurement:  # fmt: skip
    """A survey's share is entered as its parts: how many of those asked."""
    if not survey:
        return Measurement(indicator_id=indicator_id, measured_on=day, kind=kind, value=value)
    numerator = (value * asked / 100).quantize(Decimal(1))
    return Measurement(
        indicator_id=indicator_id, measured_on=day, kind=kind,
        value=percentage_of(numerator, Decimal(asked)), numerator=numerator,
        denominator=Decimal(asked), sample_size=asked,
    )  # fmt: skip
