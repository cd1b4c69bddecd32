"""Errors the core raises for a user to read: one clear line, never a traceback."""


class BriefingError(Exception):
    """Something the user can act on; str(error) is the one line to show."""


class InvalidFile(BriefingError):
    """An input file that cannot be accepted; nothing was written."""


class NotFound(BriefingError):
    """An id that points nowhere."""


class StoreError(BriefingError):
    """The store cannot be opened or used."""
