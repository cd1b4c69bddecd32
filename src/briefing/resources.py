"""Where the shipped resources (fonts, demo data, schema, templates) live.

Installed from a wheel or a bundle they sit inside the package (``briefing/resources``);
in a source checkout they are the repository's top-level ``resources/``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parents[1] / "resources"):
        if (candidate / "demo").is_dir():
            return candidate
    raise FileNotFoundError("Briefing's resources folder is missing: reinstall Briefing")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
