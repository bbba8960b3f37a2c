"""The Qt-free catalogue: every user-facing text outside Qt widgets, in Dutch and English.

Domain errors, CLI output and the names of enum values (phases, funding sources, …) live here,
keyed by a stable code; :func:`text` picks the language and fills in the values. Qt widgets
translate their own strings with ``tr()``; they take enum names from here too (:func:`label`),
so a phase reads the same in the app, the CLI and an export.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from enum import StrEnum
from functools import cache
from typing import Any

from fieldlab_desk.domain.budget import Coverage
from fieldlab_desk.domain.enums import (
    AdoptionForm,
    AdoptionFunding,
    AssumptionStatus,
    Comparator,
    CostCategory,
    DecisionKind,
    Dimension,
    Direction,
    FieldlabScope,
    FundingSource,
    MeasurementKind,
    MeetingKind,
    Method,
    OrganisationKind,
    ParticipationRole,
    Phase,
    RagStatus,
    RequestKind,
    RequestStatus,
    ResultMandate,
    Role,
    ScorePart,
    ThemeKind,
    ToCLevel,
    UnitSubject,
    ValueSemantics,
)
from fieldlab_desk.domain.progress import ProgressStatus
from fieldlab_desk.domain.yearplan import PlanWarning, ProjectYearFigures

Language = str  # "nl" or "en"
LANGUAGES: tuple[Language, ...] = ("nl", "en")

MESSAGES: dict[str, dict[Language, str]] = {
    "backup.server": {
        "nl": "'{location}' is een databaseserver; maak de reservekopie met de middelen van de server, zoals pg_dump (pg_dump -Fc -f fieldlab.dump DATABASE).",
        "en": "'{location}' is a database server; back it up with the server's own tools, such as pg_dump (pg_dump -Fc -f fieldlab.dump DATABASE).",
    },
    "cli.unknown_command": {
        "nl": "'{word}' is geen opdracht. Bedoelt u '{suggestion}'?",
        "en": "'{word}' is not a command. Did you mean '{suggestion}'?",
    },
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
    "money.invalid_en": {
        "nl": "'{text}' is geen bedrag. Schrijf bijvoorbeeld 1,234.56 of €250.",
        "en": "'{text}' is not an amount. Write for example 1,234.56 or €250.",
    },
    "money.decimal_point_en": {
        "nl": "'{text}' is geen bedrag: gebruik een punt voor de centen, zoals 12.50.",
        "en": "'{text}' is not an amount: use a point for the cents, as in 12.50.",
    },
    "money.too_many_decimals_en": {
        "nl": "'{text}' heeft meer dan twee cijfers achter de punt.",
        "en": "'{text}' has more than two digits after the decimal point.",
    },
    "number.invalid_en": {
        "nl": "'{text}' is geen getal. Schrijf bijvoorbeeld 12.5.",
        "en": "'{text}' is not a number. Write for example 12.5.",
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
    "file.os_error": {
        "nl": "'{path}' kan niet worden gebruikt: {reason}. Er is niets gewijzigd.",
        "en": "'{path}' cannot be used: {reason}. Nothing was changed.",
    },
    "log.unwritable": {
        "nl": "Het logboek '{path}' kan niet worden geschreven ({reason}); FieldLab Desk "
        "start zonder logboek en meldt fouten hier.",
        "en": "The log '{path}' cannot be written ({reason}); FieldLab Desk starts without a "
        "log file and reports errors here.",
    },
    "copy.target_not_empty": {
        "nl": "'{target}' bevat al gegevens. Kopieer naar een lege database of een nieuw bestand; "
        "er is niets gewijzigd.",
        "en": "'{target}' already holds data. Copy to an empty database or a new file; nothing "
        "was changed.",
    },
    "copy.counts_differ": {
        "nl": "De kopie in '{target}' heeft niet evenveel rijen als het origineel.",
        "en": "The copy in '{target}' does not have as many rows as the original.",
    },
    "file.needs_recovery": {
        "nl": "'{path}' is niet netjes gesloten (bijvoorbeeld bij een stroomstoring) en moet "
        "worden hersteld, maar u mag niet schrijven in de map. Open het bestand in een map "
        "waarin u mag schrijven; er gaat niets verloren.",
        "en": "'{path}' was not closed properly (for example in a power cut) and needs "
        "recovering, but you may not write in its folder. Open it in a folder you can write "
        "to; nothing is lost.",
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
    "export.no_folder": {
        "nl": "De map '{folder}' bestaat niet. Kies een map die er is.",
        "en": "The folder '{folder}' does not exist. Choose a folder that does.",
    },
    "export.folder_read_only": {
        "nl": "In de map '{folder}' mag niet worden geschreven. Kies een andere map.",
        "en": "The folder '{folder}' cannot be written to. Choose another folder.",
    },
    "file.name_too_long": {
        "nl": "De naam van '{path}' is te lang: een FieldLab-bestand mag hoogstens {most} tekens (bytes) heten, omdat er bestanden met een langere naam naast komen. Kies een kortere naam of geef het bestand een kortere naam.",
        "en": "The name of '{path}' is too long: a FieldLab file may have at most {most} characters (bytes), because files with a longer name go beside it. Choose a shorter name, or rename the file.",
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
    "date.invalid": {
        "nl": "'{text}' is geen datum. Schrijf bijvoorbeeld 01-03-2026, 1-3-2026 of 01032026.",
        "en": "'{text}' is not a date. Write for example 01-03-2026, 1-3-2026 or 01032026.",
    },
    "date.required": {
        "nl": "Vul een datum in, bijvoorbeeld 01-03-2026.",
        "en": "Enter a date, for example 01-03-2026.",
    },
    "date.out_of_range": {
        "nl": "'{text}' ligt niet tussen {first} en {last}; is het jaar goed getypt?",
        "en": "'{text}' is not between {first} and {last}; is the year typed right?",
    },
    "doubt.line_over_norm": {
        "nl": "Deze regel is groter dan de hele norm van het jaar.",
        "en": "This line is larger than the year's whole norm.",
    },
    "doubt.no_description": {
        "nl": "De regel heeft geen omschrijving.",
        "en": "The line has no description.",
    },
    "doubt.booking_over_norm": {
        "nl": "Dit bedrag is groter dan de hele norm van het jaar.",
        "en": "This amount is larger than the year's whole norm.",
    },
    "doubt.line_far_over": {
        "nl": "Hiermee komt de regel ver boven zijn begroting (meer dan anderhalf keer).",
        "en": "This takes the line far over its budget (more than one and a half times).",
    },
    "norm.positive": {
        "nl": "Een norm moet meer dan € 0 zijn.",
        "en": "A norm must be more than € 0.",
    },
    "decision.amount_needed": {
        "nl": "Vul het toegekende bedrag in; het moet meer dan € 0 zijn.",
        "en": "Enter the amount granted; it must be more than € 0.",
    },
    "decision.amount_negative": {
        "nl": "Een toegekend bedrag kan niet negatief zijn.",
        "en": "A granted amount cannot be negative.",
    },
    "decision.conditions_needed": {
        "nl": "Schrijf de voorwaarden op waaronder is toegekend.",
        "en": "Write down the conditions of the grant.",
    },
    "decision.exists": {
        "nl": "Deze vergadering heeft al een besluit over dit project.",
        "en": "This meeting already has a decision on this project.",
    },
    "measurement.parts_sum": {
        "nl": "De delen per {dimension} tellen op tot {added}, de meting is {total}: ze moeten samen de meting zijn.",
        "en": "The parts per {dimension} add up to {added}, the measurement is {total}: together they must be the measurement.",
    },
    "measurement.part_value": {
        "nl": "Een deel is een getal van 0 of meer (een heel getal als de indicator hele dingen telt).",
        "en": "A part is a number of 0 or more (a whole number when the indicator counts whole things).",
    },
    "measurement.part_twice": {
        "nl": "Elke gemeente en doelgroep heeft hoogstens één deel.",
        "en": "Each municipality and target group has at most one part.",
    },
    "measurement.part_dimension": {
        "nl": "Deze indicator is niet uitgesplitst naar deze dimensie.",
        "en": "This indicator is not split by this dimension.",
    },
    "indicator.split_snapshot": {
        "nl": "Alleen waarden die optellen (per periode of cumulatief) kunnen worden uitgesplitst; een momentopname zoals een percentage niet.",
        "en": "Only values that add up (per period or cumulative) can be split; a snapshot such as a percentage cannot.",
    },
    "period.closed": {
        "nl": "{period} is vastgesteld (op {day} door {who}): metingen, voortgang en besluiten van die periode veranderen niet meer. Heropen de periode met een reden om een fout te herstellen.",
        "en": "{period} is closed (on {day} by {who}): the measurements, progress and decisions of that period no longer change. Reopen the period with a reason to fix a mistake.",
    },
    "period.already_closed": {
        "nl": "{period} is al vastgesteld.",
        "en": "{period} is closed already.",
    },
    "period.reason_needed": {
        "nl": "Schrijf op waarom de periode wordt heropend; de reden komt in de historie en op de volgende rapportage.",
        "en": "Say why the period is reopened; the reason goes into the history and onto the next report.",
    },
    "adoption.who_needed": {
        "nl": "Kies de bibliotheek of de gemeente (of beide) die de innovatie overnam.",
        "en": "Choose the library or the municipality (or both) that took the innovation over.",
    },
    "request.reason_needed": {
        "nl": "Schrijf op waarom dit verzoek nodig is.",
        "en": "Say why this request is needed.",
    },
    "request.end_date_needed": {
        "nl": "Vul de nieuwe einddatum in.",
        "en": "Enter the new end date.",
    },
    "request.end_date_not_later": {
        "nl": "De nieuwe einddatum moet na de huidige ({day}) liggen.",
        "en": "The new end date must be after the current one ({day}).",
    },
    "request.year_needed": {
        "nl": "Kies het jaar.",
        "en": "Choose the year.",
    },
    "request.amount_needed": {
        "nl": "Vul het bedrag in; het moet meer dan € 0 zijn.",
        "en": "Enter the amount; it must be more than € 0.",
    },
    "request.not_granted": {
        "nl": "In {year} is dit project niets toegekend: er valt niets over te hevelen.",
        "en": "Nothing was granted to this project in {year}: there is nothing to carry over.",
    },
    "request.over_unspent": {
        "nl": "Er kan hoogstens {most} van {year} naar {next} over: het toegekende bedrag min wat al verplicht en besteed is.",
        "en": "At most {most} can go from {year} to {next}: the amount granted minus what is already committed and spent.",
    },
    "request.categories_needed": {
        "nl": "Kies twee verschillende kostensoorten: waar het geld vandaan komt en waar het naartoe gaat.",
        "en": "Choose two different cost categories: where the money comes from and where it goes.",
    },
    "request.category_short": {
        "nl": "Op de SGIA-regels van {category} in {year} staat hoogstens {most} vrij (regels met een bedrag, min wat verplicht en besteed is).",
        "en": "The SGIA lines of {category} in {year} have at most {most} free (lines with an amount, minus what is committed and spent).",
    },
    "request.scope_needed": {
        "nl": "Beschrijf de gevraagde wijziging van de scope.",
        "en": "Describe the change of scope asked for.",
    },
    "request.decided": {
        "nl": "Over dit verzoek is al besloten ({status}); het kan niet meer veranderen.",
        "en": "This request was already decided ({status}); it can no longer change.",
    },
    "request.meeting_before": {
        "nl": "Deze vergadering was vóór het verzoek (ingediend op {day}); kies een latere.",
        "en": "This meeting was before the request (submitted on {day}); choose a later one.",
    },
    "request.meeting_needed": {
        "nl": "Kies de vergadering die besluit.",
        "en": "Choose the meeting that decides.",
    },
    "validation.too_long": {
        "nl": "Dit is {length} tekens lang; hier passen er {limit}.",
        "en": "This is {length} characters long; {limit} fit here.",
    },
    "validation.control_characters": {
        "nl": "Dit bevat onzichtbare stuurtekens (zoals een tab of een regeleinde); haal ze weg.",
        "en": "This holds invisible control characters (such as a tab or a line break); remove them.",
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
        "nl": "'{path}' is geopend door {user} op {host} (sinds {since}). "
        "U kunt het alleen bekijken.",
        "en": "'{path}' is open by {user} on {host} (since {since}). You can only view it.",
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
    "edit.field_conflict": {
        "nl": "Iemand anders heeft dit veld intussen gewijzigd.",
        "en": "Someone else changed this field in the meantime.",
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
    "toc.link_backward": {
        "nl": "Een verbinding gaat vooruit in de keten (input → impact), naar een later niveau.",
        "en": "A link goes forward in the chain (input → impact), to a later level.",
    },
    "toc.link_exists": {
        "nl": "Deze twee elementen zijn al verbonden.",
        "en": "These two elements are already linked.",
    },
    "toc.text_empty": {
        "nl": "Beschrijf het element.",
        "en": "Describe the element.",
    },
    "toc.level_breaks_links": {
        "nl": "Op dit niveau zou een verbinding van of naar dit element achteruit gaan; "
        "pas eerst de verbindingen aan.",
        "en": "At this level a link from or to this element would go backwards; "
        "change the links first.",
    },
    "toc.not_activity": {
        "nl": "Een begrotingsregel hoort bij een activiteit.",
        "en": "A budget line belongs to an activity.",
    },
    "toc.template_unknown": {
        "nl": "Er is geen sjabloon '{name}'.",
        "en": "There is no template '{name}'.",
    },
    "toc.no_project": {
        "nl": "Er is geen project met code '{project}'.",
        "en": "There is no project with code '{project}'.",
    },
    "toc.out_kind": {
        "nl": "Kies een bestandsnaam op .svg of .png.",
        "en": "Choose a file name ending in .svg or .png.",
    },
    "finding.link_not_forward": {
        "nl": "De verbinding {element} gaat niet vooruit in de keten.",
        "en": "The link {element} does not go forward in the chain.",
    },
    "finding.cycle": {
        "nl": "Een kringloop: {element}.",
        "en": "A cycle: {element}.",
    },
    "finding.level_missing": {
        "nl": "De keten heeft nog geen {element}.",
        "en": "The chain has no {element} yet.",
    },
    "finding.outcome_without_indicator": {
        "nl": "Outcome '{element}' heeft geen indicator.",
        "en": "Outcome '{element}' has no indicator.",
    },
    "finding.orphan_activity": {
        "nl": "Activiteit '{element}' leidt nergens heen.",
        "en": "Activity '{element}' leads nowhere.",
    },
    "finding.output_without_activity": {
        "nl": "Output '{element}' komt uit geen enkele activiteit.",
        "en": "Output '{element}' comes from no activity.",
    },
    "finding.link_without_rationale": {
        "nl": "De verbinding {element} heeft geen onderbouwing.",
        "en": "The link {element} has no rationale.",
    },
    "finding.link_without_assumption": {
        "nl": "De verbinding {element} heeft geen aanname.",
        "en": "The link {element} has no assumption.",
    },
    "finding.impact_without_theme": {
        "nl": "Impact '{element}' is niet aan een opgave of thema gekoppeld.",
        "en": "Impact '{element}' is not tied to an opgave or theme.",
    },
    "finding.assumption_refuted": {
        "nl": "De aanname bij {element} is weerlegd.",
        "en": "The assumption of {element} is refuted.",
    },
    "finding.assumption_long_unconfirmed": {
        "nl": "De aanname bij {element} is al meer dan een jaar onbevestigd.",
        "en": "The assumption of {element} has been unconfirmed for more than a year.",
    },
    "indicator.whole_number": {
        "nl": "Deze indicator telt hele dingen (bijeenkomsten, bibliotheken, deelnemers): "
        "vul een heel getal in.",
        "en": "This indicator counts whole things (meetings, libraries, participants): "
        "enter a whole number.",
    },
    "indicator.denominator": {
        "nl": "Het totaal (noemer) moet groter dan 0 zijn.",
        "en": "The total (denominator) must be more than 0.",
    },
    "indicator.numerator": {
        "nl": "Het aantal (teller) ligt tussen 0 en het totaal.",
        "en": "The count (numerator) lies between 0 and the total.",
    },
    "indicator.unlike": {
        "nl": "Alleen indicatoren van hetzelfde bibliotheekitem, met dezelfde eenheid en "
        "dezelfde soort waarde tellen op.",
        "en": "Only indicators of the same library entry, with the same unit and the same kind "
        "of value add up.",
    },
    "indicator.snapshot_sum": {
        "nl": "Momentopnames (zoals een score of een percentage) tellen niet op.",
        "en": "Snapshots (such as a score or a percentage) do not add up.",
    },
    "indicator.name_empty": {
        "nl": "Geef de indicator een naam.",
        "en": "Give the indicator a name.",
    },
    "indicator.element": {
        "nl": "Een indicator hoort bij een output of een outcome van de veranderketen.",
        "en": "An indicator belongs to an output or an outcome of the Theory of Change.",
    },
    "indicator.sample_size": {
        "nl": "De steekproef is een heel getal groter dan 0.",
        "en": "The sample size is a whole number above 0.",
    },
    "import.not_xlsx": {
        "nl": "'{path}' is geen Excel-werkmap (.xlsx) die FieldLab Desk kan lezen.",
        "en": "'{path}' is not an Excel workbook (.xlsx) FieldLab Desk can read.",
    },
    "import.macros": {
        "nl": "'{path}' bevat macro's; importeer alleen een gewone .xlsx-werkmap.",
        "en": "'{path}' holds macros; import a plain .xlsx workbook only.",
    },
    "import.password": {
        "nl": "'{path}' is met een wachtwoord beveiligd; sla het zonder wachtwoord op en "
        "probeer opnieuw.",
        "en": "'{path}' is protected with a password; save it without one and try again.",
    },
    "import.too_large": {
        "nl": "'{path}' pakt uit tot een onredelijk grote werkmap en wordt niet gelezen.",
        "en": "'{path}' unpacks to an unreasonably large workbook and is not read.",
    },
    "import.no_project": {
        "nl": "er is geen project met code '{code}' (zet de projectcode in Projectplan, naast "
        "'Projectcode').",
        "en": "there is no project with code '{code}' (put the project code in Projectplan, "
        "beside 'Project code').",
    },
    "import.unknown_choice": {
        "nl": "'{value}' is geen bekende keuze",
        "en": "'{value}' is not a known choice",
    },
    "import.not_amount": {"nl": "'{value}' is geen bedrag", "en": "'{value}' is not an amount"},
    "import.not_number": {"nl": "'{value}' is geen getal", "en": "'{value}' is not a number"},
    "import.not_date": {"nl": "'{value}' is geen datum", "en": "'{value}' is not a date"},
    "import.amount_range": {
        "nl": "'{value}' is geen bedrag dat een begroting kan bevatten (minder dan € 1 miljard)",
        "en": "'{value}' is not an amount a budget can hold (less than €1 billion)",
    },
    "import.three_decimals": {
        "nl": "'{value}' heeft meer dan twee cijfers achter de komma",
        "en": "'{value}' has more than two decimals",
    },
    "import.number_range": {
        "nl": "'{value}' is geen bruikbaar getal",
        "en": "'{value}' is not a usable number",
    },
    "import.too_long": {
        "nl": "de tekst is {length} tekens lang; hier passen er {limit}",
        "en": "the text is {length} characters long; {limit} fit here",
    },
    "import.control_characters": {
        "nl": "de tekst bevat onzichtbare stuurtekens",
        "en": "the text holds invisible control characters",
    },
    "import.did_you_mean": {
        "nl": "'{value}' is onbekend. Bedoelt u '{suggestion}'?",
        "en": "'{value}' is unknown. Did you mean '{suggestion}'?",
    },
    "import.no_project_suggestion": {
        "nl": "er is geen project met de code '{code}'. Bedoelt u '{suggestion}'?",
        "en": "there is no project with the code '{code}'. Did you mean '{suggestion}'?",
    },
    "import.line_elsewhere": {
        "nl": "regel {id} hoort bij {code}, niet bij {project}",
        "en": "line {id} belongs to {code}, not to {project}",
    },
    "import.line_unknown": {
        "nl": "er is geen begrotingsregel {id}",
        "en": "there is no budget line {id}",
    },
    "import.duplicate_id": {
        "nl": "regel-id {id} staat al in rij {first}; elke regel maar één keer",
        "en": "line id {id} is in row {first} already; each line once only",
    },
    "import.line_ambiguous": {
        "nl": "'{description}' past op meer dan één begrotingsregel van {year}: {candidates}; vul het regel-id in",
        "en": "'{description}' fits more than one budget line of {year}: {candidates}; fill in the line id",
    },
    "import.no_line_in_year": {
        "nl": "geen begrotingsregel '{description}' in {year} (de datum); wel in: {years}",
        "en": "no budget line '{description}' in {year} (the date's year); there is one in: {years}",
    },
    "import.beyond_grant": {
        "nl": "hiermee gaat het SGIA-geld van {year} {amount} boven het toegekende bedrag van {granted} (overschrijding)",
        "en": "this takes the SGIA money of {year} {amount} beyond the grant of {granted} (overspend)",
    },
    "import.has_warnings": {
        "nl": "Er is niets geïmporteerd: {count} waarschuwing(en). Controleer ze en importeer met --accept-warnings (in de app: Toch importeren).",
        "en": "Nothing was imported: {count} warning(s). Check them and import with --accept-warnings (in the app: Import anyway).",
    },
    "import.too_many_rows": {
        "nl": "'{path}' heeft meer dan {limit} rijen om te importeren; splits het bestand. Er is niets gewijzigd.",
        "en": "'{path}' has more than {limit} rows to import; split the file. Nothing was changed.",
    },
    "import.unreadable_row": {
        "nl": "een cel in deze rij heeft een getal dat geen getal is (zoals NaN); het blad is vanaf hier niet gelezen",
        "en": "a cell in this row holds a number that is none (such as NaN); the sheet was not read from here on",
    },
    "import.more_problems": {
        "nl": "… en nog {count} problemen (verbeter eerst deze)",
        "en": "… and {count} more problems (correct these first)",
    },
    "import.no_line": {
        "nl": "er is geen begrotingsregel met dit regel-id of deze omschrijving",
        "en": "there is no budget line with this line id or description",
    },
    "import.line_new": {
        "nl": "{where}: nieuwe begrotingsregel {what}, {amount}",
        "en": "{where}: new budget line {what}, {amount}",
    },
    "import.line_changed": {
        "nl": "{where}: begrotingsregel gewijzigd: {what}",
        "en": "{where}: budget line changed: {what}",
    },
    "import.expense_new": {
        "nl": "{where}: uitgave {amount} op {day}, op regel '{line}' ({year}, {source})",
        "en": "{where}: expense {amount} on {day}, on line '{line}' ({year}, {source})",
    },
    "import.commitment_new": {
        "nl": "{where}: verplichting {amount} op {day}, op regel '{line}' ({year}, {source})",
        "en": "{where}: commitment {amount} on {day}, on line '{line}' ({year}, {source})",
    },
    "import.measurement_new": {
        "nl": "{where}: meting van '{what}' op {day}",
        "en": "{where}: measurement of '{what}' on {day}",
    },
    "import.duplicate_booking": {
        "nl": "boeking-id {id} staat al in rij {first}; elke boeking maar één keer",
        "en": "booking id {id} is in row {first} already; each booking once only",
    },
    "import.booking_elsewhere": {
        "nl": "boeking {id} hoort bij {code}, niet bij {project}",
        "en": "booking {id} belongs to {code}, not to {project}",
    },
    "import.booking_unknown": {
        "nl": "boeking {id} bestaat niet (meer); laat Boeking-id leeg om een nieuwe toe te voegen",
        "en": "booking {id} does not exist (any more); leave Booking id empty to add a new one",
    },
    "import.booking_changed": {
        "nl": "{where}: {kind} {id} op regel '{line}' wordt gewijzigd ({what})",
        "en": "{where}: {kind} {id} on line '{line}' is changed ({what})",
    },
    "import.kind_expense": {"nl": "uitgave", "en": "expense"},
    "import.kind_commitment": {"nl": "verplichting", "en": "commitment"},
    "import.similar": {
        "nl": "{where}: {kind} {amount} op {day} lijkt op een bestaande boeking ({id}: {old}, "
        "notitie '{note}')",
        "en": "{where}: {kind} {amount} on {day} looks like an existing booking ({id}: {old}, "
        "note '{note}')",
    },
    "import.similar_many": {
        "nl": "lijkt op de bestaande boekingen {ids}; zet in Boeking-id welke het is, of maak "
        "datum of notitie anders om een nieuwe toe te voegen",
        "en": "looks like the existing bookings {ids}; put the one it is in Booking id, or make "
        "date or note differ to add a new one",
    },
    "import.similar_choice": {
        "nl": "{count} rij(en) lijken op een bestaande boeking: kies toevoegen of bijwerken",
        "en": "{count} row(s) look like an existing booking: choose add or update",
    },
    "import.formula_value": {
        "nl": "{where}: formule; de opgeslagen uitkomst {value} wordt geïmporteerd",
        "en": "{where}: formula; its stored result {value} is imported",
    },
    "import.more_formulas": {
        "nl": "… en nog {count} cellen met een formule (ook hun opgeslagen uitkomst)",
        "en": "… and {count} more cells with a formula (their stored result, too)",
    },
    "import.formula_no_value": {
        "nl": "{where}: formule zonder opgeslagen uitkomst; open en bewaar het bestand in Excel "
        "of LibreOffice, of typ de waarde zelf in",
        "en": "{where}: formula without a stored result; open and save the file in Excel or "
        "LibreOffice, or type the value in",
    },
    "access.refused.project": {
        "nl": "Alleen de projectleiders van dit project (en de beheerder) mogen het wijzigen; u ({login}) kunt het lezen.",
        "en": "Only this project's project leaders (and the administrator) may change it; you ({login}) can read it.",
    },
    "access.refused.new_project": {
        "nl": "Alleen een projectleider of de beheerder mag een project aanmaken; u ({login}) kunt lezen.",
        "en": "Only a project leader or the administrator may create a project; you ({login}) can read.",
    },
    "access.refused.steering": {
        "nl": "Alleen de secretaris van de stuurgroep (en de beheerder) legt vergaderingen, besluiten, toekenningen en normen vast; u ({login}) kunt ze lezen.",
        "en": "Only the steering group's secretary (and the administrator) records meetings, decisions, grants and norms; you ({login}) can read them.",
    },
    "access.refused.periods": {
        "nl": "Alleen de secretaris (en de beheerder) stelt een halfjaar vast of heropent het; u ({login}) kunt lezen.",
        "en": "Only the secretary (and the administrator) closes or reopens a half year; you ({login}) can read.",
    },
    "access.refused.reference": {
        "nl": "Referentiegegevens, organisaties, personen en fieldlabs zijn van de beheerder; u ({login}) kunt ze lezen.",
        "en": "Reference data, organisations, people and fieldlabs are the administrator's; you ({login}) can read them.",
    },
    "access.refused.access": {
        "nl": "Alleen de beheerder regelt wie wat mag; u ({login}) kunt lezen.",
        "en": "Only the administrator manages who may do what; you ({login}) can read.",
    },
    "access.refused.own_name": {
        "nl": "Als lezer legt u ({login}) niets vast, ook geen naam.",
        "en": "As a reader you ({login}) record nothing, not even a name.",
    },
    "access.refused.row": {
        "nl": "De server staat deze wijziging voor uw login niet toe; er is niets opgeslagen.",
        "en": "The server does not allow this change for your login; nothing was saved.",
    },
    "access.refused.database": {
        "nl": "De server staat deze wijziging voor uw login niet toe; er is niets opgeslagen. Reden: {reason}",
        "en": "The server does not allow this change for your login; nothing was saved. Reason: {reason}",
    },
    "access.none": {
        "nl": "Login {login} heeft geen rol in deze FieldLab-database. Vraag de beheerder: fieldlab-desk access ADRES add {login} --role lezer",
        "en": "Login {login} has no role in this FieldLab database. Ask the administrator: fieldlab-desk access ADDRESS add {login} --role lezer",
    },
    "access.migrate": {
        "nl": "Deze database moet worden bijgewerkt (nu versie {revision}); dat doet alleen de eigenaar van de tabellen, niet login {login}: fieldlab-desk migrate ADRES als eigenaar.",
        "en": "This database needs an upgrade (now version {revision}); only the owner of its tables does that, not login {login}: fieldlab-desk migrate ADDRESS as the owner.",
    },
    "access.file": {
        "nl": "Een bestand kent geen logins: wie het opent om te schrijven mag alles. Rollen gelden op een databaseserver.",
        "en": "A file has no logins: whoever opens it for writing may do everything. Roles apply on a database server.",
    },
    "access.no_login": {
        "nl": "Login {login} bestaat niet op de server. Laat de databasebeheerder hem aanmaken: CREATE ROLE \"{login}\" LOGIN PASSWORD '…';",
        "en": "Login {login} does not exist on the server. Ask the database administrator to create it: CREATE ROLE \"{login}\" LOGIN PASSWORD '…';",
    },
    "access.bad_login": {
        "nl": "‘{login}’ is geen loginnaam (letters, cijfers, _ . @ -; begint met een letter).",
        "en": "‘{login}’ is not a login name (letters, digits, _ . @ -; starting with a letter).",
    },
    "access.no_project": {
        "nl": "Er is geen project met code {project}.",
        "en": "There is no project with code {project}.",
    },
    "access.projects_for_leaders": {
        "nl": "Projecten (--project) horen alleen bij de rol projectleider.",
        "en": "Projects (--project) go only with the role projectleider.",
    },
    "access.manage_failed": {
        "nl": "De server weigerde de wijziging van de toegang; er is niets veranderd. Reden: {reason}",
        "en": "The server refused the change of access; nothing was changed. Reason: {reason}",
    },
    "access.done_add": {"nl": "Toegang gegeven aan {login}.", "en": "Access given to {login}."},
    "access.done_remove": {
        "nl": "Toegang ingetrokken voor {login}.",
        "en": "Access withdrawn from {login}.",
    },
    "access.login": {"nl": "Login", "en": "Login"},
    "access.roles": {"nl": "Rollen", "en": "Roles"},
    "access.projects": {"nl": "Projecten", "en": "Projects"},
    "access.name": {"nl": "Naam", "en": "Name"},
    "database.refused": {
        "nl": "De database weigerde de wijziging; er is niets opgeslagen. Reden: {reason}",
        "en": "The database refused the change; nothing was saved. Reason: {reason}",
    },
    "pack.trail_stopped": {
        "nl": "gestopt: van de toekenning blijft alleen wat verplicht en besteed is",
        "en": "stopped: of the grant only what was committed and spent remains",
    },
    "pack.trail_no_grant": {
        "nl": "geen toekenning vastgelegd: de SGIA-begroting van het jaar telt",
        "en": "no grant recorded: the year's SGIA budget counts",
    },
    "pack.trail_carried_in": {
        "nl": "overgeheveld uit het jaar ervoor (toegekend wijzigingsverzoek)",
        "en": "carried in from the year before (granted change request)",
    },
    "pack.trail_carried_out": {
        "nl": "overgeheveld naar het jaar erna (toegekend wijzigingsverzoek)",
        "en": "carried to the year after (granted change request)",
    },
    "pack.trail_phase": {
        "nl": "telt in deze fase niet als toegekend",
        "en": "does not count as granted in this phase",
    },
    "pack.trail_pipeline": {
        "nl": "voorstel in de pijplijn: telt nog niet als toegekend",
        "en": "proposal in the pipeline: does not count as granted yet",
    },
    "story.too_long": {
        "nl": "Dit deel is {length} tekens lang; er passen er {limit} (een halve bladzijde van de "
        "rapportage).",
        "en": "This part is {length} characters long; {limit} fit (half a page of the report).",
    },
    "report.group_by": {
        "nl": "'{text}' is geen indeling; kies project, opgave of programmalijn",
        "en": "'{text}' is not a grouping; choose project, opgave or programmalijn",
    },
    "import.already": {
        "nl": "{what}: staat er al; niet nog eens toegevoegd",
        "en": "{what}: is there already; not added again",
    },
    "import.has_problems": {
        "nl": "Er is niets geïmporteerd: het bestand heeft {count} probleem/problemen.",
        "en": "Nothing was imported: the file has {count} problem(s).",
    },
    "import.nothing": {"nl": "Er is niets te importeren.", "en": "There is nothing to import."},
    "report.period": {
        "nl": "'{text}' is geen halfjaar; schrijf het als 2024H1 (januari–juni) of 2024H2 "
        "(juli–december).",
        "en": "'{text}' is not a half year; write it as 2024H1 (January–June) or 2024H2 "
        "(July–December).",
    },
    "export.out_kind": {
        "nl": "Kies een bestandsnaam op .xlsx (of .pdf voor een projectplan op papier).",
        "en": "Choose a file name ending in .xlsx (or .pdf for a project plan on paper).",
    },
    "report.out_kind": {
        "nl": "Kies een bestandsnaam op .pdf.",
        "en": "Choose a file name ending in .pdf.",
    },
    "warning.over_norm": {
        "nl": "Boven de norm: toegekend en overschreden samen {claimed}, {over} meer dan de norm van {norm}.",
        "en": "Over the norm: granted and overspent together {claimed}, {over} more than the norm of {norm}.",
    },
    "warning.near_norm": {
        "nl": "Let op: {usage} van de norm benut; nog {free} vrij.",
        "en": "Note: {usage} of the norm used; {free} still free.",
    },
    "warning.overspent": {
        "nl": "Overschrijding {amount}: {codes} verplichtten en besteedden meer SGIA-geld dan toegekend; dat telt mee tegen de norm.",
        "en": "Overspend {amount}: {codes} committed and spent more SGIA money than granted; it counts against the norm.",
    },
    "warning.over_grant": {
        "nl": "Begroot boven het toegekende bedrag: {codes}.",
        "en": "Budgeted above the grant: {codes}.",
    },
    "warning.none": {
        "nl": "Geen waarschuwingen: elk jaar blijft onder {threshold} van de norm, zonder overschrijding.",
        "en": "No warnings: every year stays below {threshold} of the norm, without overspending.",
    },
    "coverage.undecided": {
        "nl": "Nog geen SGIA-bedrag toegekend.",
        "en": "No SGIA money granted yet.",
    },
    "coverage.covered": {
        "nl": "Gedekt: SGIA-deel {sgia} binnen het toegekende bedrag van {granted}.",
        "en": "Covered: SGIA share {sgia} within the grant of {granted}.",
    },
    "coverage.budget_over_grant": {
        "nl": "Financiering dekt de kosten niet: de begroting vraagt {sgia} SGIA-geld, toegekend is {granted}.",
        "en": "Funding does not cover the cost: the budget asks {sgia} of SGIA money, the grant is {granted}.",
    },
    "coverage.overspent": {
        "nl": "Overschrijding: {years}. Er is meer SGIA-geld verplicht en besteed dan toegekend; dat telt mee tegen de norm.",
        "en": "Overspend: {years}. More SGIA money was committed and spent than granted; it counts against the norm.",
    },
    "coverage.overspent_year": {
        "nl": "{year} {amount} boven toegekend {granted}",
        "en": "{year} {amount} above the grant of {granted}",
    },
    "progress.rule": {
        "nl": "Voortgang = (stand − nulmeting) / (streefwaarde − nulmeting); verwacht = het deel van de tijd van nulmeting tot streefdatum dat voorbij is; beide op een tiende procent. ✓ gehaald; ● op koers: hoogstens {on_track} punten achter op verwacht; ▲ risico: meer dan {on_track} en hoogstens {at_risk} punten achter; ✗ achter op schema: verder achter of de verkeerde kant op. Per periode telt de metingen op, cumulatief en momentopname nemen de laatste.",
        "en": "Progress = (now − baseline) / (target − baseline); expected = the share of the time from baseline to target date that has passed; both to a tenth of a percent. ✓ met; ● on track: at most {on_track} points behind expected; ▲ at risk: more than {on_track} and at most {at_risk} points behind; ✗ off track: further behind or the wrong way. Per period adds the measurements up, cumulative and snapshot take the latest.",
    },
    "reference.edit_add": {"nl": "Referentiegegeven toegevoegd", "en": "Reference item added"},
    "reference.edit_rename": {"nl": "Referentiegegeven hernoemd", "en": "Reference item renamed"},
    "reference.edit_retire": {"nl": "Referentiegegeven vervallen", "en": "Reference item retired"},
    "reference.edit_reinstate": {
        "nl": "Referentiegegeven weer in gebruik",
        "en": "Reference item reinstated",
    },
    "reference.edit_agenda": {"nl": "Regionale agenda benoemd", "en": "Regional agenda named"},
    "reference.done": {"nl": "{what}.", "en": "{what}."},
    "retired_word": {"nl": "vervallen", "en": "retired"},
    "in_use": {"nl": "in gebruik: {n}", "en": "in use: {n}"},
    "region.unknown": {
        "nl": "Er is geen regioset '{name}' (resources/regions/{name}.json).",
        "en": "There is no region set '{name}' (resources/regions/{name}.json).",
    },
    "region.bad_file": {
        "nl": "De regioset {name} is onleesbaar: {reason}.",
        "en": "The region set {name} cannot be read: {reason}.",
    },
    "check.older": {
        "nl": "Dit bestand heeft schema {revision}; het wordt bijgewerkt naar {head} (met een reservekopie) zodra u het opent in de app of `fieldlab-desk migrate` gebruikt. De aantallen zijn gelezen via een bijgewerkte tijdelijke kopie; het bestand zelf is niet gewijzigd.",
        "en": "This file is of schema {revision}; it is brought up to {head} (after a backup) when you open it in the app or run `fieldlab-desk migrate`. The counts were read through an updated temporary copy; the file itself was not changed.",
    },
    "reference.unknown": {
        "nl": "Geen {kind} met code '{value}' in dit portfolio. `fieldlab-desk reference BESTAND list {kind}` toont ze.",
        "en": "No {kind} with code '{value}' in this portfolio. `fieldlab-desk reference FILE list {kind}` lists them.",
    },
    "reference.name_empty": {
        "nl": "Vul een naam in.",
        "en": "Enter a name.",
    },
    "reference.code_form": {
        "nl": "'{value}' is geen geldige code: gebruik hoofdletters, cijfers en streepjes (hoogstens 40), zoals DSA-GELIJKE-KANSEN.",
        "en": "'{value}' is not a valid code: use capitals, digits and hyphens (at most 40), such as DSA-GELIJKE-KANSEN.",
    },
    "platform.no_display": {
        "nl": "FieldLab Desk vindt geen beeldscherm (DISPLAY is leeg): start het op een virtueel scherm met `xvfb-run -a fieldlab-desk …` (sudo apt-get install -y xvfb xauth) of gebruik ./dev start.",
        "en": "FieldLab Desk finds no screen (DISPLAY is empty): start it on a virtual screen with `xvfb-run -a fieldlab-desk …` (sudo apt-get install -y xvfb xauth) or use ./dev start.",
    },
    "platform.libraries": {
        "nl": "FieldLab Desk kan niet tekenen ({platform}): er ontbreken systeembibliotheken. Installeer ze met: sudo apt-get install -y {packages}",
        "en": "FieldLab Desk cannot draw ({platform}): system libraries are missing. Install them with: sudo apt-get install -y {packages}",
    },
    "reference.term_code_form": {
        "nl": "'{value}' is geen geldige code: gebruik kleine letters, cijfers, streepjes en liggende streepjes (hoogstens 32), zoals stichting.",
        "en": "'{value}' is not a valid code: use lower-case letters, digits, hyphens and underscores (at most 32), such as foundation.",
    },
    "reference.code_taken": {
        "nl": "De code '{value}' bestaat al. Kies een andere, of hernoem het bestaande item.",
        "en": "The code '{value}' exists already. Choose another, or rename the existing item.",
    },
    "reference.name_taken": {
        "nl": "Er is al een item met de naam '{name}'.",
        "en": "There is already an item named '{name}'.",
    },
    "yearplan.year": {
        "nl": "'{text}' is geen jaartal tussen 2000 en 2100.",
        "en": "'{text}' is not a year between 2000 and 2100.",
    },
}


# What the CLI prints, beside the error messages above.
WORDS: dict[str, tuple[str, str]] = {
    "file": ("bestand", "file"), "size": ("grootte", "size"), "schema": ("schema", "schema"),
    "integrity": ("integriteit", "integrity"), "ok": ("ok", "ok"), "problems": ("PROBLEMEN", "PROBLEMS"),
    "owner": ("eigenaar", "owner"), "demo": ("demogegevens", "demo data"), "yes": ("ja", "yes"),
    "plan": ("Jaarplan", "Year plan"), "what_if": (" (wat als: voorstellen meegeteld)", " (what-if: proposals counted)"),
    "copied": ("Gekopieerd:", "Copied:"), "backup": ("reservekopie", "backup"),
    "score": ("Kwaliteitsscore", "Quality score"), "findings": ("Bevindingen", "Findings"),
    "no_findings": ("Geen bevindingen: de keten is compleet.", "No findings: the chain is complete."),
    "chain_empty": ("De keten is nog leeg: voeg input, activiteiten, outputs, outcomes en een impact toe, of begin met een sjabloon.",
                    "The chain is still empty: add inputs, activities, outputs, outcomes and an impact, or start from a template."),
    "written": ("Geschreven:", "Written:"), "changes": ("Wijzigingen", "Changes"),
    "import_label": ("Importeren uit Excel", "Import from Excel"),
    "step_read": ("Gegevens lezen…", "Reading the data…"), "step_pictures": ("Diagram en grafieken tekenen…", "Drawing diagram and charts…"),
    "step_write": ("Werkmap schrijven…", "Writing the workbook…"),
    "step_read_rows": ("Rijen lezen…", "Reading rows…"),
    "import_notes": ("Opmerkingen", "Notes"),
    "as_of": ("Stand per", "As of"),
    "results_of": ("Resultaten van:", "Results of:"), "no_group": ("(niet ingedeeld)", "(not classified)"),
    "from_sender": ("Van", "From"), "to_addressee": ("Aan", "To"), "toc": ("Inhoud", "Contents"),
    "story": ("Voortgang", "Progress"), "no_story": ("Nog geen voortgang ingevuld voor deze periode.", "No progress written for this period yet."),
    "stories_missing": ("Nog geen voortgang ingevuld", "No progress written yet"),
    "money_block": ("Geld {year}, stand per {day}", "Money {year}, as of {day}"),
    "on": ("Datum", "Date"), "project": ("Project", "Project"), "decision": ("Besluit", "Decision"),
    "granted": ("Toegekend", "Granted"), "conditions": ("Voorwaarden", "Conditions"),
    "similar": ("Lijkt op een bestaande boeking (kies met --similar toevoegen of bijwerken)",
                "Look like an existing booking (choose with --similar add or update)"),
    "dry_run": ("Proefimport: er is niets gewijzigd.", "Dry run: nothing was changed."),
    "imported": ("Geïmporteerd; ongedaan te maken in de app (Bewerken → Ongedaan maken).", "Imported; it can be undone in the app (Edit → Undo)."),
    "report_title": ("Halfjaarrapportage", "Half-year report"),
    "period": ("Periode", "Period"), "made_on": ("Gemaakt op", "Made on"), "page": ("Pagina {n} van {total}", "Page {n} of {total}"),
    "contents": ("Projecten in dit verslag", "Projects in this report"), "phase": ("Fase", "Phase"),
    "lead": ("Penvoerder", "Lead partner"), "leader": ("Projectleider", "Project leader"), "runs": ("Looptijd", "Runs"),
    "results": ("Resultaten in cijfers", "Results in figures"), "efforts": ("Inspanningen", "Efforts"), "budget": ("Budgetpositie (SGIA)", "Budget position (SGIA)"),
    "decisions": ("Besluiten in deze periode", "Decisions in this period"), "no_decisions": ("Geen besluiten in deze periode.", "No decisions in this period."),
    "indicator": ("Indicator", "Indicator"), "baseline": ("Nulmeting", "Baseline"), "target": ("Streefwaarde", "Target"),
    "now": ("Stand", "Now"), "status": ("Status", "Status"),
    "no_indicators": ("Nog geen indicatoren.", "No indicators yet."), "activities": ("Activiteiten", "Activities"),
    "milestones": ("Mijlpalen", "Milestones"), "no_milestones": ("Geen mijlpalen in deze periode.", "No milestones in this period."),
    "due": ("gepland", "due"), "reached": ("behaald", "reached"), "not_reached": ("nog niet behaald", "not reached yet"), "behind": ("Achter op schema of met risico", "Off track or at risk"),
    "result": ("Resultaat", "Result"), "none_behind": ("Geen indicator achter op schema.", "No indicator off track."),
    "projects": ("projecten", "projects"), "warnings": ("Waarschuwingen", "Warnings"),
    "no_requests": ("Geen wijzigingsverzoeken.", "No change requests."), "reason": ("Reden", "Reason"),
    "in_core": ("Innovaties structureel in de kern: {count} van {total} verspreide innovaties.",
                "Innovations structurally in the core: {count} of {total} spread innovations."),
    "reach": ("bibliotheken: {libraries}, gemeenten: {gemeenten}; structureel gefinancierd: {structural}, pilot: {pilots}, gestopt: {stopped}",
              "libraries: {libraries}, municipalities: {gemeenten}; structurally funded: {structural}, pilot: {pilots}, stopped: {stopped}"),
    "since": ("sinds", "since"),
    "closed_on": ("Vastgesteld op {day} door {who}", "Closed on {day} by {who}"),
    "not_closed": ("Nog niet vastgesteld: de cijfers kunnen nog veranderen.", "Not closed yet: the figures may still change."),
    "reopened_on": ("Heropend op {day} door {who}: {why}", "Reopened on {day} by {who}: {why}"),
    "scaling_block": ("Verspreiding van innovaties tot en met {day}", "Scaling of innovations up to {day}"),
    "libraries": ("Bibliotheken", "Libraries"), "gemeenten": ("Gemeenten", "Municipalities"),
    "structural": ("Structureel gefinancierd", "Structurally funded"), "pilots": ("Pilot", "Pilot"),
    "stopped": ("Gestopt", "Stopped"),
    "scaling_note": ("Telt de overnames die tot die dag begonnen, in de vorm die het register nu vastlegt.",
                     "Counts the adoptions begun by that day, in the form the register holds now."),
}  # fmt: skip

# Titles of fields and columns, and the words of the exports and reports: one catalogue for the
# app (the change history's field names), the workbooks, the papers and the CLI. Figures (toegekend,
# begroot, voortgang, …) are named in ``figures.py``.
TITLES: dict[str, tuple[str, str]] = {
    "code": ("Projectcode", "Project code"), "title": ("Titel", "Title"), "phase": ("Fase", "Phase"),
    "fieldlab": ("Fieldlab", "Fieldlab"), "lead": ("Penvoerder", "Lead partner"),
    "leader": ("Projectleider", "Project leader"), "opgave": ("Primaire opgave", "Primary challenge"),
    "start": ("Start", "Start"), "end": ("Einde", "End"), "rag": ("RAG-status", "RAG status"),
    "rag_note": ("Toelichting RAG", "RAG explanation"),
    "summary": ("Samenvatting", "Summary"), "need": ("Behoefte", "Need"), "goal": ("Doel", "Goal"),
    "scaling": ("Opschaling en borging", "Scaling and embedding"), "result": ("Resultaat", "Result"),
    "themes": ("Thema's", "Themes"), "partners": ("Deelnemende organisaties", "Participating organisations"),
    "groups": ("Doelgroepen", "Target groups"), "places": ("Gemeenten", "Municipalities"),
    "history": ("Fasehistorie", "Phase history"), "on": ("Datum", "Date"), "from": ("Van", "From"),
    "to": ("Naar", "To"), "by": ("Door", "By"), "note": ("Notitie", "Note"), "year": ("Jaar", "Year"),
    "category": ("Kostensoort", "Cost category"), "description": ("Omschrijving", "Description"),
    "source": ("Financieringsbron", "Funding source"), "partner": ("Partner", "Partner"),
    "in_kind": ("In natura", "In kind"),
    "activity": ("Activiteit", "Activity"), "share": ("Aandeel", "Share"), "level": ("Niveau", "Level"),
    "element": ("Element", "Element"), "cost": ("Kosten", "Cost"), "pathway": ("Route", "Pathway"),
    "indicators": ("Indicatoren", "Indicators"), "theme": ("Draagt bij aan", "Contributes to"),
    "rationale": ("Onderbouwing", "Rationale"), "assumption": ("Aanname", "Assumption"),
    "status": ("Status", "Status"), "since": ("Sinds", "Since"), "evidence": ("Bewijs", "Evidence"),
    "score": ("Kwaliteitsscore", "Quality score"), "indicator": ("Indicator", "Indicator"),
    "unit": ("Eenheid", "Unit"), "semantics": ("Soort waarde", "Kind of value"),
    "split": ("Verdeling", "Split"),
    "baseline": ("Nulmeting", "Baseline"), "baseline_on": ("Nulmeting op", "Baseline on"),
    "target": ("Streefwaarde", "Target"), "target_on": ("Streefdatum", "Target date"),
    "now": ("Stand", "Now"),
    "measured_on": ("Gemeten op", "Measured on"), "kind": ("Soort", "Kind"), "value": ("Waarde", "Value"),
    "count": ("Aantal", "Count"), "of": ("Van totaal", "Of total"), "sample": ("Steekproef", "Sample"),
    "meeting": ("Vergadering", "Meeting"), "decision": ("Besluit", "Decision"), "conditions": ("Voorwaarden", "Conditions"),
    "links": ("Verbindingen en aannames", "Links and assumptions"),
    "measurements": ("Metingen", "Measurements"), "file": ("Bestand", "File"),
    "exported": ("Geëxporteerd op", "Exported on"), "app": ("Programma", "Application"),
    "schema": ("Schemaversie", "Schema version"), "contents": ("Inhoud", "Contents"),
    "filters": ("Filters", "Filters"), "role": ("Rol", "Role"), "total": ("Totaal", "Total"),
    "line_id": ("Regel-id", "Line id"), "amount": ("Bedrag", "Amount"),
    "booking_id": ("Boeking-id", "Booking id"), "measurement_id": ("Meting-id", "Measurement id"),
    "hours": ("Uren", "Hours"), "rate": ("Uurtarief", "Hourly rate"),

    "warnings": ("Waarschuwingen", "Warnings"),
    "none": ("Geen waarschuwingen.", "No warnings."), "projects": ("Projecten", "Projects"),
    "chart": ("Toegekend per project (norm {norm})", "Granted per project (norm {norm})"),
    "norm_chart": ("Jaar {year} tegen de norm", "Year {year} against the norm"),
    "trail_sheet": ("Besluitenspoor", "Decision trail"), "years_sheet": ("Meerjarenoverzicht", "Multi-year overview"),
    "correction": ("Correctie", "Correction"),
    "trail_total": ("Samen het toegekende bedrag van {year}: {amount}", "Together the amount granted for {year}: {amount}"),
    "runs": ("Looptijd", "Runs"),
    "changes": ("Wijzigingen sinds de vergadering van {day}", "Changes since the meeting of {day}"),
    "changes_sheet": ("Wijzigingen", "Changes"),
    # sheet names of the exported workbooks (the import template's too: the import takes either)
    "sheet_info": ("Info", "Info"), "sheet_plan": ("Projectplan", "Project plan"),
    "sheet_budget": ("Begroting", "Budget"), "sheet_expenses": ("Uitgaven", "Expenses"),
    "sheet_funding": ("Financiering", "Funding"), "sheet_chain": ("Veranderketen", "Theory of change"),
    "sheet_effect": ("Effectmeting", "Effect measurement"), "sheet_measurements": ("Metingen", "Measurements"),
    "sheet_decisions": ("Besluiten", "Decisions"), "sheet_overview": ("Overzicht", "Overview"),
    "sheet_yearplan": ("Jaarplanning", "Year plan"), "sheet_indicators": ("Indicatoren", "Indicators"),
    "sheet_instructions": ("Toelichting", "Instructions"),
    "what": ("Wat", "What"), "subject": ("Onderdeel", "Part"), "was": ("Was", "Was"), "now_value": ("Nu", "Now"),

    # the further names of stored fields, as the change history shows them
    "start_date": ("Startdatum", "Start date"), "end_date": ("Einddatum", "End date"),
    "theme_id": ("Thema", "Theme"), "target_group": ("Doelgroep", "Target group"),
    "municipality": ("Gemeente", "Municipality"), "organisation": ("Organisatie", "Organisation"),
    "due_date": ("Gepland op", "Due on"), "done_date": ("Behaald op", "Reached on"),
    "name": ("Naam", "Name"), "cofinancier": ("Cofinancier", "Co-financier"),
    "rate_frozen": ("Tarief vastgezet", "Rate frozen"), "granted_amount": ("Toegekend bedrag", "Granted amount"),
    "sort_order": ("Volgorde", "Order"), "text": ("Tekst", "Text"),
    "assumption_status": ("Status aanname", "Assumption status"), "status_since": ("Status sinds", "Status since"),
    "measures": ("Meet", "Measures"), "library": ("Bibliotheekindicator", "Library indicator"),
    "unit_subject": ("Een eenheid telt", "One unit counts"), "direction": ("Richting", "Direction"),
    "comparator": ("Doel is", "Target is"), "whole_numbers": ("Hele getallen", "Whole numbers"),
    "baseline_method": ("Methode nulmeting", "Baseline method"),
    "baseline_sample": ("Steekproef nulmeting", "Baseline sample"),
    "baseline_reconstructed": ("Nulmeting achteraf gereconstrueerd", "Baseline reconstructed afterwards"),
    "method": ("Meetmethode", "Method"), "data_source": ("Bron", "Source"), "frequency": ("Frequentie", "Frequency"),
    "budget_line": ("Begrotingsregel", "Budget line"), "commitment": ("Verplichting", "Commitment"),
    "change_request": ("Wijzigingsverzoek", "Change request"), "submitted_on": ("Ingediend op", "Submitted on"),
    "adoption": ("Verspreiding", "Adoption"), "adopted_on": ("Sinds", "Since"), "form": ("Vorm", "Form"),
    "funding": ("Financiering", "Funding"), "measurement_part": ("Deel van een meting", "Part of a measurement"),
    "split_gemeente": ("Uitsplitsen per gemeente", "Split per municipality"),
    "split_doelgroep": ("Uitsplitsen per doelgroep", "Split per target group"),
    "asked_by": ("Gevraagd door", "Asked by"), "reason": ("Reden", "Reason"),
    "new_end": ("Nieuwe einddatum", "New end date"), "previous_end": ("Vorige einddatum", "Previous end date"),
    "from_category": ("Van kostensoort", "From cost category"), "to_category": ("Naar kostensoort", "To cost category"),
    "period_closed": ("Halfjaar vastgesteld", "Half year closed"),
    "reopened_day": ("Heropend op", "Reopened on"), "reopened_by": ("Heropend door", "Reopened by"),
    "reopen_reason": ("Reden heropening", "Reason for reopening"),
    "scope_change": ("Gevraagde wijziging", "Change asked for"), "decided_on": ("Besloten op", "Decided on"),
    "decision_note": ("Toelichting besluit", "Decision note"), "request_year": ("Jaar", "Year"),
    "expense": ("Uitgave", "Expense"), "grant": ("Toekenning", "Grant"),
    "toc_element": ("Veranderketen-element", "Chain element"), "toc_link": ("Verbinding", "Link"),
    "project": ("Project", "Project"), "milestone": ("Mijlpaal", "Milestone"),
    "phase_change": ("Fasewijziging", "Phase change"), "measurement": ("Meting", "Measurement"),
    "progress_story": ("Voortgang", "Progress"), "results": ("Resultaten", "Results"),
    "findings": ("Bevindingen", "Findings"), "next_steps": ("Vervolg", "Next steps"),
    "knowledge": ("Kennisdeling", "Knowledge shared"),
    "created": ("toegevoegd", "added"), "updated": ("gewijzigd", "changed"), "deleted": ("verwijderd", "removed"),
}  # fmt: skip


def title(key: str, language: Language = "nl") -> str:
    """A field's or column's title in ``language``: ``Projectcode`` / ``Project code``."""
    dutch, english = TITLES[key]
    return english if language == "en" else dutch


# The names of enum values, shown in the app, printed by the CLI and written to exports.
LABELS: dict[StrEnum, tuple[str, str]] = {
    Phase.IDEE: ("Idee", "Idea"), Phase.VOORSTEL: ("Voorstel", "Proposal"),
    Phase.GOEDGEKEURD: ("Goedgekeurd", "Approved"), Phase.IN_UITVOERING: ("In uitvoering", "In progress"),
    Phase.EVALUATIE: ("Evaluatie", "Evaluation"), Phase.OPSCHALING_BORGING: ("Opschaling/borging", "Scaling/embedding"),
    Phase.AFGEROND: ("Afgerond", "Completed"), Phase.GESTOPT: ("Gestopt", "Stopped"),
    RagStatus.GROEN: ("Groen", "Green"), RagStatus.ORANJE: ("Oranje", "Amber"), RagStatus.ROOD: ("Rood", "Red"),
    OrganisationKind.BIBLIOTHEEK: ("Bibliotheek", "Library"), OrganisationKind.POI: ("POI", "POI"),
    OrganisationKind.LANDELIJK: ("Landelijke organisatie", "National organisation"),
    OrganisationKind.PARTNER: ("Partner", "Partner"), OrganisationKind.KENNISINSTELLING: ("Kennisinstelling", "Knowledge institute"),
    OrganisationKind.BEDRIJF: ("Bedrijf", "Company"), OrganisationKind.GEMEENTE: ("Gemeente", "Municipality"),
    OrganisationKind.PROVINCIE: ("Provincie", "Province"),
    OrganisationKind.SAMENWERKINGSVERBAND: ("Samenwerkingsverband", "Partnership"),
    FieldlabScope.LANDELIJK: ("Landelijk", "National"), FieldlabScope.REGIONAAL: ("Regionaal", "Regional"),
    FieldlabScope.LOKAAL: ("Lokaal", "Local"),
    ResultMandate.EFFECTIVITEIT: ("Effectiviteit (bereik, gebruik, impact)", "Effectiveness (reach, use, impact)"),
    ResultMandate.EFFICIENTIE: ("Efficiëntie (kosten, personeel)", "Efficiency (cost, staff)"),
    ResultMandate.BEIDE: ("Effectiviteit en efficiëntie", "Effectiveness and efficiency"),
    ParticipationRole.PENVOERDER: ("Penvoerder", "Lead partner"), ParticipationRole.UITVOERDER: ("Uitvoerder", "Implementer"),
    ParticipationRole.PARTNER: ("Partner", "Partner"), ParticipationRole.KENNISPARTNER: ("Kennispartner", "Knowledge partner"),
    ParticipationRole.FINANCIER: ("Financier", "Funder"),
    ParticipationRole.DOORVERWIJZER: ("Doorverwijzer", "Referral partner"),
    CostCategory.PERSONEEL: ("Personeel/uren", "Staff/hours"), CostCategory.INHUUR: ("Inhuur extern", "External hire"),
    CostCategory.MATERIAAL: ("Materiaal", "Materials"), CostCategory.COMMUNICATIE: ("Communicatie", "Communication"),
    CostCategory.ACTIVITEITEN: ("Activiteiten/evenementen", "Activities/events"), CostCategory.OVERIG: ("Overig", "Other"),
    FundingSource.SGIA: ("SGIA/provincie", "SGIA/province"), FundingSource.EIGEN: ("Eigen bijdrage", "Own contribution"),
    FundingSource.COFINANCIERING: ("Cofinanciering partner", "Partner co-financing"),
    FundingSource.FONDS: ("Landelijk fonds/subsidie", "National fund/grant"),
    DecisionKind.TOEGEKEND: ("Toegekend", "Granted"), DecisionKind.AFGEWEZEN: ("Afgewezen", "Rejected"),
    DecisionKind.AANGEHOUDEN: ("Aangehouden", "Deferred"), DecisionKind.VOORWAARDELIJK: ("Voorwaardelijk toegekend", "Granted with conditions"),
    Dimension.GEMEENTE: ("Gemeente", "Municipality"), Dimension.DOELGROEP: ("Doelgroep", "Target group"),
    AdoptionForm.PILOT: ("Pilot", "Pilot"), AdoptionForm.STRUCTUREEL: ("Structureel", "Structural"),
    AdoptionForm.GESTOPT: ("Gestopt", "Stopped"),
    AdoptionFunding.EIGEN_BEGROTING: ("Eigen begroting", "Own budget"), AdoptionFunding.GEMEENTE: ("Gemeente", "Municipality"),
    AdoptionFunding.PROVINCIE: ("Provincie", "Province"), AdoptionFunding.LANDELIJK: ("Landelijk", "National"),
    AdoptionFunding.GEEN: ("Geen", "None"),
    RequestKind.VERLENGING: ("Verlenging", "Extension"), RequestKind.OVERHEVELING: ("Overheveling naar volgend jaar", "Carry-over to next year"),
    RequestKind.KOSTENSOORT: ("Verschuiving tussen kostensoorten", "Move between cost categories"),
    RequestKind.SCOPE: ("Wijziging van de scope", "Change of scope"),
    Role.BEHEERDER: ("beheerder", "administrator"), Role.SECRETARIS: ("secretaris", "secretary"),
    Role.PROJECTLEIDER: ("projectleider", "project leader"),
    Role.STUURGROEPLID: ("stuurgroeplid", "steering-group member"), Role.LEZER: ("lezer", "reader"),
    RequestStatus.INGEDIEND: ("Ingediend", "Submitted"), RequestStatus.TOEGEKEND: ("Toegekend", "Granted"),
    RequestStatus.AFGEWEZEN: ("Afgewezen", "Rejected"), RequestStatus.INGETROKKEN: ("Ingetrokken", "Withdrawn"),
    MeetingKind.REGULIER: ("Reguliere vergadering", "Regular meeting"), MeetingKind.EXTRA: ("Extra vergadering", "Extra meeting"),
    MeetingKind.SCHRIFTELIJK: ("Schriftelijke ronde", "Written round"),
    ToCLevel.INPUT: ("Input", "Input"), ToCLevel.ACTIVITEIT: ("Activiteiten", "Activities"),
    ToCLevel.OUTPUT: ("Output", "Output"), ToCLevel.OUTCOME_KORT: ("Outcome (kort)", "Outcome (short)"),
    ToCLevel.OUTCOME_LANG: ("Outcome (lang)", "Outcome (long)"), ToCLevel.IMPACT: ("Impact", "Impact"),
    AssumptionStatus.ONBEVESTIGD: ("Onbevestigd", "Unconfirmed"), AssumptionStatus.HOUDT_STAND: ("Houdt stand", "Holds"),
    AssumptionStatus.ONDER_DRUK: ("Onder druk", "Under pressure"), AssumptionStatus.WEERLEGD: ("Weerlegd", "Refuted"),
    ThemeKind.OPGAVE: ("Maatschappelijke opgave", "Societal challenge"),
    ThemeKind.STELSELUITDAGING: ("Stelseluitdaging", "System challenge"),
    ThemeKind.PROGRAMMALIJN: ("Programmalijn", "Programme line"),
    ThemeKind.SOCIALE_AGENDA: ("Regionale agenda", "Regional agenda"),
    ProgressStatus.NO_DATA: ("Geen data", "No data"), ProgressStatus.MET: ("Gehaald", "Met"),
    ProgressStatus.ON_TRACK: ("Op koers", "On track"), ProgressStatus.AT_RISK: ("Risico", "At risk"),
    ProgressStatus.OFF_TRACK: ("Achter op schema", "Off track"),
    MeasurementKind.NULMETING: ("Nulmeting", "Baseline"), MeasurementKind.TUSSENMETING: ("Tussenmeting", "Interim measurement"),
    MeasurementKind.EINDMETING: ("Eindmeting", "Final measurement"),
    Method.ENQUETE: ("Enquête", "Survey"), Method.TELLING: ("Telling", "Count"), Method.INTERVIEW: ("Interview", "Interview"),
    Method.OBSERVATIE: ("Observatie", "Observation"), Method.IMPACTMONITOR: ("Impactmonitor", "Impact Monitor"),
    Method.BIBLIOTHEEKMONITOR: ("Bibliotheekmonitor", "Library Monitor"), Method.EIGEN_REGISTRATIE: ("Eigen registratie", "Own records"),
    UnitSubject.BIBLIOTHEKEN: ("Bibliotheken", "Libraries"), UnitSubject.INWONERS: ("Inwoners", "Residents"),
    UnitSubject.DEELNEMERS: ("Deelnemers", "Participants"), UnitSubject.MEDEWERKERS: ("Medewerkers", "Staff"),
    UnitSubject.VRIJWILLIGERS: ("Vrijwilligers", "Volunteers"), UnitSubject.ORGANISATIES: ("Organisaties", "Organisations"),
    UnitSubject.ACTIVITEITEN: ("Activiteiten", "Activities"), UnitSubject.OVERIG: ("Overig", "Other"),
    Direction.HOGER: ("Hoger is beter", "Higher is better"), Direction.LAGER: ("Lager is beter", "Lower is better"),
    Comparator.GE: ("≥ (minstens)", "≥ (at least)"), Comparator.LE: ("≤ (hoogstens)", "≤ (at most)"),
    Comparator.EQ: ("= (precies)", "= (exactly)"),
    ValueSemantics.PER_PERIODE: ("Per periode (telt op)", "Per period (adds up)"),
    ValueSemantics.CUMULATIEF: ("Cumulatief (lopend totaal)", "Cumulative (running total)"),
    ValueSemantics.MOMENTOPNAME: ("Momentopname", "Snapshot"),
    ScorePart.STRUCTURE: ("Verbindingen gaan vooruit", "Links go forward"),
    ScorePart.MEASURED: ("Outcomes met een indicator", "Outcomes with an indicator"),
    ScorePart.EXPLAINED: ("Verbindingen met onderbouwing en aanname", "Links with rationale and assumption"),
    ScorePart.ACTIVITIES_LEAD: ("Activiteiten die ergens toe leiden", "Activities that lead somewhere"),
    ScorePart.OUTPUTS_FROM_ACTIVITY: ("Output uit een activiteit", "Outputs from an activity"),
    ScorePart.IMPACT_THEME: ("Impact gekoppeld aan een opgave", "Impact tied to a theme"),
    ScorePart.ASSUMPTIONS_HOLD: ("Aannames niet weerlegd of lang onbevestigd", "Assumptions not refuted or long unconfirmed"),
}  # fmt: skip


class Money(int):
    """An amount in cents that a message writes the way its language writes money."""


class Number(Decimal):
    """A value that a message writes the way its language writes numbers (12,5 / 12.5)."""


class Day(dt.date):
    """A day that a message writes the way its language writes dates."""

    @classmethod
    def of(cls, day: dt.date) -> Day:
        return cls(day.year, day.month, day.day)


class Both(tuple[str, str]):
    """A name in Dutch and English: a message takes the one of its language."""

    __slots__ = ()

    def __new__(cls, dutch: str, english: str) -> Both:
        return super().__new__(cls, (dutch, english))


def _written(value: Any, language: Language) -> Any:
    from fieldlab_desk.domain import formats

    if isinstance(value, Money):
        return formats.money(value, language)
    if isinstance(value, Number):
        return formats.number(value, language, places=4)
    if isinstance(value, Day):
        return formats.date(value, language)
    if isinstance(value, Both):
        return value[1] if language == "en" else value[0]
    return value


def text(key: str, language: Language = "nl", **values: Any) -> str:
    """The message or word ``key`` in ``language`` (Dutch when unknown), values filled in;
    :class:`Money`, :class:`Day` and :class:`Both` values written the language's way."""
    if any(isinstance(v, Money | Number | Day | Both) for v in values.values()):
        values = {k: _written(v, language) for k, v in values.items()}
    if key in MESSAGES:
        texts = MESSAGES[key]
        template = texts.get(language, texts["nl"])
    else:
        dutch, english = WORDS[key]
        template = english if language == "en" else dutch
    return template.format(**values) if values else template


