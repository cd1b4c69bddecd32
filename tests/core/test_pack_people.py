"""How the pack names people, their function and organisation, and a programme item's kind: the
Latin form of a name first, nothing said twice."""

from __future__ import annotations

import pytest

from briefing.core.model import Contact
from briefing.core.pack.assemble import display_name, latin_script, position_text
from briefing.core.pack.labels import kind_shown


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("nl", "Mevr. Olena Kovalenko (Олена Коваленко)"),
        ("fr", "Mme Olena Kovalenko (Олена Коваленко)"),
        ("en", "Ms Olena Kovalenko (Олена Коваленко)"),
    ],
)
def test_a_name_in_another_script_leads_with_its_latin_form(lang, expected):
    assert display_name(Contact("Олена Коваленко", name_latin="Olena Kovalenko", title="Ms"), lang) == expected


@pytest.mark.parametrize(
    ("name", "latin", "expected"),
    [
        ("Ολυμπία Παπαδοπούλου", "Olympia Papadopoulou", "Olympia Papadopoulou (Ολυμπία Παπαδοπούλου)"),
        ("李明", "Li Ming", "Li Ming (李明)"),
        ("Олена Коваленко", "", "Олена Коваленко"),  # no Latin form known: the name as it is
        ("", "Olena Kovalenko", "Olena Kovalenko"),
        ("Michaël Jonniaux", "", "Michaël Jonniaux"),
        ("Jürgen Müller", "Juergen Mueller", "Jürgen Müller (Juergen Mueller)"),  # Latin script: as typed first
        ("Olena Kovalenko", "Olena Kovalenko", "Olena Kovalenko"),
        ("olena@example.org", "Olena Kovalenko", "Olena Kovalenko"),  # an address is never a name
    ],
)
def test_names_with_and_without_a_latin_form(name, latin, expected):
    assert display_name(Contact(name, name_latin=latin), "nl") == expected


def test_latin_script():
    assert latin_script("Michaël Jonniaux-Ørsted, Łódź") and latin_script("")
    assert not latin_script("Олена") and not latin_script("محمد") and not latin_script("Olena Коваленко")


@pytest.mark.parametrize(
    ("function", "organisation", "expected"),
    [
        # the demo's two cases
        ("Korpschef Politiezone Montgomery", "Politiezone Montgomery", "Korpschef Politiezone Montgomery"),
        (
            "Directeur-generaal, Crisiscentrum",
            "Crisiscentrum, FOD Binnenlandse Zaken",
            "Directeur-generaal, Crisiscentrum, FOD Binnenlandse Zaken",
        ),
        # case and accents do not make another organisation
        (
            "Chef de corps, Zone de police Montgomery",
            "zone de POLICE montgomery",
            "Chef de corps, Zone de police Montgomery",
        ),
        ("Directrice générale, Securite civile", "Sécurité civile", "Directrice générale, Securite civile"),
        (
            "Coördinator, Centre de Crise",
            "Centre de crise, SPF Intérieur",
            "Coördinator, Centre de Crise, SPF Intérieur",
        ),
        # the organisation repeats its own parent
        (
            "Analist",
            "Crisiscentrum, Crisiscentrum, FOD Binnenlandse Zaken",
            "Analist, Crisiscentrum, FOD Binnenlandse Zaken",
        ),
        # the function names the organisation without its abbreviation: the full name takes its place
        (
            "Teamleider meldkamer, Nationaal Crisiscentrum",
            "Nationaal Crisiscentrum (NCTV)",
            "Teamleider meldkamer, Nationaal Crisiscentrum (NCTV)",
        ),
        # a unit after the function's title that the organisation names in full gives way to it
        (
            "Directeur, Crisiscentrum",
            "Crisiscentrum van de FOD Binnenlandse Zaken",
            "Directeur, Crisiscentrum van de FOD Binnenlandse Zaken",
        ),
        # an abbreviation in the function, the organisation in full: the full name, once
        (
            "Diensthoofd internationale samenwerking, ADVP",
            "Algemene Directie Veiligheid en Preventie, FOD Binnenlandse Zaken",
            "Diensthoofd internationale samenwerking, Algemene Directie Veiligheid en Preventie, "
            "FOD Binnenlandse Zaken",
        ),
        (
            "Hoofd van de delegatie, DG Politie en Veiligheidsregio's",
            "Directoraat-Generaal Politie en Veiligheidsregio's, Ministerie van Justitie en Veiligheid",
            "Hoofd van de delegatie, Directoraat-Generaal Politie en Veiligheidsregio's, Ministerie van Justitie en "
            "Veiligheid",
        ),
        (
            "Beleidsmedewerker, Secretariaat-Generaal Benelux",
            "Secretariaat-Generaal van de Benelux Unie",
            "Beleidsmedewerker, Secretariaat-Generaal van de Benelux Unie",
        ),
        (
            "Inspecteur, FAST, Federale Politie",
            "Federale Politie – FAST (Fugitive Active Search Team)",
            "Inspecteur, Federale Politie – FAST (Fugitive Active Search Team)",
        ),
        ("Analist", "ADVP", "Analist, ADVP"),
        (
            "Analist, Algemene Directie Veiligheid en Preventie",
            "ADVP",
            "Analist, Algemene Directie Veiligheid en Preventie",
        ),
        (
            "Analist, ADVP",
            "Algemene Directie Veiligheid",
            "Analist, ADVP, Algemene Directie Veiligheid",
        ),  # not its initials
        # whole words only: these are other organisations
        ("Voorzitter, Federale Politieraad", "Federale Politie", "Voorzitter, Federale Politieraad, Federale Politie"),
        ("Politieman", "Politie", "Politieman, Politie"),
        ("Eerste substituut", "Parket van Antwerpen", "Eerste substituut, Parket van Antwerpen"),
        # one of them missing
        ("", "Crisiscentrum, FOD Binnenlandse Zaken", "Crisiscentrum, FOD Binnenlandse Zaken"),
        ("Adviseur", "", "Adviseur"),
        ("", "", ""),
    ],
)
def test_function_and_organisation_say_nothing_twice(function, organisation, expected):
    assert position_text(function, organisation) == expected


@pytest.mark.parametrize(
    ("lang", "kind", "title", "expected"),
    [
        ("nl", "workshop", "Workshop BE-Alert", ""),  # the demo's case
        ("fr", "workshop", "Workshop BE-Alert", ""),  # a synonym in another language
        ("en", "workshop", "Atelier BE-Alert", ""),
        ("nl", "meal", "Werklunch met de pers", ""),
        ("nl", "meal", "Afscheidsdiner", ""),  # a Dutch compound ending in the kind's word
        ("fr", "transfer", "Transfer naar Politiezone Montgomery", ""),
        ("nl", "Persmoment", "Persmoment", ""),  # a kind nobody knows, as typed
        ("nl", "workshop", "Brainstorm over de crisiscentra", "Workshop"),
        ("fr", "workshop", "Brainstorm over de crisiscentra", "Atelier"),
        ("nl", "site_visit", "Ontvangst bij PZ Montgomery", "Terreinbezoek"),
        ("nl", "meeting", "Ontvangst", "Vergadering"),
        ("en", "presentation", "Talkshow", "Presentation"),  # 'talk' is too short to end a compound
        ("nl", "Persmoment", "Vragen van de pers", "Persmoment"),
        ("nl", "other", "Andere zaken", ""),  # 'other' is never printed
        ("nl", "", "Workshop", ""),
    ],
)
def test_a_kind_is_not_printed_beside_a_title_that_says_it(lang, kind, title, expected):
    assert kind_shown(lang, kind, title) == expected
