"""Programme warnings: overlaps, double bookings, items outside the visit, impossible and missing times.
The core returns codes and values; labels.warning_text words them in the reader's language."""

from __future__ import annotations

import pytest

from briefing.core.conflicts import (
    WARNING_KINDS,
    Warning,
    programme_warnings,
    visit_warning_count,
)
from briefing.core.interchange import visit_file as interchange
from briefing.core.model import Contact, ProgrammeItem, Visit, VisitBundle
from briefing.core.pack.labels import day_span, warning_text
from briefing.core.progress import run
from briefing.core.store import open_store, repo
from tests.conftest import full_visit

DAY = "2024-04-23"
PEOPLE = {
    1: Contact(name="Diane Reynders", id=1),
    2: Contact(name="Олена Коваленко", id=2),
    3: Contact(name="Tolk", id=3),
}


def item(item_id: int, start: str = "", end: str = "", title: str = "", date: str = DAY, **extra) -> ProgrammeItem:
    return ProgrammeItem(
        title=title or f"Item {item_id}", date=date, start=start, end=end, position=item_id, id=item_id, **extra
    )


def bundle(*items: ProgrammeItem, start: str = "2024-04-22", end: str = "2024-04-26") -> VisitBundle:
    return VisitBundle(
        visit=Visit(title="Studiebezoek", start=start, end=end, id=1),
        participants=[],
        contacts=dict(PEOPLE),
        organisations={},
        themes=[],
        items=list(items),
        articles=[],
        full_text={},
    )


def said(found: dict[int, list[Warning]], lang: str = "en") -> dict[int, list[tuple[str, str, int | None]]]:
    """The warnings as (kind, sentence in ``lang``, other item) per item."""
    return {
        item_id: [(w.kind, warning_text(lang, w.kind, w.values), w.other_item_id) for w in warnings]
        for item_id, warnings in found.items()
    }


def kinds(found: dict[int, list[Warning]], item_id: int) -> list[str]:
    return [w.kind for w in found.get(item_id, [])]


def overlap_partners(found: dict[int, list[Warning]], item_id: int) -> set[int | None]:
    return {w.other_item_id for w in found.get(item_id, []) if w.kind == "overlap"}


# ---------------------------------------------------------------- single-item warnings


def test_a_clean_programme_has_no_warnings():
    b = bundle(item(1, "09:00", "10:00"), item(2, "10:30", "12:00"), item(3, "14:00"))
    assert programme_warnings(b) == {}
    assert visit_warning_count(b) == 0


def test_ends_before_start():
    found = programme_warnings(bundle(item(1, "12:30", "12:00", title="Lunch")))
    assert found == {1: [Warning("ends_before_start", {"start": "12:30", "end": "12:00"}, None)]}
    assert said(found) == {1: [("ends_before_start", "Ends before it starts (12:30 – 12:00)", None)]}
    assert said(found, "fr")[1][0][1] == "Se termine avant de commencer (12:30 – 12:00)"
    assert said(found, "nl")[1][0][1] == "Eindigt vóór het begint (12:30 – 12:00)"


def test_an_item_ending_when_it_starts_or_without_an_end_is_fine():
    assert programme_warnings(bundle(item(1, "12:00", "12:00"), item(2, "13:00"), item(3, "", "15:00"))) == {}


@pytest.mark.parametrize("date", ["2024-04-21", "2024-04-27", "2023-04-23"])
def test_outside_the_visit(date):
    found = programme_warnings(bundle(item(1, "09:00", "10:00", date=date)))
    assert found == {1: [Warning("outside_visit", {"start": "2024-04-22", "end": "2024-04-26"})]}
    assert said(found) == {1: [("outside_visit", "Outside the visit's dates (22 – 26 April 2024)", None)]}
    assert said(found, "fr")[1][0][1] == "En dehors des dates de la visite (22 – 26 avril 2024)"


