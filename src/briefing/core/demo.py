"""The demo store: the visits shipped in resources/demo, loaded once."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefing.core.interchange import visit_file as interchange
from briefing.core.progress import run
from briefing.core.store import Store, repo
from briefing.resources import resource


@dataclass(frozen=True)
class DemoResult:
    visit_id: int
    title: str
    added: bool


def demo_files() -> list[Path]:
    return sorted(resource("demo").glob("*.json"))


def install_demo(store: Store) -> list[DemoResult]:
    """Load every demo visit the store does not hold yet (same title and start date)."""
    results = []
    for path in demo_files():
        data = interchange.read_file(path)
        visit = data["visit"]
        existing = repo.find_visit(store, visit["title"], visit["start"])
        if existing is not None:
            results.append(DemoResult(existing, visit["title"], added=False))
            continue
        visit_id = run(interchange.load_steps(store, data))
        results.append(DemoResult(visit_id, visit["title"], added=True))
    return results