def plan_warning(warning: PlanWarning, language: Language = "nl") -> str:
    """A year plan's warning in words, its figures written the language's way."""
    from fieldlab_desk.domain import formats

    def money(cents: int) -> str:
        return formats.money(cents, language)

    return text(
        warning.code, language, claimed=money(warning.cents), over=money(warning.other_cents),
        free=money(warning.other_cents), norm=money(warning.norm_cents), amount=money(warning.cents),
        usage=formats.percent(warning.usage, language), codes=", ".join(warning.codes),
    )  # fmt: skip


def coverage_text(
    coverage: Coverage,
    sgia_cents: int,
    granted_cents: int | None,
    years: Iterable[ProjectYearFigures],
    language: Language = "nl",
) -> str:
    """How a project's SGIA money stands against its grant, in words (the budget tab, the plan)."""
    from fieldlab_desk.domain import formats

    def money(cents: int) -> str:
        return formats.money(cents, language)

    if coverage is Coverage.OVERSPENT:
        over = "; ".join(
            text("coverage.overspent_year", language, year=y.year, amount=money(y.overspend_cents),
                 granted=money(y.awarded_cents))
            for y in years if y.overspend_cents > 0
        )  # fmt: skip
        return text("coverage.overspent", language, years=over)
    return text(coverage.key, language, sgia=money(sgia_cents), granted=money(granted_cents or 0))


