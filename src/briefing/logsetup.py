"""One rotating log file for the command line and the app."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

LOG_ENV = "BRIEFING_LOG_DIR"


def log_dir() -> Path:
    env = os.environ.get(LOG_ENV)
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_log_dir("Briefing", appauthor=False))


def log_file() -> Path:
    return log_dir() / "briefing.log"


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send log records to the rotating log file; returns its path (None if it cannot be written)."""
    root = logging.getLogger()
    path = log_file()
    for old in [h for h in root.handlers if getattr(h, "_briefing", False)]:
        if isinstance(old, logging.FileHandler) and Path(old.baseFilename) == path.absolute():
            return path
        root.removeHandler(old)
        old.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        return None
    handler._briefing = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path
