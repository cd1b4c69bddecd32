"""The one progress dialog of the interface, and core steps run off the GUI thread behind it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from briefing.ui.worker import Job, run_steps

if TYPE_CHECKING:
    from briefing.ui.pages.base import Page


def progress_dialog(
    parent: QWidget,
    label: str,
    *,
    title: str = "",
    name: str = "",
    maximum: int = 1,
    min_duration: int = 400,
) -> QProgressDialog:
    """A window-modal progress dialog with Cancel that shows only if the work lasts ``min_duration``
    ms, and stays (no auto close or reset) until the caller closes it."""
    dialog = QProgressDialog(label, QCoreApplication.translate("ProgressJob", "Cancel"), 0, max(maximum, 1), parent)
    if name:
        dialog.setObjectName(name)
    if title:
        dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(min_duration)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    return dialog


def close_progress(dialog: QProgressDialog) -> None:
    """Close a progress dialog for good. ``reset`` first: it stops the timer that would otherwise
    show the dialog after the work ended, when the work took less than its minimum duration."""
    dialog.reset()
    dialog.hide()
    dialog.deleteLater()


class ProgressJob(QObject):
    """Core steps run off the GUI thread, with a progress dialog whose Cancel stops them.

    ``finished`` carries the steps' result, or None when they were cancelled or failed (a failure
    is reported in one message first)."""

    finished = Signal(object)

    def __init__(
        self,
        widget: Page,  # a page: its store, and where the dialog shows
        title: str,
        label: str,
        make_steps: Callable[[Any], Any],
        total: int = 0,
    ) -> None:
        super().__init__(widget)
        self.widget = widget
        self.title = title
        self.label = label
        self.over = False
        self.dialog = progress_dialog(widget, label, title=title, maximum=total)
        # the worker's registry keeps the job until its thread ends: a page closed mid-way cancels it
        self.job: Job = run_steps(widget.store.path, make_steps)
        self.destroyed.connect(self.job.cancel)
        self.dialog.canceled.connect(self.job.cancel)
        self.job.progress.connect(self._progress)
        self.job.done.connect(self._done)
        self.job.failed.connect(self._failed)

    def cancel(self) -> None:
        self.job.cancel()

    def _progress(self, done: int, total: int, message: str) -> None:
        if self.over:
            return
        self.dialog.setLabelText(f"{self.label}\n{message}" if message else self.label)
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))

    def _close_dialog(self) -> None:
        self.over = True
        self.dialog.canceled.disconnect(self.job.cancel)
        close_progress(self.dialog)

    def _done(self, result: object) -> None:
        self._close_dialog()
        self.finished.emit(result)

    def _failed(self, message: str) -> None:
        self._close_dialog()
        if message:  # "" is a cancel: nothing to report
            QMessageBox.warning(self.widget, self.title, self.tr("The work stopped: {}").format(message))
        self.finished.emit(None)


__all__ = ["ProgressJob", "progress_dialog"]
