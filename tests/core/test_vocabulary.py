"""The one catalogue of words Briefing adds (core/pack/labels.py): complete in Dutch, French and
English, synonyms mapped, free text printed as typed, and the core's codes worded."""

from __future__ import annotations

import json
import re
import string

import pytest

from briefing.core import edit
from briefing.core.conflicts import WARNING_KINDS
from briefing.core.errors import InvalidFile, NotFound
from briefing.core.interchange import visit_file as interchange
from briefing.core.model import ITEM_KINDS, ProgrammeItem, Role, Visit
from briefing.core.pack.labels import (
    HONORIFICS,
    LABELS,
    LANGS,
    MARKINGS,
    change_text,
    country_name,
    honorific,
    kind_label,
    kind_name,
    label,
    long_date,
    marking_label,
    normalise_kind,
    refusal_text,
    warning_text,
)
from briefing.core.progress import run
from briefing.core.store import open_store, repo
from tests.conftest import full_visit


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


# ---------------------------------------------------------------- the catalogue is complete


def test_every_key_is_there_in_every_language_with_the_same_placeholders():
    keys = set(LABELS["en"])
    for lang in LANGS:
        assert set(LABELS[lang]) == keys, lang
        for key in keys:
            assert _fields(LABELS[lang][key]) == _fields(LABELS["en"][key]), (lang, key)
            if key != "kind_other":  # 'other' prints no kind at all
                assert LABELS[lang][key].strip(), (lang, key)


def test_every_kind_role_warning_honorific_and_marking_has_its_words():
    for lang in LANGS:
        for kind in ITEM_KINDS:
            assert kind_name(lang, kind) and "_" not in kind_name(lang, kind), (lang, kind)
        for role in Role:
            assert label(lang, f"role_{role}") and label(lang, f"role1_{role}"), (lang, role)
        for words in (*HONORIFICS.values(), *MARKINGS.values()):
            assert words[lang].strip()
    assert all(set(words) == set(LANGS) for words in (*HONORIFICS.values(), *MARKINGS.values()))


@pytest.mark.parametrize("kind", WARNING_KINDS)
def test_every_warning_is_worded_in_every_language(kind):
    values = {"start": "09:00", "end": "10:00", "title": "Lunch", "name": "Diane", "contact_id": 1}
    if kind == "outside_visit":
        values.update(start="2024-04-22", end="2024-04-26")
    texts = {lang: warning_text(lang, kind, values) for lang in LANGS}
    assert len(set(texts.values())) == 3, texts
    assert all(kind not in text and "{" not in text for text in texts.values()), texts


@pytest.mark.parametrize(
    ("code", "values"),
    [
        ("added", {"title": "Lunch", "when": ("2024-04-23", "12:30", "13:30")}),
        ("removed", {"title": "Lunch", "when": ("", "", "")}),
        ("moved", {"title": "Lunch", "before": ("2024-04-23", "12:30", ""), "after": ("2024-04-24", "12:30", "")}),
        ("renamed", {"before": "Lunch", "after": "Werklunch", "when": ("2024-04-23", "", "")}),
        ("person_added", {"name": "Diane", "role": "escort"}),
        ("person_removed", {"name": "", "role": "delegation"}),
        ("person_role_changed", {"name": "Diane", "before": "speaker", "after": "host"}),
    ],
)
def test_every_change_since_the_last_export_is_worded_in_every_language(code, values):
    texts = {lang: change_text(lang, code, values) for lang in LANGS}
    assert len(set(texts.values())) == 3, texts
    for text in texts.values():
        assert "_" not in text and "{" not in text and "2024-04" not in text, text
    for lang in ("nl", "fr"):  # a role is a word of the reader's language, never its code
        assert not any(role in texts[lang] for role in ("speaker", "escort", "delegation", "(host", "other)"))


