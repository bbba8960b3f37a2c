"""Dutch and English are both complete: no string only in one language, no stale .ts."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from fieldlab_desk.domain.texts import LABELS, LANGUAGES, MESSAGES, WORDS, label, text
from scripts.update_translations import TS, lupdate


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def test_every_english_translation_is_finished() -> None:
    unfinished = []
    for key, message in messages(TS).items():
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            unfinished.append(key)
    assert unfinished == []


def test_the_ts_file_holds_exactly_the_strings_in_the_sources(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copyfile(TS, fresh)
    lupdate(fresh, "-no-obsolete", "-locations", "none")
    assert set(messages(fresh)) == set(messages(TS)), (
        "run scripts/update_translations.py and translate"
    )


def test_domain_messages_exist_in_both_languages() -> None:
    for code, texts in MESSAGES.items():
        assert set(texts) == set(LANGUAGES), code
        assert all(texts[lang].strip() for lang in LANGUAGES), code


def test_every_enum_value_has_a_name_in_both_languages() -> None:
    dutch = {value: label(value, "nl") for value in LABELS}
    english = {value: label(value, "en") for value in LABELS}
    assert all(dutch.values()) and all(english.values())
    same = {dutch[v] for v in dutch if dutch[v] == english[v]}
    shared = {"Partner", "POI", "Input", "Output", "Impact", "Interview", "Pilot"}
    assert same <= shared  # words both languages use


def test_cli_words_exist_in_both_languages() -> None:
    for key, (dutch, english) in WORDS.items():
        assert dutch.strip() and english.strip(), key
    assert text("plan", "en") == "Year plan" and text("plan", "nl") == "Jaarplan"


def test_every_figure_has_a_name_and_meaning_in_both_languages() -> None:
    from fieldlab_desk.domain import figures

    for figure in figures.Figure:
        for language in ("nl", "en"):
            assert figures.name(figure, language).strip(), (figure, language)
            assert figures.meaning(figure, language).strip(), (figure, language)
    assert figures.name(figures.Figure.TOEGEKEND, "en") == "Granted"
    assert figures.lower_name(figures.Figure.TOEGEKEND, "nl") == "toegekend"
