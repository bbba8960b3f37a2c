"""The fixed vocabularies of the domain. Values are stable codes stored in the file."""

from __future__ import annotations

from enum import StrEnum


class OrganisationKind(StrEnum):
    BIBLIOTHEEK = "bibliotheek"
    POI = "poi"
    LANDELIJK = "landelijk"
    PARTNER = "partner"
    KENNISINSTELLING = "kennisinstelling"
    BEDRIJF = "bedrijf"
    GEMEENTE = "gemeente"
    PROVINCIE = "provincie"
    SAMENWERKINGSVERBAND = "samenwerkingsverband"


class ThemeKind(StrEnum):
    OPGAVE = "opgave"
    STELSELUITDAGING = "stelseluitdaging"
    PROGRAMMALIJN = "programmalijn"
    SOCIALE_AGENDA = "sociale_agenda"
    """A theme of the region's own agenda (Drenthe: the Drentse Sociale Agenda's speerpunten);
    the portfolio names the agenda (``FileInfo.regional_agenda``). The stored code stays."""


class FieldlabScope(StrEnum):
    LANDELIJK = "landelijk"
    REGIONAAL = "regionaal"
    LOKAAL = "lokaal"


class ResultMandate(StrEnum):
    EFFECTIVITEIT = "effectiviteit"
    EFFICIENTIE = "efficientie"
    BEIDE = "beide"


class Phase(StrEnum):
    IDEE = "idee"
    VOORSTEL = "voorstel"
    GOEDGEKEURD = "goedgekeurd"
    IN_UITVOERING = "in_uitvoering"
    EVALUATIE = "evaluatie"
    OPSCHALING_BORGING = "opschaling_borging"
    AFGEROND = "afgerond"
    GESTOPT = "gestopt"

    @property
    def holds_money(self) -> bool:
        """Granted money counts against the norm in these phases."""
        return self in MONEY_PHASES

    @property
    def in_pipeline(self) -> bool:
        """A proposal waiting for a decision: counted only in the what-if."""
        return self is Phase.VOORSTEL


MONEY_PHASES = frozenset(
    {
        Phase.GOEDGEKEURD,
        Phase.IN_UITVOERING,
        Phase.EVALUATIE,
        Phase.OPSCHALING_BORGING,
        Phase.AFGEROND,
    }
)


class RagStatus(StrEnum):
    GROEN = "groen"
    ORANJE = "oranje"
    ROOD = "rood"


class ParticipationRole(StrEnum):
    PENVOERDER = "penvoerder"
    UITVOERDER = "uitvoerder"
    PARTNER = "partner"
    KENNISPARTNER = "kennispartner"
    FINANCIER = "financier"
    DOORVERWIJZER = "doorverwijzer"


class MeetingKind(StrEnum):
    REGULIER = "regulier"
    EXTRA = "extra"
    SCHRIFTELIJK = "schriftelijk"


class DecisionKind(StrEnum):
    TOEGEKEND = "toegekend"
    AFGEWEZEN = "afgewezen"
    AANGEHOUDEN = "aangehouden"
    VOORWAARDELIJK = "voorwaardelijk"


class RequestKind(StrEnum):
    """What a change request (*wijzigingsverzoek*) on a running project asks."""

    VERLENGING = "verlenging"
    """A later end date."""
    OVERHEVELING = "overheveling"
    """Unspent granted SGIA money of one year carried to the next (*overheveling*)."""
    KOSTENSOORT = "kostensoort"
    """Planned SGIA money of one year moved from one cost category to another."""
    SCOPE = "scope"
    """A change of what the project does (in words)."""


class RequestStatus(StrEnum):
    INGEDIEND = "ingediend"
    TOEGEKEND = "toegekend"
    AFGEWEZEN = "afgewezen"
    INGETROKKEN = "ingetrokken"

    @property
    def open(self) -> bool:
        """Waiting for the steering group's decision."""
        return self is RequestStatus.INGEDIEND


class AdoptionForm(StrEnum):
    """How a library or gemeente runs an innovation it took over (*verspreiding*)."""

    PILOT = "pilot"
    STRUCTUREEL = "structureel"
    GESTOPT = "gestopt"


class AdoptionFunding(StrEnum):
    """Who pays for running an adopted innovation."""

    EIGEN_BEGROTING = "eigen_begroting"
    GEMEENTE = "gemeente"
    PROVINCIE = "provincie"
    LANDELIJK = "landelijk"
    GEEN = "geen"


class YearPlanStatus(StrEnum):
    CONCEPT = "concept"
    VASTGESTELD = "vastgesteld"


