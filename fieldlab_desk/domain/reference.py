"""Reference data every FieldLab file holds: themes, target groups, Drenthe's municipalities.

The codes are stable: files, exports and imports refer to them. Add new entries; never
change or reuse a code.
"""

from __future__ import annotations

from typing import NamedTuple

from fieldlab_desk.domain.enums import ThemeKind, UnitSubject, ValueSemantics


class ThemeSeed(NamedTuple):
    code: str
    kind: ThemeKind
    name_nl: str
    name_en: str
    parent: str | None = None


OPGAVEN = (
    ThemeSeed("GS", ThemeKind.OPGAVE, "Geletterde samenleving", "Literate society"),
    ThemeSeed(
        "PI",
        ThemeKind.OPGAVE,
        "Participatie in de informatiesamenleving",
        "Participation in the information society",
    ),
    ThemeSeed("LLO", ThemeKind.OPGAVE, "Leven lang ontwikkelen", "Lifelong development"),
)

STELSELUITDAGINGEN = (
    ThemeSeed("SU-ROBUUST", ThemeKind.STELSELUITDAGING, "Robuuste lokale bibliotheek",
              "Robust local library"),
    ThemeSeed("SU-MEDEWERKERS", ThemeKind.STELSELUITDAGING, "Medewerkers en vrijwilligers",
              "Staff and volunteers"),
    ThemeSeed("SU-INFRA", ThemeKind.STELSELUITDAGING, "Digitale (netwerk)infrastructuur",
              "Digital (network) infrastructure"),
    ThemeSeed("SU-KWALITEIT", ThemeKind.STELSELUITDAGING, "Kwaliteit en kennis",
              "Quality and knowledge"),
    ThemeSeed("SU-INNOVATIE", ThemeKind.STELSELUITDAGING, "Innovatie", "Innovation"),
    ThemeSeed("SU-COLLECTIE", ThemeKind.STELSELUITDAGING, "Collectie", "Collection"),
    ThemeSeed("SU-KLANT", ThemeKind.STELSELUITDAGING, "Gezamenlijke klantbenadering",
              "Joint customer approach"),
    ThemeSeed("SU-DIGIBIB", ThemeKind.STELSELUITDAGING, "Digitale bibliotheek",
              "Digital library"),
)  # fmt: skip

PROGRAMMALIJNEN = (
    ThemeSeed("PL-BOEKSTART", ThemeKind.PROGRAMMALIJN, "BoekStart", "BoekStart", "GS"),
    ThemeSeed("PL-BOS", ThemeKind.PROGRAMMALIJN, "de Bibliotheek op school",
              "the Library at school", "GS"),
    ThemeSeed("PL-GEZIN", ThemeKind.PROGRAMMALIJN, "Gezinsaanpak", "Family approach", "GS"),
    ThemeSeed("PL-IDO", ThemeKind.PROGRAMMALIJN, "Digitale inclusie / IDO",
              "Digital inclusion / IDO", "PI"),
    ThemeSeed("PL-BURGERSCHAP", ThemeKind.PROGRAMMALIJN, "Digitaal burgerschap",
              "Digital citizenship", "PI"),
    ThemeSeed("PL-DIGIJEUGD", ThemeKind.PROGRAMMALIJN, "Digitale geletterdheid jeugd",
              "Digital literacy for youth", "PI"),
    ThemeSeed("PL-BASIS", ThemeKind.PROGRAMMALIJN, "Bibliotheek en basisvaardigheden",
              "Library and basic skills", "LLO"),
    ThemeSeed("PL-PERSOONLIJK", ThemeKind.PROGRAMMALIJN, "Persoonlijke ontwikkeling",
              "Personal development", "LLO"),
)  # fmt: skip

OLD_AGENDA_THEMES = {
    "DSA-LEEFBAARHEID": "DSA-BEWONERSPARTICIPATIE",
    "DSA-GEZONDHEID": "DSA-POSITIEVE-GEZONDHEID",
    "DSA-ONDERWIJS": "DSA-GELIJKE-KANSEN",
    "DSA-ARMOEDE": None,
    "DSA-MEEDOEN": None,
}
"""The five themes FieldLab Desk shipped until schema 0009, which are not in the source, and the
speerpunt each moves to where that is unambiguous: *Leefbaarheid* is the leefbaarheid of
*Bewonersparticipatie voor wonen en leefbaarheid*, *Gezondheid* is *Positieve gezondheid*,
*Onderwijskwaliteit en gelijke kansen* is *Gelijke kansen voor kinderen*. *Armoede en
laaggeletterdheid* and *Meedoen* fit none (or several): their links stay, marked vervallen."""

