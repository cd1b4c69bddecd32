"""Contacts in and out: CSV files as Outlook and Excel write them, vCards 2.1, 3.0 and 4.0.

Reading never touches the store: a file is parsed whole first, and refused with one clear line
if it cannot be. Importing then writes every contact in one transaction. A contact already in the
store (same e-mail, or else same name and organisation) is updated with the values the file
has, never duplicated. Exporting writes a visit's people as vCard 3.0.

What a file may cost is bounded: at most MAX_FILE_BYTES are read; pictures, sounds and keys in
vCards (PHOTO, LOGO, SOUND, KEY) are dropped before anything decodes them, and the import says
how many; any other property longer than MAX_PROPERTY_CHARS, more than MAX_VCARD_LINES lines
or MAX_CSV_ROWS rows refuses the file.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from dataclasses import field as _field
from pathlib import Path
from typing import Any

from briefing.core.errors import InvalidFile
from briefing.core.interchange import textio
from briefing.core.interchange.files import read_capped
from briefing.core.privacy import name_part
from briefing.core.progress import Progress, Steps, run
from briefing.core.store import Store

_NOW = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"

MAX_FILE_BYTES = 50_000_000  # an address book with photos; the photos are dropped unread
MAX_PROPERTY_CHARS = 256_000  # one vCard property, unfolded: a NOTE of a hundred pages
MAX_VCARD_LINES = 300_000  # vCard lines to parse, pictures left out: some 30,000 people
MAX_CSV_ROWS = 100_000
DROPPED_PROPERTIES = ("PHOTO", "LOGO", "SOUND", "KEY", "X-MS-CARDPICTURE")  # kept nowhere in the store


@dataclass
class ImportedContact:
    """One person as a file describes them; every field is stripped text, "" when absent."""

    name: str = ""
    name_latin: str = ""
    title: str = ""  # honorific: Mr, Ms, Dr, ...
    function: str = ""
    organisation: str = ""  # the organisation's name
    email: str = ""
    phone: str = ""
    notes: str = ""


@dataclass
class ContactImport:
    """What an import did, one count per contact in the file."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0  # rows or cards with neither a name nor an e-mail address
    organisations_added: int = 0
    left_out: dict[str, int] = _field(default_factory=dict)  # vCard properties dropped unread: {"PHOTO": 12}

    @property
    def total(self) -> int:
        return self.added + self.updated + self.unchanged + self.skipped


# ---------------------------------------------------------------- small helpers


