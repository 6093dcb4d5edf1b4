"""The shipped Unicode font (DejaVu Sans) for every PDF.

reportlab's built-in Type 1 fonts cannot print "ı", "Ł", "ő" or Cyrillic; they are
never used. The TTF files are found through :func:`teilhabe_desktop.assets.resource`, so
this also works in the installed wheel and in the frozen build.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from teilhabe_desktop.assets import resource

REGULAR = "TeilhabeSans"
BOLD = "TeilhabeSans-Bold"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


@cache
def register_fonts() -> tuple[str, str]:
    """Register the font family once per process; return (regular, bold) font names."""
    registered = pdfmetrics.getRegisteredFontNames()
    for name, filename in _FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
    # <b> and <i> inside paragraphs map to the same family (no italic face is shipped).
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD
