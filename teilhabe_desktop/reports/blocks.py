"""Small building blocks shared by both printouts: text paragraphs, lists, tables.

Every block is splittable: long text becomes many paragraphs, tables split between
rows and inside rows (``splitInRow``), so no content can be taller than a page.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from teilhabe_desktop.reports.escaping import clean, esc_lines
from teilhabe_desktop.reports.flow import PAGE_HEIGHT
from teilhabe_desktop.reports.fonts import REGULAR
from teilhabe_desktop.reports.styles import LINE, SOFT
from teilhabe_desktop.reports.text import para

#: The names of the life domains if a snapshot carries none (same as the reference data).
DOMAIN_NAMES: dict[str, str] = {
    "d1": "Lernen und Wissensanwendung",
    "d2": "Allgemeine Aufgaben und Anforderungen",
    "d3": "Kommunikation",
    "d4": "Mobilität",
    "d5": "Selbstversorgung",
    "d6": "Häusliches Leben",
    "d7": "Interpersonelle Interaktionen und Beziehungen",
    "d8": "Bedeutende Lebensbereiche",
    "d9": "Gemeinschafts-, soziales und staatsbürgerliches Leben",
}
DOMAIN_PLAIN_NAMES: dict[str, str] = {
    "d1": "Lernen",
    "d2": "Den Tag gestalten",
    "d3": "Sich verständigen",
    "d4": "Unterwegs sein",
    "d5": "Für mich sorgen",
    "d6": "Wohnen und Haushalt",
    "d7": "Menschen und Beziehungen",
    "d8": "Arbeit, Bildung und Geld",
    "d9": "Freizeit und Gemeinschaft",
}


def text_paragraphs(text: str | None, style: ParagraphStyle, label: str = "") -> list[Flowable]:
    """User text as one paragraph per line; ``label`` is put in bold before the first."""
    lines = [line for line in clean(text).split("\n") if line.strip()]
    if not lines:
        return []
    return [para(lines[0], style, label), *(para(line, style) for line in lines[1:])]


def labelled(label: str, text: str | None, style: ParagraphStyle) -> list[Flowable]:
    """ "**Label:** text" (label is fixed text, text is user text)."""
    return text_paragraphs(text, style, label=label)


@cache
def bullet_style(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(style.name + "_bullet", parent=style, leftIndent=style.fontSize * 1.2)


def bullets(items: Sequence[str], style: ParagraphStyle) -> list[Flowable]:
    """User texts as a bullet list; each item may span several lines."""
    out: list[Flowable] = []
    indented = bullet_style(style)
    for item in items:
        lines = esc_lines(item)
        if not lines:
            continue
        out.append(Paragraph(lines[0], indented, bulletText="•"))
        out += [Paragraph(line, indented) for line in lines[1:]]
    return out


def cell(text: str | None, style: ParagraphStyle) -> list[Flowable]:
    """The content of one table cell: a list of paragraphs, so the row can split."""
    return text_paragraphs(text, style) or [Paragraph("", style)]


class FlowTable(Table):
    """A table that splits between rows, and inside a row only near the top of a page.

    reportlab's ``splitInRow`` would cut any row that reaches the page end; a short
    block should move to the next page instead. A row is cut only near the top of a
    page or if the table is nearly a page tall (a cell taller than a page).
    """

    page_height = PAGE_HEIGHT

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # cells default to Helvetica, which cannot print "ı" or "Ł"
        self.setStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR)])

    def split(self, availWidth, availHeight):  # reportlab API
        allowed = self.splitInRow
        height = getattr(self, "_height", 0)
        near_top = availHeight >= 0.8 * self.page_height
        if not near_top and height < 0.8 * self.page_height:
            self.splitInRow = 0
        try:
            parts = super().split(availWidth, availHeight)
        finally:
            self.splitInRow = allowed
        for part in parts:
            if isinstance(part, Table):
                part.splitInRow = allowed
        return parts


def grid(
    rows: list[list],
    col_widths: Sequence[float],
    *,
    header: bool = True,
    shade_first_column: bool = False,
) -> Table:
    """A ruled table whose rows (and over-tall cells) split across pages."""
    table = FlowTable(
        rows,
        colWidths=list(col_widths),
        repeatRows=1 if header else 0,
        splitInRow=1,
        hAlign="LEFT",
    )
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.5, LINE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), SOFT))
    if shade_first_column:
        commands.append(("BACKGROUND", (0, 0), (0, -1), SOFT))
    table.setStyle(TableStyle(commands))
    return table
