"""'Mein Plan': the person's own plan, in the first person and in plain language.

Fixed texts follow the rules of Leichte Sprache: short sentences, one statement each,
no abbreviations, no passive. Every text is at least 14 pt, with generous spacing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from teilhabe_desktop.core.plan import Goal, GoalStatus, PlanSnapshot, Step, StepOwner
from teilhabe_desktop.core.plan_sections import check_every_section
from teilhabe_desktop.reports.blocks import DOMAIN_PLAIN_NAMES, bullets, labelled, text_paragraphs
from teilhabe_desktop.reports.contact_card import contact_card
from teilhabe_desktop.reports.document import PAGE_WIDTH, build_document, fit_text, frame_width
from teilhabe_desktop.reports.escaping import clean, esc, esc_lines
from teilhabe_desktop.reports.flow import KeepWithStart, Look, Panel
from teilhabe_desktop.reports.fonts import REGULAR
from teilhabe_desktop.reports.network_map import person_network_block
from teilhabe_desktop.reports.pictograms import domain_pictogram
from teilhabe_desktop.reports.sozialraum_map import person_map_block
from teilhabe_desktop.reports.styles import (
    ACCENT,
    LINE,
    MUTED,
    SOFT,
    Styles,
    date_long,
    person_styles,
)
from teilhabe_desktop.reports.text import para

MARGINS = (22 * mm, 20 * mm, 24 * mm, 22 * mm)
WIDTH = frame_width(MARGINS)
PICTOGRAM = 46

STATUS_TEXT: dict[GoalStatus, str] = {
    GoalStatus.IN_PROGRESS: "Daran arbeite ich gerade.",
    GoalStatus.ACHIEVED: "Das habe ich geschafft.",
    GoalStatus.PARTLY: "Einen Teil habe ich geschafft.",
    GoalStatus.NOT_ACHIEVED: "Das hat noch nicht geklappt.",
}


def build_person_plan_pdf(
    snapshot: PlanSnapshot, out: Path | BinaryIO, *, version_label: str, printed_on: date
) -> None:
    """Write "Mein Plan" for the person of ``snapshot`` to ``out``."""
    styles = person_styles()
    person = snapshot.person
    story: list[Flowable] = []
    story += _title(snapshot, styles, version_label, printed_on)
    for block in BLOCKS:
        story += block(snapshot, styles)
    name = clean(person.display_name)

    def decorate(canvas: Canvas, page: int, total: int) -> None:
        canvas.setFont(REGULAR, 14)
        canvas.setFillColor(MUTED)
        canvas.setStrokeColor(LINE)
        canvas.line(MARGINS[3], 17 * mm, PAGE_WIDTH - MARGINS[1], 17 * mm)
        canvas.drawString(MARGINS[3], 11 * mm, fit_text(canvas, f"Mein Plan – {name}", 110 * mm))
        canvas.drawRightString(PAGE_WIDTH - MARGINS[1], 11 * mm, f"Seite {page} von {total}")

    build_document(
        out,
        story,
        decorate,
        title=f"Mein Plan – {name}",
        author=clean(person.caseworker) or "Teilhabe Desktop",
        subject="Mein Teilhabe-Plan in Leichter Sprache",
        margins=MARGINS,
    )


def _title(snapshot: PlanSnapshot, styles: Styles, version: str, printed_on: date) -> list:
    person = snapshot.person
    story: list[Flowable] = [
        Paragraph("Mein Plan", styles.title),
        para(person.display_name, styles.h2),
        Paragraph(f"Gedruckt am {date_long(printed_on)}. {esc(version)}", styles.subtitle),
        Paragraph("In diesem Plan steht, was ich mir wünsche.", styles.body),
        Paragraph("Hier steht auch, wer mir hilft.", styles.body),
    ]
    if person.caseworker:
        story.append(
            Paragraph(f"Ich habe den Plan mit {esc(person.caseworker)} gemacht.", styles.body)
        )
    return story


def _wishes(snapshot: PlanSnapshot, styles: Styles) -> list[Flowable]:
    wishes = [w for w in snapshot.plan.wishes if clean(w.text).strip()]
    if not wishes:
        return []
    story: list[Flowable] = [Paragraph("Das wünsche ich mir", styles.h1)]
    own_name = snapshot.person.display_name
    for wish in wishes:
        lines = esc_lines(wish.text)
        lines[0] = "„" + lines[0]
        lines[-1] += "“"
        quote = [Paragraph(line, styles.quote) for line in lines]
        if wish.said_by and wish.said_by.strip() != own_name:
            quote.append(Paragraph(f"Das hat {esc(wish.said_by)} für mich gesagt.", styles.small))
        story.append(_boxed(quote, space_after=8))
    return story


#: A quote or a step: light background, a bar on the left.
BOXED = Look(padding=(8, 6, 8, 12), background=SOFT, bar=(4, ACCENT))
#: A goal: a rule on top, the pictogram of its life domain on the left. It may split
#: between its parts (a part marked keepWithNext stays with the next one).
GOAL = Look(
    padding=(8, 6, 3, 0),
    rule=(1.5, ACCENT),
    side_width=PICTOGRAM + 14,
    side_left=True,
    side_padding=(0, 6),
    split_mode="parts",
)


def _boxed(content: list[Flowable], space_after: float = 0) -> Panel:
    return Panel(content, WIDTH, BOXED, space_after=space_after)


def _domain_name(snapshot: PlanSnapshot, code: str | None) -> str:
    if not code:
        return ""
    return snapshot.life_domain_plain_names.get(code) or DOMAIN_PLAIN_NAMES.get(code, code)


def _shown_goals(snapshot: PlanSnapshot) -> list[Goal]:
    return [g for g in snapshot.plan.goals if g.status is not GoalStatus.DISCARDED]


def _owner(step: Step, snapshot: PlanSnapshot) -> str:
    """Who does a step, in the person's words."""
    if step.owner is StepOwner.PERSON:
        return "Ich selbst" + (f" mit {clean(step.who)}" if step.who.strip() else "")
    if step.owner is StepOwner.CASEWORKER:
        return clean(step.who) or clean(snapshot.person.caseworker)
    return clean(step.who)