def _clean(value: Any) -> str:
    """Text of a value, stripped; lists (vCard structured values) joined by spaces."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return " ".join(p for p in (_clean(v) for v in value) if p)
    return str(value).strip()


def _one_line(value: str) -> str:
    return " ".join(value.split())


def _key(value: str) -> str:
    """Case- and whitespace-insensitive key for names and e-mail addresses."""
    return unicodedata.normalize("NFC", _one_line(value)).casefold()


def _header_key(header: str) -> str:
    """A column header reduced to lower-case letters and digits, accents removed."""
    decomposed = unicodedata.normalize("NFKD", header)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return "".join(ch for ch in plain.casefold() if ch.isalnum())


def _real_name(*candidates: str) -> str:
    """The first candidate that is a name: not empty, not an e-mail address or a phone number
    (a name with an address beside it, "Jan Peeters <jan@example.org>", gives the name)."""
    return next((n for n in (name_part(c) for c in candidates) if n), "")


def _finish(contact: ImportedContact) -> ImportedContact | None:
    """Tidy one contact; None when it has neither a name nor an e-mail address."""
    for f in fields(contact):
        value = getattr(contact, f.name)
        setattr(contact, f.name, value.strip() if f.name == "notes" else _one_line(value))
    # a name is never an e-mail address or a phone number (Outlook puts the address in "Display Name")
    contact.name_latin = name_part(contact.name_latin)
    contact.name = name_part(contact.name)
    if not contact.name:
        contact.name = contact.name_latin
    if contact.name and contact.title:
        # "Dr Marie Dupont" with honorific "Dr": the pack prints the honorific itself
        for prefix in (contact.title + " ", contact.title + ". "):
            if contact.name.casefold().startswith(prefix.casefold()) and len(contact.name) > len(prefix):
                contact.name = contact.name[len(prefix) :].strip()
                break
    if not contact.name and not contact.email:
        return None
    return contact


# ---------------------------------------------------------------- CSV

# Column headers as _header_key() leaves them, in English, Dutch and French, for each field.
_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": (
        "name",
        "fullname",
        "naam",
        "volledigenaam",
        "nomcomplet",
        "displayname",
        "weergavenaam",
        "contactname",
    ),
    "first": ("firstname", "givenname", "first", "voornaam", "roepnaam", "prenom"),
    "middle": (
        "middlename",
        "additionalname",
        "middelstenaam",
        "tussenvoegsel",
        "tussenvoegsels",
        "deuxiemeprenom",
        "secondprenom",
        "autresprenoms",
    ),
    "last": (
        "lastname",
        "surname",
        "familyname",
        "last",
        "achternaam",
        "familienaam",
        "nom",
        "nomdefamille",
    ),
    "suffix": ("suffix", "namesuffix", "achtervoegsel", "suffixe"),
    "name_latin": (
        "namelatin",
        "latinname",
        "nameinlatinscript",
        "transliteration",
        "transliteratie",
        "translitteration",
        "romanisedname",
        "romanizedname",
    ),
    "title": (
        "title",
        "nameprefix",
        "prefix",
        "honorific",
        "salutation",
        "aanhef",
        "titel",
        "titre",
        "civilite",
    ),
    "function": (
        "jobtitle",
        "function",
        "position",
        "role",
        "organizationtitle",
        "organization1title",
        "functie",
        "functietitel",
        "fonction",
        "poste",
    ),
    "organisation": (
        "company",
        "organisation",
        "organization",
        "organisationname",
        "organizationname",
        "organization1name",
        "employer",
        "bedrijf",
        "organisatie",
        "werkgever",
        "societe",
        "entreprise",
        "organisme",
    ),
    "email": (
        "email",
        "emailaddress",
        "email1",
        "email2",
        "email3",
        "email2address",
        "email3address",
        "email1value",
        "email2value",
        "email3value",
        "mail",
        "emailadres",
        "email2adres",
        "email3adres",
        "courriel",
        "adressedemessagerie",
        "adressedemessagerie2",
        "adressedemessagerie3",
        "adresseemail",
        "adressecourriel",
    ),
    "phone_work": (
        "businessphone",
        "workphone",
        "phonework",
        "officephone",
        "telefoonopwerk",
        "telefoonwerk",
        "telefoonkantoor",
        "telephonebureau",
        "telbureau",
        "telephoneprofessionnel",
    ),
    "phone_mobile": (
        "mobilephone",
        "mobile",
        "mobilenumber",
        "cellphone",
        "cell",
        "mobieletelefoon",
        "mobiel",
        "gsm",
        "telmobile",
        "telephonemobile",
        "portable",
    ),
    "phone": (
        "phone",
        "telephone",
        "tel",
        "phonenumber",
        "primaryphone",
        "phone1value",
        "telefoon",
        "telefoonnummer",
        "hoofdtelefoon",
        "numerodetelephone",
        "telephoneprincipal",
    ),
    "phone_other": (
        "businessphone2",
        "homephone",
        "otherphone",
        "phone2value",
        "telefoonopwerk2",
        "telefoonthuis",
        "anderetelefoon",
        "telephonebureau2",
        "teldomicile",
        "telephonedomicile",
        "autretelephone",
    ),
    "notes": (
        "notes",
        "note",
        "comments",
        "remarks",
        "memo",
        "notities",
        "notitie",
        "opmerkingen",
        "opmerking",
        "remarques",
        "commentaires",
    ),
}
_FIELD_OF = {header: field for field, headers in _COLUMNS.items() for header in headers}
_DELIMITERS = ",;\t"
_SEP_LINE = re.compile(r"^\s*\"?sep=(.)\"?\s*$", re.IGNORECASE)


def _count_outside_quotes(line: str, delimiter: str) -> int:
    count, quoted = 0, False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == delimiter and not quoted:
            count += 1
    return count


def _delimiter(text: str) -> str:
    import csv

    header = next((line for line in _lines(text) if line.strip()), "")
    counts = {d: _count_outside_quotes(header, d) for d in _DELIMITERS}
    sample = text[:16384]
    if len(text) > len(sample) and "\n" in sample:
        sample = sample[: sample.rindex("\n")]
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        sniffed = ""
    if sniffed in counts and counts[sniffed] > 0:
        return sniffed
    best = max(_DELIMITERS, key=lambda d: counts[d])  # ties go to the comma (first)
    return best if counts[best] > 0 else ","


def _first(row: list[str], columns: list[int]) -> str:
    for index in columns:
        if index < len(row) and row[index].strip():
            return row[index].strip()
    return ""


def _read_csv(text: str, name: str) -> tuple[list[ImportedContact], int]:
    import csv
    import io

    lines = text.split("\n", 1)
    sep = _SEP_LINE.match(lines[0])
    if sep and sep.group(1) in _DELIMITERS:  # Excel's "sep=;" first line
        delimiter, text = sep.group(1), lines[1] if len(lines) > 1 else ""
    else:
        delimiter = _delimiter(text)

    rows: list[list[str]] = []
    try:
        for row in csv.reader(io.StringIO(text), delimiter=delimiter):
            if any(c.strip() for c in row):
                rows.append(row)
                if len(rows) > MAX_CSV_ROWS + 1:  # and the header
                    raise InvalidFile(f"{name}: more than {MAX_CSV_ROWS:,} rows; split the file into smaller ones")
    except csv.Error as error:
        raise InvalidFile(f"{name}: not a readable CSV file ({_one_line(str(error))})") from None
    if not rows:
        raise InvalidFile(f"{name}: no contacts found (the file is empty)")

    header, body = rows[0], rows[1:]
    columns: dict[str, list[int]] = {}
    for index, title in enumerate(header):
        field = _FIELD_OF.get(_header_key(title))
        if field is not None:
            columns.setdefault(field, []).append(index)
    if not {"name", "first", "last", "email"} & columns.keys():
        shown = ", ".join(repr(h.strip()) for h in header[:6] if h.strip()) or "none"
        more = ", ..." if len(header) > 6 else ""
        raise InvalidFile(
            f"{name}: no name or e-mail column found (columns: {shown}{more}); "
            "expected headers such as Name, First Name, Last Name or E-mail Address"
        )

    def get(row: list[str], field: str) -> str:
        return _first(row, columns.get(field, []))

    contacts: list[ImportedContact] = []
    skipped = 0
    for row in body:
        parts = (get(row, "first"), get(row, "middle"), get(row, "last"), get(row, "suffix"))
        names = [row[i].strip() for i in columns.get("name", []) if i < len(row)]
        name = _real_name(*names, " ".join(p for p in parts if p))
        emails = [row[i].strip() for i in columns.get("email", []) if i < len(row)]
        email = next((e for e in emails if "@" in e), "")  # not Exchange's "/o=..." addresses
        phone = ""
        for group in ("phone_work", "phone_mobile", "phone", "phone_other"):
            phone = phone or get(row, group)
        contact = _finish(
            ImportedContact(
                name=name,
                name_latin=get(row, "name_latin"),
                title=get(row, "title"),
                function=get(row, "function"),
                organisation=get(row, "organisation"),
                email=email,
                phone=phone,
                notes=get(row, "notes"),
            )
        )
        if contact is None:
            skipped += 1
        else:
            contacts.append(contact)
    return contacts, skipped


# ---------------------------------------------------------------- vCard


def _lines(text: str) -> Iterator[str]:
    """text.split("\n"), one line at a time: a file of millions of short lines never becomes a list."""
    start = 0
    while (end := text.find("\n", start)) >= 0:
        yield text[start:end]
        start = end + 1
    yield text[start:]


def _too_long(name: str, prop: str, size: int) -> InvalidFile:
    what = f"a {prop} property" if prop else "a line"
    return InvalidFile(
        f"{name}: {what} of more than {MAX_PROPERTY_CHARS:,} characters ({size:,} so far); "
        f"a contact's property holds at most {MAX_PROPERTY_CHARS:,}"
    )


def _is_quoted_printable(line: str) -> bool:
    colon = line.find(":")
    return colon >= 0 and "QUOTED-PRINTABLE" in line[:colon].upper()


def _join_soft_breaks(lines: Iterable[str], name: str = "file") -> Iterator[str]:
    """vCard 2.1 (Outlook) folds quoted-printable values with a trailing '='; vobject does not unfold them.

    One pass: a quoted-printable property's line that ends in '=' takes the next line in.
    """
    pending: list[str] | None = None  # a quoted-printable line, its '=' taken off, waiting for the next
    size = 0
    for line in lines:
        if pending is None:
            if not (line.endswith("=") and _is_quoted_printable(line)):
                yield line
                continue
            pending, size = [], 0
        size += len(line)
        if size > MAX_PROPERTY_CHARS:
            raise _too_long(name, _property_name(pending[0] if pending else line), size)
        if line.endswith("="):
            pending.append(line[:-1])
        else:
            pending.append(line)
            yield "".join(pending)
            pending = None
    if pending is not None:  # the file ends on a soft break: it stays as it is
        yield "".join(pending) + "="


_PROPERTY = re.compile(r"[ \t]*(?:[A-Za-z0-9_-]+\.)?([A-Za-z0-9_-]*)")


def _property_name(line: str) -> str:
    """The name of the vCard property ``line`` starts, upper case ("" for none)."""
    found = _PROPERTY.match(line)
    return found.group(1).upper() if found else ""


_BASE64_LINE = re.compile(r"[A-Za-z0-9+/=]+")


def _prepare_vcards(text: str, name: str) -> tuple[str, dict[str, int]]:
    """The cards' text for the parser, pictures and sounds dropped; refused when a property is too long.

    Returns the text and how many properties of each dropped kind there were. Reads line by line
    and stops at the first limit passed, so a hostile file costs little more than its own text.
    """
    out: list[str] = []
    dropped: dict[str, int] = {}
    kept = 0
    dropping = False  # in a dropped property: its folded lines, or vCard 2.1 base64 run on up to a blank line
    prop, size = "", 0
    for line in _join_soft_breaks(_lines(text), name):
        if line[:1] in (" ", "\t") and kept + int(dropping) > 0:  # folded: the property goes on
            if dropping:
                continue
            size += len(line)
            if size > MAX_PROPERTY_CHARS:
                raise _too_long(name, prop, size)
            out.append(line)
            continue
        if dropping and _BASE64_LINE.fullmatch(line):
            continue
        prop = _property_name(line)
        dropping = prop in DROPPED_PROPERTIES
        if dropping:
            dropped[prop] = dropped.get(prop, 0) + 1
            continue
        size = len(line)
        if size > MAX_PROPERTY_CHARS:
            raise _too_long(name, prop, size)
        kept += 1
        if kept > MAX_VCARD_LINES:
            raise InvalidFile(
                f"{name}: more than {MAX_VCARD_LINES:,} lines (pictures left out); split the file into smaller ones"
            )
        out.append(line)
    return "\n".join(out), dropped


def _types(line: Any) -> set[str]:
    """A property's types, lower case: TYPE=work,cell / TYPE="voice,cell" / 2.1's bare WORK;CELL / PREF."""
    out: set[str] = set()
    for value in line.params.get("TYPE", []):
        out.update(t.strip().strip('"').lower() for t in value.split(","))
    out.update(p.lower() for p in getattr(line, "singletonparams", []))
    if line.params.get("PREF"):
        out.add("pref")
    return out


def _uri_value(value: Any, scheme: str) -> str:
    text = _clean(value)
    return text[len(scheme) :].strip() if text.lower().startswith(scheme) else text


def _best(lines: list[Any], rank: Any, scheme: str) -> str:
    candidates = [(rank(_types(line)), n, _uri_value(line.value, scheme)) for n, line in enumerate(lines)]
    candidates = [c for c in candidates if c[2]]
    return min(candidates)[2] if candidates else ""


def _email_rank(types: set[str]) -> tuple[int, int]:
    return (0 if "pref" in types else 1, 0 if "work" in types else 1)


def _phone_rank(types: set[str]) -> tuple[int, int]:
    if "fax" in types or "pager" in types:
        kind = 2
    elif "work" in types or "cell" in types or "mobile" in types:
        kind = 0
    else:
        kind = 1
    return (kind, 0 if "pref" in types else 1)


def _card_contact(card: Any) -> ImportedContact | None:
    contents = card.contents

    def text(prop: str) -> str:
        return next((t for t in (_clean(line.value) for line in contents.get(prop, [])) if t), "")

    title = ""
    name_from_n = ""
    for line in contents.get("n", []):
        n = line.value
        title = title or _clean(getattr(n, "prefix", ""))
        parts = (getattr(n, part, "") for part in ("given", "additional", "family", "suffix"))
        name_from_n = name_from_n or " ".join(p for p in (_clean(v) for v in parts) if p)
    organisation = ""
    for line in contents.get("org", []):
        value = line.value if isinstance(line.value, list) else [line.value]
        organisation = organisation or next((t for t in (_clean(v) for v in value) if t), "")
    notes = "\n".join(t for t in (_clean(line.value) for line in contents.get("note", [])) if t)
    return _finish(
        ImportedContact(
            name=_real_name(*(_clean(line.value) for line in contents.get("fn", [])), name_from_n),
            title=title,
            function=text("title") or text("role"),
            organisation=organisation,
            email=_best(contents.get("email", []), _email_rank, "mailto:"),
            phone=_best(contents.get("tel", []), _phone_rank, "tel:"),
            notes=notes.replace("\r\n", "\n"),
        )
    )


def _read_vcards(text: str, name: str) -> tuple[list[ImportedContact], int]:
    import vobject

    try:
        cards = [c for c in vobject.readComponents(text) if c.name.upper() == "VCARD"]
        contacts = [_card_contact(card) for card in cards]
    except Exception as error:  # vobject raises ParseError, binascii.Error, AttributeError, ... on broken input
        reason = _one_line(str(error))[:160] or type(error).__name__
        raise InvalidFile(f"{name}: not a valid vCard file ({reason})") from None
    found = [c for c in contacts if c is not None]
    return found, len(contacts) - len(found)


# ---------------------------------------------------------------- reading

_VCARD = re.compile(r"^[ \t]*BEGIN[ \t]*:[ \t]*VCARD[ \t]*$", re.IGNORECASE | re.MULTILINE)


def _read(path: Path) -> tuple[list[ImportedContact], int, dict[str, int]]:
    """The contacts, how many were skipped, and which vCard properties were dropped unread."""
    data = read_capped(path, MAX_FILE_BYTES, path.name, "a contacts file")
    text = textio.decode(data, path.name)
    del data
    dropped: dict[str, int] = {}
    if _VCARD.search(text):
        text, dropped = _prepare_vcards(text, path.name)
        contacts, skipped = _read_vcards(text, path.name)
    else:
        contacts, skipped = _read_csv(text, path.name)
    if not contacts:
        why = f" ({skipped} without a name or an e-mail address)" if skipped else ""
        raise InvalidFile(f"{path.name}: no contacts found{why}")
    return contacts, skipped, dropped


def read_contacts(path: Path | str) -> list[ImportedContact]:
    """The contacts in a CSV or vCard file (told apart by content); raises InvalidFile with one line.

    Rows and cards with neither a name nor an e-mail address are left out.
    """
    return _read(Path(path))[0]


# ---------------------------------------------------------------- importing


class _Library:
    """The store's contacts and organisations, indexed the way an import matches them."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.organisations: dict[str, int] = {}
        for row in store.conn.execute("SELECT id, name FROM organisations ORDER BY id"):
            self.organisations.setdefault(_key(row["name"]), row["id"])
        self.by_email: dict[str, dict[str, Any]] = {}
        self.by_name: dict[tuple[str, int | None], dict[str, Any]] = {}
        rows = [dict(r) for r in store.conn.execute("SELECT * FROM contacts ORDER BY id")]
        for row in rows:
            self._index(row)
        for row in rows:  # a Latin spelling matches too, after every real name
            if row["name_latin"]:
                self.by_name.setdefault((_key(row["name_latin"]), row["organisation_id"]), row)

    def _index(self, row: dict[str, Any]) -> None:
        if row["email"]:
            self.by_email.setdefault(_key(row["email"]), row)
        self.by_name.setdefault((_key(row["name"]), row["organisation_id"]), row)

    def _unindex(self, row: dict[str, Any]) -> None:
        email = _key(row["email"])
        if self.by_email.get(email) is row:
            del self.by_email[email]
        name = (_key(row["name"]), row["organisation_id"])
        if self.by_name.get(name) is row:
            del self.by_name[name]

    def organisation_id(self, name: str, result: ContactImport) -> int | None:
        """The organisation called ``name`` (any case), created if there is none."""
        if not name:
            return None
        key = _key(name)
        if key not in self.organisations:
            cursor = self.store.conn.execute("INSERT INTO organisations (name) VALUES (?)", (name,))
            assert cursor.lastrowid is not None  # an INSERT that succeeded
            self.organisations[key] = cursor.lastrowid
            result.organisations_added += 1
        return self.organisations[key]

    def match(self, contact: ImportedContact) -> dict[str, Any] | None:
        if contact.email and (row := self.by_email.get(_key(contact.email))):
            return row
        if not contact.name:
            return None
        if contact.organisation:
            org_id = self.organisations.get(_key(contact.organisation))
            if org_id is None:  # an organisation the store does not know: nobody there yet
                return None
        else:
            org_id = None
        return self.by_name.get((_key(contact.name), org_id))

    def add(self, contact: ImportedContact, result: ContactImport) -> None:
        row = {
            "name": contact.name,  # "" rather than the address: the pack prints "name unknown"
            "name_latin": contact.name_latin,
            "title": contact.title,
            "function": contact.function,
            "organisation_id": self.organisation_id(contact.organisation, result),
            "email": contact.email,
            "phone": contact.phone,
            "notes": contact.notes,
        }
        cursor = self.store.conn.execute(
            f"INSERT INTO contacts ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", tuple(row.values())
        )
        row["id"] = cursor.lastrowid
        self._index(row)
        result.added += 1

    def update(self, row: dict[str, Any], contact: ImportedContact, result: ContactImport) -> None:
        changes: dict[str, Any] = {}
        if contact.name and _key(contact.name) not in (_key(row["name"]), _key(row["name_latin"])):
            changes["name"] = contact.name
        if contact.email and _key(contact.email) != _key(row["email"]):
            changes["email"] = contact.email
        for field in ("name_latin", "title", "function", "phone", "notes"):
            value = getattr(contact, field)
            if value and value != row[field]:
                changes[field] = value
        if contact.organisation:
            org_id = self.organisation_id(contact.organisation, result)
            if org_id != row["organisation_id"]:
                changes["organisation_id"] = org_id
        if not changes:
            result.unchanged += 1
            return
        assignments = ", ".join(f"{column} = ?" for column in changes)
        self.store.conn.execute(
            f"UPDATE contacts SET {assignments}, updated = {_NOW} WHERE id = ?", (*changes.values(), row["id"])
        )
        self._unindex(row)
        row.update(changes)
        self._index(row)
        result.updated += 1


