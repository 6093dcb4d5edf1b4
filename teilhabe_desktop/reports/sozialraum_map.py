"""The small map in *Mein Plan* and the Gesamtplan: the person's Sozialräume, the city
around them, and the linked offers numbered like their contact cards (in the same order).

Drawn with reportlab graphics from the snapshot's :class:`~teilhabe_desktop.core.plan_map.
PlanMap` (simplified shapes in metres), so it needs no database and a frozen version
prints its map as it was. Without a map in the snapshot nothing is printed.
"""

from __future__ import annotations

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Circle, Drawing, Group, Path, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from teilhabe_desktop.core.map_layout import OUTLINE_COLOUR, PIN_COLOUR, sozialraum_colour
from teilhabe_desktop.core.plan import GoalStatus, PlanSnapshot
from teilhabe_desktop.core.plan_map import PlanMap
from teilhabe_desktop.reports.fonts import BOLD, register_fonts
from teilhabe_desktop.reports.styles import Styles
from teilhabe_desktop.reports.text import para

MIN_HEIGHT = 55 * mm
MAX_HEIGHT = 95 * mm
#: (label size, pin radius, number size) in points; Mein Plan prints nothing below 14 pt
PERSON_SIZES = (14.0, 12.0, 14.0)
FORMAL_SIZES = (9.0, 7.5, 8.0)
PADDING = 0.08  # of the extent, around the Sozialräume and pins


def card_numbers(snapshot: PlanSnapshot, person_view: bool) -> dict[str, int]:
    """Offer id -> number, in the order the plan lists the linked offers (Mein Plan leaves
    out the offers of discarded goals, as its contact cards do)."""
    goals = {
        g.id for g in snapshot.plan.goals if not person_view or g.status is not GoalStatus.DISCARDED
    }
    numbers: dict[str, int] = {}
    for link in snapshot.plan.offer_links:
        if link.offer_id in snapshot.offers and link.goal_id in goals:
            numbers.setdefault(link.offer_id, len(numbers) + 1)
    return numbers


def _points(ring: list[float]) -> list[tuple[float, float]]:
    return list(zip(ring[0::2], ring[1::2], strict=True))


def _extent(plan_map: PlanMap, pins: list[tuple[float, float]]) -> tuple[float, ...]:
    xs, ys = [], []
    for area in plan_map.areas:
        for ring in area.rings:
            xs += ring[0::2]
            ys += ring[1::2]
    xs += [p[0] for p in pins]
    ys += [p[1] for p in pins]
    pad = max(max(xs) - min(xs), max(ys) - min(ys), 500.0) * PADDING
    return min(xs) - pad, min(ys) - pad, max(xs) + pad, max(ys) + pad


def _label_point(rings: list[list[float]]) -> tuple[float, float]:
    """The centroid of the biggest ring (shoelace formula)."""
    best, best_area = (0.0, 0.0), -1.0
    for ring in rings:
        pts = _points(ring)
        area = cx = cy = 0.0
        for (x0, y0), (x1, y1) in zip(pts, pts[1:] + pts[:1], strict=True):
            cross = x0 * y1 - x1 * y0
            area += cross
            cx += (x0 + x1) * cross
            cy += (y0 + y1) * cross
        if abs(area) > best_area and area:
            best_area = abs(area)
            best = (cx / (3 * area), cy / (3 * area))
    return best


