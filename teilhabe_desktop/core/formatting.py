"""Texts and numbers as people in Germany read them: short quotes, "1.234"."""

from __future__ import annotations

#: length of a text quoted in a message ("Der Wunsch „…“ kann nicht …")
QUOTE_LENGTH = 40
#: length of a text named in a list entry or a short label (e.g. a goal to choose)
LABEL_LENGTH = 60


def shorten(text: str | None, limit: int = QUOTE_LENGTH) -> str:
    """``text`` on one line (white space folded), cut to ``limit`` characters with "…"."""
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def german_number(value: int) -> str:
    """A whole number with a dot between thousands: ``12.345``."""
    return f"{value:,}".replace(",", ".")