class CostCategory(StrEnum):
    PERSONEEL = "personeel"
    INHUUR = "inhuur"
    MATERIAAL = "materiaal"
    COMMUNICATIE = "communicatie"
    ACTIVITEITEN = "activiteiten"
    OVERIG = "overig"


class FundingSource(StrEnum):
    SGIA = "sgia"
    EIGEN = "eigen"
    COFINANCIERING = "cofinanciering"
    FONDS = "fonds"


class ToCLevel(StrEnum):
    INPUT = "input"
    ACTIVITEIT = "activiteit"
    OUTPUT = "output"
    OUTCOME_KORT = "outcome_kort"
    OUTCOME_LANG = "outcome_lang"
    IMPACT = "impact"

    @property
    def rank(self) -> int:
        """0 for input … 5 for impact: a link goes to a higher rank."""
        return _LEVEL_RANK[self]

    @property
    def is_outcome(self) -> bool:
        return self in (ToCLevel.OUTCOME_KORT, ToCLevel.OUTCOME_LANG)


class ToCProblem(StrEnum):
    """What the quality check of a Theory of Change can find."""

    LINK_NOT_FORWARD = "link_not_forward"
    CYCLE = "cycle"
    LEVEL_MISSING = "level_missing"
    OUTCOME_WITHOUT_INDICATOR = "outcome_without_indicator"
    ORPHAN_ACTIVITY = "orphan_activity"
    OUTPUT_WITHOUT_ACTIVITY = "output_without_activity"
    LINK_WITHOUT_RATIONALE = "link_without_rationale"
    LINK_WITHOUT_ASSUMPTION = "link_without_assumption"
    IMPACT_WITHOUT_THEME = "impact_without_theme"
    ASSUMPTION_REFUTED = "assumption_refuted"
    ASSUMPTION_LONG_UNCONFIRMED = "assumption_long_unconfirmed"


class ScorePart(StrEnum):
    """The parts of a chain's quality score (weights in ``domain.toc``)."""

    STRUCTURE = "structure"
    MEASURED = "measured"
    EXPLAINED = "explained"
    ACTIVITIES_LEAD = "activities_lead"
    OUTPUTS_FROM_ACTIVITY = "outputs_from_activity"
    IMPACT_THEME = "impact_theme"
    ASSUMPTIONS_HOLD = "assumptions_hold"


_LEVEL_RANK = {level: rank for rank, level in enumerate(ToCLevel)}


class AssumptionStatus(StrEnum):
    ONBEVESTIGD = "onbevestigd"
    HOUDT_STAND = "houdt_stand"
    ONDER_DRUK = "onder_druk"
    WEERLEGD = "weerlegd"


class UnitSubject(StrEnum):
    """What one unit of an indicator counts: a POI's direct beneficiaries are libraries."""

    BIBLIOTHEKEN = "bibliotheken"
    INWONERS = "inwoners"
    DEELNEMERS = "deelnemers"
    MEDEWERKERS = "medewerkers"
    VRIJWILLIGERS = "vrijwilligers"
    ORGANISATIES = "organisaties"
    ACTIVITEITEN = "activiteiten"
    OVERIG = "overig"


class Direction(StrEnum):
    HOGER = "hoger"
    LAGER = "lager"


class Comparator(StrEnum):
    GE = "ge"
    LE = "le"
    EQ = "eq"


class Dimension(StrEnum):
    """What a measurement may be split by: its parts per gemeente or per doelgroep."""

    GEMEENTE = "gemeente"
    DOELGROEP = "doelgroep"


class ValueSemantics(StrEnum):
    PER_PERIODE = "per_periode"
    CUMULATIEF = "cumulatief"
    MOMENTOPNAME = "momentopname"


class MeasurementKind(StrEnum):
    NULMETING = "nulmeting"
    TUSSENMETING = "tussenmeting"
    EINDMETING = "eindmeting"


class Method(StrEnum):
    ENQUETE = "enquete"
    TELLING = "telling"
    INTERVIEW = "interview"
    OBSERVATIE = "observatie"
    IMPACTMONITOR = "impactmonitor"
    BIBLIOTHEEKMONITOR = "bibliotheekmonitor"
    EIGEN_REGISTRATIE = "eigen_registratie"


class ChangeAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"


class Role(StrEnum):
    """What a login may do on a server (``domain.access``); the server's role names end so."""

    BEHEERDER = "beheerder"
    SECRETARIS = "secretaris"
    PROJECTLEIDER = "projectleider"
    STUURGROEPLID = "stuurgroeplid"
    LEZER = "lezer"
