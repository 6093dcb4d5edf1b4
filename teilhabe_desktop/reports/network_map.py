"""The person's network map in both PDFs, as vector graphics (reportlab Drawing).

The layout comes from :func:`teilhabe_desktop.core.network_map.layout_network`, measured
in the shipped font, so no label overlaps another at the printed size. *Mein Plan*
prints every text at 14 pt or more: names that do not fit are shortened by the layout
and an overfull sector says "+N weitere" beside its name. The figures (contacts per
sector, share of professionals) are printed below the map.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reportlab.graphics.shapes import Circle, Drawing, Line, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from teilhabe_desktop.core.network_figures import (
    RING_NAMES,
    NetworkFigures,
    figure_lines,
    named_contacts,
    network_figures,
)
from teilhabe_desktop.core.network_map import (
    QUADRANTS,
    Metrics,
    NetworkMap,
    centre_radius,
    layout_network,
)
from teilhabe_desktop.core.plan import NetworkSector, PlanSnapshot, ResourceState
from teilhabe_desktop.reports.escaping import clean
from teilhabe_desktop.reports.fonts import BOLD, REGULAR, register_fonts
from teilhabe_desktop.reports.styles import ACCENT, INK, LINE, MUTED, SOFT, Styles

#: the sectors in Leichter Sprache (Mein Plan); the Gesamtplan uses their labels
PLAIN_SECTORS = {
    NetworkSector.FAMILY: "Familie",
    NetworkSector.FRIENDS: "Freunde und Nachbarn",
    NetworkSector.WORK: "Arbeit und Schule",
    NetworkSector.PROFESSIONAL: "Fach-Leute und Dienste",
}
FILL = {None: colors.HexColor("#9aa5b1"), ResourceState.AVAILABLE: ACCENT}


@dataclass(frozen=True)
class Look:
    font_size: float  # names and the person in the middle
    heading_size: float  # the sectors' names
    dot_radius: float
    max_radius: float
    plain: bool  # Mein Plan: sectors in Leichter Sprache, "Ich" in the middle


PERSON_LOOK = Look(14, 14, 6, 190, plain=True)
FORMAL_LOOK = Look(8, 9, 3.5, 140, plain=False)


def _width(text: str, size: float, bold: bool = False) -> float:
    return stringWidth(text, BOLD if bold else REGULAR, size)


def sector_name(sector: NetworkSector, look: Look) -> str:
    return PLAIN_SECTORS[sector] if look.plain else sector.label


def _layout(snapshot: PlanSnapshot, look: Look, width: float) -> tuple[NetworkMap, str]:
    centre = "Ich" if look.plain else clean(snapshot.person.first_name).strip() or "Person"
    metrics = Metrics(
        radius=min(width / 2 - 2, look.max_radius),
        text_height=look.font_size * 1.15,
        dot_radius=look.dot_radius,
        measure=lambda text: _width(text, look.font_size),
        centre_width=_width(centre, look.font_size, bold=True) + look.dot_radius,
    )
    contacts = [replace(c, name=clean(c.name)) for c in named_contacts(snapshot.plan.network)]
    return layout_network(contacts, metrics), centre


def _overflows(result: NetworkMap, sectors: tuple[NetworkSector, ...]) -> bool:
    return any(result.overflow.get(s) for s in sectors)


def _rings(drawing: Drawing, cx: float, cy: float, metrics: Metrics) -> None:
    fills = {3: SOFT, 2: colors.HexColor("#f6f8fb"), 1: colors.white}
    for ring in (3, 2, 1):
        r = metrics.ring_radius(ring)
        drawing.add(Circle(cx, cy, r, fillColor=fills[ring], strokeColor=LINE, strokeWidth=0.8))
    r = metrics.radius
    for x0, y0, x1, y1 in ((cx - r, cy, cx + r, cy), (cx, cy - r, cx, cy + r)):
        drawing.add(Line(x0, y0, x1, y1, strokeColor=LINE, strokeWidth=0.8))


def _sector_names(
    drawing: Drawing, result: NetworkMap, look: Look, width: float, height: float, line: float
) -> None:
    """Each sector's name in its corner; "+N weitere" on the line nearer the circle."""
    size = look.heading_size
    for sector, (sx, sy) in QUADRANTS.items():
        x = 0.0 if sx < 0 else width
        anchor = "start" if sx < 0 else "end"
        name_y = height - line + (line - size) / 2 if sy > 0 else (line - size) / 2 + 1
        drawing.add(
            String(x, name_y, sector_name(sector, look), fontName=BOLD, fontSize=size,
                   fillColor=ACCENT, textAnchor=anchor)
        )  # fmt: skip
        more = result.overflow.get(sector, 0)
        if more:
            drawing.add(
                String(x, name_y - sy * line, f"+{more} weitere", fontName=REGULAR,
                       fontSize=size, fillColor=MUTED, textAnchor=anchor)
            )  # fmt: skip


