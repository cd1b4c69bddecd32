"""Contacts are personal data: erasing a person everywhere, finding those kept too long, and
keeping e-mail addresses and phone numbers out of names.

Erasure removes what Briefing itself recorded about the person (the contact, their place in visits
and programme items, their name in the export history's snapshots, the search index's leftovers),
then rewrites the store file so no deleted byte of it is left in free space or in the write-ahead
log. What the user typed (a visit's purpose, an article's text, …) is not changed: every such
mention is returned as a ``Mention`` for the officer to edit.
"""

from __future__ import annotations

import datetime as dt
import glob
import json
import logging
import re
import sqlite3
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefing.core.errors import NotFound
from briefing.core.progress import Progress, Steps, run
from briefing.core.store import Store

log = logging.getLogger(__name__)

# ------------------------------------------------------------------ names

# bounded repeats, and an address only from the start of a run: the search stays linear on long
# hostile text
_EMAIL = re.compile(r"(?<![\w.+'%-])[\w.+'%-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+")
_PHONE = re.compile(r"[+(]?\d[\d\s().\-/]{0,40}\d")
PHONE_DIGITS = 6  # a run with at least this many digits is a phone number, not part of a name


def not_a_name(text: str) -> str:
    """Why ``text`` cannot be a person's name: "email" when it holds an e-mail address, "phone" when
    it holds a phone number (a run of six digits or more), else ""."""
    if "@" in text and _EMAIL.search(text):
        return "email"
    for run_ in _PHONE.findall(text):
        if sum(ch.isdigit() for ch in run_) >= PHONE_DIGITS:
            return "phone"
    return ""


def name_part(text: str) -> str:
    """``text`` without the e-mail addresses and phone numbers it holds ("Jan Peeters
    <jan@example.org>" gives "Jan Peeters"); "" when no name is left."""
    if not not_a_name(text):
        return text.strip()
    left = _EMAIL.sub(" ", text)
    left = _PHONE.sub(lambda m: " " if sum(ch.isdigit() for ch in m.group()) >= PHONE_DIGITS else m.group(), left)
    left = re.sub(r"[<>()\[\]{}\"]|mailto:|tel:", " ", left, flags=re.IGNORECASE)
    left = " ".join(left.split()).strip(" ,;:/-")
    return left if any(ch.isalpha() for ch in left) and not not_a_name(left) else ""


# ------------------------------------------------------------------ finding a person in text

_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def _fold(text: str) -> str:
    """Text for matching: case and accents ignored ("Michaël" finds "MICHAEL")."""
    if text.isascii():
        return text.lower()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text)).casefold()


# The regexes start with a literal and check what comes before it afterwards (a look-behind over
# the literal and one more character): a leading look-behind would make the search try every
# position of a long article, this way the search jumps from one occurrence of the literal to the next.


def _words(text: str) -> str:
    """A regex for ``text`` as whole words, any run of spaces between them."""
    words = text.split()
    first = re.escape(words[0]) + r"(?<!\w" + "." * len(words[0]) + ")"
    return r"\s+".join([first, *(re.escape(w) for w in words[1:])]) + r"(?!\w)"


def _digits(phone: str) -> str | None:
    """A regex for a phone number's digits with any separators between them; None if too short."""
    digits = [ch for ch in unicodedata.normalize("NFKD", phone) if ch.isdigit()]
    if len(digits) < PHONE_DIGITS:
        return None
    return digits[0] + r"(?<!\d.)" + "".join(r"[\s().\-/]*" + d for d in digits[1:]) + r"(?!\d)"


class _Person:
    """What identifies a person in text: name, Latin name, e-mail address, phone number, surname."""

    FOUND = ("name", "email", "phone", "surname")  # reported in this order of precedence

    def __init__(self, name: str, name_latin: str, email: str, phone: str) -> None:
        names = [n for n in dict.fromkeys(" ".join(x.split()) for x in (name, name_latin)) if len(n) >= 3]
        surnames = [n.split()[-1] for n in names if len(n.split()) > 1 and len(n.split()[-1]) >= 4]
        phone_pattern = _digits(phone)
        patterns = {
            "name": [_words(_fold(n)) for n in names],
            "email": [re.escape(_fold(email.strip()))] if "@" in email else [],
            "phone": [phone_pattern] if phone_pattern else [],
            "surname": [_words(_fold(s)) for s in dict.fromkeys(surnames)],
        }
        # one regex per spelling: each starts with its literal, which the search skips to
        self.folded = {k: [re.compile(p) for p in v] for k, v in patterns.items() if v}
        # the exact strings, for taking them out of what Briefing recorded
        exact = [_words(n) for n in names] + ([re.escape(email.strip())] if email.strip() else [])
        exact += [phone_pattern] if phone_pattern else []
        self.exact = re.compile("|".join(exact), re.IGNORECASE) if exact else None

    def find(self, text: str) -> str:
        """What of the person ``text`` holds ("name", "email", "phone", "surname"), or ""."""
        if not text or not self.folded:
            return ""
        folded = _fold(text)
        for found in self.FOUND:
            if any(pattern.search(folded) for pattern in self.folded.get(found, ())):
                return found
        return ""

    def scrub(self, value: Any) -> Any:
        """``value`` (text, or JSON-like lists and dicts of text) with the person taken out."""
        if self.exact is None:
            return value
        if isinstance(value, str):
            return self.exact.sub("…", value)
        if isinstance(value, list):
            return [self.scrub(v) for v in value]
        if isinstance(value, dict):
            return {k: self.scrub(v) for k, v in value.items()}
        return value


@dataclass(frozen=True)
class Mention:
    """A free text the user typed that still names an erased person: where it is and what it holds.

    ``kind`` is "visit", "programme_item", "participant" (a person's details for one visit),
    "visit_theme" (a theme's texts for one visit), "organisation", "contact", "theme" (the library's)
    or "article"; ``id`` that row's id (a participant's contact id, a visit theme's theme id);
    ``field`` the column ("purpose", "talking_points", "body", …; "related" for an article's list of
    related articles). ``title`` is what the row is called (its title, or a contact's or
    organisation's name); for visits, programme items, participants and visit themes ``visit_id``
    and ``visit_title`` say which visit (None for the library's rows). ``found`` is "name",
    "email", "phone" or "surname" (the surname alone: check it is the same person)."""

    kind: str
    id: int
    field: str
    title: str
    found: str
    visit_id: int | None = None
    visit_title: str = ""


# where the user types text: kind, the query (id, title, visit id, visit title, then the fields), fields
_PLACES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "visit",
        "SELECT id, title, id, title, title, delegation, host, location, purpose, classification FROM visits",
        ("title", "delegation", "host", "location", "purpose", "classification"),
    ),
    (
        "programme_item",
        "SELECT p.id, p.title, v.id, v.title, p.title, p.location, p.kind, p.description "
        "FROM programme_items p JOIN visits v ON v.id = p.visit_id",
        ("title", "location", "kind", "description"),
    ),
    ("organisation", "SELECT id, name, NULL, '', name, notes FROM organisations", ("name", "notes")),
    (
        "contact",
        "SELECT id, name, NULL, '', name, name_latin, function, email, phone, notes FROM contacts",
        ("name", "name_latin", "function", "email", "phone", "notes"),
    ),
    (
        "participant",  # a person's details for one visit: the visit's People page edits them
        "SELECT p.contact_id, p.name, v.id, v.title, p.name, p.name_latin, p.function, p.email, p.phone, p.notes "
        "FROM participants p JOIN visits v ON v.id = p.visit_id",
        ("name", "name_latin", "function", "email", "phone", "notes"),
    ),
    (
        "theme",
        "SELECT id, title, NULL, '', title, summary, talking_points FROM themes",
        ("title", "summary", "talking_points"),
    ),
    (
        "visit_theme",  # a theme's texts for one visit: the visit's Themes page edits them
        "SELECT vt.theme_id, vt.title, v.id, v.title, vt.title, vt.summary, vt.talking_points "
        "FROM visit_themes vt JOIN visits v ON v.id = vt.visit_id",
        ("title", "summary", "talking_points"),
    ),
    (
        "article",
        "SELECT id, title, NULL, '', title, summary, body, source, url FROM articles",
        ("title", "summary", "body", "source", "url"),
    ),
    (
        "article",
        "SELECT a.id, a.title, NULL, '', r.summary FROM article_related r JOIN articles a ON a.id = r.article_id",
        ("related",),
    ),
)
KINDS = ("visit", "programme_item", "participant", "visit_theme", "theme", "article", "contact", "organisation")


