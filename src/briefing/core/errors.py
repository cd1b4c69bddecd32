"""Errors the core raises for a user to read: one clear line, never a traceback.

str(error) is that line in English (the CLI prints it). An error the app shows also carries a
code and the values to word it with (``labels.refusal_text`` says it in the interface's language).
"""

from __future__ import annotations


class BriefingError(Exception):
    """Something the user can act on; str(error) is the one line to show."""

    def __init__(self, message: str = "", code: str = "", **values: object) -> None:
        super().__init__(message)
        self.code = code
        self.values = values


class InvalidFile(BriefingError):
    """An input file that cannot be accepted; nothing was written."""


class NotFound(BriefingError):
    """An id that points nowhere."""


class StoreError(BriefingError):
    """The store cannot be opened or used."""
