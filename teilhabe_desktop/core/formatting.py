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


def german_decimal(value: float) -> str:
    """A number with a decimal comma and no trailing zeros: ``6``, ``6,5``."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def german_hours(hours: float | None, unit: str) -> str:
    """A scope of hours per ``unit`` as printed in a plan: ``6,5 Std./Woche``; "" for none."""
    if hours is None:
        return ""
    return f"{german_decimal(hours)} Std./{unit}"
