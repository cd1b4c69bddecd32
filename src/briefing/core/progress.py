"""Long work (load, import, export) is a generator of Progress; its return value is the result.

The command line, the app's progress dialog and the tests all drive the same generator.
Closing the generator early cancels the work (a store transaction rolls back).
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Progress:
    done: int
    total: int
    message: str = ""


Steps = Generator[Progress, None, T]


def run(steps: Steps[T], on_progress: Callable[[Progress], None] | None = None) -> T:
    """Drive ``steps`` to the end and return its result."""
    while True:
        try:
            progress = next(steps)
        except StopIteration as stop:
            result: T = stop.value
            return result
        if on_progress is not None:
            on_progress(progress)
