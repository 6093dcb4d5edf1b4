"""Contact cards for linked offers in "Mein Plan": who, where, when, what it costs,
how accessible it is (pictogram and words), and a QR code to the website if there is one.

Every line is plain: opening hours spoken from the schedule, costs as one sentence,
the catalogue's plain short description (never its staff description), organisation
names without their legal form ("gGmbH", "e. V.").
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from teilhabe_desktop.core.catalogue import ACCESSIBILITY_FEATURES, Availability, Offer
from teilhabe_desktop.core.offer_words import (
    HOURS_UNKNOWN,
    cost_sentence,
    spoken_hours,
    without_legal_form,
)
from teilhabe_desktop.reports import plain_texts as T
from teilhabe_desktop.reports.blocks import labelled, text_paragraphs
from teilhabe_desktop.reports.flow import IconLine, Look, Panel
from teilhabe_desktop.reports.pictograms import access_pictogram
from teilhabe_desktop.reports.qr import QrCode
from teilhabe_desktop.reports.styles import LINE, SOFT, Styles
from teilhabe_desktop.reports.text import para

QR_SIZE = 68  # points, about 2.4 cm: readable by any phone
_MAX_QR_TEXT = 400


def website_url(website: str) -> str | None:
    """The address a QR code should open, or None if there is no usable website."""
    text = (website or "").strip()
    if not text or len(text) > _MAX_QR_TEXT or any(c.isspace() for c in text):
        return None
    if text.lower().startswith(("http://", "https://")):
        return text
    return "https://" + text


def address_line(offer: Offer) -> str:
    town = " ".join(part for part in (offer.postcode, offer.city) if part)
    return ", ".join(part for part in (offer.street, town) if part)


ACCESS_ICON = 16
ACCESS_COLUMN = 24  # icon plus gap; the words start here


def access_lines(offer: Offer, styles: Styles) -> list[Flowable]:
    """Accessibility of an offer: a pictogram and words per known facet."""
    lines: list[Flowable] = []
    for feature in ACCESSIBILITY_FEATURES:
        state = offer.access(feature)
        if state is Availability.YES:
            icon, words = access_pictogram(feature, ACCESS_ICON), T.PLAIN_ACCESS[feature]
        elif feature == "step_free" and state is Availability.NO:
            icon, words = access_pictogram(feature, ACCESS_ICON, crossed=True), T.NOT_STEP_FREE
        else:
            continue
        lines.append(IconLine(icon, para(words, styles.cell), ACCESS_COLUMN))
    return lines or [para(T.ACCESS_UNKNOWN, styles.cell)]


def _card_look(side_width: float) -> Look:
    return Look(
        padding=(8, 8, 10, 12),
        background=SOFT,
        box=(1, LINE),
        side_width=side_width,
        side_padding=(6, 8),
    )


def contact_card(
    offer: Offer,
    sozialraum_names: dict[str, str],
    styles: Styles,
    width: float,
    number: int | None = None,
    space_after: float = 0,
) -> Panel:
    """One offer as a card, headed by its ``number`` on the map; splits across pages if
    its texts are very long."""
    title = f"Nummer {number}: {offer.name}" if number else offer.name
    content: list[Flowable] = [para(title, styles.h2)]
    content += text_paragraphs(offer.plain_description, styles.cell)
    organisation = without_legal_form(offer.organization_name)
    if organisation and organisation != offer.name:
        content.append(para(organisation, styles.cell))
    content += labelled(T.ADDRESS, address_line(offer), styles.cell)
    sozialraum = sozialraum_names.get(offer.sozialraum_id or "", "")
    place = offer.place if offer.place and offer.place != sozialraum else ""
    where = ", ".join(part for part in (place, sozialraum) if part)
    content += labelled(T.PLACE, where, styles.cell)
    content += labelled(T.PHONE, offer.phone, styles.cell)
    hours = spoken_hours(offer.schedules)
    content += labelled(T.OPEN, "\n".join(hours) if hours else HOURS_UNKNOWN, styles.cell)
    content += labelled(T.COSTS, cost_sentence(offer.cost), styles.cell)
    content += access_lines(offer, styles)
    url = website_url(offer.website)
    side: list[Flowable] = []
    if url:
        side = [QrCode(url, QR_SIZE), Paragraph(T.INTERNET, styles.small)]
    side_width = QR_SIZE + 12 if side else 0
    return Panel(content, width, _card_look(side_width), side=side, space_after=space_after)
