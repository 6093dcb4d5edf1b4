"""User text into reportlab paragraphs: escaped, cleaned, and cut into splittable pieces.

Paragraph text is a small XML dialect; a name like "<b>Müller & Söhne" must print
verbatim. Control characters (other than line breaks) would break the parser.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from teilhabe_desktop.reports.glyphs import printable

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def clean(text: str | None) -> str:
    """Text without control characters, every character printable with the shipped font;
    line breaks normalised to ``\\n``."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return printable(_SURROGATE.sub("", _CONTROL.sub("", text)))


def esc(text: str | None) -> str:
    """Escape one piece of user text for a paragraph; line breaks become ``<br/>``."""
    return escape(clean(text)).replace("\n", "<br/>")


def esc_lines(text: str | None) -> list[str]:
    """Escaped text cut at line breaks, one entry per non-empty line.

    Long notes become many small paragraphs, so they flow across pages quickly.
    """
    return [escape(line) for line in clean(text).split("\n") if line.strip()]
