"""Dutch by default, English complete, switchable while the app runs.

Dutch is the source language of every string; ``resources/translations/fieldlab_en.qm`` holds
the English. Qt's own ``qtbase_XX.qm`` is loaded too, so standard buttons read "Annuleren".
Switching installs the other translators; Qt then sends every widget a LanguageChange event,
on which our widgets call their ``retranslate()``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from fieldlab_desk.ui.resources import translations_folder

LANGUAGES = ("nl", "en")


class Languages(QObject):
    """Owns the installed translators."""

    language_changed = Signal(str)
    """Emitted with the new language code after the translators were swapped."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.app = app
        self.current = "nl"
        self._translators: list[QTranslator] = []

    def switch(self, language: str) -> None:
        language = language if language in LANGUAGES else "nl"
        for translator in self._translators:
            self.app.removeTranslator(translator)
        self._translators = []
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates = [(qt_folder, f"qtbase_{language}")]
        if language != "nl":
            candidates.append((str(translations_folder()), f"fieldlab_{language}"))
        for folder, name in candidates:
            translator = QTranslator(self)
            if translator.load(name, folder):
                self.app.installTranslator(translator)
                self._translators.append(translator)
        QLocale.setDefault(
            QLocale(
                QLocale.Language.Dutch if language == "nl" else QLocale.Language.English,
                QLocale.Country.Netherlands,
            )
        )
        self.current = language
        self.language_changed.emit(language)
