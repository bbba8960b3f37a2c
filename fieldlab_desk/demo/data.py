"""The content of the Drenthe demo portfolio: real organisations, fictitious people and plans.

Amounts are whole euros here; the builder in :mod:`fieldlab_desk.demo` turns them into
budget lines in cents. The SGIA totals are chosen so that 2023 lands near the € 250.000 norm,
2024 just over it, and 2025 under it with two proposals in the pipeline that would tip it over.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from fieldlab_desk.domain.enums import FieldlabScope, OrganisationKind, Phase, ResultMandate

K = OrganisationKind
ORGANISATIONS = (
    ("Biblionet Drenthe", "Biblionet", K.POI, "Assen", "https://www.biblionetdrenthe.nl"),
    ("Facet", "Facet", K.BIBLIOTHEEK, "Emmen", "https://www.facet.nl"),
    ("De Nieuwe Kolk", "DNK", K.BIBLIOTHEEK, "Assen", "https://www.denieuwekolk.nl"),
    ("Bibliotheek Hoogeveen", "Bieb Hoogeveen", K.BIBLIOTHEEK, "Hoogeveen", ""),
    ("CMO STAMM", "CMO STAMM", K.PARTNER, "Assen", "https://www.cmostamm.nl"),
    ("BOKD", "BOKD", K.PARTNER, "Assen", "https://www.bokd.nl"),
    ("Huus van de Taol", "HvdT", K.PARTNER, "Beilen", "https://www.huusvandetaol.nl"),
    ("Kunst & Cultuur Drenthe", "K&CD", K.PARTNER, "Assen", "https://www.kcdr.nl"),
    ("GGD Drenthe", "GGD", K.PARTNER, "Assen", "https://www.ggddrenthe.nl"),
    ("Koninklijke Bibliotheek", "KB", K.LANDELIJK, "Den Haag", "https://www.kb.nl"),
    ("Hanzehogeschool Groningen", "Hanze", K.KENNISINSTELLING, "Groningen", ""),
    ("Provincie Drenthe", "Provincie", K.PROVINCIE, "Assen", "https://www.provincie.drenthe.nl"),
    ("B9", "B9", K.SAMENWERKINGSVERBAND, "Drenthe", ""),
    ("Gemeente Emmen", "Emmen", K.GEMEENTE, "Emmen", ""),
    ("Gemeente Assen", "Assen", K.GEMEENTE, "Assen", ""),
    ("Gemeente Hoogeveen", "Hoogeveen", K.GEMEENTE, "Hoogeveen", ""),
    ("Gemeente Tynaarlo", "Tynaarlo", K.GEMEENTE, "Vries", ""),
    ("Leesplein Media B.V.", "Leesplein", K.BEDRIJF, "Zwolle", ""),
)

PEOPLE = (
    ("Anouk Hendriks", "Biblionet Drenthe", "innovatiecoördinator"),
    ("Henk Vos", "Biblionet Drenthe", "directeur-bestuurder, voorzitter SGIA"),
    ("Jeroen Bakker", "Facet", "projectleider"),
    ("Fatima El Amrani", "Facet", "adviseur educatie"),
    ("Marieke Smit", "De Nieuwe Kolk", "projectleider digitale inclusie"),
    ("Tom Kuipers", "De Nieuwe Kolk", "manager bibliotheek"),
    ("Sanne Mulder", "Bibliotheek Hoogeveen", "projectleider leesbevordering"),
    ("Pieter de Boer", "CMO STAMM", "adviseur sociaal domein"),
    ("Lotte Jansen", "GGD Drenthe", "gezondheidsbevorderaar"),
    ("Wim Dijkstra", "BOKD", "dorpenadviseur"),
    ("Ingrid Meijer", "Huus van de Taol", "taalconsulent"),
    ("Ruud van Dam", "Provincie Drenthe", "beleidsmedewerker cultuur, SGIA-lid"),
)


class FieldlabSeed(NamedTuple):
    name: str
    scope: FieldlabScope
    lead: str
    mandate: ResultMandate
    goal: str
    partners: tuple[str, ...]
    start: dt.date


FIELDLABS = (
    FieldlabSeed(
        "Fieldlab Fysiek-Digitaal", FieldlabScope.LANDELIJK, "Biblionet Drenthe",
        ResultMandate.EFFECTIVITEIT,
        "Fysieke en digitale collectie verbinden, zodat bezoekers vanuit het gebouw de weg naar "
        "e-books en luisterboeken vinden (QR-codes, slimme schappen).",
        ("Koninklijke Bibliotheek", "Facet", "Leesplein Media B.V."), dt.date(2022, 9, 1),
    ),
    FieldlabSeed(
        "Fieldlab Digitale Inclusie Noord", FieldlabScope.REGIONAAL, "De Nieuwe Kolk",
        ResultMandate.EFFECTIVITEIT,
        "Meer inwoners digitaal zelfredzaam: bereik en gebruik van digitale hulp in de "
        "bibliotheek vergroten.",
        ("Biblionet Drenthe", "CMO STAMM", "Hanzehogeschool Groningen"), dt.date(2023, 1, 1),
    ),
    FieldlabSeed(
        "Fieldlab Bibliotheek in de Kern", FieldlabScope.REGIONAAL, "Biblionet Drenthe",
        ResultMandate.BEIDE,
        "Bibliotheekfuncties in kleine kernen behouden met minder vaste bezetting: "
        "dorpshuizen, open+ en vrijwilligers.",
        ("BOKD", "Facet", "Bibliotheek Hoogeveen"), dt.date(2023, 6, 1),
    ),
    FieldlabSeed(
        "Fieldlab Taal en Gezondheid", FieldlabScope.LOKAAL, "Bibliotheek Hoogeveen",
        ResultMandate.EFFECTIVITEIT,
        "Laaggeletterdheid en gezondheidsvaardigheden samen aanpakken met zorg- en taalpartners.",
        ("GGD Drenthe", "Huus van de Taol"), dt.date(2023, 1, 1),
    ),
)  # fmt: skip


class ProjectSeed(NamedTuple):
    code: str
    title: str
    lead: str
    leader: str
    fieldlab: str | None
    theme: str
    themes: tuple[str, ...]
    phase: Phase
    start: dt.date
    end: dt.date
    sgia: dict[int, int]  # year → euro
    partner: str | None  # co-financing partner
    groups: tuple[str, ...]
    places: tuple[str, ...]
    need: str
    summary: str
    result: str = ""


def d(year: int, month: int, day: int = 1) -> dt.date:
    return dt.date(year, month, day)


DRENTHE = (
    "Aa en Hunze",
    "Assen",
    "Borger-Odoorn",
    "Coevorden",
    "De Wolden",
    "Emmen",
    "Hoogeveen",
    "Meppel",
    "Midden-Drenthe",
    "Noordenveld",
    "Tynaarlo",
    "Westerveld",
)
"""Drenthe's twelve gemeenten (the Taalcafés run in all of them)."""