@pytest.mark.parametrize("date", ["2024-04-22", "2024-04-26"])
def test_the_visit_dates_themselves_are_inside(date):
    assert programme_warnings(bundle(item(1, "09:00", "10:00", date=date))) == {}


def test_visit_dates_read_naturally():
    assert day_span("en", "2024-04-22", "2024-04-26") == "22 – 26 April 2024"
    assert day_span("en", "2024-04-30", "2024-05-02") == "30 April – 2 May 2024"
    assert day_span("en", "2024-12-30", "2025-01-02") == "30 December 2024 – 2 January 2025"
    assert day_span("en", "2024-04-22", "2024-04-22") == "22 April 2024"
    assert day_span("fr", "2024-05-01", "2024-05-03") == "1er – 3 mai 2024"
    assert day_span("nl", "2024-04-30", "2024-05-02") == "30 april – 2 mei 2024"
    assert day_span("en", "2024-05-02", "2024-04-30") == "2024-05-02 – 2024-04-30"  # not a range: as given
    found = programme_warnings(bundle(item(1, date="2024-05-03"), start="2024-04-30", end="2024-05-02"))
    assert said(found)[1][0][1] == "Outside the visit's dates (30 April – 2 May 2024)"


def test_an_unscheduled_item_gets_a_gentle_warning():
    found = programme_warnings(bundle(item(1, "09:00", "10:00", date=""), item(2, "09:00", "10:00", date="")))
    assert found == {1: [Warning("no_date")], 2: [Warning("no_date")]}
    assert said(found)[2] == [("no_date", "Not scheduled yet", None)]
    assert said(found, "fr")[2] == [("no_date", "Pas encore planifié", None)]


def test_an_item_can_have_several_problems():
    found = programme_warnings(bundle(item(1, "12:30", "12:00", date="")))
    assert kinds(found, 1) == ["ends_before_start", "no_date"]
    found = programme_warnings(bundle(item(1, "12:30", "12:00", date="2024-05-01")))
    assert kinds(found, 1) == ["ends_before_start", "outside_visit"]


# ---------------------------------------------------------------- overlaps


def test_two_overlapping_items_point_at_each_other():
    b = bundle(item(1, "10:00", "11:00", title="Welcome"), item(2, "10:45", "12:30", title="Lunch"))
    found = programme_warnings(b)
    assert said(found) == {
        1: [("overlap", "Overlaps with 10:45 – 12:30 Lunch", 2)],
        2: [("overlap", "Overlaps with 10:00 – 11:00 Welcome", 1)],
    }
    assert found[1][0].values == {"start": "10:45", "end": "12:30", "title": "Lunch"}
    assert said(found, "fr")[1][0][1] == "Chevauche 10:45 – 12:30 Lunch"
    assert said(found, "nl")[1][0][1] == "Overlapt met 10:45 – 12:30 Lunch"
    assert visit_warning_count(b) == 2


def test_touching_ranges_do_not_overlap():
    assert programme_warnings(bundle(item(1, "09:00", "10:00"), item(2, "10:00", "11:00"))) == {}


def test_a_point_in_time_inside_a_range_overlaps_it():
    found = programme_warnings(bundle(item(1, "10:00", "12:00", title="Visit"), item(2, "11:00", title="Photo")))
    assert said(found) == {
        1: [("overlap", "Overlaps with 11:00 Photo", 2)],
        2: [("overlap", "Overlaps with 10:00 – 12:00 Visit", 1)],
    }


def test_a_point_at_a_ranges_start_overlaps_it_and_at_its_end_does_not():
    found = programme_warnings(bundle(item(1, "10:00", "12:00"), item(2, "10:00"), item(3, "12:00")))
    assert overlap_partners(found, 1) == {2}
    assert overlap_partners(found, 2) == {1}
    assert 3 not in found


def test_two_points_overlap_only_at_the_same_minute():
    assert overlap_partners(programme_warnings(bundle(item(1, "10:00"), item(2, "10:00"))), 1) == {2}
    assert programme_warnings(bundle(item(1, "10:00"), item(2, "10:01"))) == {}


