"""Every word Briefing adds (rather than the user), in Dutch, French and English: one catalogue
for the pack and the app.

The core returns codes and values (a warning's kind, a change since the last export, a refusal);
this module words them in the reader's language. It also recognises what a user typed in any of
the three languages and prints it in the reader's:

- programme kinds: the known kinds and their common synonyms ("lunch", "werklunch", "déjeuner" are
  a meal); a kind nobody knows prints as typed;
- honorifics (Dhr., Mevr., M., Mme, Mr, Ms, Dr, Prof.); ranks and other titles print as typed;
- markings: the Belgian classification levels (law of 11 December 1998) and "Beperkte
  verspreiding", the EU's and NATO's; any other marking prints as typed;
- countries: an ISO 3166 code prints as the country's name (Babel's CLDR data).

Dutch honorifics follow Belgian usage: "Dhr." (de heer) and "Mevr." (mevrouw); "Mw." is read too.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from functools import cache, lru_cache
from typing import Any

LANGS = ("nl", "fr", "en")

_WEEKDAYS = {
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
MONTHS = {
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}

LABELS: dict[str, dict[str, str]] = {
    "nl": {
        "toc": "Inhoud",
        "practical": "Praktische informatie",
        "programme": "Programma",
        "people": "Wie is wie",
        "themes": "Thema's",
        "articles": "Achtergrondartikels",
        "page": "Pagina {page} van {pages}",
        "briefing_pack": "Briefingmap",
        "version": "Versie {version} van {date}",
        "dates": "Data",
        "delegation": "Delegatie",
        "country": "Land",
        "host": "Gastheer",
        "location": "Plaats",
        "purpose": "Doel",
        "direction": "Richting",
        "inbound": "Inkomend bezoek",
        "outbound": "Uitgaand bezoek",
        "status": "Status",
        "draft": "Ontwerp",  # a visit's status: the pack and the app's Details page say the same word
        "confirmed": "Bevestigd",
        "done": "Afgerond",
        "escorts": "Begeleiding",
        "time": "Uur",
        "activity": "Activiteit",
        "people_col": "Personen",
        "unscheduled": "Nog niet ingepland",
        "no_programme": "Geen programma",
        "continued": "{title} (vervolg)",
        "at_a_glance": "In het kort",
        "participants": "Deelnemers",
        "contact_person": "Contactpersoon",
        "role_delegation": "Delegatie",
        "role_host": "Gastheren",
        "role_speaker": "Sprekers",
        "role_escort": "Begeleiding",
        "role_other": "Anderen",
        "appears_in": "Op het programma",
        "whole_programme": "Het hele programma ({n} onderdelen)",
        "talking_points": "Gesprekspunten",
        "related_items": "Op het programma",
        "related_articles": "Achtergrondartikels",
        "source": "Bron",
        "published": "Gepubliceerd",
        "summary_only": "Alleen de samenvatting is opgenomen.",
        "flag_end_before_start": "Let op: eindigt vóór het begint ({start} – {end})",
        "flag_outside": "Let op: buiten de data van het bezoek",
        "email": "E-mail",
        "phone": "Tel.",
        "notes": "Nota",
        "name_unknown": "(naam onbekend)",
        "kind_site_visit": "Terreinbezoek",
        "kind_meal": "Maaltijd",
        "kind_transfer": "Verplaatsing",
        "kind_reception": "Receptie",
        "kind_meeting": "Vergadering",
        "kind_presentation": "Presentatie",
        "kind_workshop": "Workshop",
        "kind_panel": "Panel",
        "kind_other": "",
        "none": "—",
        # the pack's readers (core/pack/audience.py) and the escorts' run sheet
        "reader_internal_use": "Intern gebruik",
        "reader_for_the_delegation": "Voor de delegatie",
        "reader_escort_run_sheet": "Draaiboek begeleiders",
        # the suggested name of an exported file: its reader, and a visit whose title gives no name
        "file_internal": "intern",
        "file_external": "delegatie",
        "file_escort": "begeleiders",
        "file_visit": "Bezoek {id}",
        "rs_what": "Wat",
        "rs_where": "Waar",
        "rs_who": "Wie",
        "rs_call": "Contact",
        "contact_list": "Contactlijst",
        "name_col": "Naam",
        "function_col": "Rol en functie",
        "phone_col": "Telefoon",
        "run_sheet": "Draaiboek",
        "one_role_host": "Gastheer",
        "one_role_speaker": "Spreker",
        "one_role_escort": "Begeleider",
        "one_role_other": "Andere",
        # the page at the front of a new version: what changed since the reader's last version
        "changed_since": "Gewijzigd sinds versie {version} van {date}",
        "changes_added": "Nieuw op het programma",
        "changes_moved": "Verplaatst",
        "changes_renamed": "Nieuwe titel",
        "changes_removed": "Geschrapt uit het programma",
        "changes_person_added": "Nieuwe deelnemers",
        "changes_person_role_changed": "Andere rol",
        "changes_person_removed": "Geschrapte deelnemers",
    },
    "fr": {
        "toc": "Table des matières",
        "practical": "Informations pratiques",
        "programme": "Programme",
        "people": "Qui est qui",
        "themes": "Thèmes",
        "articles": "Articles de fond",
        "page": "Page {page} sur {pages}",
        "briefing_pack": "Dossier de briefing",
        "version": "Version {version} du {date}",
        "dates": "Dates",
        "delegation": "Délégation",
        "country": "Pays",
        "host": "Hôte",
        "location": "Lieu",
        "purpose": "Objet",
        "direction": "Sens",
        "inbound": "Visite entrante",
        "outbound": "Visite sortante",
        "status": "Statut",
        "draft": "Brouillon",
        "confirmed": "Confirmée",
        "done": "Terminée",
        "escorts": "Accompagnement",
        "time": "Heure",
        "activity": "Activité",
        "people_col": "Personnes",
        "unscheduled": "Pas encore planifié",
        "no_programme": "Pas de programme",
        "continued": "{title} (suite)",
        "at_a_glance": "En bref",
        "participants": "Participants",
        "contact_person": "Personne de contact",
        "role_delegation": "Délégation",
        "role_host": "Hôtes",
        "role_speaker": "Orateurs",
        "role_escort": "Accompagnement",
        "role_other": "Autres",
        "appears_in": "Au programme",
        "whole_programme": "Tout le programme ({n} activités)",
        "talking_points": "Éléments de langage",
        "related_items": "Au programme",
        "related_articles": "Articles de fond",
        "source": "Source",
        "published": "Publié",
        "summary_only": "Seul le résumé est repris.",
        "flag_end_before_start": "Attention : se termine avant de commencer ({start} – {end})",
        "flag_outside": "Attention : en dehors des dates de la visite",
        "email": "E-mail",
        "phone": "Tél.",
        "notes": "Note",
        "name_unknown": "(nom inconnu)",
        "kind_site_visit": "Visite de terrain",
        "kind_meal": "Repas",
        "kind_transfer": "Déplacement",
        "kind_reception": "Réception",
        "kind_meeting": "Réunion",
        "kind_presentation": "Présentation",
        "kind_workshop": "Atelier",
        "kind_panel": "Panel",
        "kind_other": "",
        "none": "—",
        # the pack's readers (core/pack/audience.py) and the escorts' run sheet
        "reader_internal_use": "Usage interne",
        "reader_for_the_delegation": "Pour la délégation",
        "reader_escort_run_sheet": "Feuille de route – accompagnateurs",
        # the suggested name of an exported file: its reader, and a visit whose title gives no name
        "file_internal": "interne",
        "file_external": "délégation",
        "file_escort": "accompagnateurs",
        "file_visit": "Visite {id}",
        "rs_what": "Quoi",
        "rs_where": "Où",
        "rs_who": "Qui",
        "rs_call": "Contact",
        "contact_list": "Liste de contacts",
        "name_col": "Nom",
        "function_col": "Rôle et fonction",
        "phone_col": "Téléphone",
        "run_sheet": "Feuille de route",
        "one_role_host": "Hôte",
        "one_role_speaker": "Orateur",
        "one_role_escort": "Accompagnateur",
        "one_role_other": "Autre",
        # the page at the front of a new version: what changed since the reader's last version
        "changed_since": "Modifié depuis la version {version} du {date}",
        "changes_added": "Ajouté au programme",
        "changes_moved": "Déplacé",
        "changes_renamed": "Nouveau titre",
        "changes_removed": "Retiré du programme",
        "changes_person_added": "Nouveaux participants",
        "changes_person_role_changed": "Autre rôle",
        "changes_person_removed": "Participants retirés",
    },
    "en": {
        "toc": "Contents",
        "practical": "Practical information",
        "programme": "Programme",
        "people": "Who's who",
        "themes": "Themes",
        "articles": "Background articles",
        "page": "Page {page} of {pages}",
        "briefing_pack": "Briefing pack",
        "version": "Version {version} of {date}",
        "dates": "Dates",
        "delegation": "Delegation",
        "country": "Country",
        "host": "Host",
        "location": "Location",
        "purpose": "Purpose",
        "direction": "Direction",
        "inbound": "Inbound visit",
        "outbound": "Outbound visit",
        "status": "Status",
        "draft": "Draft",
        "confirmed": "Confirmed",
        "done": "Done",
        "escorts": "Escorts",
        "time": "Time",
        "activity": "Activity",
        "people_col": "People",
        "unscheduled": "Not yet scheduled",
        "no_programme": "No programme",
        "continued": "{title} (continued)",
        "at_a_glance": "At a glance",
        "participants": "Participants",
        "contact_person": "Contact",
        "role_delegation": "Delegation",
        "role_host": "Hosts",
        "role_speaker": "Speakers",
        "role_escort": "Escorts",
        "role_other": "Others",
        "appears_in": "In the programme",
        "whole_programme": "The whole programme ({n} items)",
        "talking_points": "Talking points",
        "related_items": "In the programme",
        "related_articles": "Background articles",
        "source": "Source",
        "published": "Published",
        "summary_only": "Summary only.",
        "flag_end_before_start": "Note: ends before it starts ({start} – {end})",
        "flag_outside": "Note: outside the visit's dates",
        "email": "E-mail",
        "phone": "Phone",
        "notes": "Note",
        "name_unknown": "(name unknown)",
        "kind_site_visit": "Site visit",
        "kind_meal": "Meal",
        "kind_transfer": "Transfer",
        "kind_reception": "Reception",
        "kind_meeting": "Meeting",
        "kind_presentation": "Presentation",
        "kind_workshop": "Workshop",
        "kind_panel": "Panel",
        "kind_other": "",
        "none": "—",
        # the pack's readers (core/pack/audience.py) and the escorts' run sheet
        "reader_internal_use": "Internal use",
        "reader_for_the_delegation": "For the delegation",
        "reader_escort_run_sheet": "Escort run sheet",
        # the suggested name of an exported file: its reader, and a visit whose title gives no name
        "file_internal": "internal",
        "file_external": "delegation",
        "file_escort": "escorts",
        "file_visit": "Visit {id}",
        "rs_what": "What",
        "rs_where": "Where",
        "rs_who": "Who",
        "rs_call": "Call",
        "contact_list": "Contact list",
        "name_col": "Name",
        "function_col": "Role and function",
        "phone_col": "Phone",
        "run_sheet": "Run sheet",
        "one_role_host": "Host",
        "one_role_speaker": "Speaker",
        "one_role_escort": "Escort",
        "one_role_other": "Other",
        # the page at the front of a new version: what changed since the reader's last version
        "changed_since": "Changed since version {version} of {date}",
        "changes_added": "Added to the programme",
        "changes_moved": "Moved",
        "changes_renamed": "New title",
        "changes_removed": "Removed from the programme",
        "changes_person_added": "New participants",
        "changes_person_role_changed": "Role changed",
        "changes_person_removed": "Participants removed",
    },
}


def label(lang: str, key: str, **values: object) -> str:
    text = LABELS[lang][key]
    return text.format(**values) if values else text


def long_date(lang: str, iso: str, weekday: bool = True) -> str:
    """'dinsdag 23 april 2024', 'mardi 23 avril 2024', 'Tuesday 23 April 2024'; bad input as given."""
    try:
        day = dt.date.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso
    text = f"{day.day}{'er' if lang == 'fr' and day.day == 1 else ''} {MONTHS[lang][day.month - 1]} {day.year}"
    return f"{_WEEKDAYS[lang][day.weekday()]} {text}" if weekday else text


def date_range(lang: str, start: str, end: str) -> str:
    if start == end:
        return long_date(lang, start)
    return f"{long_date(lang, start)} – {long_date(lang, end)}"


# ---------------------------------------------------------------- French typography

NBSP, NNBSP = "\u00a0", "\u202f"
_MARKS = re.compile("[:;!?\u00ab\u00bb]")
_GAP = " \t\u00a0\u2009\u202f"  # the spaces already typed at a mark (kept as one no-break space)
# what a mark is not spaced from: a space, another mark, an opening bracket or quote (a NUL stands
# where two spans of a line meet: see assemble.french_line)
_NOT_AFTER = frozenset(":;!?\u00ab([{/'\"\u2018\u201c")
# what may follow a mark that ends a word: times (10:30) are not spaced
_ENDS = frozenset("\x00\u00bb)]}\"'\u201d\u2019.,:;!?\u2026")
# addresses are left as typed (https://…?a=1, www…, mailto:…, e-mail addresses), but not the mark after one
_ADDRESS = re.compile(
    r"(?:\b[a-z][a-z0-9+.-]*://|\bwww\.|\bmailto:)\S*?(?=[.,;:!?)\]\u00bb'\"]*(?:\s|$))|[^\s@]+@[^\s@]+\.\w+",
    re.IGNORECASE,
)


def _french_marks(text: str) -> str:
    """The spacing, found from the marks (a scan for them is fast; a pattern looking behind each
    character of a long article is not)."""
    out: list[str] = []
    done = 0  # text[:done] is in out
    end = len(text)
    for mark in _MARKS.finditer(text):
        at = mark.start()
        if at < done:
            continue
        if text[at] == "\u00ab":  # « text: the gap after it
            after = at + 1
            while after < end and text[after] in _GAP:
                after += 1
            if after < end and not text[after].isspace() and text[after] != "\u00bb":
                out += [text[done : at + 1], NBSP]
                done = after
            continue
        following = text[at + 1 : at + 2]
        if text[at] != "\u00bb" and following and not following.isspace() and following not in _ENDS:
            continue  # 10:30, a;b
        before = at
        while before > done and text[before - 1] in _GAP:
            before -= 1
        previous = text[before - 1 : before]
        if text[at] == "\u00bb":
            if before and not previous.isspace() and previous != "\u00ab":
                out += [text[done:before], NBSP]
                done = at
        elif before and not previous.isspace() and previous not in _NOT_AFTER:
            out += [text[done:before], NBSP if text[at] == ":" else NNBSP]
            done = at
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)


def french_spacing(text: str) -> str:
    """French punctuation spaced as the Imprimerie nationale sets it: a narrow no-break space (U+202F)
    before ; ! ?, a no-break space (U+00A0) before : and inside « ». A space already typed there becomes
    that no-break space (never two); times (10:30), web and e-mail addresses are left alone."""
    if not _MARKS.search(text):
        return text
    if "://" not in text and "www." not in text.lower() and "@" not in text and "mailto:" not in text.lower():
        return _french_marks(text)
    if "\x01" in text:  # it stands for an address below: such text (control characters) is left as it is
        return text
    addresses = iter(_ADDRESS.findall(text))
    return re.sub("\x01", lambda _: next(addresses), _french_marks(_ADDRESS.sub("\x01", text)))


# ---------------------------------------------------------------- the app's words, beside the pack's

# Kept apart from LABELS above and merged into it: warnings, changes since the last export,
# refusals, roles and kinds as the app's lists name them.
_APP_WORDS: dict[str, dict[str, str]] = {
    "nl": {
        "kind_other_name": "Andere",
        "role1_delegation": "delegatie",
        "role1_host": "gastheer",
        "role1_speaker": "spreker",
        "role1_escort": "begeleiding",
        "role1_other": "andere",
        "time_range": "{start} – {end}",
        "warn_overlap": "Overlapt met {time} {title}",
        "warn_outside_visit": "Buiten de data van het bezoek ({dates})",
        "warn_ends_before_start": "Eindigt vóór het begint ({start} – {end})",
        "warn_double_booked": "{name} is ook bij ‘{title}’ ({time})",
        "warn_no_date": "Nog niet ingepland",
        "untitled_item": "naamloos onderdeel",
        "unknown_contact": "Contact {id}",
        "not_scheduled": "niet ingepland",
        "change_added": "toegevoegd: {title} ({when})",
        "change_moved": "verplaatst: {title} ({before} → {after})",
        "change_renamed": "nieuwe titel: {before} → {after} ({when})",
        "change_removed": "geschrapt: {title} ({when})",
        "change_person_added": "persoon toegevoegd: {name} ({role})",
        "change_person_role_changed": "andere rol: {name} ({before} → {after})",
        "change_person_removed": "persoon geschrapt: {name} ({role})",
        "field_date": "Datum",
        "field_start_date": "Begindatum",
        "field_end_date": "Einddatum",
        "field_new_start": "Nieuwe begindatum",
        "field_start": "Begin",
        "field_end": "Einde",
        "field_start_time": "Beginuur",
        "field_end_time": "Einduur",
        "field_name": "Naam",
        "thing_visit": "bezoek",
        "thing_programme_item": "programmaonderdeel",
        "thing_contact": "contact",
        "thing_theme": "thema",
        "err_not_a_date": "{what}: ‘{value}’ is geen datum (JJJJ-MM-DD)",
        "err_not_a_time": "{what}: ‘{value}’ is geen uur (UU:MM)",
        "err_visit_ends_before_start": "Het bezoek kan niet eindigen ({end}) vóór het begint ({start})",
        "err_name_is_email": "{what}: ‘{value}’ is een e-mailadres; zet het in het veld E-mail, niet in de naam",
        "err_name_is_phone": "{what}: ‘{value}’ is een telefoonnummer; zet het in het veld Telefoon, niet in de naam",
        "err_contact_needs_name": "Een contact heeft een naam nodig",
        "err_not_found": "Er is geen {what} {id} (meer)",
    },
    "fr": {
        "kind_other_name": "Autre",
        "role1_delegation": "délégation",
        "role1_host": "hôte",
        "role1_speaker": "orateur",
        "role1_escort": "accompagnement",
        "role1_other": "autre",
        "time_range": "{start} – {end}",
        "warn_overlap": "Chevauche {time} {title}",
        "warn_outside_visit": "En dehors des dates de la visite ({dates})",
        "warn_ends_before_start": "Se termine avant de commencer ({start} – {end})",
        "warn_double_booked": "{name} est aussi à « {title} » ({time})",
        "warn_no_date": "Pas encore planifié",
        "untitled_item": "activité sans titre",
        "unknown_contact": "Contact {id}",
        "not_scheduled": "pas planifié",
        "change_added": "ajouté : {title} ({when})",
        "change_moved": "déplacé : {title} ({before} → {after})",
        "change_renamed": "renommé : {before} → {after} ({when})",
        "change_removed": "supprimé : {title} ({when})",
        "change_person_added": "personne ajoutée : {name} ({role})",
        "change_person_role_changed": "rôle changé : {name} ({before} → {after})",
        "change_person_removed": "personne retirée : {name} ({role})",
        "field_date": "Date",
        "field_start_date": "Date de début",
        "field_end_date": "Date de fin",
        "field_new_start": "Nouvelle date de début",
        "field_start": "Début",
        "field_end": "Fin",
        "field_start_time": "Heure de début",
        "field_end_time": "Heure de fin",
        "field_name": "Nom",
        "thing_visit": "visite",
        "thing_programme_item": "activité",
        "thing_contact": "contact",
        "thing_theme": "thème",
        "err_not_a_date": "{what} : « {value} » n’est pas une date (AAAA-MM-JJ)",
        "err_not_a_time": "{what} : « {value} » n’est pas une heure (HH:MM)",
        "err_visit_ends_before_start": "La visite ne peut pas se terminer ({end}) avant de commencer ({start})",
        "err_name_is_email": "{what} : « {value} » est une adresse e-mail ; mettez-la dans le champ E-mail, "
        "pas dans le nom",
        "err_name_is_phone": "{what} : « {value} » est un numéro de téléphone ; mettez-le dans le champ Téléphone, "
        "pas dans le nom",
        "err_contact_needs_name": "Un contact doit avoir un nom",
        "err_not_found": "Il n’y a pas (plus) de {what} {id}",
    },
    "en": {
        "kind_other_name": "Other",
        "role1_delegation": "delegation",
        "role1_host": "host",
        "role1_speaker": "speaker",
        "role1_escort": "escort",
        "role1_other": "other",
        "time_range": "{start} – {end}",
        "warn_overlap": "Overlaps with {time} {title}",
        "warn_outside_visit": "Outside the visit's dates ({dates})",
        "warn_ends_before_start": "Ends before it starts ({start} – {end})",
        "warn_double_booked": "{name} is also at '{title}' ({time})",
        "warn_no_date": "Not scheduled yet",
        "untitled_item": "untitled item",
        "unknown_contact": "Contact {id}",
        "not_scheduled": "not scheduled",
        "change_added": "added: {title} ({when})",
        "change_moved": "moved: {title} ({before} → {after})",
        "change_renamed": "renamed: {before} → {after} ({when})",
        "change_removed": "removed: {title} ({when})",
        "change_person_added": "person added: {name} ({role})",
        "change_person_role_changed": "person's role changed: {name} ({before} → {after})",
        "change_person_removed": "person removed: {name} ({role})",
        "field_date": "Date",
        "field_start_date": "Start date",
        "field_end_date": "End date",
        "field_new_start": "New start date",
        "field_start": "Start",
        "field_end": "End",
        "field_start_time": "Start time",
        "field_end_time": "End time",
        "field_name": "Name",
        "thing_visit": "visit",
        "thing_programme_item": "programme item",
        "thing_contact": "contact",
        "thing_theme": "theme",
        "err_not_a_date": "{what}: '{value}' is not a date (YYYY-MM-DD)",
        "err_not_a_time": "{what}: '{value}' is not a time (HH:MM)",
        "err_visit_ends_before_start": "The visit cannot end ({end}) before it starts ({start})",
        "err_name_is_email": "{what}: '{value}' holds an e-mail address; put it in the E-mail field, not in the name",
        "err_name_is_phone": "{what}: '{value}' holds a phone number; put it in the Phone field, not in the name",
        "err_contact_needs_name": "A contact needs a name",
        "err_not_found": "There is no {what} {id} (any more)",
    },
}
for _lang in LANGS:
    LABELS[_lang].update(_APP_WORDS[_lang])


def _fold(text: str) -> str:
    """Lower case, no accents, no dots; underscores, hyphens, apostrophes and runs of spaces as one space."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[._'\u2019\-\u2010-\u2015]", " ", plain).split())


