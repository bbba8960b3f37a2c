"""Errors the domain and storage raise, each with a message in Dutch and English.

Lower layers cannot use Qt's translator, so the messages for their errors live here, keyed
by a stable code. The UI and the CLI choose the language; ``str(error)`` is Dutch, the
default language of the application.
"""

from __future__ import annotations

from typing import Any

Language = str  # "nl" or "en"
LANGUAGES: tuple[Language, ...] = ("nl", "en")

MESSAGES: dict[str, dict[Language, str]] = {
    "money.empty": {
        "nl": "Vul een bedrag in.",
        "en": "Enter an amount.",
    },
    "money.invalid": {
        "nl": "'{text}' is geen bedrag. Schrijf bijvoorbeeld 1.234,56 of € 250,-.",
        "en": "'{text}' is not an amount. Write for example 1.234,56 or € 250,-.",
    },
    "money.decimal_point": {
        "nl": "'{text}' is geen bedrag: gebruik een komma voor de centen, zoals 12,50.",
        "en": "'{text}' is not an amount: use a comma for the cents, as in 12,50.",
    },
    "money.too_many_decimals": {
        "nl": "'{text}' heeft meer dan twee cijfers achter de komma.",
        "en": "'{text}' has more than two digits after the comma.",
    },
    "money.too_large": {
        "nl": "'{text}' is te groot voor een bedrag in FieldLab Desk.",
        "en": "'{text}' is too large for an amount in FieldLab Desk.",
    },
    "number.invalid": {
        "nl": "'{text}' is geen getal. Schrijf bijvoorbeeld 12,5.",
        "en": "'{text}' is not a number. Write for example 12,5.",
    },
    "file.not_found": {
        "nl": "Het bestand '{path}' bestaat niet.",
        "en": "The file '{path}' does not exist.",
    },
    "file.empty": {
        "nl": "'{path}' is leeg en dus geen FieldLab-bestand. Het bestand is niet gewijzigd.",
        "en": "'{path}' is empty, so it is not a FieldLab file. The file was not changed.",
    },
    "file.not_sqlite": {
        "nl": "'{path}' is geen FieldLab-bestand (het is geen database). "
        "Het bestand is niet gewijzigd.",
        "en": "'{path}' is not a FieldLab file (it is not a database). The file was not changed.",
    },
    "file.foreign": {
        "nl": "'{path}' is een database van een ander programma, geen FieldLab-bestand. "
        "Het bestand is niet gewijzigd.",
        "en": "'{path}' is a database of another program, not a FieldLab file. "
        "The file was not changed.",
    },
    "file.corrupt": {
        "nl": "'{path}' is beschadigd of onvolledig (bijvoorbeeld afgebroken bij kopiëren). "
        "Het bestand is niet gewijzigd; open een reservekopie.",
        "en": "'{path}' is damaged or incomplete (for example cut off while copying). "
        "The file was not changed; open a backup instead.",
    },
    "file.newer": {
        "nl": "'{path}' is gemaakt met een nieuwere versie van FieldLab Desk (schema {revision}). "
        "Werk FieldLab Desk bij om het te openen. Het bestand is niet gewijzigd.",
        "en": "'{path}' was made by a newer version of FieldLab Desk (schema {revision}). "
        "Update FieldLab Desk to open it. The file was not changed.",
    },
    "file.unreadable": {
        "nl": "'{path}' kan niet worden gelezen: {reason}.",
        "en": "'{path}' cannot be read: {reason}.",
    },
    "file.read_only_needs_upgrade": {
        "nl": "'{path}' is alleen-lezen en moet worden bijgewerkt naar een nieuwer schema. "
        "Maak een kopie waarin u mag schrijven en open die.",
        "en": "'{path}' is read-only and needs an upgrade to a newer schema. "
        "Make a copy you can write to and open that.",
    },
    "file.locked": {
        "nl": "'{path}' wordt op dit moment door een ander programma gebruikt. "
        "Probeer het zo opnieuw.",
        "en": "'{path}' is in use by another program right now. Try again in a moment.",
    },
    "file.exists": {
        "nl": "'{path}' bestaat al. Kies een andere naam.",
        "en": "'{path}' already exists. Choose another name.",
    },
    "file.write_failed": {
        "nl": "Kan niet schrijven naar '{path}': {reason}. Er is niets verloren gegaan.",
        "en": "Cannot write to '{path}': {reason}. Nothing was lost.",
    },
    "migration.failed": {
        "nl": "Bijwerken van '{path}' is mislukt ({reason}). Het bestand is teruggezet; "
        "de reservekopie staat in '{backup}'.",
        "en": "Upgrading '{path}' failed ({reason}). The file was restored; "
        "the backup is '{backup}'.",
    },
    "database.url": {
        "nl": "'{url}' is geen bruikbaar databaseadres: {reason}.",
        "en": "'{url}' is not a usable database address: {reason}.",
    },
    "validation.end_before_start": {
        "nl": "De einddatum ligt vóór de startdatum.",
        "en": "The end date is before the start date.",
    },
    "validation.title_empty": {
        "nl": "Vul een titel in.",
        "en": "Enter a title.",
    },
    "validation.code_empty": {
        "nl": "Vul een projectcode in.",
        "en": "Enter a project code.",
    },
    "validation.code_taken": {
        "nl": "De projectcode '{taken}' is al in gebruik.",
        "en": "The project code '{taken}' is already in use.",
    },
    "validation.name_empty": {
        "nl": "Vul een naam in.",
        "en": "Enter a name.",
    },
    "validation.name_taken": {
        "nl": "De naam '{name}' is al in gebruik.",
        "en": "The name '{name}' is already in use.",
    },
    "budget.amount_or_hours": {
        "nl": "Geef een bedrag óf uren × uurtarief, niet allebei.",
        "en": "Give an amount or hours × hourly rate, not both.",
    },
    "budget.rate_frozen": {
        "nl": "Het uurtarief ligt vast sinds het project is toegekend.",
        "en": "The hourly rate is fixed since the project was granted.",
    },
    "budget.cofinancier_missing": {
        "nl": "Kies de partner die cofinanciert.",
        "en": "Choose the partner that co-finances.",
    },
    "budget.negative": {
        "nl": "Een begroot bedrag kan niet negatief zijn.",
        "en": "A planned amount cannot be negative.",
    },
    "lock.held": {
        "nl": "'{path}' is geopend door {user} op {host} (sinds {since} UTC). "
        "U kunt het alleen bekijken.",
        "en": "'{path}' is open by {user} on {host} (since {since} UTC). You can only view it.",
    },
    "edit.conflict": {
        "nl": "Dit is intussen door iemand anders gewijzigd. Het scherm toont nu de nieuwste "
        "gegevens; doe uw wijziging opnieuw.",
        "en": "Someone else changed this in the meantime. The screen now shows the latest "
        "data; please make your change again.",
    },
    "edit.read_only": {
        "nl": "Dit bestand is alleen-lezen geopend; wijzigingen worden niet bewaard.",
        "en": "This file is open read-only; changes are not saved.",
    },
    "edit.not_found": {
        "nl": "Dit gegeven bestaat niet meer; het is misschien verwijderd.",
        "en": "This record no longer exists; it may have been deleted.",
    },
    "database.busy": {
        "nl": "Het bestand is even bezet door een ander programma. Er is niets verloren; "
        "probeer het zo opnieuw.",
        "en": "The file is busy in another program for a moment. Nothing was lost; "
        "try again shortly.",
    },
    "database.disk_full": {
        "nl": "De schijf is vol. Er is niets verloren; maak ruimte vrij en probeer het opnieuw.",
        "en": "The disk is full. Nothing was lost; free some space and try again.",
    },
    "database.read_only": {
        "nl": "Er kan niet naar het bestand worden geschreven (alleen-lezen of geen rechten). "
        "Er is niets verloren.",
        "en": "The file cannot be written to (read-only or no permission). Nothing was lost.",
    },
    "yearplan.year": {
        "nl": "'{text}' is geen jaartal tussen 2000 en 2100.",
        "en": "'{text}' is not a year between 2000 and 2100.",
    },
}


class FieldLabError(Exception):
    """An error the user can understand and act on; never a bug."""

    def __init__(self, code: str, **params: Any) -> None:
        if code not in MESSAGES:
            raise KeyError(f"no message for error code {code!r}")
        self.code = code
        self.params = params
        super().__init__(self.message("nl"))

    def message(self, language: Language = "nl") -> str:
        texts = MESSAGES[self.code]
        return texts.get(language, texts["nl"]).format(**self.params)


class InvalidInput(FieldLabError):
    """Text the user typed that cannot be what the field needs."""


class ValidationError(FieldLabError):
    """A record that breaks a rule; ``field`` names the field the message belongs beside."""

    def __init__(self, code: str, field: str, **params: Any) -> None:
        self.field = field
        super().__init__(code, **params)


class BadFile(FieldLabError):
    """A file that cannot be opened as a FieldLab database; the file was left untouched."""


class FileInUse(FieldLabError):
    """The file is locked by another program for a moment."""


class WriteFailed(FieldLabError):
    """The environment refused a write (read-only, disk full); nothing was changed."""
