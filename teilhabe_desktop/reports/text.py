"""User text into paragraphs: reportlab's own ``Paragraph``, always with escaped text.

A paragraph's text is markup; user text goes in only through :func:`para` (or already
escaped with :mod:`escaping`), so "<b>Anna & Co</b>" prints as written.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from teilhabe_desktop.reports.escaping import esc


def para(text: str | None, style: ParagraphStyle, label: str = "") -> Paragraph:
    """User text (not markup) as a paragraph, optionally after a bold "label:"."""
    prefix = f"<b>{esc(label)}:</b> " if label else ""
    return Paragraph(prefix + esc(text), style)