# ---------------------------------------------------------------- programme kinds

# Words a visit file or a user brings for each known kind, in the three languages (compared folded:
# no case, accents, dots, hyphens or underscores).
_KIND_WORDS = {
    "meeting": (
        "meeting | vergadering | réunion | overleg | gesprek | onderhoud | entretien | session | sessie | séance"
        " | working session | werksessie | werkvergadering | séance de travail | bilateral | bilateral meeting"
        " | bilateraal | bilatérale | opening | opening session | ouverture | séance d'ouverture | closing"
        " | closing session | slot | slotsessie | afsluiting | clôture | séance de clôture"
    ),
    "presentation": (
        "presentation | presentatie | présentation | uiteenzetting | toelichting | exposé | briefing | lecture"
        " | talk | lezing | conference | conferentie | conférence | keynote"
    ),
    "site_visit": (
        "site visit | visit | field visit | study visit | working visit | bezoek | werkbezoek | terreinbezoek"
        " | plaatsbezoek | studiebezoek | visite | visite de terrain | visite de travail | visite d'étude | tour"
        " | rondleiding | visite guidée | guided tour"
    ),
    "workshop": "workshop | atelier | werkgroep | discussiegroep | groupe de travail | working group | breakout",
    "panel": (
        "panel | panelgesprek | paneldiscussie | panel discussion | table ronde | round table | rondetafel"
        " | debat | débat | debate | slotpanel"
    ),
    "meal": (
        "meal | maaltijd | repas | lunch | werklunch | working lunch | lunch de travail | netwerklunch | slotlunch"
        " | déjeuner | déjeuner de travail | dinner | diner | dîner | dîner de travail | working dinner"
        " | avondmaal | avondeten | breakfast | ontbijt | petit-déjeuner | coffee | coffee break | koffie"
        " | koffiepauze | pause café"
    ),
    "transfer": (
        "transfer | transport | verplaatsing | vervoer | déplacement | trajet | travel | reis | departure"
        " | vertrek | départ | arrival | aankomst | arrivée"
    ),
    "reception": (
        "reception | receptie | réception | welcome | welkom | verwelkoming | ontvangst | accueil | cocktail"
        " | drink | netwerkdrink | walking dinner | welcome reception | slotreceptie"
    ),
    "other": "other | andere | autre | overig | divers",
}