def network_drawing(snapshot: PlanSnapshot, look: Look, width: float) -> Drawing:
    """The map ``width`` wide: the sectors' names above and below the circles."""
    register_fonts()
    result, centre = _layout(snapshot, look, width)
    metrics = result.metrics
    line = look.heading_size * 1.35
    upper = (NetworkSector.FAMILY, NetworkSector.FRIENDS)
    lower = (NetworkSector.WORK, NetworkSector.PROFESSIONAL)
    top = line * (2 if _overflows(result, upper) else 1)
    bottom = line * (2 if _overflows(result, lower) else 1)
    height = top + 2 * metrics.radius + bottom + 4
    drawing = Drawing(width, height)
    # the renderer starts with this font (else Helvetica, which cannot print "ı" or "Ł")
    drawing.initialFontName, drawing.initialFontSize = REGULAR, look.font_size
    cx, cy = width / 2, bottom + metrics.radius + 2
    _rings(drawing, cx, cy, metrics)
    _sector_names(drawing, result, look, width, height, line)
    size = look.font_size
    drawing.add(Circle(cx, cy, centre_radius(metrics), fillColor=ACCENT, strokeColor=None))
    drawing.add(
        String(cx, cy - size * 0.36, centre, fontName=BOLD, fontSize=size,
               fillColor=colors.white, textAnchor="middle")
    )  # fmt: skip
    for spot in result.placed:
        x, y = cx + spot.x, cy + spot.y
        to_activate = spot.state is ResourceState.TO_ACTIVATE
        drawing.add(
            Circle(x, y, look.dot_radius, fillColor=FILL.get(spot.state, colors.white),
                   strokeColor=ACCENT, strokeWidth=1.6 if to_activate else 0.6)
        )  # fmt: skip
        drawing.add(
            String(cx + spot.text_x, cy + spot.text_y - size * 0.36, spot.label, fontName=REGULAR,
                   fontSize=size, fillColor=INK, textAnchor=spot.text_anchor)
        )  # fmt: skip
    return drawing


class NetworkMapFlowable(Flowable):
    """The drawing as wide as the frame it is placed in."""

    def __init__(self, snapshot: PlanSnapshot, look: Look) -> None:
        super().__init__()
        self.snapshot, self.look = snapshot, look
        self.drawing: Drawing | None = None

    def wrap(self, available_width: float, _available_height: float) -> tuple[float, float]:
        # platypus asks again and again (keeping together, two passes for the page count)
        if self.drawing is None or self.drawing.width != available_width:
            self.drawing = network_drawing(self.snapshot, self.look, available_width)
        self.width, self.height = self.drawing.width, self.drawing.height
        return self.width, self.height

    def draw(self) -> None:
        if self.drawing is not None:
            self.drawing.drawOn(self.canv, 0, 0)


def _legend(figures: NetworkFigures) -> str:
    marks = []
    if figures.available:
        marks.append("voller Punkt: vorhanden")
    if figures.to_activate:
        marks.append("weißer Punkt mit dickem Rand: zu aktivieren")
    if figures.total > figures.available + figures.to_activate:
        marks.append("grauer Punkt: Stand offen")
    rings = "Kreise von innen nach außen: " + ", ".join(RING_NAMES.values())
    return "; ".join([rings, *marks]) + "."


def formal_network_block(snapshot: PlanSnapshot, styles: Styles) -> list[Flowable]:
    """Gesamtplan, after the network table: the map and its figures."""
    if not named_contacts(snapshot.plan.network):
        return []
    figures = network_figures_of(snapshot)
    heading = Paragraph("Netzwerkkarte", styles.h2)
    drawing = NetworkMapFlowable(snapshot, FORMAL_LOOK)
    lines = [Paragraph(text, styles.small) for text in [*figure_lines(figures), _legend(figures)]]
    return [KeepTogether([heading, drawing, Spacer(1, 4), *lines])]


def person_figure_lines(figures: NetworkFigures) -> list[str]:
    """The figures in Leichter Sprache, one short sentence each."""
    word = "Mensch hilft" if figures.total == 1 else "Menschen helfen"
    lines = [f"{figures.total} {word} mir."]
    for sector, count in figures.per_sector.items():
        if count:
            lines.append(f"{PLAIN_SECTORS[sector]}: {count}")
    if figures.professionals:
        lines.append(f"Fach-Leute: {figures.professionals} von {figures.total}")
    return lines


def person_network_block(snapshot: PlanSnapshot, styles: Styles) -> list[Flowable]:
    """*Mein Plan*, after "Diese Menschen helfen mir": the map and its figures."""
    if not named_contacts(snapshot.plan.network):
        return []
    figures = network_figures_of(snapshot)
    intro = [
        Paragraph("Mein Netzwerk", styles.h1),
        Paragraph("In der Mitte bin ich.", styles.lead),
        Paragraph("Wer mir sehr nah ist, steht nah bei mir.", styles.lead),
    ]
    if figures.to_activate:
        intro.append(
            Paragraph(
                "Ein weißer Punkt mit dickem Rand heißt: "
                "Diesen Menschen will ich noch um Hilfe bitten.",
                styles.lead,
            )
        )
    drawing = NetworkMapFlowable(snapshot, PERSON_LOOK)
    lines = [Paragraph(text, styles.body) for text in person_figure_lines(figures)]
    return [KeepTogether([*intro, drawing, Spacer(1, 8)]), *lines]


def network_figures_of(snapshot: PlanSnapshot) -> NetworkFigures:
    return network_figures(snapshot.plan.network)
