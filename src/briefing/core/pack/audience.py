"""The pack's three readers and what each part of the pack shows them: one table.

``AUDIENCE_RULES`` drives the assembly (PDF and DOCX), the calendar and the vCard export;
``markdown_table()`` prints it for the README, so the docs cannot drift from the code.

- internal: the principal and our staff;
- external: the delegation itself;
- escort: escorts and drivers (the run sheet, "draaiboek").
"""

from __future__ import annotations

AUDIENCES = ("internal", "external", "escort")

# part of the pack -> reader -> what it shows (a code; MEANING says it in words)
AUDIENCE_RULES: dict[str, dict[str, str]] = {
    "reader": {"internal": "internal_use", "external": "for_the_delegation", "escort": "escort_run_sheet"},
    "page": {"internal": "a4", "external": "a4", "escort": "a5_landscape"},
    "cover": {"internal": "cover", "external": "cover", "escort": "cover"},
    "toc": {"internal": "toc", "external": "toc", "escort": "none"},
    "practical": {"internal": "everything", "external": "shared_facts", "escort": "none"},
    "programme": {"internal": "with_notes", "external": "without_notes", "escort": "run_sheet"},
    "people": {"internal": "with_contact_details", "external": "names_and_functions", "escort": "contact_list"},
    "themes": {"internal": "talking_points", "external": "none", "escort": "none"},
    "articles": {"internal": "every_article", "external": "shareable_only", "escort": "none"},
    "calendar": {"internal": "with_notes", "external": "without_notes", "escort": "run_sheet"},
    "vcards": {"internal": "with_contact_details", "external": "names_and_functions", "escort": "contact_list"},
}

PARTS = {
    "reader": "Cover and every page's header say",
    "page": "Page",
    "cover": "Cover",
    "toc": "Contents",
    "practical": "Practical information",
    "programme": "Programme",
    "people": "Who's who",
    "themes": "Themes",
    "articles": "Background articles",
    "calendar": "Calendar (ICS)",
    "vcards": "Contacts (vCard)",
}

MEANING: dict[tuple[str, str], str] = {
    ("reader", "internal_use"): '"Intern gebruik" / "Usage interne" / "Internal use"',
    ("reader", "for_the_delegation"): '"Voor de delegatie" / "Pour la délégation" / "For the delegation"',
    ("reader", "escort_run_sheet"): (
        '"Draaiboek begeleiders" / "Feuille de route – accompagnateurs" / "Escort run sheet"'
    ),
    ("page", "a4"): "A4 portrait",
    ("page", "a5_landscape"): "A5 landscape (half an A4 sheet: a jacket pocket)",
    ("cover", "cover"): (
        "title, delegation, dates, place, host, marking, version, and whom it is for; an A4 cover adds the "
        "visit at a glance (each day's items, who comes, whom to call)"
    ),
    ("toc", "toc"): "yes",
    ("practical", "everything"): "every field, the visit's status; escorts with their phone numbers",
    ("practical", "shared_facts"): (
        "purpose, delegation, country, dates, host, place; escorts by name and function (no status, no direction)"
    ),
    ("programme", "with_notes"): (
        "a table per day: time, activity with its description and warnings, place, people"
    ),
    ("programme", "without_notes"): (
        "a table per day: time, activity and its kind, place, people; no descriptions (they may be our own "
        "notes), no warnings"
    ),
    ("programme", "run_sheet"): (
        "the run sheet: a table per day with time, what happens (and its description), where (the place as "
        "entered, with its address), who is accompanied, who to call (name and phone); transfers shaded and bold"
    ),
    ("people", "with_contact_details"): (
        "names, functions, organisations, e-mail addresses, phone numbers, notes, programme items"
    ),
    ("people", "names_and_functions"): "names, functions, organisations, programme items",
    ("people", "contact_list"): (
        "a one-page contact list: hosts and escorts (and others on our side who have a phone number) with "
        "their phone numbers"
    ),
    ("themes", "talking_points"): "summaries, talking points, related programme items and articles",
    ("articles", "every_article"): "every article of the visit (full text or summary, as chosen)",
    ("articles", "shareable_only"): (
        'only the articles marked "shareable with the delegation" (full text or summary, as chosen)'
    ),
    ("calendar", "with_notes"): "each item's kind, description, warnings and people",
    ("calendar", "without_notes"): "each item's kind and people: no description, no warnings",
    ("calendar", "run_sheet"): "each item's kind, description, warnings, people and who to call (name and phone)",
    ("vcards", "with_contact_details"): "everyone in the visit, with e-mail addresses, phone numbers and notes",
    ("vcards", "names_and_functions"): (
        "everyone in the visit: names, functions, organisations; no e-mail, phone or notes"
    ),
    ("vcards", "contact_list"): "the run sheet's contact list: names, functions, organisations and phone numbers",
}
LEFT_OUT = "none"


def rule(audience: str, part: str) -> str:
    """What ``part`` shows ``audience`` (a code from AUDIENCE_RULES); KeyError for an unknown one."""
    return AUDIENCE_RULES[part][audience]


def shows(audience: str, part: str) -> bool:
    return rule(audience, part) != LEFT_OUT


def meaning(part: str, code: str) -> str:
    return "left out" if code == LEFT_OUT else MEANING[(part, code)]


def markdown_table() -> str:
    """The table as the README prints it."""
    lines = [
        "| | internal (the principal and our staff) | external (the delegation) | escort (escorts and drivers) |",
        "|---|---|---|---|",
    ]
    for part, row in AUDIENCE_RULES.items():
        cells = [meaning(part, row[a]) for a in AUDIENCES]
        lines.append(f"| {PARTS[part]} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


__all__ = ["AUDIENCES", "AUDIENCE_RULES", "markdown_table", "meaning", "rule", "shows"]
