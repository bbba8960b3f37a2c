"""What the enums and fields are called on screen, in the current language."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from fieldlab_desk.domain.enums import (
    FieldlabScope,
    OrganisationKind,
    ParticipationRole,
    Phase,
    RagStatus,
    ResultMandate,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def label(value: StrEnum | None) -> str:
    """The on-screen name of an enum value; an empty string for None."""
    if value is None:
        return ""
    texts = _labels()
    return texts.get(value, value.value)


def _labels() -> dict[StrEnum, str]:
    # Literal strings, so that pyside6-lupdate finds every one of them.
    return {
        Phase.IDEE: _t("Idee"),
        Phase.VOORSTEL: _t("Voorstel"),
        Phase.GOEDGEKEURD: _t("Goedgekeurd"),
        Phase.IN_UITVOERING: _t("In uitvoering"),
        Phase.EVALUATIE: _t("Evaluatie"),
        Phase.OPSCHALING_BORGING: _t("Opschaling/borging"),
        Phase.AFGEROND: _t("Afgerond"),
        Phase.GESTOPT: _t("Gestopt"),
        RagStatus.GROEN: _t("Groen"),
        RagStatus.ORANJE: _t("Oranje"),
        RagStatus.ROOD: _t("Rood"),
        OrganisationKind.BIBLIOTHEEK: _t("Bibliotheek"),
        OrganisationKind.POI: _t("POI"),
        OrganisationKind.LANDELIJK: _t("Landelijke organisatie"),
        OrganisationKind.PARTNER: _t("Partner"),
        OrganisationKind.KENNISINSTELLING: _t("Kennisinstelling"),
        OrganisationKind.BEDRIJF: _t("Bedrijf"),
        OrganisationKind.GEMEENTE: _t("Overheid"),
        FieldlabScope.LANDELIJK: _t("Landelijk"),
        FieldlabScope.REGIONAAL: _t("Regionaal"),
        FieldlabScope.LOKAAL: _t("Lokaal"),
        ResultMandate.EFFECTIVITEIT: _t("Effectiviteit (bereik, gebruik, impact)"),
        ResultMandate.EFFICIENTIE: _t("Efficiëntie (kosten, personeel)"),
        ResultMandate.BEIDE: _t("Effectiviteit en efficiëntie"),
        ParticipationRole.PENVOERDER: _t("Penvoerder"),
        ParticipationRole.UITVOERDER: _t("Uitvoerder"),
        ParticipationRole.PARTNER: _t("Partner"),
        ParticipationRole.KENNISPARTNER: _t("Kennispartner"),
        ParticipationRole.FINANCIER: _t("Financier"),
    }


def field_label(entity: str, field: str) -> str:
    """The name of a field in the change history."""
    names = {
        "code": _t("Projectcode"), "title": _t("Titel"), "summary": _t("Samenvatting"),
        "need": _t("Behoefte"), "goal": _t("Doel"), "fieldlab_id": _t("Fieldlab"),
        "primary_theme_id": _t("Primaire opgave"), "lead_organisation_id": _t("Penvoerder"),
        "leader_person_id": _t("Projectleider"), "start_date": _t("Startdatum"),
        "end_date": _t("Einddatum"), "phase": _t("Fase"), "rag": _t("RAG-status"),
        "scaling_plan": _t("Opschaling en borging"), "result_text": _t("Resultaat"),
        "theme_id": _t("Thema"), "target_group_id": _t("Doelgroep"),
        "municipality_id": _t("Gemeente"), "organisation_id": _t("Organisatie"),
        "role": _t("Rol"), "due_date": _t("Gepland op"), "done_date": _t("Behaald op"),
        "note": _t("Notitie"), "name": _t("Naam"),
    }  # fmt: skip
    entities = {
        "project": _t("Project"), "milestone": _t("Mijlpaal"), "phase_change": _t("Fasewijziging"),
        "project_theme": _t("Thema"), "project_target_group": _t("Doelgroep"),
        "project_municipality": _t("Gemeente"), "project_organisation": _t("Organisatie"),
    }  # fmt: skip
    if not field:
        return entities.get(entity, entity)
    return names.get(field, field)


def action_label(action: str) -> str:
    return {"create": _t("toegevoegd"), "update": _t("gewijzigd"), "delete": _t("verwijderd")}.get(
        action, action
    )
