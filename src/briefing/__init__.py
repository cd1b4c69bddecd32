"""Briefing: briefing packs for delegation visits."""

__version__ = "0.1.0"
