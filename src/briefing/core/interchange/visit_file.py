"""The visit interchange file, format ``briefing-visit/1`` (JSON): validate, load, dump.

``load`` validates the whole file before it writes anything and writes the visit in one
transaction: all of it lands or nothing does.

A file is refused, in one line, before it can cost much: more than MAX_BYTES or MAX_BRACKETS, a
key given twice in one object, a number longer than MAX_NUMBER_CHARS, nesting deeper than
MAX_DEPTH, or more than MAX_ENTRIES entries in a section.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from briefing.core.errors import InvalidFile
from briefing.core.interchange.files import read_capped
from briefing.core.model import (
    RANKED_ROLES,
    Article,
    Contact,
    Direction,
    Organisation,
    Participant,
    Precedence,
    ProgrammeItem,
    Role,
    Status,
    Theme,
    Visit,
    VisitBundle,
    stored_id,
)
from briefing.core.pack.labels import normalise_kind
from briefing.core.progress import Progress, Steps
from briefing.core.store import Store, repo
from briefing.resources import resource

FORMAT = "briefing-visit/1"
MAX_BYTES = 32_000_000  # a visit with hundreds of full-text articles
MAX_NUMBER_CHARS = 50  # the format has no numbers at all; Python refuses ints past 4,300 digits
MAX_DEPTH = 16  # the format needs 4 (the file, a section, an entry, a list of talking points)
MAX_ENTRIES = 100_000  # per section
MAX_BRACKETS = 1_000_000  # '{' and '[' in the text: each may cost an object or a list (50+ bytes) to parse
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


@cache
def schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(resource("schema", "briefing-visit-1.schema.json").read_text(encoding="utf-8"))
    return loaded


# ---------------------------------------------------------------- reading and validating


def read_file(path: Path) -> dict[str, Any]:
    """Read and validate an interchange file; raises InvalidFile naming file, field and value."""
    return parse(read_capped(path, MAX_BYTES, str(path), "a visit file"), str(path))


def _decode(raw: bytes, name: str) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InvalidFile(f"{name}: not valid UTF-16 text (byte {exc.start})") from exc
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidFile(f"{name}: not UTF-8 text (invalid byte at offset {exc.start}); save it as UTF-8") from exc


class _Refused(Exception):
    """A JSON value refused while the text is parsed; str() is the reason."""


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data = dict(pairs)
    if len(data) < len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _Refused(f"the key {_show(key)} is given twice in one object (only one of them can count)")
            seen.add(key)
    return data


def _number(kind: type) -> Any:
    def convert(text: str) -> Any:
        if len(text) > MAX_NUMBER_CHARS:
            raise _Refused(f"a number of {len(text):,} characters ({text[:12]}...); a visit file holds no such number")
        return kind(text)

    return convert


def parse(raw: bytes | str, name: str = "<input>") -> dict[str, Any]:
    text = raw if isinstance(raw, str) else _decode(raw, name)
    brackets = text.count("{") + text.count("[")
    if brackets > MAX_BRACKETS:  # counted before parsing: millions of tiny objects would take gigabytes
        raise InvalidFile(f"{name}: not a visit file ({brackets:,} brackets '{{' and '['; at most {MAX_BRACKETS:,})")
    try:
        data: dict[str, Any] = json.loads(
            text, object_pairs_hook=_object, parse_int=_number(int), parse_float=_number(float)
        )
    except json.JSONDecodeError as exc:
        raise InvalidFile(f"{name}: not JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from exc
    except RecursionError as exc:
        raise InvalidFile(f"{name}: not a visit file (nested too deeply)") from exc
    except _Refused as exc:
        raise InvalidFile(f"{name}: {exc}") from None
    except ValueError as exc:  # anything else the decoder cannot take
        raise InvalidFile(f"{name}: not JSON ({_brief(str(exc))})") from None
    validate(data, name)
    return data


def _where(path: list[Any] | tuple[Any, ...]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def _show(value: Any) -> str:
    if isinstance(value, list | dict) and len(value) > 60:
        return "[...]" if isinstance(value, list) else "{...}"
    try:
        text = json.dumps(value, ensure_ascii=False)
    except RecursionError:
        text = "[...]"
    return text if len(text) <= 60 else text[:57] + "..."


def _brief(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _check_size(data: dict[str, Any], name: str) -> None:
    """Refuse nesting deeper than MAX_DEPTH and sections of more than MAX_ENTRIES (no recursion here)."""
    for section, entries in data.items():
        if isinstance(entries, list) and len(entries) > MAX_ENTRIES:
            raise InvalidFile(
                f"{name}: {section}: {len(entries):,} entries; a visit file holds at most {MAX_ENTRIES:,} in each"
            )
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        children = value.values() if isinstance(value, dict) else value
        for child in children:
            if isinstance(child, dict | list):
                if depth >= MAX_DEPTH:
                    raise InvalidFile(f"{name}: not a visit file (nested more than {MAX_DEPTH} levels deep)")
                stack.append((child, depth + 1))


def validate(data: Any, name: str = "<input>") -> None:
    """Raise InvalidFile with one line (file, field, value) for the first problem found."""
    import jsonschema

    if not isinstance(data, dict):
        raise InvalidFile(f"{name}: not a visit file (expected a JSON object, found {type(data).__name__})")
    if data.get("format") != FORMAT:
        raise InvalidFile(f"{name}: format: expected {FORMAT!r}, found {_show(data.get('format'))}")
    _check_size(data, name)
    error = jsonschema.exceptions.best_match(jsonschema.Draft202012Validator(schema()).iter_errors(data))
    if error is not None:
        field = _where(list(error.absolute_path))
        if error.validator == "required":
            raise InvalidFile(f"{name}: {field}: {_brief(error.message)}")
        if error.validator == "pattern":
            words = _PATTERN_WORDS.get(error.validator_value, "in the expected form")
            raise InvalidFile(f"{name}: {field}: {_show(error.instance)} is not {words}")
        raise InvalidFile(f"{name}: {field}: {_show(error.instance)}: {_brief(error.message)}")
    _check_meaning(data, name)


_PATTERN_WORDS = {
    r"^\d{4}-\d{2}-\d{2}$": "a date (YYYY-MM-DD)",
    r"^(\d{4}-\d{2}-\d{2})?$": "a date (YYYY-MM-DD)",
    r"^(\d{2}:\d{2})?$": "a time (HH:MM)",
    "^([A-Za-z]{2})?$": "a country code (ISO 3166 alpha-2, or EU)",
}


def _date(value: str, name: str, field: str) -> str:
    if not value:
        return value
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise InvalidFile(f"{name}: {field}: {_show(value)} is not a valid date (YYYY-MM-DD)") from None
    return value


def _time(value: str, name: str, field: str) -> str:
    if value and not _TIME.match(value):
        raise InvalidFile(f"{name}: {field}: {_show(value)} is not a valid time (HH:MM, 00:00 to 23:59)")
    return value


def _strings(value: Any, name: str, path: list[Any]) -> None:
    """Refuse text that is not Unicode (lone surrogates from a broken encoder)."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise InvalidFile(f"{name}: {_where(path)}: text holds an invalid character (a lone surrogate)") from None
    elif isinstance(value, dict):
        for key, item in value.items():
            _strings(key, name, path)
            _strings(item, name, [*path, key])
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _strings(item, name, [*path, index])