# ---------------------------------------------------------------- kinds


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("site visit", "site_visit"),
        ("Site_Visit", "site_visit"),
        ("bezoek", "site_visit"),
        ("Werkbezoek", "site_visit"),
        ("visite", "site_visit"),
        ("welcome", "reception"),
        ("ontvangst", "reception"),
        ("Accueil", "reception"),
        ("session", "meeting"),
        ("closing", "meeting"),
        ("lunch", "meal"),
        ("Dinner", "meal"),
        ("werklunch", "meal"),
        ("déjeuner", "meal"),
        ("DEJEUNER", "meal"),
        ("dîner de travail", "meal"),
        ("transfer", "transfer"),
        ("Verplaatsing", "transfer"),
        ("paneldiscussie", "panel"),
        ("atelier", "workshop"),
        ("présentation", "presentation"),
        ("  meeting ", "meeting"),
    ],
)
def test_synonyms_map_onto_the_known_kinds(typed, kind):
    assert normalise_kind(typed) == kind
    assert kind_label("fr", typed) == LABELS["fr"][f"kind_{kind}"]


def test_kinds_print_in_the_readers_language():
    assert [kind_label(lang, "site_visit") for lang in LANGS] == ["Terreinbezoek", "Visite de terrain", "Site visit"]
    assert [kind_label(lang, "Werklunch") for lang in LANGS] == ["Maaltijd", "Repas", "Meal"]
    assert kind_label("en", "other") == "" and kind_name("en", "other") == "Other"
    assert kind_label("fr", "") == ""


@pytest.mark.parametrize("typed", ["Persmoment", "Fotomoment met de pers", "press_call", "Dépôt de gerbe"])
def test_a_kind_nobody_knows_prints_as_typed(typed):
    assert normalise_kind(typed) == typed
    for lang in LANGS:
        assert kind_label(lang, typed) == typed
        assert kind_name(lang, typed) == typed


def test_kinds_are_normalised_when_a_visit_file_is_loaded_and_when_an_item_is_edited(tmp_path):
    data = full_visit()
    data["programme"][0]["kind"] = "Werklunch"
    data["programme"][1]["kind"] = "bezoek"
    data["programme"][2]["kind"] = "Persmoment"
    with open_store(tmp_path / "s.sqlite") as store:
        visit_id = run(interchange.load_steps(store, interchange.parse(json.dumps(data))))
        kinds = [i.kind for i in repo.visit_bundle(store, visit_id).items]
        assert kinds[:3] == ["meal", "site_visit", "Persmoment"]
        item_id = repo.visit_bundle(store, visit_id).items[0].id
        edit.update(store, "programme_items", item_id, "Edit", kind="accueil")
        assert repo.visit_bundle(store, visit_id).items[0].kind == "reception"
        edit.update(store, "programme_items", item_id, "Edit", kind="Kranslegging")  # kept as typed
        assert repo.visit_bundle(store, visit_id).items[0].kind == "Kranslegging"
        added = edit.add_item(store, visit_id, ProgrammeItem(title="Diner", kind="dîner"))
        assert next(i for i in repo.visit_bundle(store, visit_id).items if i.id == added.result).kind == "meal"


# ---------------------------------------------------------------- honorifics


@pytest.mark.parametrize(
    ("typed", "nl", "fr", "en"),
    [
        ("Dhr.", "Dhr.", "M.", "Mr"),
        ("dhr.", "Dhr.", "M.", "Mr"),
        ("De heer", "Dhr.", "M.", "Mr"),
        ("Mevr.", "Mevr.", "Mme", "Ms"),
        ("Mw.", "Mevr.", "Mme", "Ms"),
        ("Mevrouw", "Mevr.", "Mme", "Ms"),
        ("M.", "Dhr.", "M.", "Mr"),
        ("Monsieur", "Dhr.", "M.", "Mr"),
        ("Mme", "Mevr.", "Mme", "Ms"),
        ("Madame", "Mevr.", "Mme", "Ms"),
        ("Mr", "Dhr.", "M.", "Mr"),
        ("Mr.", "Dhr.", "M.", "Mr"),
        ("Ms", "Mevr.", "Mme", "Ms"),
        ("Mrs", "Mevr.", "Mme", "Mrs"),
        ("Dr.", "Dr.", "Dr", "Dr"),
        ("Prof.", "Prof.", "Prof.", "Prof."),
        ("Prof. dr.", "Prof. Dr.", "Prof. Dr", "Prof. Dr"),
    ],
)
def test_honorifics_print_in_the_packs_language(typed, nl, fr, en):
    assert [honorific(lang, typed) for lang in LANGS] == [nl, fr, en]


