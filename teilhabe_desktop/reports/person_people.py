"""*Mein Plan*: what I can do well, the people who help me, where I get help, my
Leistungen, the next meeting, my contact person, the Prüflesen record.

"Diese Menschen helfen mir" lists people (family, friends, colleagues); organisations
and professional services are under "Hier bekomme ich Hilfe". Only texts written for the
person are printed; a contact without one is listed by name only.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from teilhabe_desktop.core.offer_words import without_legal_form
from teilhabe_desktop.core.plan import NetworkContact, NetworkSector, PlanSnapshot
from teilhabe_desktop.core.service_words import service_sentence
from teilhabe_desktop.reports import plain_texts as T
from teilhabe_desktop.reports.blocks import bullet_style
from teilhabe_desktop.reports.contact_card import contact_card
from teilhabe_desktop.reports.escaping import clean, esc
from teilhabe_desktop.reports.flow import IconLine
from teilhabe_desktop.reports.person_layout import WIDTH
from teilhabe_desktop.reports.pictograms import plan_pictogram
from teilhabe_desktop.reports.sozialraum_map import card_numbers
from teilhabe_desktop.reports.styles import Styles, date_long

ICON = 30
ICON_COLUMN = 40


def plain_bullets(items: list[str], styles: Styles) -> list[Flowable]:
    """A bullet per item; the sentences of one item on lines of one paragraph."""
    out = []
    for item in items:
        markup = esc(item.strip())
        if markup:
            out.append(Paragraph(markup, bullet_style(styles.body), bulletText="•"))
    return out


def _contact_text(contact: NetworkContact) -> str:
    text = clean(contact.name).strip()
    if contact.plain_text.strip():
        text += "\n" + clean(contact.plain_text).strip()
    return text


def _named(contacts: list[NetworkContact]) -> list[NetworkContact]:
    return [c for c in contacts if clean(c.name).strip()]


def strengths(snapshot: PlanSnapshot, styles: Styles) -> list[Flowable]:
    texts = [s.plain_text for s in snapshot.plan.strengths if clean(s.plain_text).strip()]
    if not texts:
        return []
    return [KeepTogether([Paragraph(T.STRENGTHS, styles.h1), *plain_bullets(texts, styles)])]


def people(snapshot: PlanSnapshot, styles: Styles) -> list[Flowable]:
    """ "Diese Menschen helfen mir": family, friends, neighbours, colleagues."""
    persons = [
        c for c in _named(snapshot.plan.network) if c.sector is not NetworkSector.PROFESSIONAL
    ]
    if not persons:
        return []
    items = [_contact_text(c) for c in persons]
    return [KeepTogether([Paragraph(T.PEOPLE, styles.h1), *plain_bullets(items, styles)])]


def offers(snapshot: PlanSnapshot, styles: Styles) -> list[Flowable]:
    """ "Hier bekomme ich Hilfe": a card per linked offer, numbered like the map, and
    the professional services of the network."""
    numbers = card_numbers(snapshot, person_view=True)  # the offers of goals shown
    services = [c for c in _named(snapshot.plan.network) if c.sector is NetworkSector.PROFESSIONAL]
    if not numbers and not services:
        return []
    story: list[Flowable] = [
        Paragraph(T.OFFERS, styles.h1),
        Paragraph("<br/>".join(T.OFFERS_LEAD), styles.lead),
    ]
    for offer_id, number in numbers.items():
        offer = snapshot.offers[offer_id]
        names = snapshot.sozialraum_names
        story.append(contact_card(offer, names, styles, WIDTH, number=number, space_after=12))
    if services:
        items = [_contact_text(c) for c in services]
        story.append(KeepTogether([Paragraph(T.ALSO_HELPING, styles.label),
                                   *plain_bullets(items, styles)]))  # fmt: skip
    return story


def services(snapshot: PlanSnapshot, styles: Styles) -> list[Flowable]:
    """ "Diese Hilfe bekomme ich": the Leistungen in plain words."""
    shown = [s for s in snapshot.plan.services if s.type.strip() or s.plain_text.strip()]
    if not shown:
        return []
    story: list[Flowable] = [Paragraph(T.SERVICES, styles.h1)]
    for service in shown:
        block: list[Flowable] = [Paragraph(esc(service_sentence(service)), styles.label)]
        provider = without_legal_form(clean(service.provider))
        if provider:
            block.append(Paragraph(esc(T.SERVICE_FROM.format(name=provider)), styles.body))
        if service.end:
            until = T.SERVICE_UNTIL.format(date=date_long(service.end))
            block.append(Paragraph(esc(until), styles.body))
        story.append(KeepTogether(block))
    return story


def review_and_contact(snapshot: PlanSnapshot, styles: Styles) -> list[Flowable]:
    story: list[Flowable] = []
    plan = snapshot.plan
    if plan.review_date:
        when = Paragraph(esc(T.REVIEW_ON.format(date=date_long(plan.review_date))), styles.label)
        story.append(
            KeepTogether(
                [
                    Paragraph(T.REVIEW, styles.h1),
                    IconLine(plan_pictogram("meeting", ICON), when, ICON_COLUMN),
                    Paragraph("<br/>".join(T.REVIEW_LINES), styles.body),
                ]
            )
        )
    if plan.differing_views.strip():
        story.append(Paragraph("<br/>".join(T.PLAN_DIFFERING), styles.body))
    caseworker = clean(snapshot.person.caseworker).strip()
    if caseworker:
        block: list[Flowable] = [
            Paragraph(T.CONTACT, styles.h1),
            Paragraph(esc(T.CONTACT_HELPS.format(name=caseworker)), styles.body),
        ]
        phone = clean(snapshot.person.caseworker_phone).strip()
        if phone:
            line = Paragraph(f"{T.PHONE}: {esc(phone)}", styles.label)
            block.append(IconLine(plan_pictogram("phone", ICON), line, ICON_COLUMN))
            block.append(Paragraph(T.CONTACT_CALL, styles.body))
        story.append(KeepTogether(block))
    return story


def checked(snapshot: PlanSnapshot, styles: Styles) -> list[Flowable]:
    """The Prüflesen record: "Geprüft von … am …" (DIN SPEC 33429)."""
    plan = snapshot.plan
    by = clean(plan.plain_checked_by).strip()
    if not by or plan.plain_checked_on is None:
        return []
    text = T.CHECKED.format(name=by, date=date_long(plan.plain_checked_on))
    return [Paragraph(esc(text), styles.body)]