def _keys(data: dict[str, Any], section: str, name: str) -> set[str]:
    seen: set[str] = set()
    for index, entry in enumerate(data.get(section, [])):
        key = entry["key"]
        if key in seen:
            raise InvalidFile(f"{name}: {section}[{index}].key: {_show(key)} is used twice in {section}")
        seen.add(key)
    return seen


def _refs(keys: list[str] | str, known: set[str], name: str, field: str, what: str) -> None:
    for index, key in enumerate([keys] if isinstance(keys, str) else keys):
        if key and key not in known:
            where = field if isinstance(keys, str) else f"{field}[{index}]"
            raise InvalidFile(f"{name}: {where}: {_show(key)} names no {what} in this file")


def _check_meaning(data: dict[str, Any], name: str) -> None:
    _strings(data, name, [])
    visit = data["visit"]
    start = _date(visit["start"], name, "visit.start")
    end = _date(visit["end"], name, "visit.end")
    if end < start:
        raise InvalidFile(f"{name}: visit.end: {_show(end)} comes before visit.start {_show(start)}")
    orgs = _keys(data, "organisations", name)
    contacts = _keys(data, "contacts", name)
    themes = _keys(data, "themes", name)
    heads: dict[tuple[str, str], int] = {}
    for index, contact in enumerate(data.get("contacts", [])):
        _refs(contact.get("organisation", ""), orgs, name, f"contacts[{index}].organisation", "organisation")
        rank, role = contact.get("precedence") or "", contact.get("role") or "other"
        if not rank:
            continue
        if role not in RANKED_ROLES:
            raise InvalidFile(
                f"{name}: contacts[{index}].precedence: {_show(rank)} is only for the delegation and the hosts "
                f"(this contact's role is {_show(role)})"
            )
        if (role, rank) in heads:
            raise InvalidFile(
                f"{name}: contacts[{index}].precedence: {_show(rank)}: contacts[{heads[role, rank]}] is the "
                f"{rank} of the {'delegation' if role == 'delegation' else 'hosts'} already"
            )
        heads[role, rank] = index
    for index, item in enumerate(data.get("programme", [])):
        where = f"programme[{index}]"
        _date(item.get("date", ""), name, f"{where}.date")
        _time(item.get("start", ""), name, f"{where}.start")
        _time(item.get("end", ""), name, f"{where}.end")
        _refs(item.get("contacts", []), contacts, name, f"{where}.contacts", "contact")
        _refs(item.get("themes", []), themes, name, f"{where}.themes", "theme")
    for index, article in enumerate(data.get("articles", [])):
        _date(article.get("published", ""), name, f"articles[{index}].published")
        _refs(article.get("themes", []), themes, name, f"articles[{index}].themes", "theme")


