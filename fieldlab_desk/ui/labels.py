"""What the enums and fields are called on screen.

Enum names come from the Qt-free catalogue (:mod:`fieldlab_desk.domain.texts`), in the
language passed in; field and action names of the change history are translated by Qt.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from fieldlab_desk.domain import texts


def label(value: StrEnum | None, language: str) -> str:
    """The on-screen name of an enum value (from the Qt-free catalogue); "" for None."""
    return texts.label(value, language)


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
    names.update({
        "year": QCoreApplication.translate("Labels", "Jaar"), "category": QCoreApplication.translate("Labels", "Kostensoort"),
        "description": QCoreApplication.translate("Labels", "Omschrijving"), "funding_source": QCoreApplication.translate("Labels", "Financieringsbron"),
        "cofinancier_id": QCoreApplication.translate("Labels", "Cofinancier"), "in_kind": QCoreApplication.translate("Labels", "In natura"),
        "amount_cents": QCoreApplication.translate("Labels", "Bedrag"), "hours": QCoreApplication.translate("Labels", "Uren"),
        "hourly_rate_cents": QCoreApplication.translate("Labels", "Uurtarief"), "planned_cents": QCoreApplication.translate("Labels", "Begroot"),
        "rate_frozen": QCoreApplication.translate("Labels", "Tarief vastgezet"), "title_text": QCoreApplication.translate("Labels", "Titel"),
        "conditions": QCoreApplication.translate("Labels", "Voorwaarden"), "kind": QCoreApplication.translate("Labels", "Soort"),
        "amount_granted_cents": QCoreApplication.translate("Labels", "Toegekend bedrag"),
        "level": QCoreApplication.translate("Labels", "Niveau"), "text": QCoreApplication.translate("Labels", "Tekst"),
        "sort_order": QCoreApplication.translate("Labels", "Volgorde"), "rationale": QCoreApplication.translate("Labels", "Onderbouwing"),
        "assumption": QCoreApplication.translate("Labels", "Aanname"), "assumption_status": QCoreApplication.translate("Labels", "Status aanname"),
        "evidence": QCoreApplication.translate("Labels", "Bewijs"), "status_since": QCoreApplication.translate("Labels", "Status sinds"),
        "from_element_id": QCoreApplication.translate("Labels", "Van"), "to_element_id": QCoreApplication.translate("Labels", "Naar"),
        "activity_id": QCoreApplication.translate("Labels", "Activiteit"),
        "toc_element_id": QCoreApplication.translate("Labels", "Meet"), "library_id": QCoreApplication.translate("Labels", "Bibliotheekindicator"),
        "unit": QCoreApplication.translate("Labels", "Eenheid"), "unit_subject": QCoreApplication.translate("Labels", "Een eenheid telt"),
        "direction": QCoreApplication.translate("Labels", "Richting"), "comparator": QCoreApplication.translate("Labels", "Doel is"),
        "semantics": QCoreApplication.translate("Labels", "Soort waarde"), "whole_numbers": QCoreApplication.translate("Labels", "Hele getallen"),
        "baseline_value": QCoreApplication.translate("Labels", "Nulmeting"), "baseline_date": QCoreApplication.translate("Labels", "Nulmeting op"),
        "baseline_method": QCoreApplication.translate("Labels", "Methode nulmeting"), "baseline_sample_size": QCoreApplication.translate("Labels", "Steekproef nulmeting"),
        "baseline_reconstructed": QCoreApplication.translate("Labels", "Nulmeting achteraf gereconstrueerd"),
        "target_value": QCoreApplication.translate("Labels", "Streefwaarde"), "target_date": QCoreApplication.translate("Labels", "Streefdatum"),
        "method": QCoreApplication.translate("Labels", "Meetmethode"), "source": QCoreApplication.translate("Labels", "Bron"),
        "frequency": QCoreApplication.translate("Labels", "Frequentie"), "measured_on": QCoreApplication.translate("Labels", "Gemeten op"),
        "value": QCoreApplication.translate("Labels", "Waarde"), "numerator": QCoreApplication.translate("Labels", "Aantal"),
        "denominator": QCoreApplication.translate("Labels", "Van totaal"), "sample_size": QCoreApplication.translate("Labels", "Steekproef"),
    })  # fmt: skip
    entities = {
        "budget_line": QCoreApplication.translate("Labels", "Begrotingsregel"), "commitment": QCoreApplication.translate("Labels", "Verplichting"),
        "expense": QCoreApplication.translate("Labels", "Uitgave"), "decision": QCoreApplication.translate("Labels", "Besluit"),
        "decision_grant": QCoreApplication.translate("Labels", "Toekenning"), "meeting": QCoreApplication.translate("Labels", "Vergadering"),
        "toc_element": QCoreApplication.translate("Labels", "Veranderketen-element"), "toc_link": QCoreApplication.translate("Labels", "Verbinding"),
        "assumption_change": QCoreApplication.translate("Labels", "Status aanname"),
        "indicator": QCoreApplication.translate("Labels", "Indicator"), "measurement": QCoreApplication.translate("Labels", "Meting"),
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
