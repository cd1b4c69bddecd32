"""The ``briefing`` command line. The app and the command line call the same core functions."""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from briefing import __version__
from briefing.core.errors import BriefingError, InvalidFile, NotFound, StoreError
from briefing.core.pack import SECTIONS
from briefing.core.pack.audience import AUDIENCES
from briefing.logsetup import log_file, setup_logging

log = logging.getLogger(__name__)

EXIT_OK, EXIT_NONE, EXIT_BAD_INPUT, EXIT_UNEXPECTED = 0, 1, 2, 3
FORMATS = ("pdf", "docx", "ics")
_PASSWORD_HELP = (
    "protect the PDF with the password in the first line of FILE ('-': read it from standard input); "
    "it opens only with that password"
)
_AUDIENCE_HELP = (
    "who reads it: internal (the principal and our staff: everything), external (the delegation: no talking "
    "points, notes, e-mail or phone numbers; shareable articles only), escort (escorts and drivers: the A5 run "
    "sheet and a contact list); default internal"
)


class _Parser(argparse.ArgumentParser):
    """argparse, with a usage mistake told in one line (exit 2) like every other refusal."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _whole(what: str, low: int, high: int) -> Callable[[str], int]:
    """An argparse type for ids and counts: a whole number from ``low`` to ``high``, else one line."""

    span = f"{low:,} to {high:,}"

    def convert(text: str) -> int:
        digits = text.strip()
        if not re.fullmatch(r"[+-]?[0-9]{1,30}", digits):  # int() would take "1_000", "٣" or 5,000 digits
            raise argparse.ArgumentTypeError(f"{text[:30]!r} is not {what} (a whole number, {span})")
        number = int(digits)
        if not low <= number <= high:
            raise argparse.ArgumentTypeError(f"{digits} is out of range for {what} ({span})")
        return number

    convert.__name__ = what
    return convert


_ID = _whole("an id", 1, 2**63 - 1)  # SQLite's largest integer
_MONTHS = _whole("a number of months", 0, 1_200)
_LIMIT = _whole("a number of results", 1, 100_000)


def _parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="briefing",
        description="Briefing packs for delegation visits. Without a command, opens the app.",
    )
    p.add_argument("--version", action="version", version=f"briefing {__version__}")
    p.add_argument(
        "--store",
        metavar="PATH",
        type=Path,
        help="the store file (default: $BRIEFING_STORE, else the user data folder)",
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("demo", help="put the demo visits into the store (running it twice adds nothing)")
    for name, what in (("visits", "list the visits"), ("articles", "list the library's articles")):
        c = sub.add_parser(name, help=what)
        c.add_argument("--json", action="store_true", help="a JSON list of objects")
    c = sub.add_parser("contacts", help="list the library's contacts")
    c.add_argument("--json", action="store_true", help="a JSON list of objects")
    c.add_argument("--search", metavar="TEXT", help="only those whose name, function or organisation hold TEXT")
    c.add_argument(
        "--stale", type=_MONTHS, metavar="MONTHS", help="only those in no visit (and unchanged) for MONTHS months"
    )

    c = sub.add_parser("import-articles", help="import articles: .txt, .md, .html, .docx, .pdf (exit 2 if any failed)")
    c.add_argument("files", type=Path, nargs="+", metavar="FILE")
    c = sub.add_parser("search", help="search the articles' full text, best first (exit 1 with no hits)")
    c.add_argument("query")
    c.add_argument("--json", action="store_true", help="a JSON list with id, title, published and a snippet")
    c.add_argument("--theme", metavar="THEME", help="only articles of this theme (id or title)")
    c.add_argument("--from", dest="since", metavar="YYYY-MM-DD", help="published on or after")
    c.add_argument("--to", dest="until", metavar="YYYY-MM-DD", help="published on or before")
    c.add_argument("--limit", type=_LIMIT, default=50, help="at most this many (default 50)")
    c = sub.add_parser("import-contacts", help="import contacts from a CSV (Outlook, Excel) or vCard file")
    c.add_argument("file", type=Path)
    c = sub.add_parser("export-contacts", help="write a visit's people as vCards")
    c.add_argument("visit_id", type=_ID)
    c.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.vcf")
    c.add_argument("--audience", choices=AUDIENCES, default="internal", help=_AUDIENCE_HELP)

    c = sub.add_parser("load", help="load a briefing-visit/1 file; prints the new visit's id last")
    c.add_argument("file", type=Path)
    c = sub.add_parser("dump", help="write a visit as briefing-visit/1 JSON on stdout")
    c.add_argument("visit_id", type=_ID)

    c = sub.add_parser("export", help="export a visit's briefing pack")
    c.add_argument("visit_id", type=_ID)
    c.add_argument("--format", choices=FORMATS, default="pdf")
    c.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    c.add_argument("--lang", choices=("nl", "fr", "en"), default="nl")
    c.add_argument("--audience", choices=AUDIENCES, default="internal", help=_AUDIENCE_HELP)
    c.add_argument(
        "--sections",
        default=",".join(SECTIONS),
        metavar="LIST",
        help=f"comma-separated sections to include (default: all of {','.join(SECTIONS)})",
    )
    c.add_argument("--summaries-only", action="store_true", help="articles: the summary without the full text")
    c.add_argument("--password-file", metavar="FILE", help=_PASSWORD_HELP)

    c = sub.add_parser("export-all", help="export every visit's pack in every format into a folder")
    c.add_argument("folder", type=Path)
    c.add_argument("--lang", choices=("nl", "fr", "en"), default="nl")
    c.add_argument("--audience", choices=AUDIENCES, default="internal", help=_AUDIENCE_HELP)
    c.add_argument(
        "--password-file", metavar="FILE", help=_PASSWORD_HELP + " (the DOCX and calendar files are not protected)"
    )

    c = sub.add_parser("house-style", help="show or set the store's house style (reference .docx, logo)")
    c.add_argument("--docx", type=Path, metavar="FILE", help="a reference .docx: its styles, header and footer")
    c.add_argument("--logo", type=Path, metavar="FILE", help="a PNG or JPEG logo for the cover")
    c.add_argument("--clear", action="store_true", help="go back to the shipped default")

    c = sub.add_parser("backup", help="back up the store (SQLite's backup API); prints the backup's path")
    c.add_argument("-o", "--output", type=Path, metavar="FILE", help="write it here (default: the backup folder)")
    c.add_argument("--list", action="store_true", help="list the store's backups, newest first")
    c = sub.add_parser("restore", help="replace the store with a backup (the old store file is kept)")
    c.add_argument("file", type=Path)
    c = sub.add_parser("erase-contact", help="remove a person from the store everywhere (GDPR erasure)")
    c.add_argument("contact_id", type=_ID)

    c = sub.add_parser("check", help="check the store's integrity (exit 0 when healthy)")
    c.add_argument(
        "--repair",
        action="store_true",
        help="rebuild the full-text index; put back Briefing's indexes and triggers, drop any others",
    )
    return p


# ---------------------------------------------------------------- commands


def _open(args: argparse.Namespace, **kwargs):
    from briefing.core.store import open_store
    from briefing.core.store.location import location_warning

    store = open_store(args.store, **kwargs)
    warning = location_warning(store.path)
    if warning:
        print(f"briefing: warning: {warning}", file=sys.stderr)
    return store


def cmd_demo(args: argparse.Namespace) -> int:
    from briefing.core.demo import install_demo

    with _open(args) as store:
        for result in install_demo(store):
            state = "added" if result.added else "already there"
            print(f"{result.visit_id}\t{result.title}\t({state})")
    return EXIT_OK


def cmd_visits(args: argparse.Namespace) -> int:
    from briefing.core.store import repo

    with _open(args) as store:
        visits = repo.list_visits(store)
    if args.json:
        _print_json(
            [
                {
                    "id": v.id,
                    "title": v.title,
                    "start": v.start,
                    "end": v.end,
                    "delegation": v.delegation,
                    "country": v.country,
                    "direction": str(v.direction),
                    "location": v.location,
                    "status": str(v.status),
                }
                for v in visits
            ]
        )
    else:
        for v in visits:
            print(f"{v.id}\t{v.start}\t{v.end}\t{_line(v.title)}")
    return EXIT_OK


def cmd_articles(args: argparse.Namespace) -> int:
    from briefing.core.store import repo

    with _open(args) as store:
        articles = repo.list_articles(store)
    if args.json:
        _print_json(
            [
                {"id": a.id, "title": a.title, "published": a.published, "source": a.source, "url": a.url}
                for a in articles
            ]
        )
    else:
        for a in articles:
            print(f"{a.id}\t{a.published or '-'}\t{_line(a.title)}")
    return EXIT_OK


def cmd_contacts(args: argparse.Namespace) -> int:
    from briefing.core.model import stored_id
    from briefing.core.store import repo

    with _open(args) as store:
        if args.search is not None:
            from briefing.core.store.search import search_contacts

            contacts = search_contacts(store, args.search)
        else:
            contacts = repo.list_contacts(store)
        if args.stale is not None:
            from briefing.core.privacy import stale_contacts

            stale = {s.id: s for s in stale_contacts(store, args.stale)}
            contacts = [(c, org) for c, org in contacts if c.id in stale]
            if not args.json:
                for c, org in contacts:
                    last = stale[stored_id(c.id)].last_visit or "never in a visit"
                    print(f"{c.id}\t{_line(c.name)}\t{_line(org.name) if org else '-'}\t{last}")
                return EXIT_OK
    if args.json:
        _print_json(
            [
                {
                    "id": c.id,
                    "name": c.name,
                    "name_latin": c.name_latin,
                    "title": c.title,
                    "function": c.function,
                    "organisation": org.name if org else "",
                    "email": c.email,
                    "phone": c.phone,
                }
                for c, org in contacts
            ]
        )
    else:
        for c, org in contacts:
            print(f"{c.id}\t{_line(c.name)}\t{_line(org.name) if org else '-'}")
    return EXIT_OK


def cmd_import_articles(args: argparse.Namespace) -> int:
    from briefing.core.interchange.articles import import_steps
    from briefing.core.progress import run

    with _open(args) as store:
        report = run(import_steps(store, list(args.files)))
    for result in report.results:
        if result.status == "failed":
            print(f"briefing: {result.path}: {result.reason}", file=sys.stderr)
            continue
        extra = f"; {result.related} related, {result.linked} linked" if result.related or result.linked else ""
        print(f"{result.status}\t{result.article_id}\t{_line(result.title)}\t{result.path}{extra}")
    return EXIT_BAD_INPUT if report.failed else EXIT_OK


def _valid_date(value: str | None, option: str) -> str:
    import datetime as dt

    if not value:
        return ""
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise InvalidFile(f"{option}: {value!r} is not a date (YYYY-MM-DD)") from None


def cmd_search(args: argparse.Namespace) -> int:
    from briefing.core.store.search import search

    since, until = _valid_date(args.since, "--from"), _valid_date(args.until, "--to")
    with _open(args) as store:
        theme = None
        if args.theme:
            row = store.conn.execute(
                "SELECT id FROM themes WHERE CAST(id AS TEXT) = ? OR title = ? COLLATE NOCASE ORDER BY id LIMIT 1",
                (args.theme.strip(), args.theme.strip()),
            ).fetchone()
            if row is None:
                raise NotFound(f"--theme: no theme {args.theme!r}")
            theme = row[0]
        results = search(
            store, args.query, limit=max(1, args.limit), theme=theme, since=since, until=until, snippets=args.json
        )
    if args.json:
        _print_json(
            [{"id": h.id, "title": h.title, "published": h.published, "snippet": h.snippet} for h in results.hits]
        )
    else:
        for hit in results.hits:
            print(f"{hit.id}\t{hit.published or '-'}\t{_line(hit.title)}")
        if results.windowed:
            print(
                f"briefing: more than {results.estimated - 1:,} articles match; these are the best of the newest "
                f"{results.estimated - 1:,}. Add words, or --from/--to, to narrow the search.",
                file=sys.stderr,
            )
    return EXIT_OK if results.hits else EXIT_NONE


def cmd_import_contacts(args: argparse.Namespace) -> int:
    from briefing.core.interchange.contacts import import_contacts_steps
    from briefing.core.progress import run

    with _open(args) as store:
        result = run(import_contacts_steps(store, args.file))
    print(
        f"{args.file}: {result.added} added, {result.updated} updated, {result.unchanged} unchanged"
        + (f", {result.skipped} rows without a name or e-mail skipped" if result.skipped else "")
    )
    if result.left_out:
        kinds = ", ".join(f"{count} {prop}" for prop, count in sorted(result.left_out.items()))
        print(f"{args.file}: note: left out {kinds} (pictures, sounds and keys are not kept)", file=sys.stderr)
    return EXIT_OK


def cmd_export_contacts(args: argparse.Namespace) -> int:
    from briefing.core.interchange.contacts import export_vcards
    from briefing.export import write_atomically

    with _open(args) as store:
        text = export_vcards(store, args.visit_id, args.audience)
    write_atomically(args.output, text.encode("utf-8"))
    print(args.output)
    return EXIT_OK


def cmd_load(args: argparse.Namespace) -> int:
    from briefing.core.interchange import visit_file as interchange
    from briefing.core.progress import run

    data = interchange.read_file(args.file)  # validated before the store is even opened
    differences: list[interchange.LibraryDifference] = []
    with _open(args) as store:
        visit_id = run(interchange.load_steps(store, data, differences))
    for warning in interchange.warnings(data):
        print(f"{args.file}: kept, but note: {warning}", file=sys.stderr)
    for difference in differences:
        print(f"{args.file}: {_difference_line(difference)}", file=sys.stderr)
    print(f"loaded {_line(data['visit']['title'])!r} as visit")
    print(visit_id)
    return EXIT_OK


_DIFFERENCE_FIELDS = {"name_latin": "name in Latin script", "title": "honorific", "talking_points": "talking points",
                      "email": "e-mail", "body": "text", "url": "web address"}  # fmt: skip
_DIFFERENCE_WHAT = {"organisations": "organisation", "contacts": "contact", "themes": "theme", "articles": "article"}


def _difference_line(d) -> str:
    fields = ", ".join(_DIFFERENCE_FIELDS.get(f, f) for f in d.fields)
    where = f"{d.section}[{d.index}] {_line(d.name)!r}"
    if d.outcome == "separate":
        return (
            f"{where}: the library's article of the same title and date has another {fields}; "
            "this visit gets the file's as an article of its own"
        )
    return (
        f"{where}: the library's {_DIFFERENCE_WHAT[d.section]} has another {fields}; "
        "this visit keeps the file's, the library its own"
    )


def cmd_dump(args: argparse.Namespace) -> int:
    from briefing.core.interchange import visit_file as interchange
    from briefing.core.store import repo

    with _open(args) as store:
        bundle = repo.visit_bundle(store, args.visit_id)
    sys.stdout.write(interchange.dumps(bundle))
    return EXIT_OK


def _password(args: argparse.Namespace) -> str | None:
    """The password that locks the PDF, read from --password-file (never from the command line)."""
    if args.password_file is None:
        return None
    from briefing.export.protect import read_password_file

    return read_password_file(args.password_file)


def cmd_export(args: argparse.Namespace) -> int:
    from briefing.core.progress import run
    from briefing.export import PackOptions, export_steps

    sections = tuple(s.strip() for s in args.sections.split(",") if s.strip())
    try:
        options = PackOptions(
            lang=args.lang, audience=args.audience, sections=sections, summaries_only=args.summaries_only
        )
    except ValueError as exc:
        raise InvalidFile(f"--sections: {exc}") from None
    if args.password_file is not None and args.format != "pdf":
        raise InvalidFile(f"--password-file: only a PDF can be protected with a password, not {args.format.upper()}")
    password = _password(args)
    with _open(args) as store:
        path = run(export_steps(store, args.visit_id, args.format, args.output, options, password))
    print(path)
    return EXIT_OK


def cmd_export_all(args: argparse.Namespace) -> int:
    from briefing.core.model import stored_id
    from briefing.core.progress import run
    from briefing.core.store import repo
    from briefing.export import PackOptions, default_file_name, export_steps

    options = PackOptions(lang=args.lang, audience=args.audience)
    password = _password(args)
    failed = written = 0
    with _open(args) as store:
        used: set[str] = set()
        for visit in repo.list_visits(store):
            for fmt in FORMATS:
                name = default_file_name(visit, fmt, options)
                if name in used:  # two visits with the same title and start date
                    name = default_file_name(visit, fmt, options, tag=f"#{visit.id}")
                used.add(name)
                try:
                    locked = password if fmt == "pdf" else None
                    print(run(export_steps(store, stored_id(visit.id), fmt, args.folder / name, options, locked)))
                    written += 1
                except BriefingError as exc:  # one file that cannot be written: say so, export the rest
                    failed += 1
                    print(f"briefing: {exc}", file=sys.stderr)
                except sqlite3.OperationalError as exc:
                    if not written or not ("locked" in str(exc) or "busy" in str(exc)):
                        raise  # nothing exported yet: the usual message is true
                    log.warning("store busy: %s", exc)
                    print(
                        "briefing: the store is in use by another Briefing that has been writing for over 15 s; "
                        f"the {written} file(s) listed above were exported, the others were not. "
                        "Wait for it to finish (or close it) and run export-all again.",
                        file=sys.stderr,
                    )
                    return EXIT_UNEXPECTED
    if password is not None and written:
        print(
            "briefing: the PDF files are protected with the password; the DOCX and calendar files are not",
            file=sys.stderr,
        )
    if failed:
        print(f"briefing: {failed} file(s) could not be exported; the others were", file=sys.stderr)
        return EXIT_BAD_INPUT
    return EXIT_OK


def cmd_house_style(args: argparse.Namespace) -> int:
    from briefing.core.pack import house_style

    with _open(args) as store:
        if args.clear:
            house_style.clear(store)
        if args.docx:
            for note in house_style.set_part(store, "reference_docx", args.docx):
                print(f"{args.docx}: note: {note}", file=sys.stderr)
        if args.logo:
            house_style.set_part(store, "logo", args.logo)
        parts = house_style.describe(store)
    print(f"reference document: {parts.get('reference_docx', '(the shipped default)')}")
    print(f"logo: {parts.get('logo', '(none)')}")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from briefing.core.store import backup

    with _open(args) as store:
        if args.list:
            for item in backup.list_backups(store.path):
                print(f"{item.created:%Y-%m-%d %H:%M:%S}\t{item.reason}\t{item.size // 1024} KB\t{item.path}")
            return EXIT_OK
        target = backup.make_backup(store.conn, store.path, args.output)
    backup.check_backup_file(target)
    print(target)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from briefing.core.store import backup, default_store_path

    path = args.store or default_store_path()
    kept = backup.restore(path, args.file)
    print(f"{path}: restored from {args.file}")
    if kept is not None:
        print(f"the previous store is kept as {kept}")
    return EXIT_OK


# erase-contact: where a mention is, and how to edit it (Mention.kind, Mention.field, Mention.found)
_MENTION_FIELDS = {
    "title": "title",
    "delegation": "delegation",
    "host": "host",
    "location": "location",
    "purpose": "purpose",
    "classification": "marking",
    "kind": "kind",
    "description": "description",
    "name": "name",
    "name_latin": "name in Latin script",
    "function": "function",
    "email": "e-mail",
    "phone": "phone",
    "notes": "notes",
    "summary": "summary",
    "talking_points": "talking points",
    "body": "text",
    "source": "source",
    "url": "web address",
    "related": "related articles",
}
_MENTION_FOUND = {"name": "the name", "email": "the e-mail address", "phone": "the phone number",
                  "surname": "the surname (check it is the same person)"}  # fmt: skip
_MENTION_EDIT = {
    "visit": "edit it in the app: the visit, Details page",
    "programme_item": "edit it in the app: the visit, Programme page, the item",
    "participant": "edit it in the app: the visit, People page, Edit for this visit…",
    "visit_theme": "edit it in the app: the visit, Themes page",
    "contact": "edit it in the app: Contact library, Edit…",
    "theme": "edit it in the app: Theme library, Edit…",
    "article": "Briefing does not edit articles: it is shown in the app's Article library",
    "organisation": "Briefing does not edit organisations' notes yet",
}


def _mention_line(m) -> str:
    if m.kind == "visit":
        where = f"visit {m.id} {_line(m.title)!r}"
    elif m.kind == "programme_item":
        where = f"programme item {m.id} {_line(m.title)!r} of visit {m.visit_id} {_line(m.visit_title)!r}"
    elif m.kind == "participant":
        where = f"contact {m.id} {_line(m.title)!r} as a person of visit {m.visit_id} {_line(m.visit_title)!r}"
    elif m.kind == "visit_theme":
        where = f"theme {m.id} {_line(m.title)!r} of visit {m.visit_id} {_line(m.visit_title)!r}"
    else:
        where = f"{m.kind} {m.id} {_line(m.title)!r}"
    field = _MENTION_FIELDS.get(m.field, m.field)
    return f"still named in {where}, {field}: {_MENTION_FOUND.get(m.found, m.found)}; {_MENTION_EDIT[m.kind]}"


def cmd_erase_contact(args: argparse.Namespace) -> int:
    from briefing.core.privacy import erase_contact

    with _open(args) as store:
        erasure = erase_contact(store, args.contact_id)
    print(f"erased {erasure.name!r}: taken off {len(erasure.visits)} visit(s) and {erasure.items} programme item(s)")
    if erasure.exports:
        print(f"taken out of {erasure.exports} record(s) of the export history")
    for mention in erasure.mentions:
        print(_mention_line(mention))
    for path in erasure.backups:
        print(f"still held by the backup {path} (delete it, or let it roll off)")
    if erasure.leftover == "log_in_use":
        print(
            "briefing: warning: another program has the store open; the erased data leaves the store's "
            "write-ahead log when every program has closed it",
            file=sys.stderr,
        )
    elif erasure.leftover:
        print(
            "briefing: warning: the store file could not be rewritten (see the log); the erased data may "
            "remain in its unused space: free some disk space and run 'sqlite3 STORE VACUUM'",
            file=sys.stderr,
        )
    return EXIT_OK


def _newest_backup_advice(path) -> str:
    from briefing.core.store.backup import newest_backup

    newest = newest_backup(path) if path is not None else None
    if newest is None:
        return "restore a backup of the store, or open another store with --store"
    return f"restore the newest backup: briefing restore '{newest.path}'"


def cmd_check(args: argparse.Namespace) -> int:
    from briefing.core.store.health import check_store, repair_store

    try:
        store = _open(args, create=False)
    except StoreError as exc:
        print(f"damaged: {exc}", file=sys.stderr)
        from briefing.core.store import default_store_path

        print(_newest_backup_advice(args.store or default_store_path()), file=sys.stderr)
        return EXIT_NONE
    with store:
        path = store.path
        if args.repair:
            try:
                for action in repair_store(store):
                    print(f"{path}: {action}")
            except sqlite3.DatabaseError as exc:
                log.exception("repair failed")
                print(f"{path}: the repair failed ({exc}); nothing was changed", file=sys.stderr)
        problems = check_store(store)
    if problems:
        for problem in problems:
            print(f"{path}: {problem}", file=sys.stderr)
        if args.repair or not all(p.repairable for p in problems):
            print(
                f"{path}: damaged, and 'briefing check --repair' cannot mend this: {_newest_backup_advice(path)}",
                file=sys.stderr,
            )
        else:
            print(f"{path}: damaged: run 'briefing check --repair', or {_newest_backup_advice(path)}", file=sys.stderr)
        return EXIT_NONE
    from briefing.core.store.migrations import SCHEMA_VERSION

    print(f"{path}: healthy (schema version {SCHEMA_VERSION})")
    return EXIT_OK


def cmd_app(args: argparse.Namespace) -> int:
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")
    ):
        print(
            "briefing: no display (DISPLAY and WAYLAND_DISPLAY are unset): the app cannot open here.", file=sys.stderr
        )
        return EXIT_BAD_INPUT
    from briefing.ui.app import run_app

    return run_app(args.store)


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    None: cmd_app,
    "demo": cmd_demo,
    "visits": cmd_visits,
    "articles": cmd_articles,
    "contacts": cmd_contacts,
    "import-articles": cmd_import_articles,
    "search": cmd_search,
    "import-contacts": cmd_import_contacts,
    "export-contacts": cmd_export_contacts,
    "load": cmd_load,
    "dump": cmd_dump,
    "export": cmd_export,
    "export-all": cmd_export_all,
    "house-style": cmd_house_style,
    "check": cmd_check,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "erase-contact": cmd_erase_contact,
}


# ---------------------------------------------------------------- helpers


def _line(text: str) -> str:
    """One display line: no tabs or line breaks from user text."""
    return " ".join(text.split())


def _print_json(value: object) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    args = _parser().parse_args(argv)
    setup_logging()
    log.info("briefing %s: %s", __version__, args.command or "app")
    try:
        return COMMANDS[args.command](args)
    except (InvalidFile, NotFound) as exc:
        print(f"briefing: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BriefingError as exc:
        print(f"briefing: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            log.warning("store busy: %s", exc)
            print(
                "briefing: the store is in use by another Briefing that has been writing for over 15 s; "
                "wait for it to finish (or close it) and try again. Nothing was changed.",
                file=sys.stderr,
            )
            return EXIT_UNEXPECTED
        log.exception("store error")
        print(f"briefing: the store cannot be used ({exc}); run 'briefing check'", file=sys.stderr)
        return EXIT_UNEXPECTED
    except sqlite3.DatabaseError as exc:
        log.exception("store error")
        print(f"briefing: the store cannot be used ({exc}); run 'briefing check'", file=sys.stderr)
        return EXIT_UNEXPECTED
    except KeyboardInterrupt:
        print("briefing: interrupted; nothing half-written was kept", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:
        log.exception("unexpected error")
        print(
            f"briefing: unexpected error ({type(exc).__name__}: {exc}); details in {log_file()}",
            file=sys.stderr,
        )
        return EXIT_UNEXPECTED