@cache
def _kind_synonyms() -> dict[str, str]:
    return {_fold(word): kind for kind, words in _KIND_WORDS.items() for word in words.split(" | ")}


def normalise_kind(kind: str) -> str:
    """The known kind a typed kind means ('Werklunch' -> 'meal'); anything else exactly as typed."""
    text = kind or ""
    return _kind_synonyms().get(_fold(text), text)


def kind_label(lang: str, kind: str) -> str:
    """A kind as the pack prints it: a known kind (or a synonym) in ``lang``, '' for 'other' and
    for none; a kind nobody knows as typed."""
    code = normalise_kind(kind)
    return LABELS[lang].get(f"kind_{code}", code.strip())


def words(text: str) -> list[str]:
    """The words of ``text`` folded (no case, accents, dots or hyphens): what two texts compare on."""
    return re.findall(r"\w+", _fold(text))


def says(text: list[str], phrase: list[str]) -> bool:
    """Whether the words ``text`` hold the words ``phrase``, in a row (whole words only)."""
    return bool(phrase) and f" {' '.join(phrase)} " in f" {' '.join(text)} "


COMPOUND_HEAD = 5  # a title word ending in a kind's word this long is that kind ('Afscheidsdiner', 'Slotsessie')


@lru_cache(maxsize=512)  # the kinds a store uses are few; any text may be one
def _kind_phrases(lang: str, kind: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What says a title is of ``kind``: its name in ``lang``, the kind as typed and, for a known kind,
    its synonyms (each as ' word word '); and the words among them that may end a compound."""
    code = normalise_kind(kind)
    phrases = [words(kind_label(lang, kind)), words(kind)]
    phrases += [words(w) for w, known in _kind_synonyms().items() if known == code]
    whole = tuple(dict.fromkeys(f" {' '.join(p)} " for p in phrases if p))
    heads = tuple(dict.fromkeys(p[0] for p in phrases if len(p) == 1 and len(p[0]) >= COMPOUND_HEAD))
    return whole, heads


def kind_shown(lang: str, kind: str, title: str) -> str:
    """The kind as the programme prints it beside ``title``: kind_label, or '' when the title already
    says it ('Workshop BE-Alert' is a workshop, 'Werklunch met de pers' a meal) in any of the three
    languages: the kind's name in ``lang``, as typed, or one of its synonyms (a Dutch compound ending
    in one counts: 'Afscheidsdiner')."""
    shown = kind_label(lang, kind)
    title_words = words(title or "")
    if not shown or not title_words:
        return shown
    whole, heads = _kind_phrases(lang, kind or "")
    text = f" {' '.join(title_words)} "
    if any(phrase in text for phrase in whole) or any(w.endswith(heads) for w in title_words):
        return ""
    return shown


def kind_name(lang: str, kind: str) -> str:
    """A kind as a list names it: like kind_label, but 'other' has a name."""
    code = normalise_kind(kind)
    return label(lang, "kind_other_name") if code == "other" else kind_label(lang, code)


# ---------------------------------------------------------------- honorifics

HONORIFICS: dict[str, dict[str, str]] = {
    "mr": {"nl": "Dhr.", "fr": "M.", "en": "Mr"},
    "ms": {"nl": "Mevr.", "fr": "Mme", "en": "Ms"},
    "mrs": {"nl": "Mevr.", "fr": "Mme", "en": "Mrs"},
    "miss": {"nl": "Mej.", "fr": "Mlle", "en": "Miss"},
    "dr": {"nl": "Dr.", "fr": "Dr", "en": "Dr"},
    "prof": {"nl": "Prof.", "fr": "Prof.", "en": "Prof."},
}
HONORIFIC_SYNONYMS: dict[str, str] = {
    **dict.fromkeys(("dhr", "de heer", "heer", "meneer", "mijnheer", "mnr", "m", "monsieur", "mr", "mister"), "mr"),
    **dict.fromkeys(("mevr", "mw", "mvr", "mevrouw", "mme", "madame", "ms"), "ms"),
    "mrs": "mrs",
    **dict.fromkeys(("mej", "mejuffrouw", "juffrouw", "mlle", "mademoiselle", "miss"), "miss"),
    **dict.fromkeys(("dr", "doctor", "docteur", "dokter"), "dr"),
    **dict.fromkeys(("prof", "professor", "professeur", "pr"), "prof"),
}


def honorific(lang: str, title: str) -> str:
    """'Mevr.' as 'Mme' in French and 'Ms' in English; 'Prof. dr.' word by word. A rank or any other
    title ('Korpschef', 'Ambassadeur') prints as typed."""
    text = (title or "").strip()
    code = HONORIFIC_SYNONYMS.get(_fold(text))
    if code:
        return HONORIFICS[code][lang]
    words = text.split()
    codes = [HONORIFIC_SYNONYMS.get(_fold(word)) for word in words]
    if len(words) > 1 and all(codes):
        return " ".join(HONORIFICS[c][lang] for c in codes if c)
    return text


# ---------------------------------------------------------------- markings

# The standard wording of each marking per language. Belgium: the three levels of the law of
# 11 December 1998 and "Beperkte verspreiding" (royal decree of 24 March 2000, not a classification
# level). EU classified information keeps its bilingual marking in Dutch (Council Decision
# 2013/488/EU has no Dutch marking); NATO's likewise.
MARKINGS: dict[str, dict[str, str]] = {
    "be_top_secret": {"nl": "ZEER GEHEIM", "fr": "TRÈS SECRET", "en": "TOP SECRET"},
    "be_secret": {"nl": "GEHEIM", "fr": "SECRET", "en": "SECRET"},
    "be_confidential": {"nl": "VERTROUWELIJK", "fr": "CONFIDENTIEL", "en": "CONFIDENTIAL"},
    "be_limited": {"nl": "BEPERKTE VERSPREIDING", "fr": "DIFFUSION RESTREINTE", "en": "LIMITED DISTRIBUTION"},
    "eu_top_secret": {"nl": "TRÈS SECRET UE/EU TOP SECRET", "fr": "TRÈS SECRET UE", "en": "EU TOP SECRET"},
    "eu_secret": {"nl": "SECRET UE/EU SECRET", "fr": "SECRET UE", "en": "EU SECRET"},
    "eu_confidential": {"nl": "CONFIDENTIEL UE/EU CONFIDENTIAL", "fr": "CONFIDENTIEL UE", "en": "EU CONFIDENTIAL"},
    "eu_restricted": {"nl": "RESTREINT UE/EU RESTRICTED", "fr": "RESTREINT UE", "en": "EU RESTRICTED"},
    "nato_top_secret": {"nl": "COSMIC TOP SECRET", "fr": "COSMIC TRÈS SECRET", "en": "COSMIC TOP SECRET"},
    "nato_secret": {"nl": "NATO SECRET", "fr": "NATO SECRET", "en": "NATO SECRET"},
    "nato_confidential": {"nl": "NATO CONFIDENTIAL", "fr": "NATO CONFIDENTIEL", "en": "NATO CONFIDENTIAL"},
    "nato_restricted": {"nl": "NATO RESTRICTED", "fr": "NATO DIFFUSION RESTREINTE", "en": "NATO RESTRICTED"},
}
_MARKING_VARIANTS: dict[str, tuple[str, ...]] = {
    "be_top_secret": ("ZEER GEHEIM/TRES SECRET", "TRES SECRET/ZEER GEHEIM"),
    "be_secret": ("GEHEIM/SECRET", "SECRET/GEHEIM"),
    "be_confidential": ("VERTROUWELIJK/CONFIDENTIEL", "CONFIDENTIEL/VERTROUWELIJK"),
    "be_limited": (
        "BEPERKTE VERSPREIDING/DIFFUSION RESTREINTE",
        "DIFFUSION RESTREINTE/BEPERKTE VERSPREIDING",
        "RESTRICTED DISTRIBUTION",
    ),
    "eu_top_secret": ("TRES SECRET UE", "EU TOP SECRET", "EU ZEER GEHEIM", "ZEER GEHEIM EU"),
    "eu_secret": ("SECRET UE", "EU SECRET", "EU GEHEIM", "GEHEIM EU"),
    "eu_confidential": ("CONFIDENTIEL UE", "EU CONFIDENTIAL", "EU VERTROUWELIJK", "VERTROUWELIJK EU"),
    "eu_restricted": ("RESTREINT UE", "EU RESTRICTED", "EU BEPERKT", "EU BEPERKTE VERSPREIDING"),
    "nato_top_secret": ("COSMIC TOP SECRET", "COSMIC TRES SECRET", "NAVO ZEER GEHEIM"),
    "nato_secret": ("NATO SECRET", "NAVO GEHEIM", "OTAN SECRET"),
    "nato_confidential": ("NATO CONFIDENTIAL", "NATO CONFIDENTIEL", "NAVO VERTROUWELIJK"),
    "nato_restricted": ("NATO RESTRICTED", "NATO DIFFUSION RESTREINTE", "NAVO BEPERKTE VERSPREIDING"),
}


def _fold_marking(text: str) -> str:
    """Markings compare without case, accents, spacing or the spaces around a slash."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = re.sub(r"[\u2010-\u2015\-]", " ", plain)
    return re.sub(r"\s*/\s*", "/", " ".join(plain.split()))


