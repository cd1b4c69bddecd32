"""Exporting a visit's pack: PDF, DOCX and iCalendar, written atomically.

The writers (and reportlab / python-docx) are imported only when an export runs.
"""

from __future__ import annotations

import errno
import os
import re
import sqlite3
import stat
import tempfile
from dataclasses import replace
from pathlib import Path

from briefing.core.errors import BriefingError
from briefing.core.model import Visit, VisitBundle
from briefing.core.pack.assemble import PackOptions, assemble
from briefing.core.progress import Progress, Steps
from briefing.core.store import Store, repo

FORMATS = ("pdf", "docx", "ics")

__all__ = [
    "FORMATS",
    "PackOptions",
    "PendingFile",
    "cut_to_bytes",
    "default_file_name",
    "export_steps",
    "read_pack",
    "render",
    "render_bundle",
    "write_atomically",
]


MAX_NAME_BYTES = 200  # a file name, extension included, in UTF-8: under every file system's 255

# Characters no file name gets: those Windows forbids, control characters, lone surrogates, and the
# bidirectional controls that make a name read otherwise than it is ("…gpj.exe" shown as "…exe.jpg").
_NOT_IN_NAMES = re.compile(r'[\x00-\x1f<>:"/\\|?*\x7f-\x9f\ud800-\udfff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]+')


def cut_to_bytes(text: str, limit: int) -> str:
    """The longest start of ``text`` that is at most ``limit`` bytes in UTF-8 (whole characters only)."""
    data = text.encode("utf-8", "surrogatepass")
    if len(data) <= limit:
        return text
    return data[: max(0, limit)].decode("utf-8", "ignore")  # drops only the last, incomplete character


def default_file_name(visit: Visit, fmt: str, options: PackOptions, tag: str = "") -> str:
    """'2024-04-22 Visite de travail – interne – FR.pdf': the start, the title, the reader and the
    language in the pack's own words (core/pack/labels.py), safe on Windows, macOS and Linux.

    ``tag`` ('#12') tells apart two visits of the same title and date. The title is cut so that the
    name stays within MAX_NAME_BYTES bytes (a title in Chinese is three bytes a character)."""
    from briefing.core.pack.labels import label

    start = _NOT_IN_NAMES.sub("", visit.start)
    tail = f"{tag} " if tag else ""
    tail += f"– {label(options.lang, f'file_{options.audience}')} – {options.lang.upper()}.{fmt}"
    whole = " ".join(_NOT_IN_NAMES.sub(" ", visit.title).split())
    budget = MAX_NAME_BYTES - len(f"{start}  {tail}".encode())
    title = cut_to_bytes(whole[:80], budget)
    if len(title) < len(whole) and whole[len(title)] != " " and " " in title.strip():  # at a word, not in one
        title = title.rstrip().rsplit(" ", 1)[0]
    title = title.strip(" .,;:–-") or label(options.lang, "file_visit", id=visit.id)
    return f"{start} {title} {tail}"


def read_pack(
    store: Store, visit_id: int, options: PackOptions, house_style: bool = True
) -> tuple[VisitBundle, PackOptions]:
    """What a pack is made from, read in one read transaction (one snapshot of the store): the
    visit's bundle, and the options with the store's house style and the pack's version for its
    reader (history.edition: the number, its date, what changed) filled in, unless ``house_style``
    is false: a calendar has neither. NotFound for no visit."""
    conn = store.conn
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")  # deferred: a read transaction, no write lock
    try:
        bundle = repo.visit_bundle(store, visit_id)
        if house_style:
            from briefing.core.pack.history import with_edition

            options = with_edition(store, visit_id, bundle, with_house_style(store, options))
    finally:
        if own and conn.in_transaction:
            conn.execute("COMMIT")
    return bundle, options


def render_bundle(bundle: VisitBundle, fmt: str, options: PackOptions) -> bytes:
    """The pack in one format, as bytes, from what ``read_pack`` read (it touches no store)."""
    if fmt == "ics":
        from briefing.export.ics import write_ics

        return write_ics(bundle, options)
    document = assemble(bundle, options)
    if fmt == "pdf":
        from briefing.export.pdf import write_pdf

        return write_pdf(document)
    if fmt == "docx":
        from briefing.export.docx import write_docx

        return write_docx(document)
    raise ValueError(f"unknown format {fmt!r}")


def render(store: Store, visit_id: int, fmt: str, options: PackOptions) -> bytes:
    """The pack in one format, as bytes (the app's preview uses this too)."""
    bundle, options = read_pack(store, visit_id, options, house_style=fmt != "ics")
    return render_bundle(bundle, fmt, options)


def with_house_style(store: Store, options: PackOptions) -> PackOptions:
    """The options with the store's house style filled in where they name none."""
    from briefing.core.pack import house_style

    return replace(
        options,
        logo=options.logo if options.logo is not None else house_style.get_part(store, "logo"),
        reference_docx=(
            options.reference_docx
            if options.reference_docx is not None
            else house_style.get_part(store, "reference_docx")
        ),
    )


