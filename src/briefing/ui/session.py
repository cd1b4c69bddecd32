"""The app's hold on one store: every edit goes through ``Session.do``, which runs the core
operation (one transaction), pushes it on the undo stack, and tells the pages what changed."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from briefing.core.errors import BriefingError
from briefing.core.store import Store

if TYPE_CHECKING:
    from briefing.core import edit

log = logging.getLogger(__name__)

# what an edit touches, so only the pages that show it reload
AREAS = ("visits", "details", "programme", "people", "themes", "articles", "contacts", "library")


def refusal(error: BriefingError) -> str:
    """The core's refusal in the interface's language (its English line when it carries no code)."""
    from briefing.core.pack.labels import refusal_text
    from briefing.ui.i18n import interface_language

    return refusal_text(interface_language(), error.code, error.values, str(error))


class _ChangeCommand(QUndoCommand):
    def __init__(
        self,
        session: Session,
        change: edit.Change,
        areas: tuple[str, ...],
        label: str,
        after: Callable[[bool], None] | None = None,
    ) -> None:
        super().__init__(label)
        self.session = session
        self.change = change
        self.areas = areas
        self.after = after  # told forward=True after a redo, False after an undo
        self._done = True  # the operation already ran when the command was pushed

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        if self.session.replay(self.change, self.areas, forward=True) and self.after is not None:
            self.after(True)

    def undo(self) -> None:
        if self.session.replay(self.change, self.areas, forward=False) and self.after is not None:
            self.after(False)


class Session(QObject):
    changed = Signal(object)  # a frozenset of AREAS
    failed = Signal(str, str)  # what went wrong, what to do

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)

    def do(
        self,
        action: Callable[[], edit.Change],
        areas: tuple[str, ...],
        label: str = "",
        after: Callable[[bool], None] | None = None,
    ) -> edit.Change | None:
        """Run one edit; on a refusal, say why (``failed``) and change nothing. ``after(forward)``
        runs once an undo (False) or redo (True) of it is done: to show what came back."""
        try:
            change = action()
        except BriefingError as error:
            self.failed.emit(refusal(error), self.tr("Correct the value and try again."))
            return None
        except Exception as error:  # an unexpected failure: logged, reported, the store unchanged
            log.exception("edit failed")
            self.failed.emit(
                self.tr("The change could not be saved ({}).").format(type(error).__name__),
                self.tr("Nothing was changed. Details are in the log file."),
            )
            return None
        if not change.empty:
            self.undo_stack.push(_ChangeCommand(self, change, areas, label or change.label, after))
            self.changed.emit(frozenset(areas))
        return change

    def replay(self, change: edit.Change, areas: tuple[str, ...], forward: bool) -> bool:
        from briefing.core import edit

        try:
            (edit.redo if forward else edit.undo)(self.store, change)
        except Exception as error:
            log.exception("undo/redo failed")
            self.failed.emit(
                self.tr("Could not undo or redo this step ({}).").format(type(error).__name__),
                self.tr("The store is unchanged. Details are in the log file."),
            )
            return False
        self.changed.emit(frozenset(areas))
        return True

    def refresh(self, *areas: str) -> None:
        """Something outside the undo stack changed the store (an import)."""
        self.changed.emit(frozenset(areas or AREAS))


@contextmanager
def one_undo_step(session: Session, label: str) -> Iterator[None]:
    """Every ``session.do`` inside the block becomes one entry of the undo stack; if none of them
    changed anything, no (empty) entry is left behind. The one way the interface groups edits."""
    stack = session.undo_stack
    stack.beginMacro(label)
    try:
        yield
    finally:
        stack.endMacro()
        command = stack.command(stack.index() - 1)
        if command is not None and command.childCount() == 0 and command.text() == label:
            command.setObsolete(True)
            stack.undo()  # an obsolete command is dropped, not undone