def _text(field_name: str, value: Any) -> str:
    if not isinstance(value, str):
        return ""
    if field_name == "talking_points":
        try:
            points = json.loads(value)
        except ValueError:
            return value
        return "\n".join(p for p in points if isinstance(p, str)) if isinstance(points, list) else value
    return value


def _find_mentions(store: Store, person: _Person) -> list[Mention]:
    """Every free text in the store that names ``person``, in the order of KINDS."""
    out: dict[tuple[str, int, str, int | None], Mention] = {}
    for kind, sql, fields in _PLACES:
        for row in store.conn.execute(sql):
            row_id, title, visit_id, visit_title = row[0], row[1], row[2], row[3]
            for name, value in zip(fields, row[4:], strict=True):
                found = person.find(_text(name, value))
                if found and (kind, row_id, name, visit_id) not in out:
                    mention = Mention(kind, row_id, name, title or "", found, visit_id, visit_title or "")
                    out[kind, row_id, name, visit_id] = mention
    return sorted(out.values(), key=lambda m: (KINDS.index(m.kind), m.visit_title, m.title, m.id, m.field))


# ------------------------------------------------------------------ erasing


@dataclass
class Erasure:
    name: str
    visits: list[str] = field(default_factory=list)  # visits the person was taken off
    items: int = 0  # programme items the person was taken off
    exports: int = 0  # export-history records the person was taken out of
    mentions: list[Mention] = field(default_factory=list)  # free text that still names the person
    backups: list[Path] = field(default_factory=list)  # backups that still hold the person
    # what is left undone: "" (nothing), "log_in_use" (another connection kept the write-ahead log:
    # it is emptied when every program has closed the store), "not_rewritten" (the file could not be
    # rewritten, e.g. the disk is full: deleted text may remain in its unused space)
    leftover: str = ""

    @property
    def scrubbed(self) -> bool:
        return not self.leftover


def _scrub_exports(store: Store, contact_id: int, person: _Person) -> int:
    """Take the person out of the export history: their name in the snapshots (the entry stays,
    nameless, so the next export still tells someone was removed), and any copy of their name,
    address or number in the recorded texts and targets. Returns the records changed."""
    changed = 0
    key = str(contact_id)
    for row_id, text, target in store.conn.execute("SELECT id, snapshot, target FROM pack_exports").fetchall():
        try:
            shot = json.loads(text)
        except ValueError:
            shot = None
        if isinstance(shot, dict):
            scrubbed = person.scrub(shot)  # a copy
            people = scrubbed.get("people")
            if isinstance(people, dict) and isinstance(people.get(key), list) and people[key]:
                people[key] = ["", *people[key][1:2], *("" for _ in people[key][2:])]  # the role only
            new_text = text if scrubbed == shot else json.dumps(scrubbed, ensure_ascii=False)
        else:
            new_text = person.scrub(text)
        new_target = person.scrub(target)
        if (new_text, new_target) != (text, target):
            store.conn.execute(
                "UPDATE pack_exports SET snapshot = ?, target = ? WHERE id = ?", (new_text, new_target, row_id)
            )
            changed += 1
    return changed


CHECKPOINT_WAIT_MS = 2000  # how long emptying the write-ahead log waits for another program's readers


def _rewrite_file(store: Store) -> str:
    """Rewrite the whole store file (VACUUM: no free page or stale cell keeps deleted text) and
    empty the write-ahead log. Returns "" when done, else what is left undone (Erasure.leftover)."""
    leftover = ""
    try:
        store.conn.execute("VACUUM")
    except sqlite3.OperationalError as error:  # disk full, or another writer for longer than the busy timeout
        log.warning("erasure: the store %s could not be rewritten: %s", store.path, error)
        leftover = "not_rewritten"
    patience = store.conn.execute("PRAGMA busy_timeout").fetchone()[0]
    store.conn.execute(f"PRAGMA busy_timeout = {CHECKPOINT_WAIT_MS}")  # readers may be there for hours
    try:
        busy = store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    except sqlite3.OperationalError as error:
        log.warning("erasure: the write-ahead log of %s could not be emptied: %s", store.path, error)
        busy = 1
    finally:
        store.conn.execute(f"PRAGMA busy_timeout = {int(patience)}")
    return leftover or ("log_in_use" if busy else "")


