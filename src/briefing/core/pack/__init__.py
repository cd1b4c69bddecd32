"""The briefing pack: a document model assembled once from the store, rendered by each writer."""

SECTIONS = ("cover", "toc", "practical", "programme", "people", "themes", "articles")