def _goals(snapshot: PlanSnapshot, styles: Styles) -> list[Flowable]:
    goals = _shown_goals(snapshot)
    if not goals:
        return []
    count = "1 Ziel" if len(goals) == 1 else f"{len(goals)} Ziele"
    heading = [Paragraph("Meine Ziele", styles.h1), Paragraph(f"Ich habe {count}.", styles.lead)]
    blocks = [_goal_block(goal, snapshot, styles) for goal in goals]
    # the heading stays with the beginning of the first goal, which may split
    return [KeepWithStart(heading, blocks[0]), *blocks[1:]]


def _keep_with_next(flowables: list[Flowable]) -> list[Flowable]:
    for flowable in flowables:
        flowable.keepWithNext = 1
    return flowables


def _goal_block(goal: Goal, snapshot: PlanSnapshot, styles: Styles) -> Panel:
    content: list[Flowable] = []
    domain = _domain_name(snapshot, goal.life_domain)
    if domain:
        content += _keep_with_next([para(domain, styles.small)])
    content += text_paragraphs(goal.title, styles.h2) or [Paragraph("Mein Ziel", styles.h2)]
    steps = [s for s in snapshot.plan.steps if s.goal_id == goal.id and not s.done]
    offers = [
        snapshot.offers[link.offer_id]
        for link in snapshot.plan.offer_links
        if link.goal_id == goal.id and link.offer_id in snapshot.offers
    ]
    happens = [s.what for s in steps] + [f"Ich gehe zu: {o.name}" for o in offers]
    if happens:
        content += _keep_with_next([Paragraph("Das passiert:", styles.label)])
        content += bullets(happens, styles.body)
    others = [_owner(s, snapshot) for s in steps if s.owner is not StepOwner.PERSON]
    others += [clean(s.who) for s in steps if s.owner is StepOwner.PERSON]
    helpers = list(dict.fromkeys(others + [clean(o.name) for o in offers]))
    helpers = [h for h in helpers if h.strip()]
    if helpers:
        content += labelled("Wer hilft mir", ", ".join(helpers), styles.body)
    if goal.target_date:
        content += labelled("Bis wann", f"Bis {date_long(goal.target_date)}", styles.body)
    content += labelled("Daran merke ich es", goal.indicator, styles.body)
    if goal.status in STATUS_TEXT:
        content.append(Paragraph(STATUS_TEXT[goal.status], styles.label))
    side = [domain_pictogram(goal.life_domain, PICTOGRAM)]
    return Panel(content, WIDTH, GOAL, side=side, space_after=12)