# ---------------------------------------------------------------- flags a draft may carry


def warnings(data: dict[str, Any]) -> list[str]:
    """What is kept but worth telling: items that end before they start or fall outside the visit."""
    out = []
    visit = data["visit"]
    for index, item in enumerate(data.get("programme", [])):
        label = item.get("title") or f"programme[{index}]"
        if item.get("start") and item.get("end") and item["end"] < item["start"]:
            out.append(f"programme item {label!r} ends ({item['end']}) before it starts ({item['start']})")
        if item.get("date") and not visit["start"] <= item["date"] <= visit["end"]:
            out.append(f"programme item {label!r} is dated {item['date']}, outside the visit's dates")
    return out


# ---------------------------------------------------------------- loading


@dataclass(frozen=True)
class LibraryDifference:
    """An entry of a loaded file that the library already held with other values.

    ``section`` and ``index`` say where it is in the file (``contacts``, 3), ``name`` what it is
    called, ``fields`` the fields that differ. ``outcome`` is "visit" (the visit keeps the file's
    values, the library its own) or "separate" (an article: the file's version became an article
    of its own, since other visits print the library's)."""

    section: str
    index: int
    name: str
    fields: tuple[str, ...]
    outcome: str = "visit"


def _differs(file_values: dict[str, Any], library: dict[str, Any]) -> tuple[str, ...]:
    """Fields the library holds a value for that is not the file's (an empty library field only gains)."""
    return tuple(k for k, v in file_values.items() if library.get(k) not in ("", None, []) and library[k] != v)


