"""Widgets and wiring shared by the pages."""

from briefing.ui.widgets.connect import connect_click
from briefing.ui.widgets.roles import ID_ROLE, NEWER_ROLE

__all__ = ["ID_ROLE", "NEWER_ROLE", "connect_click"]
