"""Slow work off the GUI thread, through one helper: ``run_steps`` drives a core generator of
Progress in a worker thread, on its own store connection, and reports back by signals."""

from __future__ import annotations

import logging
import time
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
        try:
            self._run()
        finally:
            QThread.currentThread().quit()  # the thread ends with the work, not when the GUI gets round to it

    def _run(self) -> None:
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
    """A running background job, on one store. Every job is kept in one registry until its thread
    has ended (a page that started one may be closed meanwhile: a QThread destroyed while running
    aborts the app). ``drop`` cancels a job and forgets its result, e.g. when the window shows
    another store; ``stop_jobs`` drops jobs and joins them with a bounded wait."""

    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(str)  # "" when cancelled

    def __init__(self, store_path: Path, make_steps: Callable[[Any], Any], parent: QObject | None = None) -> None:
        super().__init__()  # no Qt parent: closing a page must not destroy a running thread
        self.store_path = Path(store_path)
        self.dropped = False
        self._thread = QThread()
        self._worker = _Worker(self.store_path, make_steps)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._thread.finished.connect(self._ended)
        self._worker.progress.connect(self._progress)
        self._worker.finished.connect(self._finish_ok)
        self._worker.failed.connect(self._finish_failed)

    def start(self) -> Job:
        if _closing:  # the app is quitting: a thread started now could outlive it
            self.dropped = True
            return self
        _RUNNING.add(self)
        _quit_hook()
        self._thread.start()
        return self

    def cancel(self) -> None:
        self._worker.cancelled = True

    def drop(self) -> None:
        """Cancel, and let no result or failure of this job reach the window any more."""
        self.dropped = True
        self.cancel()

    def running(self) -> bool:
        return self._thread.isRunning()

    def wait(self, msecs: int = 30000) -> bool:
        return self._thread.wait(msecs)

    def _progress(self, done: int, total: int, message: str) -> None:
        if not self.dropped:
            self.progress.emit(done, total, message)

    def _finish_ok(self, value: object) -> None:
        self._thread.wait(5000)  # the thread ends right after its last signal
        if not self.dropped:
            self.done.emit(value)

    def _finish_failed(self, message: str) -> None:
        self._thread.wait(5000)
        if not self.dropped:
            self.failed.emit(message)

    def _ended(self) -> None:
        self._thread.wait()  # returns at once: ``finished`` is the thread's last act
        _RUNNING.discard(self)


_RUNNING: set[Job] = set()  # every job whose thread may still run: the one registry
_hooked = False
_closing = False


def _quit_hook() -> None:
    global _hooked
    app = QCoreApplication.instance()
    if app is not None and not _hooked:
        app.aboutToQuit.connect(_at_quit)
        _hooked = True


def _at_quit() -> None:
    global _closing
    _closing = True
    if not wait_all():
        log.warning("waiting for background work to end before quitting")
        wait_all(-1)  # a running thread is never destroyed


def running_jobs(store_path: Path | None = None) -> list[Job]:
    """The jobs whose thread still runs (on ``store_path``, or any store)."""
    return [job for job in _RUNNING if job.running() and (store_path is None or job.store_path == Path(store_path))]


def stop_jobs(store_path: Path | None = None, msecs: int = 30000) -> bool:
    """Drop the jobs on ``store_path`` (every job when None): cancel them, forget their results,
    and wait at most ``msecs`` (-1: as long as it takes) for their threads. True when all ended;
    a job still running stays registered until its thread ends by itself."""
    jobs = [job for job in _RUNNING if store_path is None or job.store_path == Path(store_path)]
    for job in jobs:
        job.drop()
    deadline = time.monotonic() + msecs / 1000
    ended = True
    for job in jobs:
        left = -1 if msecs < 0 else max(0, int((deadline - time.monotonic()) * 1000))
        if job._thread.wait(left) if left >= 0 else job._thread.wait():
            _RUNNING.discard(job)
        else:
            ended = False
    return ended


def wait_all(msecs: int = 30000) -> bool:
    """Cancel every job and wait for its thread (a transaction in progress rolls back)."""
    return stop_jobs(None, msecs)


def run_steps(store_path: Path, make_steps: Callable[[Any], Any], parent: QObject | None = None) -> Job:
    return Job(store_path, make_steps, parent).start()