def load_steps(store: Store, data: dict[str, Any], differences: list[LibraryDifference] | None = None) -> Steps[int]:
    """Write a validated visit file into the store as one transaction; returns the new visit's id.

    The visit gets the file's values whatever the library held; the library gains what it lacked and
    keeps what it held. Each entry the library held with other values is appended to ``differences``.
    """
    from briefing.core.privacy import not_a_name

    found: list[LibraryDifference] = differences if differences is not None else []
    v = data["visit"]
    sections = ("organisations", "contacts", "themes", "programme", "articles")
    total = 1 + sum(len(data.get(s, [])) for s in sections)
    done = 0
    with store.transaction():
        org_ids: dict[str, int] = {}
        orgs: list[tuple[int, Organisation]] = []
        for index, org in enumerate(data.get("organisations", [])):
            organisation = Organisation(
                name=org.get("name", ""), country=org.get("country", ""), notes=org.get("notes", "")
            )
            held_org = repo.match_organisation(store, organisation)
            if held_org is not None:
                fields = _differs(
                    {"country": organisation.country, "notes": organisation.notes},
                    {"country": held_org.country, "notes": held_org.notes},
                )
                if fields:
                    found.append(LibraryDifference("organisations", index, organisation.name, fields))
            org_ids[org["key"]] = repo.find_or_add_organisation(store, organisation)
            orgs.append((org_ids[org["key"]], organisation))
            done += 1
        yield Progress(done, total, "organisations")

        visit_id = repo.add_visit(
            store,
            Visit(
                title=v["title"],
                start=v["start"],
                end=v["end"],
                delegation=v.get("delegation", ""),
                country=v.get("country", "").upper(),
                direction=Direction(v.get("direction") or "inbound"),
                host=v.get("host", ""),
                location=v.get("location", ""),
                purpose=v.get("purpose", ""),
                classification=v.get("classification", ""),
                status=Status(v.get("status") or "draft"),
            ),
        )
        for position, (org_id, organisation) in enumerate(orgs):
            repo.add_visit_organisation(store, visit_id, org_id, position, organisation)
        done += 1

        contact_ids: dict[str, int] = {}
        for position, c in enumerate(data.get("contacts", [])):
            person = Contact(
                name=c.get("name", ""),
                name_latin=c.get("name_latin", ""),
                title=c.get("title", ""),
                function=c.get("function", ""),
                organisation_id=org_ids.get(c.get("organisation", "")),
                email=c.get("email", ""),
                phone=c.get("phone", ""),
                notes=c.get("notes", ""),
            )
            contact_id, held_contact, library = repo.merge_contact(store, person)
            if held_contact is not None:
                held = _contact_fields(held_contact)
                if not_a_name(held_contact.name):  # the library's contact gets the file's name
                    held["name"] = ""
                fields = _differs(_contact_fields(person), held)
                if fields:
                    found.append(LibraryDifference("contacts", position, person.name or person.name_latin, fields))
            contact_ids[c["key"]] = contact_id
            participant = Participant(
                contact_id, Role(c.get("role") or "other"), position, Precedence(c.get("precedence") or "")
            )
            repo.add_participant(store, visit_id, participant, person, library)
            done += 1
        yield Progress(done, total, "contacts")

        theme_ids: dict[str, int] = {}
        for position, t in enumerate(data.get("themes", [])):
            theme = Theme(
                title=t.get("title", ""), summary=t.get("summary", ""), talking_points=list(t.get("talking_points", []))
            )
            theme_id, held_theme, library_theme = repo.merge_theme(store, theme)
            if held_theme is not None:
                fields = _differs(
                    {"summary": theme.summary, "talking_points": theme.talking_points},
                    {"summary": held_theme.summary, "talking_points": held_theme.talking_points},
                )
                if fields:
                    found.append(LibraryDifference("themes", position, theme.title, fields))
            theme_ids[t["key"]] = theme_id
            repo.add_visit_theme(store, visit_id, theme_id, position, theme, library_theme)
            done += 1
        yield Progress(done, total, "themes")

        for position, p in enumerate(data.get("programme", [])):
            repo.add_programme_item(
                store,
                visit_id,
                ProgrammeItem(
                    title=p.get("title", ""),
                    date=p.get("date", ""),
                    start=p.get("start", ""),
                    end=p.get("end", ""),
                    location=p.get("location", ""),
                    kind=normalise_kind(p.get("kind", "")),  # "werklunch" is a meal
                    description=p.get("description", ""),
                    contact_ids=[contact_ids[k] for k in p.get("contacts", []) if k],
                    theme_ids=[theme_ids[k] for k in p.get("themes", []) if k],
                    position=position,
                ),
            )
            done += 1
        yield Progress(done, total, "programme")

        for position, a in enumerate(data.get("articles", [])):
            article = Article(
                title=a.get("title", ""),
                published=a.get("published", ""),
                source=a.get("source", ""),
                url=a.get("url", ""),
                summary=a.get("summary", ""),
                body=a.get("body", ""),
                theme_ids=[theme_ids[k] for k in a.get("themes", []) if k],
            )
            changed = repo.article_differences(store, article)
            if changed:
                found.append(LibraryDifference("articles", position, article.title, tuple(changed), "separate"))
            article_id = repo.find_or_add_article(store, article)
            repo.add_visit_article(
                store,
                visit_id,
                article_id,
                position,
                bool(a.get("full_text", True)),
                article.theme_ids,
                shareable=bool(a.get("shareable", False)),
            )
            done += 1
            if position % 20 == 19:
                yield Progress(done, total, "articles")
        yield Progress(total, total, "done")
    return visit_id


