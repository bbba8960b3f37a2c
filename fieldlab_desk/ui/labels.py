"""What the enums and fields are called on screen.

Enum names, field titles and figure names all come from the Qt-free catalogues
(:mod:`fieldlab_desk.domain.texts`, :mod:`fieldlab_desk.domain.figures`), in the language passed
in: a field reads the same in the history, the exports and the CLI.
"""

from __future__ import annotations

from enum import StrEnum

from fieldlab_desk.domain import figures, texts
from fieldlab_desk.domain.figures import Figure


def label(value: StrEnum | None, language: str) -> str:
    """The on-screen name of an enum value (from the Qt-free catalogue); "" for None."""
    return texts.label(value, language)


# A stored field or record kind by the title it has in the one catalogue (domain/texts.TITLES).
FIELD_TITLES = {
    "primary_theme_id": "opgave",
    "lead_organisation_id": "lead",
    "leader_person_id": "leader",
    "fieldlab_id": "fieldlab",
    "scaling_plan": "scaling",
    "result_text": "result",
    "rag": "rag",
    "rag_note": "rag_note",
    "target_group_id": "target_group",
    "municipality_id": "municipality",
    "organisation_id": "organisation",
    "funding_source": "source",
    "cofinancier_id": "cofinancier",
    "amount_cents": "amount",
    "hourly_rate_cents": "rate",
    "title_text": "title",
    "amount_granted_cents": "granted_amount",
    "from_element_id": "from",
    "to_element_id": "to",
    "toc_element_id": "measures",
    "library_id": "library",
    "baseline_value": "baseline",
    "baseline_date": "baseline_on",
    "baseline_sample_size": "baseline_sample",
    "target_value": "target",
    "target_date": "target_on",
    "source": "data_source",
    "numerator": "count",
    "denominator": "of",
    "sample_size": "sample",
    "summary": "summary",
    "decision": "decision",
    "meeting": "meeting",
    "indicator": "indicator",
    "decision_grant": "grant",
    "assumption_change": "assumption_status",
    "project_theme": "theme",
    "project_target_group": "target_group",
    "project_municipality": "municipality",
    "project_organisation": "organisation",
    "activity_id": "activity",
    "meeting_id": "meeting",
    "new_end_date": "new_end",
    "previous_end_date": "previous_end",
    "scope": "scope_change",
    "period_closure": "period_closed",
    "reopened_on": "reopened_day",
    "reopened_by": "reopened_by",
    "reopen_reason": "reopen_reason",
}
FIELD_FIGURES = {"planned_cents": Figure.BEGROOT}


def field_label(entity: str, field: str, language: str) -> str:
    """The name of a field (or, without one, of a record kind) in the change history."""
    name = field or entity
    if name in FIELD_FIGURES:
        return figures.name(FIELD_FIGURES[name], language)
    key = FIELD_TITLES.get(name, name)
    return texts.title(key, language) if key in texts.TITLES else name


def action_label(action: str, language: str) -> str:
    key = {"create": "created", "update": "updated", "delete": "deleted"}.get(action)
    return texts.title(key, language) if key else action