class SozialraumMap(Flowable):
    """The map as a flowable as wide as the frame; shapes outside it are clipped."""

    def __init__(
        self,
        plan_map: PlanMap,
        names: dict[str, str],
        numbers: dict[str, int],
        sizes: tuple[float, float, float],
    ) -> None:
        super().__init__()
        self.plan_map = plan_map
        self.names = names
        self.pins = [
            (numbers[i], plan_map.pins[i][0], plan_map.pins[i][1])
            for i in numbers
            if i in plan_map.pins
        ]
        self.font_size, self.pin_radius, self.number_size = sizes
        self.extent = _extent(plan_map, [(x, y) for _n, x, y in self.pins])
        self.width = self.height = self.scale = 0.0
        self.origin = (0.0, 0.0)

    def wrap(self, available_width: float, _available_height: float) -> tuple[float, float]:
        west, south, east, north = self.extent
        width = available_width
        height = min(max(width * (north - south) / (east - west), MIN_HEIGHT), MAX_HEIGHT)
        # one scale for both directions: the extent grows to the drawing's proportions
        self.scale = min(width / (east - west), height / (north - south))
        centre = ((west + east) / 2, (south + north) / 2)
        self.origin = (centre[0] - width / 2 / self.scale, centre[1] - height / 2 / self.scale)
        self.width, self.height = width, height
        return width, height

    def _xy(self, x: float, y: float) -> tuple[float, float]:
        return (x - self.origin[0]) * self.scale, (y - self.origin[1]) * self.scale

    def _path(self, rings: list[list[float]], fill, stroke, stroke_width: float) -> Path:
        path = Path(fillColor=fill, strokeColor=stroke, strokeWidth=stroke_width, fillMode=0)
        for ring in rings:
            points = [self._xy(x, y) for x, y in _points(ring)]
            path.moveTo(*points[0])
            for point in points[1:]:
                path.lineTo(*point)
            path.closePath()
        return path

    def _spread(self, points: list[tuple[float, float]]) -> list[tuple[int, float, float]]:
        """Pins that would cover each other move aside, so every number stays readable."""
        placed: list[tuple[int, float, float]] = []
        gap = 2 * self.pin_radius + 1
        for (number, _mx, _my), (x, y) in zip(self.pins, points, strict=True):
            while any((x - px) ** 2 + (y - py) ** 2 < gap * gap for _n, px, py in placed):
                x += gap
            placed.append((number, x, y))
        return placed

    def drawing(self) -> Drawing:
        regular, bold = register_fonts()
        drawing = Drawing(self.width, self.height)
        # the renderer starts with this font (else Helvetica, which cannot print "ı" or "Ł")
        drawing.initialFontName = regular
        outline = colors.HexColor(OUTLINE_COLOUR)
        group = Group()
        group.add(self._path(self.plan_map.outline, colors.HexColor("#eeeeee"), outline, 0.5))
        order = list(self.names)
        for area in self.plan_map.areas:
            fill = colors.HexColor(sozialraum_colour(area.sozialraum_id, order))
            group.add(self._path(area.rings, fill, colors.HexColor("#333333"), 1.0))
        for area in self.plan_map.areas:
            x, y = self._xy(*_label_point(area.rings))
            name = self.names.get(area.sozialraum_id, area.sozialraum_id)
            group.add(
                String(x, y, name, fontName=bold, fontSize=self.font_size, textAnchor="middle")
            )
        for number, x, y in self._spread([self._xy(mx, my) for _n, mx, my in self.pins]):
            group.add(
                Circle(
                    x,
                    y,
                    self.pin_radius,
                    fillColor=colors.HexColor(PIN_COLOUR),
                    strokeColor=colors.white,
                )
            )
            size = self.number_size
            group.add(
                String(
                    x,
                    y - size * 0.36,
                    str(number),
                    fontName=BOLD,
                    fontSize=size,
                    fillColor=colors.white,
                    textAnchor="middle",
                )
            )
        drawing.add(group)
        return drawing

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        clip = canvas.beginPath()
        clip.rect(0, 0, self.width, self.height)
        canvas.clipPath(clip, stroke=0, fill=0)
        renderPDF.draw(self.drawing(), canvas, 0, 0)
        canvas.restoreState()
        canvas.setStrokeColor(colors.HexColor(OUTLINE_COLOUR))
        canvas.setLineWidth(0.8)
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=0)


def _legend(snapshot: PlanSnapshot, plan_map: PlanMap, numbers: dict, style) -> list:
    return [
        para(f"{number} – {snapshot.offers[offer_id].name}", style)
        for offer_id, number in numbers.items()
        if offer_id in plan_map.pins
    ]


def person_map_block(snapshot: PlanSnapshot, styles: Styles) -> list[Flowable]:
    """*Mein Plan*: "Hier bin ich unterwegs", the map and what its numbers mean."""
    plan_map = snapshot.sozialraum_map
    if plan_map is None or not plan_map.areas:
        return []
    numbers = card_numbers(snapshot, person_view=True)
    legend = _legend(snapshot, plan_map, numbers, styles.body)
    lines = ["Die Karte zeigt meine Stadtteile."]
    if plan_map.schematic:
        lines.append("Die Karte ist eine Skizze.")
    if legend:
        lines.append("Die Zahlen zeigen, wo ich Hilfe bekomme.")
    intro = [
        Paragraph("Hier bin ich unterwegs", styles.h1),
        Paragraph("<br/>".join(lines), styles.lead),
    ]
    names = snapshot.sozialraum_names
    drawing = SozialraumMap(plan_map, names, numbers, PERSON_SIZES)
    return [KeepTogether([*intro, drawing]), *legend]


def formal_map_block(snapshot: PlanSnapshot, styles: Styles) -> list[Flowable]:
    """Gesamtplan: the map of the Sozialräume with the linked offers by number."""
    plan_map = snapshot.sozialraum_map
    if plan_map is None or not plan_map.areas:
        return []
    numbers = card_numbers(snapshot, person_view=False)
    heading = Paragraph("Karte der Sozialräume und verknüpften Angebote", styles.h2)
    drawing = SozialraumMap(plan_map, snapshot.sozialraum_names, numbers, FORMAL_SIZES)
    note = []
    if plan_map.schematic:
        note = [
            Paragraph(
                "Schematische Karte aus den Mittelpunkten der Bezirke: sie zeigt die Lage, "
                "nicht die Grenzen.",
                styles.small,
            )
        ]
    return [
        KeepTogether([heading, drawing, *note]),
        *_legend(snapshot, plan_map, numbers, styles.small),
    ]
