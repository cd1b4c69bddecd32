"""Slow work off the GUI thread, through one helper: ``run_steps`` drives a core generator of
Progress in a worker thread, on its own store connection, and reports back by signals."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from briefing.core.errors import BriefingError
from briefing.core.progress import Progress

log = logging.getLogger(__name__)


class _Worker(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, store_path: Path, make_steps: Callable[[Any], Any]) -> None:
        super().__init__()
        self.store_path = store_path
        self.make_steps = make_steps
        self.cancelled = False

    def run(self) -> None:
        from briefing.core.store import open_store

        try:
            with open_store(self.store_path) as store:
                steps = self.make_steps(store)
                while True:
                    if self.cancelled:
                        steps.close()  # a store transaction in progress rolls back
                        self.failed.emit("")
                        return
                    try:
                        step: Progress = next(steps)
                    except StopIteration as stop:
                        self.finished.emit(stop.value)
                        return
                    self.progress.emit(step.done, step.total, step.message)
        except BriefingError as error:
            self.failed.emit(str(error))
        except Exception as error:
            log.exception("background work failed")
            self.failed.emit(f"{type(error).__name__}: {error}")


class Job(QObject):
    """A running background job. Jobs keep themselves alive until their thread ends (a page that
    started one may be closed meanwhile); ``wait_all`` cancels and joins them, e.g. at quit."""

    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(str)  # "" when cancelled

    def __init__(self, store_path: Path, make_steps: Callable[[Any], Any], parent: QObject | None = None) -> None:
        super().__init__()  # no Qt parent: closing a page must not destroy a running thread
        self._thread = QThread()
        self._worker = _Worker(store_path, make_steps)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self.progress)
        self._worker.finished.connect(self._finish_ok)
        self._worker.failed.connect(self._finish_failed)

    def start(self) -> Job:
        _RUNNING.add(self)
        _quit_hook()
        self._thread.start()
        return self

    def cancel(self) -> None:
        self._worker.cancelled = True

    def wait(self, msecs: int = 30000) -> bool:
        return self._thread.wait(msecs)

    def _stop(self) -> None:
        self._thread.quit()
        self._thread.wait()
        _RUNNING.discard(self)

    def _finish_ok(self, value: object) -> None:
        self._stop()
        self.done.emit(value)

    def _finish_failed(self, message: str) -> None:
        self._stop()
        self.failed.emit(message)


_RUNNING: set[Job] = set()
_hooked = False


def _quit_hook() -> None:
    global _hooked
    app = QCoreApplication.instance()
    if app is not None and not _hooked:
        app.aboutToQuit.connect(wait_all)
        _hooked = True


def wait_all(msecs: int = 30000) -> None:
    """Cancel every running job and wait for its thread (a transaction in progress rolls back)."""
    for job in list(_RUNNING):
        job.cancel()
    for job in list(_RUNNING):
        job._thread.quit()
        job._thread.wait(msecs)
    QCoreApplication.processEvents()
    _RUNNING.clear()


def run_steps(store_path: Path, make_steps: Callable[[Any], Any], parent: QObject | None = None) -> Job:
    return Job(store_path, make_steps, parent).start()
