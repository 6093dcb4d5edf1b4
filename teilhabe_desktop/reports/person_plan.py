"""'Mein Plan': the person's own plan, in the first person and in Leichter Sprache.

Every fixed text is in ``plain_texts`` (checked by a test against the rules); every
other text is either written for the person ("In Leichter Sprache" fields, the wishes
in their own words) or a structured fact (a name, a date, an address). Every text is at
least 14 pt, with generous spacing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from teilhabe_desktop.core.plan import PlanSnapshot
from teilhabe_desktop.core.plan_sections import check_every_section
from teilhabe_desktop.reports import plain_texts as T
from teilhabe_desktop.reports.document import PAGE_WIDTH, build_document, fit_text
from teilhabe_desktop.reports.escaping import clean, esc, esc_lines
from teilhabe_desktop.reports.flow import KeepWithStart, Panel
from teilhabe_desktop.reports.fonts import REGULAR
from teilhabe_desktop.reports.network_map import person_network_block
from teilhabe_desktop.reports.person_glossary import glossary_block
from teilhabe_desktop.reports.person_goals import BOXED, goals, other_steps
from teilhabe_desktop.reports.person_layout import MARGINS, WIDTH
from teilhabe_desktop.reports.person_people import (
    checked,
    offers,
    people,
    review_and_contact,
    services,
    strengths,
)
from teilhabe_desktop.reports.sozialraum_map import person_map_block
from teilhabe_desktop.reports.styles import LINE, MUTED, Styles, date_long, person_styles
from teilhabe_desktop.reports.text import para

_VERSION = re.compile(r"^Version (\d+) vom (\d{1,2})\.(\d{1,2})\.(\d{4})$")


def build_person_plan_pdf(
    snapshot: PlanSnapshot, out: Path | BinaryIO, *, version_label: str, printed_on: date
) -> None:
    """Write "Mein Plan" for the person of ``snapshot`` to ``out``."""
    styles = person_styles()
    person = snapshot.person
    story = person_story(snapshot, styles, version_label, printed_on)
    name = clean(person.display_name)

    def decorate(canvas: Canvas, page: int, total: int) -> None:
        canvas.setFont(REGULAR, 14)
        canvas.setFillColor(MUTED)
        canvas.setStrokeColor(LINE)
        canvas.line(MARGINS[3], 17 * mm, PAGE_WIDTH - MARGINS[1], 17 * mm)
        footer = fit_text(canvas, T.FOOTER.format(name=name), 110 * mm)
        canvas.drawString(MARGINS[3], 11 * mm, footer)
        canvas.drawRightString(
            PAGE_WIDTH - MARGINS[1], 11 * mm, T.PAGE.format(page=page, total=total)
        )

    build_document(
        out,
        story,
        decorate,
        title=T.FOOTER.format(name=name),
        author=clean(person.caseworker) or "Teilhabe Desktop",
        subject="Mein Teilhabe-Plan in Leichter Sprache",
        margins=MARGINS,
    )


def person_story(
    snapshot: PlanSnapshot, styles: Styles, version: str, printed_on: date
) -> list[Flowable]:
    """Every flowable of *Mein Plan*, the Wörter-Buch last."""
    story: list[Flowable] = _title(snapshot, styles, version, printed_on)
    for block in BLOCKS:
        story += block(snapshot, styles)
    story += checked(snapshot, styles)
    return story + glossary_block(story, snapshot, styles)


def version_lines(version: str) -> list[str]:
    """The version label ("Version 2 vom 05.03.2026", or the draft label) in plain
    sentences; a label of another shape is left out."""
    from teilhabe_desktop.reports.variants import DRAFT_LABEL

    match = _VERSION.match(version.strip())
    if match:
        number, day, month, year = (int(g) for g in match.groups())
        return [
            T.VERSION.format(number=number),
            T.FINALISED_ON.format(date=date_long(date(year, month, day))),
        ]
    if version.strip() == DRAFT_LABEL:
        return list(T.DRAFT)
    return []


def _title(snapshot: PlanSnapshot, styles: Styles, version: str, printed_on: date) -> list:
    person = snapshot.person
    facts = [*version_lines(version), T.PRINTED_ON.format(date=date_long(printed_on))]
    story: list[Flowable] = [
        Paragraph(T.TITLE, styles.title),
        para(person.display_name, styles.h2),
        Paragraph("<br/>".join(esc(line) for line in facts), styles.subtitle),
        Paragraph("<br/>".join(T.INTRO), styles.body),
    ]
    if person.caseworker.strip():
        made = T.MADE_WITH.format(name=clean(person.caseworker))
        story.append(Paragraph(esc(made), styles.body))
    return story


def wishes(snapshot: PlanSnapshot, styles: Styles) -> list[Flowable]:
    """The wishes, verbatim, as quotes; a long wish splits so the first page shows it."""
    shown = [w for w in snapshot.plan.wishes if clean(w.text).strip()]
    if not shown:
        return []
    panels: list[Flowable] = []
    own_name = snapshot.person.display_name
    for wish in shown:
        lines = esc_lines(wish.text)
        lines[0] = "„" + lines[0]
        lines[-1] += "“"
        quote: list[Flowable] = [Paragraph(line, styles.quote) for line in lines]
        if wish.said_by and wish.said_by.strip() != own_name:
            said = T.SAID_FOR_ME.format(name=clean(wish.said_by))
            quote.append(Paragraph(esc(said), styles.small))
        panels.append(Panel(quote, WIDTH, WISH, space_after=8))
    # the heading stays with the beginning of the first wish, which may split
    return [KeepWithStart([Paragraph(T.WISHES, styles.h1)], panels[0]), *panels[1:]]


#: A wish: like a step's box, but it splits between its lines, so a very long wish
#: still begins on the first page.
WISH = replace(BOXED, split_mode="parts")

Block = Callable[[PlanSnapshot, Styles], list[Flowable]]

#: "Mein Plan" after the title: what I want, my goals with their steps, what I can do
#: well, who helps, where I go, my Leistungen, my network, when we meet again. The small
#: blocks before the contact cards fill the page the goals end on.
BLOCKS: tuple[Block, ...] = (
    wishes,
    goals,
    other_steps,
    strengths,
    people,
    offers,
    person_map_block,  # the map of my Sozialräume, numbered like the cards before it
    services,
    # the picture of everyone who helps, after the people, places and Leistungen: here
    # its half page fits the pages of all three demo plans without leaving a gap
    person_network_block,
    review_and_contact,
)

#: The block of ``BLOCKS`` that shows each plan section (``core.plan_sections``); ``None``:
#: the section is for the file and the Gesamtplan, not for the person's own plan.
PLAN_SECTION_BLOCKS: dict[str, Block | None] = {
    "wishes": wishes,
    "goals": goals,
    "resources": people,
    "sozialraeume": None,
    "offers": offers,
    "steps": other_steps,
    "services": services,
    "gesamtplan": None,  # the procedure is for the file
    "review": review_and_contact,
}
check_every_section(PLAN_SECTION_BLOCKS, "block in Mein Plan", BLOCKS)