def _held_by(path: Path, contact_id: int, row: sqlite3.Row) -> bool:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return bool(
                conn.execute(
                    "SELECT count(*) FROM contacts WHERE id = ? OR (name = ? AND name <> '') "
                    "OR (email = ? AND email <> '')",
                    (contact_id, row["name"], row["email"]),
                ).fetchone()[0]
            )
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False


def erase_contact_steps(store: Store, contact_id: int) -> Steps[Erasure]:
    """Remove a person from the store: the contact, their place in every visit and programme item,
    their name in the export history and in the search index's leftovers. The file is rewritten
    (secure_delete, VACUUM) and the write-ahead log emptied. Free text that still names them, and
    the backups that still hold them, are listed for the officer.

    Once the erasure has begun it cannot be cancelled: the only step is before it.
    """
    from briefing.core.store.backup import list_backups

    row = store.conn.execute("SELECT * FROM contacts WHERE id = ?", (contact_id,)).fetchone()
    if row is None:
        raise NotFound(f"no contact {contact_id}")
    yield Progress(0, 1, "erasing")
    erasure = Erasure(row["name"])
    person = _Person(row["name"], row["name_latin"], row["email"], row["phone"])
    store.conn.execute("PRAGMA secure_delete = ON")
    try:
        with store.transaction():
            erasure.visits = [
                r[0]
                for r in store.conn.execute(
                    "SELECT v.title FROM participants p JOIN visits v ON v.id = p.visit_id WHERE p.contact_id = ? "
                    "ORDER BY v.start_date",
                    (contact_id,),
                )
            ]
            erasure.items = store.conn.execute(
                "SELECT count(*) FROM item_contacts WHERE contact_id = ?", (contact_id,)
            ).fetchone()[0]
            store.conn.execute("DELETE FROM item_contacts WHERE contact_id = ?", (contact_id,))
            store.conn.execute("DELETE FROM participants WHERE contact_id = ?", (contact_id,))
            store.conn.execute("DELETE FROM contacts WHERE id = ?", (contact_id,))
            erasure.exports = _scrub_exports(store, contact_id, person)
            # the index keeps the words of replaced text until its segments are merged
            store.conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')")
        erasure.leftover = _rewrite_file(store)
    finally:
        store.conn.execute("PRAGMA secure_delete = OFF")
    erasure.mentions = _find_mentions(store, person)
    held = [b.path for b in list_backups(store.path)]
    held += sorted(
        p
        for p in store.path.parent.glob(f"{glob.escape(store.path.name)}.before-restore-*")
        if not p.name.endswith(("-wal", "-shm", "-journal"))
    )
    erasure.backups = [p for p in held if _held_by(p, contact_id, row)]
    return erasure


def erase_contact(store: Store, contact_id: int) -> Erasure:
    """erase_contact_steps driven to the end."""
    return run(erase_contact_steps(store, contact_id))


# ------------------------------------------------------------------ retention


@dataclass(frozen=True)
class Stale:
    id: int
    name: str
    organisation: str
    last_visit: str  # end date of the last visit they were in, "" if none


def stale_contacts(store: Store, months: int, today: dt.date | None = None) -> list[Stale]:
    """Contacts in no visit that ended in the last ``months`` months (nor any later visit), and
    not added or changed in that time: candidates for erasure under a retention rule."""
    today = today or dt.date.today()
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    cutoff = dt.date(year, month + 1, min(today.day, 28)).isoformat()
    rows = store.conn.execute(
        "SELECT c.id, c.name, coalesce(o.name, ''), "
        "coalesce((SELECT max(v.end_date) FROM participants p JOIN visits v ON v.id = p.visit_id "
        "          WHERE p.contact_id = c.id), '') AS last_visit, c.updated "
        "FROM contacts c LEFT JOIN organisations o ON o.id = c.organisation_id ORDER BY c.name COLLATE NOCASE",
    ).fetchall()
    return [Stale(r[0], r[1], r[2], r[3]) for r in rows if (r[3] or "") < cutoff and (r[4] or "")[:10] < cutoff]


__all__ = [
    "KINDS",
    "Erasure",
    "Mention",
    "Stale",
    "erase_contact",
    "erase_contact_steps",
    "name_part",
    "not_a_name",
    "stale_contacts",
]