def _contact_fields(contact: Contact) -> dict[str, Any]:
    return {
        "name": contact.name,
        "name_latin": contact.name_latin,
        "title": contact.title,
        "function": contact.function,
        "organisation": contact.organisation_id,
        "email": contact.email,
        "phone": contact.phone,
        "notes": contact.notes,
    }


# ---------------------------------------------------------------- dumping


def dump(bundle: VisitBundle) -> dict[str, Any]:
    """The visit as a ``briefing-visit/1`` document with every field: the visit's own values."""
    v = bundle.visit
    org_keys = {org_id: f"o{n}" for n, org_id in enumerate(bundle.organisations, 1)}
    # participants first in the visit's order, then people only programme items name
    ordered = [p.contact_id for p in bundle.participants]
    ordered += [c for c in dict.fromkeys(c for i in bundle.items for c in i.contact_ids) if c not in set(ordered)]
    contact_keys = {contact_id: f"c{n}" for n, contact_id in enumerate(ordered, 1)}
    precedence = {p.contact_id: str(p.precedence) for p in bundle.participants}
    theme_keys = {theme.id: f"t{n}" for n, theme in enumerate(bundle.themes, 1)}
    return {
        "format": FORMAT,
        "visit": {
            "title": v.title,
            "start": v.start,
            "end": v.end,
            "delegation": v.delegation,
            "country": v.country,
            "direction": str(v.direction),
            "host": v.host,
            "location": v.location,
            "purpose": v.purpose,
            "classification": v.classification,
            "status": str(v.status),
        },
        "organisations": [
            {"key": org_keys[org_id], "name": o.name, "country": o.country, "notes": o.notes}
            for org_id, o in bundle.organisations.items()
        ],
        "contacts": [
            {
                "key": contact_keys[contact_id],
                "name": c.name,
                "name_latin": c.name_latin,
                "title": c.title,
                "function": c.function,
                "organisation": org_keys.get(c.organisation_id, "") if c.organisation_id is not None else "",
                "email": c.email,
                "phone": c.phone,
                "role": str(bundle.role_of(contact_id)),
                "precedence": precedence.get(contact_id, ""),
                "notes": c.notes,
            }
            for contact_id, c in ((i, bundle.contacts[i]) for i in ordered)
        ],
        "themes": [
            {"key": theme_keys[t.id], "title": t.title, "summary": t.summary, "talking_points": list(t.talking_points)}
            for t in bundle.themes
        ],
        "programme": [
            {
                "date": i.date,
                "start": i.start,
                "end": i.end,
                "title": i.title,
                "location": i.location,
                "kind": i.kind,
                "description": i.description,
                "contacts": [contact_keys[c] for c in i.contact_ids],
                "themes": [theme_keys[t] for t in i.theme_ids if t in theme_keys],
            }
            for i in bundle.items
        ],
        "articles": [
            {
                "title": a.title,
                "published": a.published,
                "source": a.source,
                "url": a.url,
                "summary": a.summary,
                "body": a.body,
                "themes": [theme_keys[t] for t in a.theme_ids if t in theme_keys],
                "full_text": bundle.full_text.get(stored_id(a.id), True),
                "shareable": bundle.shareable.get(stored_id(a.id), False),
            }
            for a in bundle.articles
        ],
    }


def dumps(bundle: VisitBundle) -> str:
    return json.dumps(dump(bundle), ensure_ascii=False, indent=2) + "\n"
