"""The Qt binding itself: a release whose Signal.emit loses a reference to True aborts the app
after a few hundred signals (PySide6 6.12.0 on Python 3.11); this fails instead."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    tick = Signal(int)


def test_emitting_many_signals_keeps_reference_counts(qapp):
    emitter = _Emitter()
    seen = []
    emitter.tick.connect(seen.append)
    before = sys.getrefcount(True)
    for n in range(300):
        emitter.tick.emit(n)
    assert len(seen) == 300
    assert sys.getrefcount(True) >= before - 5
