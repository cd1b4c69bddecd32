"""A PDF locked with a password, for a pack that leaves the house: AES-256 through pypdf (the
``cryptography`` package does the cipher). reportlab's own 256-bit encryption is not used: it
writes a revision that poppler and pypdf could not open.

The password is never stored: not in the store, the pack's history or the settings."""

from __future__ import annotations

import io
import sys
from pathlib import Path

from briefing.core.errors import BriefingError, InvalidFile

MAX_PASSWORD_BYTES = 127  # PDF 2.0 (revision 6) reads no more of a password than this, in UTF-8


def check_password(password: str) -> str:
    """The password as given, or BriefingError saying why it cannot lock a PDF."""
    if not password:
        raise BriefingError("the password is empty")
    if any(ord(c) < 32 or ord(c) == 127 for c in password):
        raise BriefingError("the password holds a control character (a tab or a line break)")
    if len(password.encode("utf-8", "surrogatepass")) > MAX_PASSWORD_BYTES:
        raise BriefingError(f"the password is longer than a PDF reads ({MAX_PASSWORD_BYTES} bytes in UTF-8)")
    return password


def protect_pdf(data: bytes, password: str) -> bytes:
    """``data`` (a PDF) encrypted with AES-256: it opens only with ``password``. Outline, links and
    metadata are kept."""
    import pypdf

    check_password(password)
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(data))
    writer.encrypt(user_password=password, owner_password=None, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def read_password_file(name: str) -> str:
    """The password in the first line of a file ('-': standard input), for the command line (a
    password given as an argument would show in the process list). InvalidFile when there is none."""
    try:
        if name == "-":
            line = sys.stdin.readline()
        else:
            with Path(name).open(encoding="utf-8") as handle:
                line = handle.readline()
    except (OSError, UnicodeDecodeError) as exc:
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise InvalidFile(f"--password-file {name}: cannot read it ({why})") from None
    password = line.rstrip("\r\n")
    try:
        return check_password(password)
    except BriefingError as exc:
        where = "standard input" if name == "-" else name
        raise InvalidFile(f"--password-file {where}: {exc} (the first line is the password)") from None