@cache
def _marking_codes() -> dict[str, str]:
    codes: dict[str, str] = {}
    for code, words in MARKINGS.items():
        for text in (*words.values(), *_MARKING_VARIANTS.get(code, ())):
            codes.setdefault(_fold_marking(text), code)
    return codes


def marking_code(text: str) -> str | None:
    """The known marking ``text`` is, in any of its languages, or None."""
    return _marking_codes().get(_fold_marking(text or ""))


def marking_label(lang: str, text: str) -> str:
    """A marking in its standard wording in ``lang`` ('BEPERKTE VERSPREIDING' is 'DIFFUSION
    RESTREINTE' in French); a marking the catalogue does not know prints as typed."""
    code = marking_code(text)
    return MARKINGS[code][lang] if code else (text or "").strip()


# ---------------------------------------------------------------- countries

# Codes in use beside ISO 3166 (the EU's for Greece and the United Kingdom).
_COUNTRY_ALIASES = {"UK": "GB", "EL": "GR"}


@cache
def _territories(lang: str) -> Mapping[str, str]:
    from babel import Locale

    return Locale.parse(lang).territories


def country_name(lang: str, code: str) -> str:
    """'UA' as 'Oekraïne', 'Ukraine', 'Ukraine'; 'EU' as the European Union; other text as typed."""
    text = (code or "").strip()
    if not re.fullmatch(r"[A-Za-z]{2}", text):
        return text
    key = _COUNTRY_ALIASES.get(text.upper(), text.upper())
    if key in ("AA", "ZZ") or (key[0] in "QX" and key != "XK"):  # unknown or private use
        return text
    return _territories(lang).get(key, text)