def export_steps(
    store: Store, visit_id: int, fmt: str, target: Path, options: PackOptions, password: str | None = None
) -> Steps[Path]:
    """Export one pack to ``target``: a temporary file beside it, then a rename. A ``password`` locks
    a PDF (AES-256); no other format takes one.

    The visit is read once: the file is rendered from that one read, and the pack's history records
    that same read (its content hash and snapshot), so the record describes the file even when the
    visit is edited meanwhile (the change then shows as a change since the export).
    The file is put in place inside the transaction that records the export in the pack's history:
    either both happen, or neither (a busy store changes nothing, not even the file)."""
    if fmt not in FORMATS:
        raise BriefingError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if password is not None:
        from briefing.export.protect import check_password

        if fmt != "pdf":
            raise BriefingError(f"only a PDF can be protected with a password, not a {fmt.upper()} file")
        check_password(password)
    target = Path(target)
    yield Progress(0, 3, "reading the visit")
    # NotFound before any file is touched
    bundle, full_options = read_pack(store, visit_id, options, house_style=fmt != "ics")
    yield Progress(1, 3, f"laying out the {fmt.upper()}")
    data = render_bundle(bundle, fmt, full_options)
    if password is not None:
        from briefing.export.protect import protect_pdf

        data = protect_pdf(data, password)
    yield Progress(2, 3, f"writing {target.name}")
    from briefing.core.pack.history import record_export

    with PendingFile(target, data) as pending:
        try:  # the pack's history, and what changed since
            record_export(store, visit_id, fmt, full_options, str(target), publish=pending.publish, bundle=bundle)
        except sqlite3.Error as exc:
            if not pending.published:
                raise
            raise BriefingError(
                f"{target}: the pack is written, but the store could not record the export in the pack's "
                f"history ({exc})"
            ) from exc
    yield Progress(3, 3, "done")
    return target


def write_atomically(target: Path, data: bytes) -> None:
    """Never a half-written file: write a temporary file in the same folder, then rename it.

    A character device or a named pipe (/dev/null, /dev/stdout) is written into, never replaced;
    a folder or any other special file is refused."""
    with PendingFile(target, data) as pending:
        pending.publish()


class PendingFile:
    """A file's new content, written and synced beside ``target`` but not yet in its place.

    ``publish()`` puts it in place (a rename); leaving the ``with`` block without publishing, or
    any error, removes the temporary file. A new file gets the mode the umask gives (as any
    program's would), a replaced one keeps its own. Every OSError is one line (BriefingError)."""

    def __init__(self, target: Path, data: bytes) -> None:
        self.target = Path(target)
        self.data = data
        self.published = False
        self._tmp: Path | None = None
        self._into = False  # write into the target itself (a device or a pipe)
        self._place = self.target

    def __enter__(self) -> PendingFile:
        target = self.target
        try:
            info = os.stat(target)
        except FileNotFoundError:
            info = None
        except OSError as exc:
            raise BriefingError(f"{target}: cannot write the file ({_why(exc)})") from exc
        if info is not None and stat.S_ISDIR(info.st_mode):
            raise BriefingError(f"{target}: is a folder; give a file name")
        if info is not None and (stat.S_ISCHR(info.st_mode) or stat.S_ISFIFO(info.st_mode)):
            self._into = True
            return self
        if info is not None and not stat.S_ISREG(info.st_mode):
            raise BriefingError(f"{target}: is not a regular file; choose another file name")
        if target.is_symlink():  # the file the link points to is replaced, never the link
            self._place = Path(os.path.realpath(target))
        place = self._place
        mode = info.st_mode & 0o777 if info is not None else 0o666 & ~_umask()
        try:
            place.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(
                prefix=f".{cut_to_bytes(place.name, MAX_NAME_BYTES)}.", suffix=".part", dir=place.parent
            )
        except OSError as exc:
            raise BriefingError(f"{target}: cannot write into {place.parent} ({_why(exc)})") from exc
        self._tmp = Path(tmp)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(self.data)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp, mode)  # mkstemp made it private (0600)
        except BaseException as exc:
            self._discard()
            if isinstance(exc, OSError):
                raise BriefingError(f"{target}: cannot write the file ({_why(exc)})") from exc
            raise
        return self

    def publish(self) -> None:
        try:
            if self._into:  # opened as it is: not created, not truncated, not renamed over
                with os.fdopen(os.open(self.target, os.O_WRONLY), "wb") as handle:
                    handle.write(self.data)
            else:
                assert self._tmp is not None
                if os.path.lexists(self._place) and not os.path.isfile(self._place):  # changed since
                    raise BriefingError(f"{self.target}: is not a regular file; choose another file name")
                os.replace(self._tmp, self._place)
                self._tmp = None
                _sync_folder(self._place.parent)
        except OSError as exc:
            raise BriefingError(f"{self.target}: cannot write the file ({_why(exc)})") from exc
        self.published = True

    def __exit__(self, *exc: object) -> None:
        self._discard()

    def _discard(self) -> None:
        if self._tmp is not None:
            self._tmp.unlink(missing_ok=True)
            self._tmp = None


def _umask() -> int:
    """The process's umask, read without changing it where the system tells it (Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _sync_folder(folder: Path) -> None:
    """The rename itself on disk (POSIX); where a folder cannot be opened, nothing to do."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _why(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full: free some space or choose another disk"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied: choose a folder you can write to, or close the file if it is open elsewhere"
    if exc.errno == errno.ENAMETOOLONG:
        return "the file name is too long: choose a shorter one"
    if exc.errno == errno.EROFS:
        return "the disk is read-only: choose another folder"
    return exc.strerror or str(exc)