def _offers(snapshot: PlanSnapshot, styles: Styles) -> list[Flowable]:
    goal_titles = {g.id: clean(g.title) for g in _shown_goals(snapshot)}
    order: dict[str, tuple[list[str], list[str]]] = {}
    for link in snapshot.plan.offer_links:
        if link.offer_id not in snapshot.offers or link.goal_id not in goal_titles:
            continue
        goals, notes = order.setdefault(link.offer_id, ([], []))
        if goal_titles[link.goal_id] and goal_titles[link.goal_id] not in goals:
            goals.append(goal_titles[link.goal_id])
        if link.note.strip():
            notes.append(link.note)
    if not order:
        return []
    story: list[Flowable] = [
        Paragraph("Hier bekomme ich Hilfe", styles.h1),
        Paragraph("Hier kann ich hingehen. Oder ich rufe an.", styles.lead),
    ]
    for offer_id, (goals, notes) in order.items():
        card = contact_card(
            snapshot.offers[offer_id],
            snapshot.sozialraum_names,
            styles,
            WIDTH,
            note="\n".join(notes),
            goals=goals,
            space_after=12,
        )
        story.append(card)
    return story


def _steps(snapshot: PlanSnapshot, styles: Styles) -> list[Flowable]:
    shown = {g.id for g in _shown_goals(snapshot)}
    steps = [
        s
        for s in snapshot.plan.steps
        if not s.done and clean(s.what).strip() and (s.goal_id is None or s.goal_id in shown)
    ]
    if not steps:
        return []
    steps.sort(key=lambda s: (s.due_date is None, s.due_date or date.max))
    story: list[Flowable] = [
        Paragraph("Meine nächsten Schritte", styles.h1),
        Paragraph("Das mache ich als Nächstes.", styles.lead),
    ]
    for step in steps:
        when = f"Bis {date_long(step.due_date)}" if step.due_date else "Bald"
        block: list[Flowable] = [para(when, styles.label)]
        block += text_paragraphs(step.what, styles.body)
        block += labelled("Wer", _owner(step, snapshot), styles.body)
        story.append(_boxed(block, space_after=8))
    return story


def _strengths_and_people(snapshot: PlanSnapshot, styles: Styles) -> list[Flowable]:
    story: list[Flowable] = []
    strengths = [s.text for s in snapshot.plan.strengths if clean(s.text).strip()]
    if strengths:
        story.append(
            KeepTogether(
                [Paragraph("Das kann ich gut", styles.h1), *bullets(strengths, styles.body)]
            )
        )
    people = []
    for contact in snapshot.plan.network:
        if not clean(contact.name).strip():
            continue
        text = clean(contact.name)
        if contact.helps_with.strip():
            text += f": {clean(contact.helps_with)}"
        people.append(text)
    if people:
        heading = Paragraph("Diese Menschen helfen mir", styles.h1)
        story.append(KeepTogether([heading, *bullets(people, styles.body)]))
    story += person_network_block(snapshot, styles)  # the network map and its figures
    return story


def _review_and_contact(snapshot: PlanSnapshot, styles: Styles) -> list[Flowable]:
    story: list[Flowable] = []
    review = snapshot.plan.review_date
    if review:
        story.append(
            KeepTogether(
                [
                    Paragraph("Wann sprechen wir wieder über meinen Plan?", styles.h1),
                    Paragraph(f"Am {date_long(review)}.", styles.label),
                    Paragraph("Dann schauen wir zusammen auf meinen Plan.", styles.body),
                    Paragraph("Was hat gut geklappt?", styles.body),
                    Paragraph("Was möchte ich ändern?", styles.body),
                ]
            )
        )
    person = snapshot.person
    if person.caseworker.strip():
        block: list[Flowable] = [
            Paragraph("Meine Ansprech-Person", styles.h1),
            Paragraph(f"{esc(person.caseworker)} hilft mir bei meinem Plan.", styles.body),
        ]
        if person.caseworker_phone.strip():
            block.append(Paragraph(f"Telefon: {esc(person.caseworker_phone)}", styles.label))
        block.append(Paragraph("Ich kann anrufen, wenn ich eine Frage habe.", styles.body))
        story.append(KeepTogether(block))
    return story


Block = Callable[[PlanSnapshot, Styles], list[Flowable]]

#: "Mein Plan" after the title: what I want, what happens, who helps, when we meet again.
BLOCKS: tuple[Block, ...] = (
    _wishes,
    _goals,
    person_map_block,  # the map of my Sozialräume, numbered like the cards that follow
    _offers,
    _steps,
    _strengths_and_people,
    _review_and_contact,
)

#: The block of ``BLOCKS`` that shows each plan section (``core.plan_sections``); ``None``:
#: the section is for the file and the Gesamtplan, not for the person's own plan.
PLAN_SECTION_BLOCKS: dict[str, Block | None] = {
    "wishes": _wishes,
    "goals": _goals,
    "resources": _strengths_and_people,
    "sozialraeume": None,
    "offers": _offers,
    "steps": _steps,
    "services": None,
    "gesamtplan": None,  # the procedure is for the file
    "review": _review_and_contact,
}
check_every_section(PLAN_SECTION_BLOCKS, "block in Mein Plan", BLOCKS)