# ---------------------------------------------------------------- dates, warnings, changes, refusals


def day_span(lang: str, start: str, end: str) -> str:
    """'22 – 26 april 2024', '30 avril – 2 mai 2024', '30 December 2024 – 2 January 2025'; dates
    that are not ISO dates (or in the wrong order) as given."""
    try:
        first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    except (TypeError, ValueError):
        return " – ".join(d for d in (start, end) if d)
    if last < first:
        return " – ".join(d for d in (start, end) if d)
    if first == last:
        return long_date(lang, start, weekday=False)
    day1 = f"{first.day}{'er' if lang == 'fr' and first.day == 1 else ''}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{day1} – {long_date(lang, end, weekday=False)}"
    if first.year == last.year:
        return f"{day1} {MONTHS[lang][first.month - 1]} – {long_date(lang, end, weekday=False)}"
    return f"{long_date(lang, start, weekday=False)} – {long_date(lang, end, weekday=False)}"


def time_span(lang: str, start: str, end: str) -> str:
    if start and end and end != start:
        return label(lang, "time_range", start=start, end=end)
    return start or end


def warning_text(lang: str, kind: str, values: Mapping[str, Any]) -> str:
    """A programme warning (conflicts.Warning's kind and values) as one sentence in ``lang``."""
    v = dict(values)
    title = v.get("title") or label(lang, "untitled_item")
    if kind == "overlap":
        return label(lang, "warn_overlap", time=time_span(lang, v["start"], v["end"]), title=title)
    if kind == "double_booked":
        name = v.get("name") or label(lang, "unknown_contact", id=v.get("contact_id", ""))
        return label(lang, "warn_double_booked", name=name, title=title, time=time_span(lang, v["start"], v["end"]))
    if kind == "outside_visit":
        return label(lang, "warn_outside_visit", dates=day_span(lang, v["start"], v["end"]))
    if kind == "ends_before_start":
        return label(lang, "warn_ends_before_start", start=v["start"], end=v["end"])
    if kind == "no_date":
        return label(lang, "warn_no_date")
    return kind


