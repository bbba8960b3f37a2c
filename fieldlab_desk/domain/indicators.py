"""What an indicator's numbers mean: whole counts, percentages from their parts, and which
indicators may be added up across projects.

- A count of whole things (meetings, libraries, participants) is a whole number: 13,2
  meetings is refused, and shown without decimals.
- A percentage can be entered as numerator / denominator (42 of 60 asked): the value is
  computed (70,00 %) and the parts are kept with it, so a report can say "42 van 60".
- Across projects only like is added to like: indicators of the same library entry, with the
  same unit, counting the same subjects (participants are not libraries) and with the same
  value semantics. Per-period and cumulative values add up (the
  participants of ten projects are one number); snapshots — a satisfaction score, a share of
  participants — do not, and the portfolio says so instead of showing a sum.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from fieldlab_desk.domain.enums import Dimension, UnitSubject, ValueSemantics
from fieldlab_desk.domain.errors import ValidationError
from fieldlab_desk.domain.texts import Both, Number

PERCENT_PLACES = Decimal("0.01")
ADDITIVE = (ValueSemantics.PER_PERIODE, ValueSemantics.CUMULATIEF)


def check_whole(value: Decimal, whole: bool, field: str = "value") -> None:
    """Refuse a fraction where the indicator counts whole things."""
    if whole and value != value.to_integral_value():
        raise ValidationError("indicator.whole_number", field=field)


def percentage_of(numerator: Decimal, denominator: Decimal) -> Decimal:
    """``numerator`` of ``denominator`` as a percentage with two decimals (42 of 60 → 70,00)."""
    if denominator <= 0:
        raise ValidationError("indicator.denominator", field="denominator")
    if numerator < 0 or numerator > denominator:
        raise ValidationError("indicator.numerator", field="numerator")
    return (numerator * 100 / denominator).quantize(PERCENT_PLACES, rounding=ROUND_HALF_UP)


@dataclass(frozen=True, slots=True)
class Summand:
    """One indicator's current value, with what decides whether it may be added to another."""

    library_id: int | None
    unit: str
    unit_subject: UnitSubject
    semantics: ValueSemantics
    actual: Decimal | None
    per_gemeente: tuple[tuple[str, Decimal], ...] = ()
    """Its current value per gemeente, where its measurements are split so."""

    @property
    def kind(self) -> tuple[int | None, str, UnitSubject, ValueSemantics]:
        """What must be equal for two values to add up."""
        return (self.library_id, self.unit.strip().lower(), self.unit_subject, self.semantics)


@dataclass(frozen=True, slots=True)
class Total:
    library_id: int
    unit: str
    unit_subject: UnitSubject
    semantics: ValueSemantics
    indicators: int
    measured: int
    total: Decimal | None
    """The sum of the measured values; None for snapshots, which do not add up."""
    per_gemeente: tuple[tuple[str, Decimal], ...] = ()
    """The sum per gemeente of the indicators split so, by name; what the others count stays
    outside it (``unsplit``)."""
    unsplit: Decimal = Decimal(0)
    """The part of ``total`` counted by indicators that are not split per gemeente."""


def add_up(values: Iterable[Summand]) -> Decimal:
    """The sum of like indicators; refuses unlike ones (another entry, unit, what a unit counts
    or semantics) and snapshots, whose values do not add up."""
    items = list(values)
    kinds = {v.kind for v in items}
    if len(kinds) > 1 or any(v.library_id is None for v in items):
        raise ValidationError("indicator.unlike", field="indicators")
    if items and items[0].semantics not in ADDITIVE:
        raise ValidationError("indicator.snapshot_sum", field="indicators")
    return sum((v.actual for v in items if v.actual is not None), Decimal(0))