def import_contacts_steps(store: Store, path: Path | str) -> Steps[ContactImport]:
    """Import a CSV or vCard file into the store's contacts, all or nothing.

    The whole file is read (and refused with InvalidFile) before anything is written; then one
    transaction adds new contacts and updates known ones. Closing the generator early rolls back.
    """
    path = Path(path)
    yield Progress(0, 1, f"reading {path.name}")
    contacts, skipped, dropped = _read(path)
    total = len(contacts)
    result = ContactImport(skipped=skipped, left_out=dropped)
    yield Progress(0, total, "contacts")
    with store.transaction():
        library = _Library(store)
        for done, contact in enumerate(contacts, 1):
            row = library.match(contact)
            if row is None:
                library.add(contact, result)
            else:
                library.update(row, contact, result)
            if done % 100 == 0:
                yield Progress(done, total, "contacts")
        yield Progress(total, total, "done")
    return result


def import_contacts(store: Store, path: Path | str) -> ContactImport:
    """import_contacts_steps driven to the end."""
    return run(import_contacts_steps(store, path))


# ---------------------------------------------------------------- exporting

# Surname particles that belong to the family name: "Jan van der Berg", "Marie de La Tour".
_PARTICLE_WORDS = "van von der den de del della di da das dos du des la le ter ten te 't zu zum zur af av bin ibn al el"
_PARTICLES = frozenset(_PARTICLE_WORDS.split())


