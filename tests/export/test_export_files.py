"""The files an export writes: their names, their mode, what they may replace, and what is left
behind when something goes wrong."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import subprocess
import sys
import threading

import pytest

from tests.conftest import full_visit, write_json

CHINESE_TITLE = "中华人民共和国最高人民检察院代表团关于打击跨国有组织犯罪与加强司法协助的比利时学习考察访问" * 2


def _load(cli, tmp_path, title: str, start: str = "2024-04-22") -> int:
    data = full_visit()
    data["visit"]["title"] = title
    data["visit"]["start"] = start
    data["visit"]["end"] = start
    for item in data["programme"]:
        item["date"] = start if item["date"] else ""
    code, out, err = cli("load", write_json(tmp_path / f"visit-{abs(hash(title))}.json", data))
    assert code == 0, err
    return int(out.strip().splitlines()[-1])


def _names(folder) -> list[str]:
    return sorted(os.listdir(folder))


# ---------------------------------------------------------------- file names


def test_export_all_cuts_a_long_chinese_title_by_bytes_and_exports_every_file(cli, tmp_path):
    assert len(CHINESE_TITLE) > 70 and len(CHINESE_TITLE.encode()) > 255
    _load(cli, tmp_path, CHINESE_TITLE)
    _load(cli, tmp_path, "Studiebezoek", "2024-05-01")
    folder = tmp_path / "out"
    code, out, err = cli("export-all", folder)
    assert code == 0, err
    names = _names(folder)
    assert len(names) == 6 and len(out.strip().splitlines()) == 6
    for name in names:
        assert len(name.encode("utf-8")) <= 200
        assert (folder / name).stat().st_size > 0
    chinese = [n for n in names if n.startswith("2024-04-22 中华人民共和国")]
    assert sorted(n.rsplit(".", 1)[1] for n in chinese) == ["docx", "ics", "pdf"]
    assert all(n.endswith(f" – intern – NL.{n.rsplit('.', 1)[1]}") for n in chinese)
    assert not [n for n in names if n.endswith(".part")]


@pytest.mark.parametrize(
    ("lang", "audience", "tail"),
    [
        ("nl", "internal", "– intern – NL.pdf"),
        ("nl", "external", "– delegatie – NL.pdf"),
        ("nl", "escort", "– begeleiders – NL.pdf"),
        ("fr", "internal", "– interne – FR.pdf"),
        ("fr", "external", "– délégation – FR.pdf"),
        ("fr", "escort", "– accompagnateurs – FR.pdf"),
        ("en", "internal", "– internal – EN.pdf"),
        ("en", "external", "– delegation – EN.pdf"),
        ("en", "escort", "– escorts – EN.pdf"),
    ],
)
def test_suggested_names_say_the_reader_and_language_in_the_packs_words(lang, audience, tail):
    from briefing.core.model import Visit
    from briefing.export import PackOptions, default_file_name

    visit = Visit(id=7, title="Visite de travail", start="2024-04-22", end="2024-04-23")
    options = PackOptions(lang=lang, audience=audience)
    assert default_file_name(visit, "pdf", options) == f"2024-04-22 Visite de travail {tail}"
    assert default_file_name(visit, "pdf", options, tag="#7") == f"2024-04-22 Visite de travail #7 {tail}"
    # a title of characters no file name takes: the visit in the pack's words
    untitled = Visit(id=7, title='<>:"/\\|?*', start="2024-04-22", end="2024-04-22")
    word = {"nl": "Bezoek", "fr": "Visite", "en": "Visit"}[lang]
    assert default_file_name(untitled, "pdf", options) == f"2024-04-22 {word} 7 {tail}"


def test_a_long_title_is_cut_at_a_word_in_the_suggested_name():
    from briefing.core.model import Visit
    from briefing.export import PackOptions, default_file_name

    title = "Europese Conferentie over Burgerparticipatie in Veiligheid en Criminaliteitspreventie"
    visit = Visit(id=4, title=title, start="2024-05-30", end="2024-05-30")
    name = default_file_name(visit, "pdf", PackOptions(lang="nl"))
    assert name == "2024-05-30 Europese Conferentie over Burgerparticipatie in Veiligheid en – intern – NL.pdf"
    short = Visit(id=4, title="Werkbezoek", start="2024-05-30", end="2024-05-30")
    assert default_file_name(short, "pdf", PackOptions(lang="nl")) == "2024-05-30 Werkbezoek – intern – NL.pdf"


def test_cut_to_bytes_never_splits_a_character():
    from briefing.export import cut_to_bytes

    for limit in range(0, 40):
        cut = cut_to_bytes("ab中文字😀é" * 3, limit)
        assert len(cut.encode("utf-8")) <= limit
        assert ("ab中文字😀é" * 3).startswith(cut)
    assert cut_to_bytes("中文", 5) == "中"


def test_export_all_carries_on_after_a_file_it_cannot_write(cli, tmp_path):
    _load(cli, tmp_path, "Eerste bezoek", "2024-04-22")
    _load(cli, tmp_path, "Tweede bezoek", "2024-05-01")
    folder = tmp_path / "out"
    blocked = folder / "2024-04-22 Eerste bezoek – intern – NL.docx"
    blocked.mkdir(parents=True)  # a folder where one file would go
    code, out, err = cli("export-all", folder)
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 2 and str(blocked) in lines[0] and "is a folder" in lines[0]
    assert "1 file(s) could not be exported" in lines[1]
    files = [n for n in _names(folder) if (folder / n).is_file()]
    assert len(files) == 5 and len(out.strip().splitlines()) == 5
    assert "2024-05-01 Tweede bezoek – intern – NL.ics" in files  # the visit after the failure too
    assert "2024-04-22 Eerste bezoek – intern – NL.pdf" in files


def test_generated_names_carry_no_bidi_or_control_characters(cli, tmp_path):
    title = "Verslag \u202egpj.exe\u202c \u2066x\u2069 \u200e\u200f\u202a\u202b\u202d\u2067\u2068 bel\x07\x1b[31m"
    _load(cli, tmp_path, title)
    folder = tmp_path / "out"
    code, _, err = cli("export-all", folder)
    assert code == 0, err
    bad = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f") | {chr(c) for c in range(32)}
    for name in _names(folder):
        assert not bad & set(name), repr(name)
        assert name.startswith("2024-04-22 Verslag gpj.exe x bel")


# ---------------------------------------------------------------- mode bits


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
def test_a_new_export_gets_the_mode_the_umask_gives(cli, tmp_path, umask, mode):
    visit = _load(cli, tmp_path, "Studiebezoek")
    old = os.umask(umask)
    try:
        for fmt in ("pdf", "docx", "ics"):
            target = tmp_path / f"pack.{fmt}"
            code, _, err = cli("export", visit, "--format", fmt, "-o", target)
            assert code == 0, err
            assert stat.S_IMODE(target.stat().st_mode) == mode, fmt
    finally:
        os.umask(old)


def test_an_export_over_an_existing_file_keeps_its_mode(cli, tmp_path):
    visit = _load(cli, tmp_path, "Studiebezoek")
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"the previous pack")
    target.chmod(0o640)
    code, _, err = cli("export", visit, "-o", target)
    assert code == 0, err
    assert target.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


# ---------------------------------------------------------------- what may be replaced


def test_export_into_a_named_pipe_writes_into_it_and_leaves_the_pipe(cli, tmp_path):
    visit = _load(cli, tmp_path, "Studiebezoek")
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []

    def read() -> None:
        with open(pipe, "rb") as handle:
            received.append(handle.read())

    reader = threading.Thread(target=read, daemon=True)  # blocks until a writer opens the pipe
    reader.start()
    code, _, err = cli("export", visit, "-o", pipe)
    reader.join(timeout=20)
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode), "the named pipe was replaced by a regular file"
    assert code == 0, err
    assert received and received[0].startswith(b"%PDF") and received[0].rstrip().endswith(b"%%EOF")
    assert _names(tmp_path).count("pipe") == 1 and not [n for n in _names(tmp_path) if n.endswith(".part")]


def test_export_to_a_character_device_writes_into_it_and_leaves_the_device(cli, tmp_path):
    """/dev/null as root was replaced by a regular file; a fresh node of the same device stands in."""
    if os.geteuid() != 0:
        pytest.skip("making a device node needs root")
    node = tmp_path / "null"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        with open(node, "wb") as handle:
            handle.write(b"probe")
    except OSError as exc:
        pytest.skip(f"no device node can be used here ({exc})")
    visit = _load(cli, tmp_path, "Studiebezoek")
    code, _, err = cli("export", visit, "-o", node)
    assert stat.S_ISCHR(os.lstat(node).st_mode), "the device was replaced by a regular file"
    assert os.lstat(node).st_rdev == os.makedev(1, 3)
    assert code == 0, err
    assert not [n for n in _names(tmp_path) if n.endswith(".part")]


def test_export_to_a_folder_is_refused_in_one_line(cli, tmp_path):
    visit = _load(cli, tmp_path, "Studiebezoek")
    folder = tmp_path / "packs"
    folder.mkdir()
    code, _, err = cli("export", visit, "-o", folder)
    assert code == 2 and err.strip() == f"briefing: {folder}: is a folder; give a file name"
    assert folder.is_dir() and _names(folder) == []


def test_export_through_a_symlink_replaces_the_file_not_the_link(cli, tmp_path):
    visit = _load(cli, tmp_path, "Studiebezoek")
    real = tmp_path / "real.pdf"
    real.write_bytes(b"old")
    link = tmp_path / "link.pdf"
    link.symlink_to(real)
    code, _, err = cli("export", visit, "-o", link)
    assert code == 0, err
    assert link.is_symlink() and real.read_bytes().startswith(b"%PDF")


# ---------------------------------------------------------------- a busy store, a failing write


def _hold_write_lock(store_path) -> subprocess.Popen:
    """Another process that takes the store's write lock and keeps it until its input closes."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1], isolation_level=None); "
            "c.execute('BEGIN IMMEDIATE'); print('locked', flush=True); sys.stdin.read()",
            str(store_path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "locked"
    return holder


@pytest.fixture
def busy_store(store_path, monkeypatch):
    """Another process holds the store's write lock; this one waits 0.3 s instead of 15."""
    from briefing.core.store import connection

    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 300)
    holder = _hold_write_lock(store_path)
    try:
        yield
    finally:
        holder.communicate("", timeout=10)


