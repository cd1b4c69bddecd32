"""Exporting a visit's pack: PDF, DOCX and iCalendar, written atomically.

The writers (and reportlab / python-docx) are imported only when an export runs.
"""

from __future__ import annotations

import errno
import os
import re
import tempfile
from dataclasses import replace
from pathlib import Path

from briefing.core.errors import BriefingError
from briefing.core.model import Visit
from briefing.core.pack.assemble import PackOptions, assemble
from briefing.core.progress import Progress, Steps
from briefing.core.store import Store, repo

FORMATS = ("pdf", "docx", "ics")

__all__ = ["FORMATS", "PackOptions", "default_file_name", "export_steps", "render"]


def default_file_name(visit: Visit, fmt: str, options: PackOptions) -> str:
    """'2024-04-22 Studiebezoek ... (nl, internal).pdf', safe on Windows, macOS and Linux."""
    title = re.sub(r'[\x00-\x1f<>:"/\\|?*\x7f]+', " ", visit.title)
    title = " ".join(title.split()).strip(" .")[:80] or f"visit {visit.id}"
    return f"{visit.start} {title} ({options.lang}, {options.audience}).{fmt}"


def render(store: Store, visit_id: int, fmt: str, options: PackOptions) -> bytes:
    """The pack in one format, as bytes (the app's preview uses this too)."""
    bundle = repo.visit_bundle(store, visit_id)
    if fmt == "ics":
        from briefing.export.ics import write_ics

        return write_ics(bundle, options)
    document = assemble(bundle, with_house_style(store, options))
    if fmt == "pdf":
        from briefing.export.pdf import write_pdf

        return write_pdf(document)
    if fmt == "docx":
        from briefing.export.docx import write_docx

        return write_docx(document)
    raise ValueError(f"unknown format {fmt!r}")


def with_house_style(store: Store, options: PackOptions) -> PackOptions:
    """The options with the store's house style filled in where they name none."""
    from briefing.core import house_style

    return replace(
        options,
        logo=options.logo if options.logo is not None else house_style.get_part(store, "logo"),
        reference_docx=(
            options.reference_docx
            if options.reference_docx is not None
            else house_style.get_part(store, "reference_docx")
        ),
    )


def export_steps(store: Store, visit_id: int, fmt: str, target: Path, options: PackOptions) -> Steps[Path]:
    """Export one pack to ``target``: a temporary file beside it, then a rename."""
    if fmt not in FORMATS:
        raise BriefingError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    target = Path(target)
    yield Progress(0, 3, "reading the visit")
    repo.get_visit(store, visit_id)  # NotFound before any file is touched
    yield Progress(1, 3, f"laying out the {fmt.upper()}")
    data = render(store, visit_id, fmt, options)
    yield Progress(2, 3, f"writing {target.name}")
    write_atomically(target, data)
    from briefing.core.pack_history import record_export

    record_export(store, visit_id, fmt, options, str(target))  # the pack's history, and what changed since
    yield Progress(3, 3, "done")
    return target


def write_atomically(target: Path, data: bytes) -> None:
    """Never a half-written file: write a temporary file in the same folder, then rename it."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise BriefingError(f"{target}: cannot write into {target.parent} ({_why(exc)})") from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise BriefingError(f"{target}: cannot write the file ({_why(exc)})") from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _why(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full: free some space or choose another disk"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied: choose a folder you can write to, or close the file if it is open elsewhere"
    if exc.errno == errno.EROFS:
        return "the disk is read-only: choose another folder"
    return exc.strerror or str(exc)
