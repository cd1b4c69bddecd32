"""Widgets and wiring shared by the pages."""

from briefing.ui.widgets.connect import connect_click

__all__ = ["connect_click"]