def _history(store_path) -> list:
    conn = sqlite3.connect(store_path)
    try:
        return conn.execute("SELECT target FROM pack_exports").fetchall()
    finally:
        conn.close()


def test_a_busy_store_writes_no_file_when_it_says_nothing_was_changed(cli, tmp_path, store_path, request):
    visit = _load(cli, tmp_path, "Studiebezoek")
    target = tmp_path / "out" / "pack.pdf"
    target.parent.mkdir()
    request.getfixturevalue("busy_store")
    code, _, err = cli("export", visit, "-o", target)
    assert code == 3 and "Nothing was changed" in err
    assert _names(target.parent) == []  # neither the pack nor a temporary file
    assert _history(store_path) == []


def test_a_busy_store_leaves_an_earlier_export_as_it_was(cli, tmp_path, store_path, request):
    visit = _load(cli, tmp_path, "Studiebezoek")
    target = tmp_path / "pack.pdf"
    code, _, _ = cli("export", visit, "-o", target)
    before = target.read_bytes()
    request.getfixturevalue("busy_store")
    code, _, err = cli("export", visit, "--lang", "fr", "-o", target)
    assert code == 3 and "Nothing was changed" in err
    assert target.read_bytes() == before
    assert len(_history(store_path)) == 1


def test_export_all_says_which_files_were_exported_when_the_store_turns_busy(cli, tmp_path, store_path, monkeypatch):
    from briefing.core.pack import history as pack_history
    from briefing.core.store import connection

    _load(cli, tmp_path, "Studiebezoek")
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 300)
    record, holders = pack_history.record_export, []

    def record_then_lock(*args, **kwargs):  # another Briefing starts writing after the first file
        done = record(*args, **kwargs)
        if not holders:
            holders.append(_hold_write_lock(store_path))
        return done

    monkeypatch.setattr(pack_history, "record_export", record_then_lock)
    folder = tmp_path / "out"
    try:
        code, out, err = cli("export-all", folder)
    finally:
        for holder in holders:
            holder.communicate("", timeout=10)
    assert code == 3
    assert "Nothing was changed" not in err
    assert "the 1 file(s) listed above were exported, the others were not" in err
    exported = out.strip().splitlines()
    assert len(exported) == 1 and _names(folder) == [os.path.basename(exported[0])]
    assert len(_history(store_path)) == 1