def decision_words(
    kind: DecisionKind | RequestKind,
    conditions: str,
    status: RequestStatus | None = None,
    said: tuple[str, str] = ("", ""),
    language: Language = "nl",
) -> tuple[str, str]:
    """A decision in a list of them (the half-year report, the pack): what was decided and what
    it said. A decision on a change request names the request's kind and its outcome, then what it
    asked or (granted) changed, then the note."""
    if status is None:
        return label(kind, language), conditions
    asked = said[1] if language == "en" else said[0]
    return (
        f"{label(kind, language)} ({label(status, language).lower()})",
        " — ".join(x for x in (asked, conditions) if x),
    )


def progress_rule(language: Language = "nl") -> str:
    """How progress, expected and status are worked out, with the thresholds of the domain."""
    from fieldlab_desk.domain.progress import AT_RISK_POINTS, ON_TRACK_POINTS

    return text("progress.rule", language, on_track=ON_TRACK_POINTS, at_risk=AT_RISK_POINTS)


def no_warnings(language: Language = "nl") -> str:
    from fieldlab_desk.domain import formats
    from fieldlab_desk.domain.yearplan import WARN_PERCENT

    return text(
        "warning.none", language, threshold=formats.percent(Decimal(WARN_PERCENT), language)
    )


def label(value: StrEnum | None, language: Language = "nl") -> str:
    """The name of an enum value in ``language``; its code when it has none, "" for None."""
    if value is None:
        return ""
    return _labels(language).get(value, value.value)


@cache
def _labels(language: Language) -> dict[StrEnum, str]:
    index = 1 if language == "en" else 0
    return {value: names[index] for value, names in LABELS.items()}


FILE_STEMS: dict[str, tuple[str, str]] = {
    "plan": ("projectplan", "project-plan"),
    "pack": ("stuurgroeppakket", "steering-pack"),
    "template": ("importsjabloon", "import-template"),
    "report": ("halfjaarrapportage", "half-year-report"),
}
"""How a saved output is called, in the interface's language (``projectplan-SGIA-2024-01.xlsx``,
``steering-pack-2025.xlsx``)."""


def file_name(kind: str, language: str, *parts: object, suffix: str) -> str:
    """An output's suggested file name: its kind's word, then ``parts``, joined by hyphens."""
    dutch, english = FILE_STEMS[kind]
    stem = english if language == "en" else dutch
    return "-".join([stem, *(str(p) for p in parts if p not in (None, ""))]) + suffix
