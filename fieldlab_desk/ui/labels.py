"""What the enums and fields are called on screen, in the current language."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from fieldlab_desk.domain.enums import (
    CostCategory,
    DecisionKind,
    FieldlabScope,
    FundingSource,
    MeetingKind,
    OrganisationKind,
    ParticipationRole,
    Phase,
    RagStatus,
    ResultMandate,
)


def label(value: StrEnum | None) -> str:
    """The on-screen name of an enum value; an empty string for None."""
    if value is None:
        return ""
    texts = _labels()
    return texts.get(value, value.value)


def _labels() -> dict[StrEnum, str]:
    # Literal strings, so that pyside6-lupdate finds every one of them.
    return {
        Phase.IDEE: QCoreApplication.translate("Labels", "Idee"),
        Phase.VOORSTEL: QCoreApplication.translate("Labels", "Voorstel"),
        Phase.GOEDGEKEURD: QCoreApplication.translate("Labels", "Goedgekeurd"),
        Phase.IN_UITVOERING: QCoreApplication.translate("Labels", "In uitvoering"),
        Phase.EVALUATIE: QCoreApplication.translate("Labels", "Evaluatie"),
        Phase.OPSCHALING_BORGING: QCoreApplication.translate("Labels", "Opschaling/borging"),
        Phase.AFGEROND: QCoreApplication.translate("Labels", "Afgerond"),
        Phase.GESTOPT: QCoreApplication.translate("Labels", "Gestopt"),
        RagStatus.GROEN: QCoreApplication.translate("Labels", "Groen"),
        RagStatus.ORANJE: QCoreApplication.translate("Labels", "Oranje"),
        RagStatus.ROOD: QCoreApplication.translate("Labels", "Rood"),
        OrganisationKind.BIBLIOTHEEK: QCoreApplication.translate("Labels", "Bibliotheek"),
        OrganisationKind.POI: QCoreApplication.translate("Labels", "POI"),
        OrganisationKind.LANDELIJK: QCoreApplication.translate("Labels", "Landelijke organisatie"),
        OrganisationKind.PARTNER: QCoreApplication.translate("Labels", "Partner"),
        OrganisationKind.KENNISINSTELLING: QCoreApplication.translate("Labels", "Kennisinstelling"),
        OrganisationKind.BEDRIJF: QCoreApplication.translate("Labels", "Bedrijf"),
        OrganisationKind.GEMEENTE: QCoreApplication.translate("Labels", "Overheid"),
        FieldlabScope.LANDELIJK: QCoreApplication.translate("Labels", "Landelijk"),
        FieldlabScope.REGIONAAL: QCoreApplication.translate("Labels", "Regionaal"),
        FieldlabScope.LOKAAL: QCoreApplication.translate("Labels", "Lokaal"),
        ResultMandate.EFFECTIVITEIT: QCoreApplication.translate(
            "Labels", "Effectiviteit (bereik, gebruik, impact)"
        ),
        ResultMandate.EFFICIENTIE: QCoreApplication.translate(
            "Labels", "Efficiëntie (kosten, personeel)"
        ),
        ResultMandate.BEIDE: QCoreApplication.translate("Labels", "Effectiviteit en efficiëntie"),
        ParticipationRole.PENVOERDER: QCoreApplication.translate("Labels", "Penvoerder"),
        ParticipationRole.UITVOERDER: QCoreApplication.translate("Labels", "Uitvoerder"),
        ParticipationRole.PARTNER: QCoreApplication.translate("Labels", "Partner"),
        ParticipationRole.KENNISPARTNER: QCoreApplication.translate("Labels", "Kennispartner"),
        ParticipationRole.FINANCIER: QCoreApplication.translate("Labels", "Financier"),
        CostCategory.PERSONEEL: QCoreApplication.translate("Labels", "Personeel/uren"),
        CostCategory.INHUUR: QCoreApplication.translate("Labels", "Inhuur extern"),
        CostCategory.MATERIAAL: QCoreApplication.translate("Labels", "Materiaal"),
        CostCategory.COMMUNICATIE: QCoreApplication.translate("Labels", "Communicatie"),
        CostCategory.ACTIVITEITEN: QCoreApplication.translate("Labels", "Activiteiten/evenementen"),
        CostCategory.OVERIG: QCoreApplication.translate("Labels", "Overig"),
        FundingSource.SGIA: QCoreApplication.translate("Labels", "SGIA/provincie"),
        FundingSource.EIGEN: QCoreApplication.translate("Labels", "Eigen bijdrage"),
        FundingSource.COFINANCIERING: QCoreApplication.translate(
            "Labels", "Cofinanciering partner"
        ),
        FundingSource.FONDS: QCoreApplication.translate("Labels", "Landelijk fonds/subsidie"),
        DecisionKind.TOEGEKEND: QCoreApplication.translate("Labels", "Toegekend"),
        DecisionKind.AFGEWEZEN: QCoreApplication.translate("Labels", "Afgewezen"),
        DecisionKind.AANGEHOUDEN: QCoreApplication.translate("Labels", "Aangehouden"),
        DecisionKind.VOORWAARDELIJK: QCoreApplication.translate(
            "Labels", "Voorwaardelijk toegekend"
        ),
        MeetingKind.REGULIER: QCoreApplication.translate("Labels", "Reguliere vergadering"),
        MeetingKind.EXTRA: QCoreApplication.translate("Labels", "Extra vergadering"),
        MeetingKind.SCHRIFTELIJK: QCoreApplication.translate("Labels", "Schriftelijke ronde"),
    }


def field_label(entity: str, field: str) -> str:
    """The name of a field in the change history."""
    names = {
        "code": QCoreApplication.translate("Labels", "Projectcode"), "title": QCoreApplication.translate("Labels", "Titel"), "summary": QCoreApplication.translate("Labels", "Samenvatting"),
        "need": QCoreApplication.translate("Labels", "Behoefte"), "goal": QCoreApplication.translate("Labels", "Doel"), "fieldlab_id": QCoreApplication.translate("Labels", "Fieldlab"),
        "primary_theme_id": QCoreApplication.translate("Labels", "Primaire opgave"), "lead_organisation_id": QCoreApplication.translate("Labels", "Penvoerder"),
        "leader_person_id": QCoreApplication.translate("Labels", "Projectleider"), "start_date": QCoreApplication.translate("Labels", "Startdatum"),
        "end_date": QCoreApplication.translate("Labels", "Einddatum"), "phase": QCoreApplication.translate("Labels", "Fase"), "rag": QCoreApplication.translate("Labels", "RAG-status"),
        "scaling_plan": QCoreApplication.translate("Labels", "Opschaling en borging"), "result_text": QCoreApplication.translate("Labels", "Resultaat"),
        "theme_id": QCoreApplication.translate("Labels", "Thema"), "target_group_id": QCoreApplication.translate("Labels", "Doelgroep"),
        "municipality_id": QCoreApplication.translate("Labels", "Gemeente"), "organisation_id": QCoreApplication.translate("Labels", "Organisatie"),
        "role": QCoreApplication.translate("Labels", "Rol"), "due_date": QCoreApplication.translate("Labels", "Gepland op"), "done_date": QCoreApplication.translate("Labels", "Behaald op"),
        "note": QCoreApplication.translate("Labels", "Notitie"), "name": QCoreApplication.translate("Labels", "Naam"),
    }  # fmt: skip
    entities = {
        "project": QCoreApplication.translate("Labels", "Project"), "milestone": QCoreApplication.translate("Labels", "Mijlpaal"), "phase_change": QCoreApplication.translate("Labels", "Fasewijziging"),
        "project_theme": QCoreApplication.translate("Labels", "Thema"), "project_target_group": QCoreApplication.translate("Labels", "Doelgroep"),
        "project_municipality": QCoreApplication.translate("Labels", "Gemeente"), "project_organisation": QCoreApplication.translate("Labels", "Organisatie"),
    }  # fmt: skip
    if not field:
        return entities.get(entity, entity)
    return names.get(field, field)


def action_label(action: str) -> str:
    return {
        "create": QCoreApplication.translate("Labels", "toegevoegd"),
        "update": QCoreApplication.translate("Labels", "gewijzigd"),
        "delete": QCoreApplication.translate("Labels", "verwijderd"),
    }.get(action, action)