def test_a_full_disk_during_the_write_leaves_no_temporary_file(cli, tmp_path, monkeypatch):
    visit = _load(cli, tmp_path, "Studiebezoek")
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "pack.pdf").write_bytes(b"old")

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    code, _, err = cli("export", visit, "-o", folder / "pack.pdf")
    assert code == 2 and "the disk is full" in err and len(err.strip().splitlines()) == 1
    assert _names(folder) == ["pack.pdf"] and (folder / "pack.pdf").read_bytes() == b"old"


# ---------------------------------------------------------------- the history describes the file


def test_an_edit_while_exporting_cannot_make_the_history_describe_another_pack(cli, tmp_path, store_path, monkeypatch):
    """The visit is read once: an edit by another program after that read is neither in the file nor
    in its history record, and so shows as a change since the export."""
    import json

    from briefing.core import edit
    from briefing.core.pack import history
    from briefing.core.progress import run
    from briefing.core.store import open_store, repo
    from briefing.export import PackOptions, export_steps
    from tests.export.conftest import pdf_pages

    visit_id = _load(cli, tmp_path, "Studiebezoek")
    store, other = open_store(store_path), open_store(store_path)
    first = repo.visit_bundle(store, visit_id)
    item, person = first.items[0], first.participants[0].contact_id
    read, calls = repo.visit_bundle, []

    def read_then_edit(*args, **kwargs):  # another Briefing saves an edit just after the export's read
        bundle = read(*args, **kwargs)
        calls.append(bundle)
        if len(calls) == 1:
            edit.update(other, "programme_items", item.id, "Rename", title="Renamed while exporting")
            edit.remove_participant(other, visit_id, person)
        return bundle

    monkeypatch.setattr(repo, "visit_bundle", read_then_edit)
    options = PackOptions()
    target = tmp_path / "pack.pdf"
    try:
        run(export_steps(store, visit_id, "pdf", target, options))
        monkeypatch.setattr(repo, "visit_bundle", read)

        text = "\n".join(pdf_pages(target))
        assert item.title in text and "Renamed while exporting" not in text  # the file: before the edit
        (record,) = history.history(store, visit_id)
        snapshot = json.loads(
            store.conn.execute("SELECT snapshot FROM pack_exports WHERE id = ?", (record.id,)).fetchone()[0]
        )
        edition = snapshot.pop("edition")  # the version the file prints, and what its reader saw
        assert snapshot == history.snapshot(calls[0])  # the record: what the file was made from
        assert edition["version"] == 1 and edition["fingerprint"] == history.fingerprint(calls[0], "internal")
        assert snapshot["items"][str(item.id)][3] == item.title and str(person) in snapshot["people"]
        assert record.content_hash == history.content_hash(calls[0], options)
        assert record.content_hash != history.content_hash(repo.visit_bundle(store, visit_id), options)
        changes = history.changes_since_last_export(store, visit_id)  # the edit is not in the pack: said so
        renamed = [c.values for c in changes if c.code == "renamed"]
        assert [(v["before"], v["after"]) for v in renamed] == [(item.title, "Renamed while exporting")]
        assert any(c.code == "person_removed" for c in changes)
    finally:
        store.close()
        other.close()