THEMES = OPGAVEN + STELSELUITDAGINGEN + PROGRAMMALIJNEN
"""What every portfolio has, whatever its region; a region's own agenda themes, gemeenten and
organisations come from its file in ``resources/regions/`` (``services/regions.py``)."""


class TargetGroupSeed(NamedTuple):
    code: str
    name_nl: str
    name_en: str


TARGET_GROUPS = (
    TargetGroupSeed("JONGE-KINDEREN", "Jonge kinderen (0-4) en ouders", "Young children (0-4) and parents"),
    TargetGroupSeed("JEUGD", "Jeugd (4-18)", "Youth (4-18)"),
    TargetGroupSeed("JONGEREN", "Jongeren en jongvolwassenen", "Young adults"),
    TargetGroupSeed("LAAGGELETTERDEN", "Laaggeletterde volwassenen", "Adults with low literacy"),
    TargetGroupSeed("DIGITAAL-KWETSBAAR", "Digitaal kwetsbare inwoners", "Digitally vulnerable residents"),
    TargetGroupSeed("SENIOREN", "Senioren", "Older people"),
    TargetGroupSeed("NIEUWKOMERS", "Nieuwkomers en statushouders", "Newcomers and refugees"),
    TargetGroupSeed("WERKZOEKENDEN", "Werkzoekenden", "Job seekers"),
    TargetGroupSeed("ONDERWIJS", "Leerkrachten en scholen", "Teachers and schools"),
    TargetGroupSeed("BIBLIOTHEEKMEDEWERKERS", "Bibliotheekmedewerkers en vrijwilligers",
                    "Library staff and volunteers"),
    TargetGroupSeed("ALLE-INWONERS", "Alle inwoners", "All residents"),
)  # fmt: skip


class IndicatorSeed(NamedTuple):
    code: str
    name_nl: str
    name_en: str
    unit: str
    unit_subject: UnitSubject
    semantics: ValueSemantics
    whole_numbers: bool


S, V = UnitSubject, ValueSemantics
INDICATOR_LIBRARY = (
    IndicatorSeed("DEELNEMERS", "Bereikte deelnemers (totaal)", "Participants reached (total)",
                  "personen", S.DEELNEMERS, V.CUMULATIEF, True),
    IndicatorSeed("BIJEENKOMSTEN", "Aantal bijeenkomsten", "Number of meetings", "bijeenkomsten",
                  S.ACTIVITEITEN, V.PER_PERIODE, True),
    IndicatorSeed("DIGIVAARDIG", "Deelnemers van wie de digitale vaardigheden verbeteren",
                  "Participants whose digital skills improve", "personen", S.DEELNEMERS,
                  V.CUMULATIEF, True),
    IndicatorSeed("VERBETERING", "Deelnemers die verbetering ervaren",
                  "Participants who experience improvement", "%", S.DEELNEMERS, V.MOMENTOPNAME,
                  False),
    IndicatorSeed("IMPACTMONITOR", "Score op de Impactmonitor", "Impact Monitor score",
                  "score 1-10", S.INWONERS, V.MOMENTOPNAME, False),
    IndicatorSeed("BIBLIOTHEKEN", "Deelnemende bibliotheken", "Participating libraries",
                  "bibliotheken", S.BIBLIOTHEKEN, V.CUMULATIEF, True),
    IndicatorSeed("VRIJWILLIGERS", "Actieve vrijwilligers", "Active volunteers", "vrijwilligers",
                  S.VRIJWILLIGERS, V.MOMENTOPNAME, True),
    IndicatorSeed("UITLENINGEN", "Uitleningen", "Loans", "uitleningen", S.ACTIVITEITEN,
                  V.PER_PERIODE, True),
)  # fmt: skip