def totals(values: Iterable[Summand]) -> list[Total]:
    """Per library entry, unit, what a unit counts and semantics: how many indicators, how many
    measured, and their sum where the values add up. Indicators outside the library are not
    totalled."""
    groups: dict[tuple[int | None, str, UnitSubject, ValueSemantics], list[Summand]] = {}
    for value in values:
        if value.library_id is not None:
            groups.setdefault(value.kind, []).append(value)
    result = []
    for kind in sorted(groups, key=lambda k: (k[0] or 0, k[1], k[2].value)):
        items = groups[kind]
        first = items[0]
        measured = [v for v in items if v.actual is not None]
        total = add_up(items) if first.semantics in ADDITIVE else None
        places: dict[str, Decimal] = {}
        unsplit = Decimal(0)
        for value in measured:
            if not value.per_gemeente:
                unsplit += value.actual or 0
            for name, part in value.per_gemeente:
                places[name] = places.get(name, Decimal(0)) + part
        per_gemeente = tuple(sorted(places.items())) if total is not None else ()
        result.append(Total(first.library_id or 0, first.unit, first.unit_subject,
                            first.semantics, len(items), len(measured), total, per_gemeente,
                            unsplit if per_gemeente else Decimal(0)))  # fmt: skip
    return result


@dataclass(frozen=True, slots=True)
class Part:
    """A measurement's value for one gemeente or doelgroep (``ref``: its id)."""

    dimension: Dimension
    ref: int
    value: Decimal


def part_problems(
    total: Decimal, parts: Iterable[Part], whole: bool, dimensions: Iterable[Dimension]
) -> list[ValidationError]:
    """What keeps a measurement's parts from being a split of its total: a dimension the
    indicator does not declare, a negative or fractional part, one gemeente or doelgroep named
    twice, or parts of a dimension that do not sum to the total exactly."""
    found: list[ValidationError] = []
    declared = set(dimensions)
    by_dimension: dict[Dimension, list[Part]] = {}
    for part in parts:
        if part.dimension not in declared:
            found.append(ValidationError("measurement.part_dimension", field="parts"))
            continue
        if part.value < 0 or (whole and part.value != part.value.to_integral_value()):
            found.append(ValidationError("measurement.part_value", field="parts"))
            continue
        by_dimension.setdefault(part.dimension, []).append(part)
    for dimension, split in by_dimension.items():
        if len({p.ref for p in split}) != len(split):
            found.append(ValidationError("measurement.part_twice", field="parts"))
        added = sum((p.value for p in split), Decimal(0))
        if added != total:
            found.append(ValidationError("measurement.parts_sum", field="parts",
                                         dimension=DIMENSION_WORDS[dimension],
                                         added=Number(added), total=Number(total)))  # fmt: skip
    return found


DIMENSION_WORDS = {Dimension.GEMEENTE: Both("gemeente", "municipality"),
                   Dimension.DOELGROEP: Both("doelgroep", "target group")}  # fmt: skip


def current_split(
    semantics: ValueSemantics,
    measured: Iterable[tuple[bool, Iterable[tuple[Dimension, str, Decimal]]]],
) -> dict[Dimension, dict[str, Decimal]]:
    """The split of an indicator's current value, per dimension: for a per-period indicator
    the sum of each gemeente's (doelgroep's) parts over its measurements after the nulmeting,
    for a cumulative one the parts of the latest. ``measured`` holds, in date order, whether a
    measurement is the nulmeting and its parts. A dimension is left out where a counted
    measurement has no parts for it (its split would not be the whole); a snapshot has none."""
    counted = [list(parts) for baseline, parts in measured if not baseline]
    if semantics is ValueSemantics.MOMENTOPNAME or not counted:
        return {}
    if semantics is ValueSemantics.CUMULATIEF:
        counted = counted[-1:]
    found: dict[Dimension, dict[str, Decimal]] = {}
    for dimension in Dimension:
        if not all(any(d is dimension for d, _, _ in parts) for parts in counted):
            continue
        split: dict[str, Decimal] = {}
        for parts in counted:
            for d, name, value in parts:
                if d is dimension:
                    split[name] = split.get(name, Decimal(0)) + value
        found[dimension] = split
    return found


def split_text(split: dict[Dimension, dict[str, Decimal]], whole: bool, language: str) -> str:
    """A current value's split in words, as every output writes it: "Assen 80 · Aa en Hunze
    39", one dimension after another ("… | Senioren 12 · …")."""
    from fieldlab_desk.domain import formats

    return " | ".join(
        " · ".join(f"{name} {formats.number(value, language, places=0 if whole else 2)}"
                   for name, value in parts.items())
        for parts in split.values() if parts
    )  # fmt: skip
