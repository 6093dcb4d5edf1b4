"""Paragraph styles, colours and date formats shared by both printouts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from teilhabe_desktop.reports.fonts import BOLD, REGULAR, register_fonts

INK = colors.HexColor("#1a1a1a")
ACCENT = colors.HexColor("#1f4e79")  # dark blue: headings, pictograms
SOFT = colors.HexColor("#eef2f7")  # light blue-grey: card and quote backgrounds
LINE = colors.HexColor("#8a99ad")
MUTED = colors.HexColor("#4a5563")

MONTHS = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)


def date_long(value: date | None) -> str:
    """Date written out for easy reading: 5. März 2026."""
    return f"{value.day}. {MONTHS[value.month - 1]} {value.year}" if value else ""


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    lead: ParagraphStyle  # body text that stays with what follows
    small: ParagraphStyle
    quote: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle


def _style(name: str, size: float, leading: float, **kw) -> ParagraphStyle:
    kw.setdefault("fontName", REGULAR)
    kw.setdefault("bulletFontName", REGULAR)
    kw.setdefault("bulletFontSize", size)  # reportlab's default is 10 pt whatever the text
    kw.setdefault("textColor", INK)
    return ParagraphStyle(name, fontSize=size, leading=leading, alignment=TA_LEFT, **kw)


@cache
def person_styles() -> Styles:
    """Large type and generous spacing for the person's own plan: no text under 14 pt."""
    register_fonts()
    return Styles(
        title=_style("p_title", 28, 34, fontName=BOLD, textColor=ACCENT, spaceAfter=6),
        subtitle=_style("p_subtitle", 15, 21, textColor=MUTED, spaceAfter=14),
        h1=_style(
            "p_h1",
            21,
            27,
            fontName=BOLD,
            textColor=ACCENT,
            spaceBefore=14,
            spaceAfter=6,
            keepWithNext=1,
        ),
        h2=_style("p_h2", 17, 23, fontName=BOLD, spaceBefore=4, spaceAfter=4, keepWithNext=1),
        body=_style("p_body", 14, 21, spaceAfter=5),
        lead=_style("p_lead", 14, 21, spaceAfter=8, keepWithNext=1),
        small=_style("p_small", 14, 19, textColor=MUTED),
        quote=_style("p_quote", 16, 23, leftIndent=14, spaceAfter=4),
        label=_style("p_label", 14, 21, fontName=BOLD, spaceAfter=1),
        cell=_style("p_cell", 14, 20),
        cell_bold=_style("p_cell_bold", 14, 20, fontName=BOLD),
    )


#: German hyphenation for the formal plan's running text and table cells (reportlab's
#: ``Paragraph`` asks pyphen for the syllables). A word that does not fit at the end of a
#: line is split by syllable or at a hyphen of its own ("Lobeda-|Ost") instead of moving
#: whole or, in a narrow column, being cut anywhere; a web address splits after a "/".
#: "Mein Plan" is never hyphenated: Leichte Sprache avoids broken words, so its styles
#: leave these settings off.
HYPHENATION = {
    "hyphenationLang": "de_DE",
    "hyphenationMinWordLength": 7,  # "Leute", "Gruppe" stay whole
    "embeddedHyphenation": 1,
    "uriWasteReduce": 0.3,
}


def _formal(name: str, size: float, leading: float, **kw) -> ParagraphStyle:
    return _style(name, size, leading, **HYPHENATION, **kw)


@cache
def formal_styles() -> Styles:
    """Compact, structured type for the formal plan in the file."""
    register_fonts()
    return Styles(
        # headings stay whole, as in any set text; running text and table cells hyphenate
        title=_style("f_title", 18, 23, fontName=BOLD, spaceAfter=2),
        subtitle=_style("f_subtitle", 10, 14, textColor=MUTED, spaceAfter=10),
        h1=_style(
            "f_h1",
            13,
            17,
            fontName=BOLD,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=5,
            keepWithNext=1,
        ),
        h2=_style("f_h2", 11, 15, fontName=BOLD, spaceBefore=6, spaceAfter=3, keepWithNext=1),
        body=_formal("f_body", 10, 14, spaceAfter=4),
        lead=_formal("f_lead", 10, 14, spaceAfter=4, keepWithNext=1),
        small=_formal("f_small", 8.5, 11, textColor=MUTED),
        quote=_formal("f_quote", 10, 14, leftIndent=10, spaceAfter=2),
        label=_formal("f_label", 9, 12, fontName=BOLD),
        cell=_formal("f_cell", 9, 12),
        cell_bold=_formal("f_cell_bold", 9, 12, fontName=BOLD),
    )
