"""Undo/redo for edits made during a planning session."""
