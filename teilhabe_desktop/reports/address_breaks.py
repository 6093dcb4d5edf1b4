"""Web and e-mail addresses (and "A/B" word pairs) wider than their column break at
their separators.

reportlab splits a web address only after a "/" and only with a scheme; an address such
as "tierhof-treff@example.org" in a narrow column would be cut anywhere
("tierhof-treff@example.o|rg"). Here an address breaks after "@", ".", "/", "-" …, so
each line ends where a reader expects a part to end, and never with a hyphen added.
"""

from __future__ import annotations

import re

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth

#: a web or e-mail address ("@", "://", "www." or a dotted name with a slash), or two
#: words joined by a slash ("Freundschaft/Nachbarschaft")
ADDRESS = re.compile(
    r"^(\S+@\S+\.\S+|\S*://\S+|www\.\S+|\S+\.[a-z]{2,}/\S*|[^\W\d_]+/[^\W\d_]+)$", re.I
)
#: break after these (the separator stays at the end of the line)
AFTER = re.compile(r"(?<=[@./\-_?&=#:])")


def _fits(text: str, style: ParagraphStyle, width: float) -> bool:
    return stringWidth(text, style.fontName, style.fontSize) <= width


def break_address(token: str, style: ParagraphStyle, width: float) -> list[str]:
    """``token`` in lines of at most ``width`` points, broken only after a separator
    (one piece wider than ``width`` stays whole: reportlab cuts it as a last resort)."""
    if _fits(token, style, width) or not ADDRESS.match(token):
        return [token]
    lines: list[str] = []
    current = ""
    for piece in (p for p in AFTER.split(token) if p):
        if current and not _fits(current + piece, style, width):
            lines.append(current)
            current = piece
        else:
            current += piece
    lines.append(current)
    return lines


def break_addresses(text: str, style: ParagraphStyle, width: float) -> str:
    """``text`` with each line that is a too-wide address broken into several lines."""
    out: list[str] = []
    for line in text.split("\n"):
        token = line.strip()
        out += break_address(token, style, width) if " " not in token else [line]
    return "\n".join(out)