def _when(lang: str, when: Any, weekday: bool = False, between: str = " ") -> str:
    date, start, end = [*list(when), "", "", ""][:3]
    day = long_date(lang, date, weekday=weekday) if date else ""
    return between.join(p for p in (day, time_span(lang, start, end)) if p) or label(lang, "not_scheduled")


def _role(lang: str, role: str) -> str:
    return LABELS[lang].get(f"role1_{role}", role)


def change_text(lang: str, code: str, values: Mapping[str, Any]) -> str:
    """One change since the last export (history.Change's code and values) in ``lang``."""
    v = dict(values)
    if code in ("added", "removed"):
        return label(lang, f"change_{code}", title=v["title"] or "—", when=_when(lang, v["when"]))
    if code == "moved":
        before, after = _when(lang, v["before"]), _when(lang, v["after"])
        return label(lang, "change_moved", title=v["title"] or "—", before=before, after=after)
    if code == "renamed":
        when = _when(lang, v["when"])
        return label(lang, "change_renamed", before=v["before"] or "—", after=v["after"] or "—", when=when)
    if code in ("person_added", "person_removed"):
        return label(lang, f"change_{code}", name=v["name"] or "—", role=_role(lang, v["role"]))
    if code == "person_role_changed":
        before, after = _role(lang, v["before"]), _role(lang, v["after"])
        return label(lang, "change_person_role_changed", name=v["name"] or "—", before=before, after=after)
    return code