@pytest.mark.parametrize(
    "typed", ["Korpschef", "Commissaris-generaal", "Ambassadeur", "Generaal-majoor", "", "Mevrouw de minister"]
)
def test_ranks_and_other_titles_stay_as_typed(typed):
    assert {honorific(lang, typed) for lang in LANGS} == {typed}


# ---------------------------------------------------------------- markings


@pytest.mark.parametrize(
    ("typed", "nl", "fr", "en"),
    [
        ("BEPERKTE VERSPREIDING", "BEPERKTE VERSPREIDING", "DIFFUSION RESTREINTE", "LIMITED DISTRIBUTION"),
        ("Beperkte verspreiding", "BEPERKTE VERSPREIDING", "DIFFUSION RESTREINTE", "LIMITED DISTRIBUTION"),
        ("Diffusion restreinte", "BEPERKTE VERSPREIDING", "DIFFUSION RESTREINTE", "LIMITED DISTRIBUTION"),
        ("ZEER GEHEIM", "ZEER GEHEIM", "TRÈS SECRET", "TOP SECRET"),
        ("TRES SECRET", "ZEER GEHEIM", "TRÈS SECRET", "TOP SECRET"),
        ("GEHEIM", "GEHEIM", "SECRET", "SECRET"),
        ("vertrouwelijk", "VERTROUWELIJK", "CONFIDENTIEL", "CONFIDENTIAL"),
        ("VERTROUWELIJK/CONFIDENTIEL", "VERTROUWELIJK", "CONFIDENTIEL", "CONFIDENTIAL"),
        ("RESTREINT UE/EU RESTRICTED", "RESTREINT UE/EU RESTRICTED", "RESTREINT UE", "EU RESTRICTED"),
        ("EU RESTRICTED", "RESTREINT UE/EU RESTRICTED", "RESTREINT UE", "EU RESTRICTED"),
        ("CONFIDENTIEL UE / EU CONFIDENTIAL", "CONFIDENTIEL UE/EU CONFIDENTIAL", "CONFIDENTIEL UE", "EU CONFIDENTIAL"),
        ("SECRET UE/EU SECRET", "SECRET UE/EU SECRET", "SECRET UE", "EU SECRET"),
        ("TRÈS SECRET UE/EU TOP SECRET", "TRÈS SECRET UE/EU TOP SECRET", "TRÈS SECRET UE", "EU TOP SECRET"),
        ("NATO RESTRICTED", "NATO RESTRICTED", "NATO DIFFUSION RESTREINTE", "NATO RESTRICTED"),
    ],
)
def test_markings_print_in_their_standard_wording(typed, nl, fr, en):
    assert [marking_label(lang, typed) for lang in LANGS] == [nl, fr, en]


@pytest.mark.parametrize("typed", ["Intern gebruik", "EMBARGO tot 12 juni", "Persoonlijk", ""])
def test_a_free_text_marking_prints_as_typed(typed):
    assert {marking_label(lang, typed) for lang in LANGS} == {typed}


# ---------------------------------------------------------------- countries