def test_three_way_overlap():
    b = bundle(
        item(1, "09:00", "12:00"), item(2, "10:00", "11:00"), item(3, "10:30", "13:00"), item(4, "13:00", "14:00")
    )
    found = programme_warnings(b)
    assert overlap_partners(found, 1) == {2, 3}
    assert overlap_partners(found, 2) == {1, 3}
    assert overlap_partners(found, 3) == {1, 2}
    assert 4 not in found  # touches item 3 only
    assert [w.other_item_id for w in found[1]] == [2, 3]  # the programme's time order
    assert visit_warning_count(b) == 6


def test_a_long_item_overlaps_items_after_shorter_ones_end():
    found = programme_warnings(bundle(item(1, "08:00", "18:00"), item(2, "09:00", "09:30"), item(3, "16:00", "17:00")))
    assert overlap_partners(found, 1) == {2, 3}
    assert overlap_partners(found, 2) == {1}
    assert overlap_partners(found, 3) == {1}


def test_items_on_different_days_do_not_overlap():
    found = programme_warnings(bundle(item(1, "09:00", "12:00", date="2024-04-22"), item(2, "09:00", "12:00")))
    assert found == {}


def test_transfers_count_and_the_order_of_the_list_does_not_matter():
    items = [item(2, "10:30", "11:30", kind="meeting"), item(1, "10:00", "11:00", kind="transfer")]
    found = programme_warnings(bundle(*items))
    assert overlap_partners(found, 1) == {2}
    assert overlap_partners(found, 2) == {1}


def test_items_ending_before_they_start_or_without_a_time_or_date_do_not_overlap():
    found = programme_warnings(
        bundle(
            item(1, "09:00", "12:00"),
            item(2, "11:00", "10:00"),  # ends before it starts
            item(3),  # no time
            item(4, "", "10:00"),  # an end but no start
            item(5, "10:00", "11:00", date=""),  # not scheduled
        )
    )
    assert 1 not in found
    assert kinds(found, 2) == ["ends_before_start"]
    assert 3 not in found and 4 not in found
    assert kinds(found, 5) == ["no_date"]


def test_items_without_an_id_are_left_out():
    loose = ProgrammeItem(title="Draft", date=DAY, start="09:00", end="12:00")
    assert programme_warnings(bundle(loose, item(1, "10:00", "11:00"))) == {}


# ---------------------------------------------------------------- double bookings


def test_one_person_in_two_overlapping_items_is_named():
    b = bundle(
        item(1, "12:00", "13:00", title="Press", contact_ids=[1, 3]),
        item(2, "12:30", "13:30", title="Lunch", contact_ids=[2, 1]),
    )
    found = programme_warnings(b)
    assert said(found)[1] == [
        ("overlap", "Overlaps with 12:30 – 13:30 Lunch", 2),
        ("double_booked", "Diane Reynders is also at 'Lunch' (12:30 – 13:30)", 2),
    ]
    assert said(found)[2] == [
        ("overlap", "Overlaps with 12:00 – 13:00 Press", 1),
        ("double_booked", "Diane Reynders is also at 'Press' (12:00 – 13:00)", 1),
    ]
    assert said(found, "fr")[1][1][1] == "Diane Reynders est aussi à « Lunch » (12:30 – 13:30)"
    assert visit_warning_count(b) == 4


def test_a_warning_per_person_double_booked():
    b = bundle(item(1, "12:00", "13:00", contact_ids=[1, 2, 3]), item(2, "12:30", "13:30", contact_ids=[2, 1, 1]))
    found = programme_warnings(b)
    booked = [w.values["name"] for w in found[1] if w.kind == "double_booked"]
    assert booked == ["Diane Reynders", "Олена Коваленко"]
    booked = [w.values["name"] for w in found[2] if w.kind == "double_booked"]
    assert booked == ["Олена Коваленко", "Diane Reynders"]
    assert kinds(found, 1) == ["overlap", "double_booked", "double_booked"]


