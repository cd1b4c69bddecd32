"""Reading an input file whole, up to a limit: never more than the limit (plus one byte) is read.

A device, pipe or socket (``/dev/zero``, a FIFO) is refused before anything is read, and a file
that grows while it is read is refused at the limit; every refusal is one line (InvalidFile).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from briefing.core.errors import InvalidFile


def megabytes(size: int) -> str:
    """A size for people: "3 KB", "2.5 MB", "65 MB"."""
    if size < 1_000_000:
        return f"{max(size, 1) / 1000:,.0f} KB" if size >= 1000 else f"{size} bytes"
    mb = size / 1_000_000
    return f"{mb:.1f} MB" if mb < 10 else f"{mb:,.0f} MB"


def read_capped(path: Path | str, limit: int, name: str, what: str) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; InvalidFile with one line otherwise.

    ``name`` is how messages show the file, ``what`` what it is meant to be ("a contacts file").
    """
    try:
        # O_NONBLOCK: opening a FIFO that nobody writes to must not hang; no effect on regular files
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if stat.S_ISDIR(info.st_mode):
                raise InvalidFile(f"{name}: is a folder, not a file")
            if not stat.S_ISREG(info.st_mode):
                raise InvalidFile(f"{name}: not a regular file (a device, pipe or socket); give the path of {what}")
            if info.st_size > limit:
                raise InvalidFile(
                    f"{name}: too large for {what} ({megabytes(info.st_size)}; at most {megabytes(limit)})"
                )
            data = handle.read(limit + 1)
    except IsADirectoryError:
        raise InvalidFile(f"{name}: is a folder, not a file") from None
    except OSError as error:
        raise InvalidFile(f"{name}: cannot read the file ({error.strerror or error})") from None
    if len(data) > limit:  # it grew after the size was read
        raise InvalidFile(f"{name}: too large for {what} (more than {megabytes(limit)})")
    return data


__all__ = ["megabytes", "read_capped"]