PARTNER_ROLES = {
    "Leesplein Media B.V.": "uitvoerder",
    "Huus van de Taol": "uitvoerder",
    "Kunst & Cultuur Drenthe": "uitvoerder",
    "BOKD": "uitvoerder",
    "CMO STAMM": "kennispartner",
    "Hanzehogeschool Groningen": "kennispartner",
    "GGD Drenthe": "doorverwijzer",
    "Gemeente Emmen": "financier",
    "Gemeente Assen": "financier",
}
"""What each partner does in the projects it joins (its money is in the budget either way)."""

PACE = {
    "SGIA-2024-02": 0.55,  # volunteers for the small villages are hard to find (RAG oranje)
    "SGIA-2023-04": 0.8,  # recruiting through GPs and district teams takes longer (RAG oranje)
}
"""How far along its expected path a project is, where its story says so; others vary."""

P = Phase
PROJECTS = (
    ProjectSeed("SGIA-2023-01", "QR-codes naar e-books in de bibliotheek", "Biblionet Drenthe",
        "Anouk Hendriks", "Fieldlab Fysiek-Digitaal", "PI", ("SU-DIGIBIB", "SU-COLLECTIE"),
        P.AFGEROND, d(2023, 2), d(2023, 12, 31), {2023: 32_000}, "Leesplein Media B.V.",
        ("ALLE-INWONERS",), ("Assen", "Tynaarlo"),
        "Bezoekers weten niet dat de bibliotheek e-books en luisterboeken heeft.",
        "Op schappen en in displays hangen QR-codes die direct naar het e-book of luisterboek "
        "van dezelfde titel leiden.",
        "Gebruik van de online bibliotheek vanuit de vestigingen steeg met 18 %; opgenomen in "
        "het landelijke fieldlab."),
    ProjectSeed("SGIA-2023-02", "Taalhuis op wielen", "Bibliotheek Hoogeveen", "Sanne Mulder",
        "Fieldlab Taal en Gezondheid", "GS", ("DSA-BEWONERSPARTICIPATIE", "PL-BASIS"), P.AFGEROND,
        d(2023, 3), d(2023, 12, 31), {2023: 28_500}, "Huus van de Taol",
        ("LAAGGELETTERDEN", "NIEUWKOMERS"), ("Hoogeveen", "De Wolden"),
        "Laaggeletterden in de buitengebieden komen niet naar het Taalhuis in de stad.",
        "Een bus met taalvrijwilligers bezoekt wekelijks dorpen en wijken."),
    ProjectSeed("SGIA-2023-03", "Digicafé Drenthe: digitale hulp dichtbij", "De Nieuwe Kolk",
        "Marieke Smit", "Fieldlab Digitale Inclusie Noord", "PI", ("PL-IDO",),
        P.OPSCHALING_BORGING, d(2023, 3), d(2024, 6, 30), {2023: 30_000, 2024: 15_000},
        "CMO STAMM", ("DIGITAAL-KWETSBAAR", "SENIOREN"), ("Assen", "Aa en Hunze"),
        "Steeds meer diensten zijn alleen online; veel inwoners lopen vast.",
        "Wekelijkse inloop met vrijwilligers voor hulp bij DigiD, zorg en bankzaken."),
    ProjectSeed("SGIA-2023-04", "BoekStart in de kraamzorg", "Facet", "Fatima El Amrani", None,
        "GS", ("PL-BOEKSTART", "DSA-GELIJKE-KANSEN"), P.EVALUATIE, d(2023, 4), d(2024, 9, 30),
        {2023: 24_000, 2024: 12_000}, "GGD Drenthe", ("JONGE-KINDEREN",), ("Emmen", "Coevorden"),
        "Gezinnen met een taalachterstand worden niet bereikt met BoekStart.",
        "Kraamverzorgenden geven het BoekStartpakket mee en vertellen over voorlezen."),
    ProjectSeed("SGIA-2023-05", "Dorpshuis als bibliotheekpunt", "Biblionet Drenthe", "Henk Vos",
        "Fieldlab Bibliotheek in de Kern", "LLO", ("SU-ROBUUST", "DSA-BEWONERSPARTICIPATIE"),
        P.IN_UITVOERING, d(2023, 9), d(2025, 12, 31), {2023: 20_000, 2024: 40_000, 2025: 15_000},
        "BOKD", ("ALLE-INWONERS", "SENIOREN"), ("Midden-Drenthe", "Westerveld", "Borger-Odoorn"),
        "In kleine kernen verdwijnen voorzieningen; de bibliotheek is ver weg.",
        "Dorpshuizen krijgen een bibliotheekpunt met afhaalkast, programma en vrijwilligers."),
    ProjectSeed("SGIA-2023-06", "Gezondheidsvaardigheden in de bibliotheek", "De Nieuwe Kolk",
        "Tom Kuipers", "Fieldlab Taal en Gezondheid", "LLO", ("DSA-POSITIEVE-GEZONDHEID", "PL-BASIS"),
        P.AFGEROND, d(2023, 1), d(2023, 12, 31), {2023: 26_000}, "GGD Drenthe",
        ("LAAGGELETTERDEN", "SENIOREN"), ("Assen",),
        "Laaggeletterden begrijpen folders en apps van zorgverleners slecht.",
        "Spreekuren en cursussen 'Gezond lezen' samen met de GGD."),
    ProjectSeed("SGIA-2023-07", "Makerspace op school", "Facet", "Jeroen Bakker", None, "LLO",
        ("PL-DIGIJEUGD",), P.GESTOPT, d(2023, 2), d(2023, 12, 31), {2023: 30_000}, None,
        ("JEUGD", "ONDERWIJS"), ("Emmen",),
        "Kinderen maken weinig kennis met programmeren en maken.",
        "Een mobiele makerspace op basisscholen, begeleid door bibliotheekmedewerkers.",
        "Gestopt na de pilot: scholen hadden geen ruimte in het rooster. Negatief resultaat, "
        "wel geleerd: aansluiten bij bestaande techniekuren."),
    ProjectSeed("SGIA-2023-08", "Voorleesexpress met Kunst & Cultuur Drenthe",
        "Bibliotheek Hoogeveen", "Sanne Mulder", None, "GS", ("PL-GEZIN",), P.AFGEROND,
        d(2023, 1), d(2023, 12, 31), {2023: 18_000}, "Kunst & Cultuur Drenthe",
        ("JONGE-KINDEREN", "JEUGD"), ("Hoogeveen",),
        "Gezinnen lezen thuis weinig voor.",
        "Vrijwilligers lezen twintig weken bij gezinnen thuis voor, met theater als afsluiting."),
    ProjectSeed("SGIA-2023-09", "Bibliotheek aan huis voor minder mobiele ouderen", "B9",
        "Anouk Hendriks", None, "LLO", ("PL-PERSOONLIJK", "DSA-POSITIEVE-GEZONDHEID"),
        P.AFGEROND, d(2023, 1), d(2023, 12, 31), {2023: 50_500}, "CMO STAMM", ("SENIOREN",),
        ("Aa en Hunze", "Midden-Drenthe", "Noordenveld"),
        "Ouderen die niet meer naar de bibliotheek kunnen, raken het lezen en hun contacten kwijt.",
        "Vrijwilligers brengen boeken en luisterboeken aan huis en praten erover na; de "
        "bibliotheek verbindt hen met welzijnswerk.",
        "Aan huis bereikt in negen maanden; de helft van de deelnemers zegt zich minder alleen "
        "te voelen. Opgenomen in het vaste aanbod van B9."),
    ProjectSeed("SGIA-2024-01", "Veilig online voor senioren", "De Nieuwe Kolk", "Marieke Smit",
        "Fieldlab Digitale Inclusie Noord", "PI", ("PL-BURGERSCHAP",),
        P.IN_UITVOERING, d(2024, 1), d(2025, 12, 31), {2024: 45_000, 2025: 20_000}, "CMO STAMM",
        ("SENIOREN",), ("Assen", "Tynaarlo", "Noordenveld"),
        "Senioren worden vaker slachtoffer van online oplichting.",
        "Workshops en een spreekuur over phishing, nepwebshops en veilig bankieren."),
    ProjectSeed("SGIA-2024-02", "Taalcafés in twaalf gemeenten", "Biblionet Drenthe",
        "Anouk Hendriks", "Fieldlab Taal en Gezondheid", "GS", ("PL-BASIS",),
        P.IN_UITVOERING, d(2024, 1), d(2025, 12, 31), {2024: 38_000, 2025: 30_000},
        "Huus van de Taol", ("LAAGGELETTERDEN", "NIEUWKOMERS"), DRENTHE,
        "Nieuwkomers en laaggeletterden oefenen te weinig met spreken.",
        "In elke gemeente een wekelijks taalcafé, begeleid door getrainde vrijwilligers."),
    ProjectSeed("SGIA-2024-03", "Open+ in kleine kernen", "Facet", "Jeroen Bakker",
        "Fieldlab Bibliotheek in de Kern", "PI", ("SU-ROBUUST", "SU-INFRA"), P.EVALUATIE,
        d(2024, 1), d(2024, 12, 31), {2024: 62_750}, "Gemeente Emmen",
        ("ALLE-INWONERS",), ("Emmen", "Borger-Odoorn"),
        "Openingsuren in kleine vestigingen staan onder druk door personeelskrapte.",
        "Vestigingen open zonder personeel met pas en camera; medewerkers op vaste momenten."),
    ProjectSeed("SGIA-2024-04", "Media-ukkie: jonge ouders en schermgebruik",
        "Bibliotheek Hoogeveen", "Sanne Mulder", None, "GS", ("PL-GEZIN", "DSA-GELIJKE-KANSEN"),
        P.AFGEROND, d(2024, 2), d(2024, 12, 31), {2024: 21_000}, "GGD Drenthe",
        ("JONGE-KINDEREN",), ("Hoogeveen",),
        "Ouders twijfelen over schermgebruik van peuters.",
        "Ouderbijeenkomsten met het consultatiebureau en een leeshoek over media."),
    ProjectSeed("SGIA-2024-05", "Cultuurcoaches en de bibliotheek", "De Nieuwe Kolk",
        "Tom Kuipers", None, "LLO", ("PL-PERSOONLIJK",), P.IN_UITVOERING,
        d(2024, 3), d(2025, 12, 31), {2024: 28_000, 2025: 22_000}, "Kunst & Cultuur Drenthe",
        ("JONGEREN",), ("Assen",),
        "Jongeren vinden de bibliotheek niet als plek om zich te ontwikkelen.",
        "Cultuurcoaches organiseren met jongeren programma's in de bibliotheek."),
    ProjectSeed("SGIA-2024-06", "Escape room over nepnieuws", "Facet", "Fatima El Amrani", None,
        "PI", ("PL-DIGIJEUGD",), P.GESTOPT, d(2024, 9), d(2025, 6, 30), {}, None,
        ("JEUGD",), ("Emmen",),
        "Jongeren herkennen nepnieuws slecht.",
        "Een reizende escape room over desinformatie voor de bovenbouw."),
    ProjectSeed("SGIA-2025-01", "AI-spreekuur in de bibliotheek", "Biblionet Drenthe",
        "Anouk Hendriks", "Fieldlab Fysiek-Digitaal", "PI", ("PL-BURGERSCHAP", "SU-INNOVATIE"),
        P.IN_UITVOERING, d(2025, 3), d(2025, 12, 31), {2025: 48_000}, "Hanzehogeschool Groningen",
        ("ALLE-INWONERS", "WERKZOEKENDEN"), ("Assen", "Emmen", "Hoogeveen"),
        "Inwoners gebruiken AI-chatbots zonder te weten wat die wel en niet kunnen.",
        "Spreekuren en lezingen over generatieve AI, met een lesbrief voor vrijwilligers."),
    ProjectSeed("SGIA-2025-02", "Laaggeletterdheid en armoede: samen met CMO STAMM", "Facet",
        "Jeroen Bakker", None, "GS", ("PL-BASIS",), P.GOEDGEKEURD, d(2025, 10),
        d(2026, 3, 31), {2025: 42_500}, "CMO STAMM", ("LAAGGELETTERDEN",), ("Emmen", "Coevorden"),
        "Schuldhulp en taalhulp werken langs elkaar heen.",
        "Taalhulp op de plekken waar mensen met geldzorgen al komen, met één verwijsroute."),
    ProjectSeed("SGIA-2025-03", "Voorleesrobot in de kinderopvang", "Bibliotheek Hoogeveen",
        "Sanne Mulder", "Fieldlab Fysiek-Digitaal", "GS", ("PL-BOEKSTART", "SU-INNOVATIE"),
        P.VOORSTEL, d(2025, 11), d(2026, 6, 30), {2025: 35_000}, None, ("JONGE-KINDEREN",),
        ("Hoogeveen",),
        "Pedagogisch medewerkers hebben weinig tijd om voor te lezen.",
        "Een pilot met een voorleesrobot naast de voorleesvrijwilliger."),
    ProjectSeed("SGIA-2025-04", "Bibliotheek als werkplaats voor werkzoekenden",
        "De Nieuwe Kolk", "Tom Kuipers", None, "LLO", ("PL-PERSOONLIJK",),
        P.VOORSTEL, d(2025, 11), d(2026, 8, 31), {2025: 45_000}, "Gemeente Assen",
        ("WERKZOEKENDEN",), ("Assen",),
        "Werkzoekenden missen digitale en sollicitatievaardigheden.",
        "Een werkplaats met trainingen en vrijwilligers-coaches in de bibliotheek."),
    ProjectSeed("SGIA-2025-05", "Podcaststudio voor jongeren", "Facet", "Fatima El Amrani", None,
        "LLO", ("PL-DIGIJEUGD",), P.IDEE, d(2026, 1), d(2026, 12, 31), {}, None, ("JONGEREN",),
        ("Emmen",), "Jongeren willen verhalen maken, niet alleen lezen.",
        "Een podcaststudio met begeleiding door makers uit de regio."),
)  # fmt: skip

MEETINGS = (
    d(2022, 11, 15), d(2023, 2, 14), d(2023, 5, 16), d(2023, 9, 12), d(2023, 11, 21),
    d(2024, 2, 13), d(2024, 5, 14), d(2024, 9, 10), d(2024, 11, 19),
    d(2025, 2, 11), d(2025, 5, 13), d(2025, 9, 9),
)  # fmt: skip
