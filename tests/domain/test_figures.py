"""Each figure has one definition: its name in both languages, its meaning and how it is shown."""

from __future__ import annotations

from decimal import Decimal

import pytest

from fieldlab_desk.domain import figures
from fieldlab_desk.domain.figures import DEFINITIONS, Figure, Kind


def test_every_figure_is_defined_once_with_both_names() -> None:
    assert set(DEFINITIONS) == set(Figure)
    for figure, definition in DEFINITIONS.items():
        dutch, english = definition.names
        assert (dutch and english and dutch != english) or figure in (Figure.NORM, Figure.STATUS)
        assert all(definition.meaning), figure


@pytest.mark.parametrize(
    ("figure", "dutch", "english", "in_a_sentence"),
    [(Figure.TOEGEKEND, "Toegekend", "Granted", "toegekend"),
     (Figure.OVERSCHRIJDING, "Overschrijding", "Overspend", "overschrijding"),
     (Figure.VRIJ, "Vrij", "Free", "vrij"), (Figure.PIJPLIJN, "Pijplijn", "Pipeline", "pijplijn"),
     (Figure.COFINANCIERINGSAANDEEL, "Cofinancieringsaandeel", "Co-financing share", "cofinancieringsaandeel"),
     (Figure.VOORTGANG, "Voortgang", "Progress", "voortgang"), (Figure.VERWACHT, "Verwacht", "Expected", "verwacht"),
     (Figure.BENUTTING, "Benutting", "Use of norm", "benutting"), (Figure.BEGROOT, "Begroot", "Budgeted", "begroot")],
)  # fmt: skip
def test_names(figure: Figure, dutch: str, english: str, in_a_sentence: str) -> None:
    assert figures.name(figure, "nl") == dutch == figures.name(figure)
    assert figures.name(figure, "en") == english
    assert figures.lower_name(figure, "nl") == in_a_sentence
    assert figures.lower_name(figure, "en") == english[0].lower() + english[1:]


def test_meanings_state_the_rules_in_both_languages() -> None:
    assert "norm − toegekend − overschrijding" in figures.meaning(Figure.VRIJ, "nl").lower()
    assert figures.meaning(Figure.VRIJ, "en").startswith("Norm − granted − overspend")
    assert figures.meaning(Figure.VRIJ) == figures.meaning(Figure.VRIJ, "nl")
    assert "niet uit SGIA-geld" in figures.meaning(Figure.COFINANCIERINGSAANDEEL, "nl")


@pytest.mark.parametrize(
    ("figure", "value", "dutch", "english"),
    [(Figure.TOEGEKEND, 3_980_830, "€ 39.808,30", "€39,808.30"),
     (Figure.VRIJ, -1_000_000, "€ -10.000,00", "-€10,000.00"),
     (Figure.BENUTTING, Decimal("104.7"), "104,7 %", "104.7 %"),
     (Figure.COFINANCIERINGSAANDEEL, Decimal("25.9"), "25,9 %", "25.9 %"),
     (Figure.VOORTGANG, Decimal("0.316"), "31,6 %", "31.6 %"),
     (Figure.VERWACHT, Decimal("0.418"), "41,8 %", "41.8 %"),
     (Figure.VOORTGANG, None, "—", "—"), (Figure.NORM, 0, "€ 0,00", "€0.00")],
)  # fmt: skip
def test_show_writes_each_kind_of_figure(
    figure: Figure, value: int | Decimal | None, dutch: str, english: str
) -> None:
    assert figures.show(figure, value, "nl") == dutch == figures.show(figure, value)
    assert figures.show(figure, value, "en") == english


def test_a_status_is_named_not_shown() -> None:
    with pytest.raises(ValueError, match="status"):
        figures.show(Figure.STATUS, 1, "nl")


def test_kinds() -> None:
    assert DEFINITIONS[Figure.TOEGEKEND].kind is Kind.MONEY
    assert DEFINITIONS[Figure.COFINANCIERINGSAANDEEL].kind is Kind.PERCENT
    assert DEFINITIONS[Figure.VOORTGANG].kind is Kind.SHARE
    assert DEFINITIONS[Figure.STATUS].kind is Kind.STATUS


def test_a_language_the_app_does_not_speak_is_a_programming_error() -> None:
    with pytest.raises(KeyError):
        figures.name(Figure.VRIJ, "de")
    with pytest.raises(KeyError):
        figures.meaning(Figure.VRIJ, "NL")


def test_names_default_to_dutch() -> None:
    assert figures.lower_name(Figure.VRIJ) == "vrij"