def _split_name(name: str) -> tuple[str, str]:
    """(given, family) for a vCard's N: the last word and the particles before it are the family name."""
    words = name.split()
    if len(words) < 2:
        return "", name.strip()
    start = len(words) - 1
    while start > 1 and words[start - 1].casefold() in _PARTICLES:
        start -= 1
    return " ".join(words[:start]), " ".join(words[start:])


def _vcard(contact: Any, organisation: str, email: bool = True, phone: bool = True, notes: bool = True) -> str:
    import vobject

    card = vobject.vCard()
    full = contact.name.strip() or contact.name_latin.strip() or (contact.email.strip() if email else "") or "?"
    given, family = _split_name(full)
    card.add("fn").value = full
    card.add("n").value = vobject.vcard.Name(family=family, given=given, prefix=contact.title.strip())
    if contact.function.strip():
        card.add("title").value = contact.function.strip()
    if organisation.strip():
        card.add("org").value = [organisation.strip()]
    if email and contact.email.strip():
        address = card.add("email")
        address.value = contact.email.strip()
        address.type_param = "INTERNET"
    if phone and contact.phone.strip():
        card.add("tel").value = contact.phone.strip()
    if notes and contact.notes.strip():
        card.add("note").value = contact.notes.strip()
    text: str = card.serialize()
    return text


