"""Contact cards for linked offers in "Mein Plan": who, where, when, what it costs,
how accessible it is (pictogram and words), and a QR code to the website if there is one.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from teilhabe_desktop.core.catalogue import ACCESSIBILITY_FEATURES, Availability, Cost, Offer
from teilhabe_desktop.reports.blocks import labelled
from teilhabe_desktop.reports.flow import IconLine, Look, Panel
from teilhabe_desktop.reports.pictograms import access_pictogram
from teilhabe_desktop.reports.qr import QrCode
from teilhabe_desktop.reports.styles import LINE, SOFT, Styles
from teilhabe_desktop.reports.text import para

#: Accessibility in plain words for the person (catalogue labels are for staff).
PLAIN_ACCESS: dict[str, str] = {
    "step_free": "Ohne Stufen. Gut mit Rollstuhl.",
    "accessible_wc": "Toilette für Menschen im Rollstuhl",
    "easy_language": "Leichte Sprache",
    "sign_language": "Gebärden-Sprache",
    "hearing_loop": "Hör-Anlage für Menschen mit Hörgerät",
    "guidance_system": "Leit-System für blinde Menschen",
    "quiet_room": "Ruhiger Raum",
}
NOT_STEP_FREE = "Es gibt Stufen. Nicht gut mit Rollstuhl."
ACCESS_UNKNOWN = "Wir wissen nicht, ob es dort Barrieren gibt. Ich rufe vorher an."

PLAIN_COST: dict[Cost, str] = {
    Cost.FREE: "Das kostet nichts.",
    Cost.REDUCED: "Das kostet Geld. Es gibt einen kleineren Preis. Ich kann danach fragen.",
    Cost.FEE: "Das kostet Geld.",
    Cost.UNKNOWN: "Ich frage vorher, was es kostet.",
}

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
            icon, words = access_pictogram(feature, ACCESS_ICON), PLAIN_ACCESS[feature]
        elif feature == "step_free" and state is Availability.NO:
            icon, words = access_pictogram(feature, ACCESS_ICON, crossed=True), NOT_STEP_FREE
        else:
            continue
        lines.append(IconLine(icon, Paragraph(words, styles.cell), ACCESS_COLUMN))
    return lines or [para(ACCESS_UNKNOWN, styles.cell)]


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
    note: str = "",
    goals: list[str] | None = None,
    space_after: float = 0,
) -> Panel:
    """One offer as a card; splits across pages if its texts are very long."""
    content: list[Flowable] = [para(offer.name, styles.h2)]
    if offer.organization_name and offer.organization_name != offer.name:
        content.append(para(offer.organization_name, styles.cell))
    content += labelled("Adresse", address_line(offer), styles.cell)
    sozialraum = sozialraum_names.get(offer.sozialraum_id or "", "")
    place = offer.place if offer.place and offer.place != sozialraum else ""
    where = ", ".join(part for part in (place, sozialraum) if part)
    content += labelled("Stadtteil", where, styles.cell)
    content += labelled("Telefon", offer.phone, styles.cell)
    content += labelled("Offen", offer.opening_hours, styles.cell)
    cost = PLAIN_COST[offer.cost]
    if offer.cost_note:
        cost = f"{cost} {offer.cost_note}"
    content += labelled("Kosten", cost, styles.cell)
    for goal in goals or []:
        content += labelled("Für mein Ziel", goal, styles.cell)
    content += labelled("Wichtig", note, styles.cell)
    content += access_lines(offer, styles)
    url = website_url(offer.website)
    side: list[Flowable] = []
    if url:
        side = [QrCode(url, QR_SIZE), Paragraph("Internet", styles.small)]
        content += labelled("Internet", offer.website, styles.cell)
    side_width = QR_SIZE + 12 if side else 0
    return Panel(content, width, _card_look(side_width), side=side, space_after=space_after)
