"""Store: loading and dumping visits (the demo visits, and a generated large visit)."""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from pathlib import Path

from briefing.core.demo import demo_files
from briefing.core.interchange import visit_file as interchange
from briefing.core.progress import run as drive
from briefing.core.store import open_store, repo


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def large_visit(days: int = 5, per_day: int = 12, contacts: int = 80, themes: int = 20, articles: int = 60) -> dict:
    body = " ".join(f"woord{i % 997} veiligheid preventie samenwerking" for i in range(200))
    # an article of about 4.4 KB in paragraphs of about 550 characters, as news articles are written
    article = "\n\n".join(body[i : i + 550].strip() for i in range(0, 4400, 550))
    return {
        "format": "briefing-visit/1",
        "visit": {
            "title": "Grote testdelegatie",
            "start": "2025-03-10",
            "end": f"2025-03-{9 + days:02d}",
            "classification": "BEPERKTE VERSPREIDING",
        },
        "organisations": [{"key": f"o{i}", "name": f"Organisatie {i}"} for i in range(10)],
        "contacts": [
            {
                "key": f"c{i}",
                "name": f"Persoon {i}",
                "function": "Adviseur",
                "organisation": f"o{i % 10}",
                "email": f"p{i}@example.org",
                "notes": "Protocolnota: dieetwensen, vertaling en vervoer nog te bevestigen met het secretariaat.",
                "phone": "+32 2 000 00 00",
                "role": ["delegation", "host", "speaker", "escort", "other"][i % 5],
            }
            for i in range(contacts)
        ],
        "themes": [
            {"key": f"t{i}", "title": f"Thema {i}", "summary": body[:400], "talking_points": ["punt"] * 4}
            for i in range(themes)
        ],
        "programme": [
            {
                "date": f"2025-03-{10 + d:02d}",
                "start": _clock(8 * 60 + h * (600 // per_day)),
                "end": _clock(8 * 60 + h * (600 // per_day) + 25),
                "title": f"Activiteit {d}.{h}",
                "location": "Brussel",
                "kind": ["meeting", "site_visit", "meal", "transfer"][h % 4],
                "description": body[:300],
                "contacts": [f"c{(d * per_day + h + k) % contacts}" for k in range(4)],
                "themes": [f"t{h % themes}"],
            }
            for d in range(days)
            for h in range(per_day)
        ],
        "articles": [
            {
                "title": f"Artikel {i}",
                "published": "2025-01-01",
                "source": "Bron",
                "summary": body[:300],
                "body": article,
                "themes": [f"t{i % themes}"],
            }
            for i in range(articles)
        ],
    }


def _time(fn, repeat: int = 5) -> float:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def run() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "bench.sqlite")
        demo = [interchange.read_file(p) for p in demo_files()]
        large = large_visit()
        interchange.validate(json.loads(json.dumps(large)))
        t_demo = _time(lambda: [drive(interchange.load_steps(store, data)) for data in demo])
        t_large = _time(lambda: drive(interchange.load_steps(store, large)))
        visit_id = repo.list_visits(store)[-1].id
        t_dump = _time(lambda: interchange.dumps(repo.visit_bundle(store, visit_id)))
        print(f"   load the {len(demo)} demo visits: {t_demo * 1000:.1f} ms (median of 5)")
        print(f"   load a large visit (60 items, 80 people, 60 articles): {t_large * 1000:.1f} ms")
        print(f"   dump that visit: {t_dump * 1000:.1f} ms")
        crowd = many_contacts(20_000)
        started = time.perf_counter()
        drive(interchange.load_steps(store, crowd))
        t_new = time.perf_counter() - started
        started = time.perf_counter()
        drive(interchange.load_steps(store, crowd))
        t_known = time.perf_counter() - started
        print(f"   load a visit of 20,000 new people: {t_new:.1f} s; again (each one known by e-mail): {t_known:.1f} s")
        store.close()


def many_contacts(count: int) -> dict:
    """A visit of ``count`` people without an organisation: each is looked up by e-mail, then by name."""
    return {
        "format": "briefing-visit/1",
        "visit": {"title": "Massa-evenement", "start": "2025-05-01", "end": "2025-05-02"},
        "contacts": [
            {"key": f"c{i}", "name": f"Persoon {i}", "email": f"Persoon.{i}@Example.org", "role": "other"}
            for i in range(count)
        ],
    }
