"""The local SQLite store: connection, schema migrations and queries."""

from briefing.core.store.connection import Store, default_store_path, open_store

__all__ = ["Store", "default_store_path", "open_store"]