def test_the_same_person_in_touching_or_separate_items_is_not_double_booked():
    b = bundle(
        item(1, "09:00", "10:00", contact_ids=[1]),
        item(2, "10:00", "11:00", contact_ids=[1]),
        item(3, "10:30", "11:30", date="2024-04-24", contact_ids=[1]),
    )
    assert programme_warnings(b) == {}


def test_a_contact_missing_from_the_bundle_is_still_reported():
    found = programme_warnings(bundle(item(1, "09:00", "10:00", contact_ids=[99]), item(2, "09:30", contact_ids=[99])))
    assert said(found)[1][1] == ("double_booked", "Contact 99 is also at 'Item 2' (09:30)", 2)


def test_an_untitled_item_is_named_in_the_readers_language():
    found = programme_warnings(bundle(item(1, "09:00", "10:00"), item(2, "09:30", "10:30", title=" ")))
    assert found[1][0].values["title"] == ""
    assert said(found)[1][0][1] == "Overlaps with 09:30 – 10:30 untitled item"
    assert said(found, "fr")[1][0][1] == "Chevauche 09:30 – 10:30 activité sans titre"


# ---------------------------------------------------------------- scale and a real visit


def test_a_thousand_item_visit():
    days = [f"2024-04-{d:02d}" for d in range(22, 27)]
    items = []
    for n in range(1000):
        day, slot = divmod(n, 200)  # 200 items a day, 5 minutes apart, each lasting 4 minutes
        minutes = 6 * 60 + slot * 5
        start = f"{minutes // 60:02d}:{minutes % 60:02d}"
        end = f"{(minutes + 4) // 60:02d}:{(minutes + 4) % 60:02d}"
        items.append(item(n + 1, start, end, date=days[day], contact_ids=[1]))
    # every 100th item runs 6 minutes instead, into the next one, which shares Diane
    for n in range(0, 1000, 100):
        hours, minutes = map(int, items[n].start.split(":"))
        items[n].end = f"{(hours * 60 + minutes + 6) // 60:02d}:{(hours * 60 + minutes + 6) % 60:02d}"
    found = programme_warnings(bundle(*reversed(items)))
    assert set(found) == {n + 1 for n in range(0, 1000, 100)} | {n + 2 for n in range(0, 1000, 100)}
    for n in range(0, 1000, 100):
        assert kinds(found, n + 1) == ["overlap", "double_booked"]
        assert {w.other_item_id for w in found[n + 1]} == {n + 2}
        assert {w.other_item_id for w in found[n + 2]} == {n + 1}
    assert visit_warning_count(bundle(*items)) == 40


def test_the_full_test_visit_from_the_store(tmp_path):
    with open_store(tmp_path / "s.sqlite") as store:
        visit_id = run(interchange.load_steps(store, full_visit()))
        b = repo.visit_bundle(store, visit_id)
    by_title = {i.title: i.id for i in b.items}
    found = programme_warnings(b)
    assert kinds(found, by_title["Lunch (eindigt te vroeg)"]) == ["ends_before_start"]
    assert kinds(found, by_title["Nog te plannen"]) == ["no_date"]
    assert kinds(found, by_title["Ontvangst"]) == []
    assert all(w.kind in WARNING_KINDS for ws in found.values() for w in ws)
    assert visit_warning_count(b) == 2


def test_problem_count_counts_a_clash_of_two_items_once():
    from briefing.core.conflicts import DOUBLE_BOOKED, NO_DATE, OVERLAP, Warning, problem_count

    def clash(other: int) -> list[Warning]:  # an overlap and two people booked twice
        return [Warning(OVERLAP, {}, other), *(Warning(DOUBLE_BOOKED, {"contact_id": c}, other) for c in (7, 8))]

    found = {1: clash(2), 2: clash(1), 3: [Warning(NO_DATE)]}
    assert problem_count(found) == 2
