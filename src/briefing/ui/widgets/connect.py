"""One way to connect a button or an action to what it does.

``clicked`` and ``triggered`` carry a ``checked`` flag; connected straight to a method with an
optional first parameter, that flag arrives as the parameter (``add_item(False)``). Everything in
the interface is connected here instead, and the slot gets exactly the arguments given."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton


def connect_click(source: QAbstractButton | QAction, slot: Callable[..., Any], *args: Any) -> None:
    """Call ``slot(*args)`` when ``source`` (a button or an action) is clicked or triggered."""

    def call(_checked: bool = False) -> None:
        slot(*args)

    signal = source.triggered if isinstance(source, QAction) else source.clicked
    signal.connect(call)