def export_vcards(store: Store, visit_id: int, audience: str = "internal") -> str:
    """The visit's participants as vCard 3.0 text (CRLF line ends), in the visit's order, as the pack's
    reader may have them (AUDIENCE_RULES "vcards"): internal, everyone with every detail; external, no
    e-mail, phone or notes; escort, the run sheet's contact list with phone numbers.

    Raises NotFound for an unknown visit, ValueError for an unknown audience.
    """
    from briefing.core.pack.audience import AUDIENCES, rule
    from briefing.core.store import repo

    if audience not in AUDIENCES:
        raise ValueError(f"unknown audience {audience!r}")
    shows = rule(audience, "vcards")
    bundle = repo.visit_bundle(store, visit_id)
    participants = bundle.participants
    if shows == "contact_list":
        from briefing.core.pack.run_sheet import contact_list_people

        participants = contact_list_people(bundle)
    details = shows == "with_contact_details"
    cards: list[str] = []
    for participant in participants:
        contact = bundle.contacts[participant.contact_id]
        org = bundle.organisations.get(contact.organisation_id) if contact.organisation_id is not None else None
        cards.append(
            _vcard(contact, org.name if org else "", email=details, phone=shows != "names_and_functions", notes=details)
        )
    return "".join(cards)


__all__ = [
    "ContactImport",
    "ImportedContact",
    "export_vcards",
    "import_contacts",
    "import_contacts_steps",
    "read_contacts",
]