def test_a_country_code_prints_as_the_countrys_name_in_the_readers_language():
    assert [country_name(lang, "NL") for lang in LANGS] == ["Nederland", "Pays-Bas", "Netherlands"]
    assert [country_name(lang, "ua") for lang in LANGS] == ["Oekraïne", "Ukraine", "Ukraine"]
    assert [country_name(lang, "BE") for lang in LANGS] == ["België", "Belgique", "Belgium"]
    assert [country_name(lang, "EU") for lang in LANGS] == ["Europese Unie", "Union européenne", "European Union"]
    assert country_name("fr", "UK") == "Royaume-Uni" and country_name("fr", "EL") == "Grèce"  # the EU's own codes


@pytest.mark.parametrize("typed", ["", "Nederland", "ZZ", "XA", "QQ", "B", "BEL", "12"])
def test_anything_else_in_the_country_field_prints_as_typed(typed):
    assert {country_name(lang, typed) for lang in LANGS} == {typed}


# ---------------------------------------------------------------- dates and refusals


def test_weekdays_and_months_in_every_language():
    assert [long_date(lang, "2025-03-03") for lang in LANGS] == [
        "maandag 3 maart 2025",
        "lundi 3 mars 2025",
        "Monday 3 March 2025",
    ]
    assert long_date("fr", "2025-03-01", weekday=False) == "1er mars 2025"


def _refusal(action) -> InvalidFile | NotFound:
    with pytest.raises((InvalidFile, NotFound)) as caught:
        action()
    return caught.value


def test_the_cores_refusals_carry_codes_and_values_and_keep_their_english_line(tmp_path):
    with open_store(tmp_path / "s.sqlite") as store:
        visit_id = edit.create_visit(store, Visit(title="Test", start="2025-03-03", end="2025-03-05")).result
        bad_time = _refusal(lambda: edit.add_item(store, visit_id, ProgrammeItem(title="X", start="25:00")))
        assert (bad_time.code, bad_time.values) == ("not_a_time", {"what": "start_time", "value": "25:00"})
        assert str(bad_time) == "start time: '25:00' is not a time (HH:MM)"  # the CLI's line, unchanged
        assert refusal_text("fr", bad_time.code, bad_time.values, str(bad_time)) == (
            "Heure de début : « 25:00 » n’est pas une heure (HH:MM)"
        )
        assert refusal_text("nl", bad_time.code, bad_time.values, str(bad_time)) == (
            "Beginuur: ‘25:00’ is geen uur (UU:MM)"
        )
        bad_date = _refusal(lambda: edit.update(store, "visits", visit_id, "Edit", start_date="3/3/2025"))
        assert refusal_text("fr", bad_date.code, bad_date.values, "") == (
            "Date de début : « 3/3/2025 » n’est pas une date (AAAA-MM-JJ)"
        )
        backwards = _refusal(lambda: edit.update(store, "visits", visit_id, "Edit", end_date="2025-03-01"))
        assert str(backwards) == "the visit cannot end (2025-03-01) before it starts (2025-03-03)"
        assert refusal_text("nl", backwards.code, backwards.values, "") == (
            "Het bezoek kan niet eindigen (2025-03-01) vóór het begint (2025-03-03)"
        )
        missing = _refusal(lambda: edit.delete_item(store, 9999))
        assert refusal_text("fr", missing.code, missing.values, "") == "Il n’y a pas (plus) de activité 9999"
    # a refusal without a code keeps its own line
    assert refusal_text("fr", "", {}, "store busy") == "store busy"
    assert refusal_text("fr", "no_such_code", {}, "as it was") == "as it was"


def test_no_english_slips_into_the_french_or_dutch_words():
    english_only = re.compile(r"\b(the|not|with|and|also|before|after|added|removed|changed|person)\b")
    for lang in ("nl", "fr"):
        for key, text in LABELS[lang].items():
            if key in ("kind_workshop", "kind_panel", "email", "unknown_contact", "time_range"):
                continue
            assert not english_only.search(re.sub(r"\{[^}]*\}", "", text)), (lang, key, text)