def change_when(lang: str, when: Any) -> str:
    """A changed item's (date, start, end) for the pack's change page: 'dinsdag 23 april 2024, 09:00 – 10:30'."""
    return _when(lang, when, weekday=True, between=", ")


def role_name(lang: str, role: str) -> str:
    """One participant's role, in lower case: 'delegatie', 'hôte', 'speaker'."""
    return _role(lang, role)


def refusal_text(lang: str, code: str, values: Mapping[str, Any], fallback: str) -> str:
    """A refusal from the core (errors.BriefingError's code and values) in ``lang``; ``fallback``
    (the error's own English line) when the catalogue has no wording for it."""
    key = f"err_{code}"
    if not code or key not in LABELS[lang]:
        return fallback
    v = dict(values)
    if "what" in v:
        what = str(v["what"])
        field_key, thing_key = f"field_{what}", f"thing_{what}"
        v["what"] = LABELS[lang].get(field_key) or LABELS[lang].get(thing_key) or what
    try:
        return label(lang, key, **v)
    except (KeyError, IndexError):
        return fallback


__all__ = [
    "HONORIFICS",
    "LABELS",
    "LANGS",
    "MARKINGS",
    "MONTHS",
    "change_text",
    "change_when",
    "country_name",
    "date_range",
    "day_span",
    "honorific",
    "kind_label",
    "kind_name",
    "kind_shown",
    "label",
    "long_date",
    "marking_code",
    "marking_label",
    "normalise_kind",
    "refusal_text",
    "role_name",
    "says",
    "time_span",
    "warning_text",
    "words",
]
