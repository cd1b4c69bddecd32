"""The command line as a user runs it."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import threading
import time

import pytest

from briefing import __version__
from tests.conftest import full_visit, run_briefing, snapshot, write_json


def test_version():
    result = run_briefing("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"briefing {__version__}"


def test_demo_twice_adds_nothing(cli, store_path):
    code, out, _ = cli("demo")
    assert code == 0 and out.count("(added)") == 5
    before = snapshot(store_path)
    code, out, _ = cli("demo")
    assert code == 0 and out.count("(already there)") == 5
    assert snapshot(store_path) == before


def test_visits_articles_and_contacts_lists(cli):
    cli("demo")
    code, out, _ = cli("visits", "--json")
    visits = json.loads(out)
    assert code == 0 and len(visits) == 5
    assert {"id", "title", "start", "end"} <= set(visits[0])
    assert [v["start"] for v in visits] == sorted(v["start"] for v in visits)
    titles = " ".join(v["title"] for v in visits)
    assert "Oekraïense" in titles and "Benelux" in titles
    code, out, _ = cli("visits")
    assert code == 0 and len(out.strip().splitlines()) == 5
    assert out.splitlines()[0].split("\t")[1] == "2018-11-26"

    code, out, _ = cli("articles", "--json")
    articles = json.loads(out)
    assert code == 0 and articles and {"id", "title", "published"} <= set(articles[0])
    code, out, _ = cli("contacts", "--json")
    contacts = json.loads(out)
    names = {c["name"] for c in contacts}
    assert code == 0 and {"Olivier Slosse", "Michaël Jonniaux", "Diane Reynders"} <= names
    assert {"id", "name"} <= set(contacts[0])
    code, out, _ = cli("contacts")
    assert code == 0 and "Willy Bruggeman" in out


def test_store_option_and_environment(tmp_path, monkeypatch):
    env_store = tmp_path / "from-env.sqlite"
    result = run_briefing("demo", env={"BRIEFING_STORE": str(env_store)})
    assert result.returncode == 0 and env_store.exists()
    other = tmp_path / "other.sqlite"
    result = run_briefing("--store", other, "visits", env={"BRIEFING_STORE": str(env_store)})
    assert result.returncode == 0 and result.stdout == "" and other.exists()


def test_check_on_a_healthy_store(cli):
    cli("demo")
    code, out, err = cli("check")
    assert code == 0 and "healthy" in out and err == ""


def test_check_on_a_damaged_store(cli, store_path):
    cli("demo")
    conn = sqlite3.connect(store_path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    assert pages > 8
    with open(store_path, "r+b") as handle:  # scribble over b-tree pages in the middle of the file
        for page in range(3, pages - 1, 2):
            handle.seek(page * page_size + 16)
            handle.write(b"\xa5" * 200)
    code, _out, err = cli("check")
    assert code == 1
    assert "damaged" in err and "restore a backup" in err and "Traceback" not in err


def test_check_on_a_file_that_is_not_a_store(cli, store_path):
    store_path.write_bytes(b"\x00garbage" * 1000)
    code, _, err = cli("check")
    assert code == 1 and "damaged" in err and "Traceback" not in err


def test_two_processes_loading_into_one_store_at_once(tmp_path, store_path):
    files = []
    for n in range(2):
        data = full_visit()
        data["visit"]["title"] = f"Parallel {n}"
        files.append(write_json(tmp_path / f"v{n}.json", data))
    results = [None, None]

    def load(n: int) -> None:
        results[n] = run_briefing("--store", store_path, "load", files[n])

    for _ in range(3):
        threads = [threading.Thread(target=load, args=(n,)) for n in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert all(r.returncode == 0 for r in results), [r.stderr for r in results]
    rows = snapshot(store_path)
    assert sorted(r[1] for r in rows["visits"]) == ["Parallel 0"] * 3 + ["Parallel 1"] * 3
    assert len(rows["contacts"]) == 5  # shared, never duplicated by the race
    assert len(rows["programme_items"]) == 6 * 4
    check = run_briefing("--store", store_path, "check")
    assert check.returncode == 0, check.stderr


# A process that has the store open, as the app has, or is in the middle of writing a visit.
_HOLD = """
import sys
from briefing.core.store import open_store
store = open_store(sys.argv[1])
if sys.argv[2] == "writing":
    store.conn.execute("BEGIN IMMEDIATE")
    store.conn.execute(
        "INSERT INTO visits (title, start_date, end_date) VALUES ('Tijdens de restore', '2024-05-01', '2024-05-02')"
    )
print("ready", flush=True)
sys.stdin.readline()
if store.conn.in_transaction:
    store.conn.execute("COMMIT")
store.close()
print("done", flush=True)
"""


@pytest.mark.parametrize("holder", ["open", "writing"])
def test_restore_is_refused_while_another_process_has_the_store(tmp_path, store_path, holder):
    assert run_briefing("--store", store_path, "demo").returncode == 0
    made = run_briefing("--store", store_path, "backup").stdout.strip()
    before = snapshot(store_path)
    with subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(store_path), holder],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as proc:
        try:
            assert proc.stdout.readline().strip() == "ready"
            started = time.monotonic()
            result = run_briefing("--store", store_path, "restore", made)
            waited = time.monotonic() - started
        finally:
            proc.stdin.write("\n")
            proc.stdin.flush()
            assert proc.stdout.readline().strip() == "done"
            proc.wait(timeout=30)
    assert result.returncode == 2 and result.stdout == "" and waited < 10
    assert result.stderr.strip().splitlines() == [
        f"briefing: {store_path}: the store is in use (by the app or another briefing command); "
        "close it and try again. Nothing was changed."
    ]
    after = snapshot(store_path)
    if holder == "writing":  # its visit was written, into the store, not into a copy set aside
        assert [r[1] for r in after["visits"] if r not in before["visits"]] == ["Tijdens de restore"]
        after["visits"] = [r for r in after["visits"] if r in before["visits"]]
    assert after == before
    assert [p.name for p in tmp_path.iterdir() if "before-restore" in p.name or "restoring" in p.name] == []
    check = run_briefing("--store", store_path, "check")
    assert check.returncode == 0, check.stderr


def test_the_app_without_a_display_says_so(tmp_path):
    env = {"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""}
    result = run_briefing("--store", tmp_path / "s.sqlite", env=env)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "briefing: no display (DISPLAY and WAYLAND_DISPLAY are unset): the app cannot open here."
    ]


def test_unexpected_errors_show_one_line_and_log_the_details(cli, monkeypatch, tmp_path):
    from briefing.core.store import repo

    def explode(store):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(repo, "list_visits", explode)
    code, _out, err = cli("visits")
    assert code == 3
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err and "details in" in err
    log = (tmp_path / "logs" / "briefing.log").read_text()
    assert "Traceback" in log and "ZeroDivisionError" in log
