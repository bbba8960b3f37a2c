"""The figures people act on, each defined once: its name in both languages, what it means
and how it is written. The screen, the CLI, the workbooks and the PDFs take a figure's name
and formatting from here (``docs/figures.md`` lists where each appears).

The rules themselves live beside their data: the year's money in :mod:`.yearplan`, a
project's budget in :mod:`.budget`, an indicator's progress and status in :mod:`.progress`.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from fieldlab_desk.domain import formats
from fieldlab_desk.domain.formats import Language


class Kind(StrEnum):
    MONEY = "money"  # integer cents
    PERCENT = "percent"  # a Decimal percentage, one decimal (23.3)
    SHARE = "share"  # a Decimal fraction, to a tenth of a percent (0.233)
    STATUS = "status"  # an enum value, named by texts.label


class Figure(StrEnum):
    NORM = "norm"
    BEGROOT = "begroot"
    TOEGEKEND = "toegekend"
    VERPLICHT = "verplicht"
    BESTEED = "besteed"
    OVERSCHRIJDING = "overschrijding"
    VRIJ = "vrij"
    PIJPLIJN = "pijplijn"
    BENUTTING = "benutting"
    RESTEREND = "resterend"
    PROGNOSE = "prognose"
    VRIJVAL = "vrijval"
    OVERGEHEVELD_UIT = "overgeheveld_uit"
    OVERGEHEVELD_NAAR = "overgeheveld_naar"
    COFINANCIERINGSAANDEEL = "cofinancieringsaandeel"
    VOORTGANG = "voortgang"
    VERWACHT = "verwacht"
    STATUS = "status"


@dataclass(frozen=True, slots=True)
class Definition:
    kind: Kind
    names: tuple[str, str]  # Dutch, English
    meaning: tuple[str, str]  # one sentence, Dutch and English


DEFINITIONS: dict[Figure, Definition] = {
    Figure.NORM: Definition(Kind.MONEY, ("Norm", "Norm"), (
        "Wat de stuurgroep per jaar aan SGIA-geld mag toekennen (standaard € 250.000).",
        "What the steering group may grant in SGIA money in a year (by default € 250,000).")),
    Figure.BEGROOT: Definition(Kind.MONEY, ("Begroot", "Budgeted"), (
        "Wat de begrotingsregels plannen (voor het jaar: de SGIA-regels).",
        "What the budget lines plan (for the year: the SGIA lines).")),
    Figure.TOEGEKEND: Definition(Kind.MONEY, ("Toegekend", "Granted"), (
        "Wat de stuurgroep voor het jaar toekende (besluiten); een gestopt project houdt "
        "daarvan alleen wat het al verplichtte of besteedde.",
        "What the steering group granted for the year (decisions); a stopped project keeps "
        "only what of it it had committed or spent.")),
    Figure.VERPLICHT: Definition(Kind.MONEY, ("Verplicht", "Committed"), (
        "Verplichtingen geboekt op de regels.", "Commitments booked on the lines.")),
    Figure.BESTEED: Definition(Kind.MONEY, ("Besteed", "Spent"), (
        "Uitgaven geboekt op de regels.", "Expenses booked on the lines.")),
    Figure.OVERSCHRIJDING: Definition(Kind.MONEY, ("Overschrijding", "Overspend"), (
        "Wat een project in een jaar meer aan SGIA-geld verplichtte en besteedde dan is "
        "toegekend; telt mee tegen de norm.",
        "What a project committed and spent of SGIA money in a year beyond its grant; it "
        "counts against the norm.")),
    Figure.VRIJ: Definition(Kind.MONEY, ("Vrij", "Free"), (
        "Norm − toegekend − overschrijding; negatief boven de norm.",
        "Norm − granted − overspend; negative above the norm.")),
    Figure.PIJPLIJN: Definition(Kind.MONEY, ("Pijplijn", "Pipeline"), (
        "Wat voorstellen vragen waarover de stuurgroep nog niet (of uitstellend) besliste.",
        "What proposals ask on which the steering group has not decided yet (or deferred).")),
    Figure.BENUTTING: Definition(Kind.PERCENT, ("Benutting", "Use of norm"), (
        "(Toegekend + overschrijding) als percentage van de norm.",
        "(Granted + overspend) as a percentage of the norm.")),
    Figure.RESTEREND: Definition(Kind.MONEY, ("Resterend", "Remaining"), (
        "Begroot − verplicht − besteed; negatief als er meer geboekt is dan begroot.",
        "Budgeted − committed − spent; negative when more was booked than budgeted.")),
    Figure.PROGNOSE: Definition(Kind.MONEY, ("Prognose", "Forecast"), (
        "Besteed + verplicht + wat nog begroot staat: de verwachte eindkosten.",
        "Spent + committed + what is still budgeted: the expected final cost.")),
    Figure.VRIJVAL: Definition(Kind.MONEY, ("Vrijval", "Underspend"), (
        "Toegekend maar volgens de prognose niet te besteden: toegekend − prognose van de "
        "SGIA-regels van het jaar, niet onder nul; alleen voor een toegekend project.",
        "Granted but, by the forecast, not to be spent: granted − forecast of the year's SGIA "
        "lines, not below zero; for a granted project only.")),
    Figure.OVERGEHEVELD_UIT: Definition(Kind.MONEY, ("Overgeheveld uit vorig jaar", "Carried in from last year"), (
        "Toegekend geld van het jaar ervoor dat een toegekend wijzigingsverzoek naar dit jaar "
        "overhevelde; telt mee in toegekend van dit jaar.",
        "Granted money of the year before that a granted change request carried into this "
        "year; it counts in this year's granted.")),
    Figure.OVERGEHEVELD_NAAR: Definition(Kind.MONEY, ("Overgeheveld naar volgend jaar", "Carried to next year"), (
        "Onbesteed toegekend geld van dit jaar dat een toegekend wijzigingsverzoek naar het "
        "jaar erna overhevelde; telt niet meer in toegekend van dit jaar.",
        "Unspent granted money of this year that a granted change request carried to the "
        "next year; it no longer counts in this year's granted.")),
    Figure.COFINANCIERINGSAANDEEL: Definition(Kind.PERCENT, ("Cofinancieringsaandeel", "Co-financing share"), (
        "Het deel van de begroting dat niet uit SGIA-geld komt (eigen bijdrage, partners, "
        "fondsen), als percentage van de hele begroting.",
        "The part of the budget not paid from SGIA money (own contribution, partners, funds), "
        "as a percentage of the whole budget.")),
    Figure.VOORTGANG: Definition(Kind.SHARE, ("Voortgang", "Progress"), (
        "(Stand − nulmeting) / (streefwaarde − nulmeting), op een tiende procent.",
        "(Now − baseline) / (target − baseline), to a tenth of a percent.")),
    Figure.VERWACHT: Definition(Kind.SHARE, ("Verwacht", "Expected"), (
        "Het deel van de tijd van nulmeting tot streefdatum dat voorbij is, op een tiende procent.",
        "The share of the time from baseline to target date that has passed, to a tenth of a percent.")),
    Figure.STATUS: Definition(Kind.STATUS, ("Status", "Status"), (
        "Gehaald, op koers, risico, achter op schema of geen data: uit voortgang en verwacht "
        "zoals getoond.",
        "Met, on track, at risk, off track or no data: from progress and expected as shown.")),
}  # fmt: skip


LANGUAGE_INDEX = {"nl": 0, "en": 1}


def name(figure: Figure, language: Language = "nl") -> str:
    """The figure's name, capitalised as a column header: ``Toegekend`` / ``Granted``."""
    return DEFINITIONS[figure].names[LANGUAGE_INDEX[language]]


def lower_name(figure: Figure, language: Language = "nl") -> str:
    """The figure's name inside a sentence: ``toegekend`` / ``granted``."""
    shown = name(figure, language)
    return shown[0].lower() + shown[1:]


def meaning(figure: Figure, language: Language = "nl") -> str:
    return DEFINITIONS[figure].meaning[LANGUAGE_INDEX[language]]


def show(figure: Figure, value: int | Decimal | None, language: Language = "nl") -> str:
    """The figure's value as every output writes it (money, percentage or share)."""
    kind = DEFINITIONS[figure].kind
    if value is None:
        return formats.DASH
    if kind is Kind.MONEY:
        return formats.money(int(value), language)
    if kind is Kind.PERCENT:
        return formats.percent(Decimal(value), language)
    if kind is Kind.SHARE:
        return formats.share(Decimal(value), language)
    raise ValueError(f"{figure} is a status: name it with texts.label")
