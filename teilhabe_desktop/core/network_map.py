"""The person's network map (after easyNWK): the person in the middle, four sectors
(Familie, Freundschaft/Nachbarschaft, Arbeit/Schule, Fachkräfte/Dienste) as quadrants,
three closeness circles, and every contact as a dot with its name.

Qt-free and deterministic: the screen and both PDFs call :func:`layout_network` with
their own size and a function that measures a text in their font, and draw what it
returns. Coordinates have the person at (0, 0) and the y axis pointing up.

No two labels overlap, none crosses the lines between the sectors or leaves the outer
circle, and each contact's dot lies in its own sector and closeness ring. Where a whole
name does not fit, a shorter form is tried (:mod:`core.network_names`); a contact that
fits nowhere is counted in :attr:`NetworkMap.overflow` ("+2 weitere") instead of
shrinking any text.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from teilhabe_desktop.core.network_figures import (
    NetworkFigures,
    named_contacts,
    network_figures,
    ring_of,
)
from teilhabe_desktop.core.network_names import name_variants
from teilhabe_desktop.core.plan import NetworkContact, NetworkSector, ResourceState

#: the quadrant of each sector: (sign of x, sign of y), y pointing up
QUADRANTS: dict[NetworkSector, tuple[int, int]] = {
    NetworkSector.FAMILY: (-1, 1),
    NetworkSector.FRIENDS: (1, 1),
    NetworkSector.WORK: (-1, -1),
    NetworkSector.PROFESSIONAL: (1, -1),
}
RINGS = (1, 2, 3)
#: the circles' radii as a share of the outer one: the inner ring, which holds the
#: closest and often most contacts, gets more than a third so its ring is not the smallest
RING_FRACTIONS = (0.0, 0.42, 0.72, 1.0)
#: candidate dots that still count as "far enough" from the dots placed before, in
#: label heights: among those the calmest place (mid ring, mid sector) wins
SPACING = 3.0


class Box(NamedTuple):
    """A rectangle (a tuple: made and compared fast, many are tried per contact)."""

    x0: float
    y0: float
    x1: float
    y1: float

    def overlaps(self, other: Box, gap: float = 0.0) -> bool:
        return not (
            self.x1 + gap <= other.x0
            or other.x1 + gap <= self.x0
            or self.y1 + gap <= other.y0
            or other.y1 + gap <= self.y0
        )

    def corners(self) -> tuple[tuple[float, float], ...]:
        return ((self.x0, self.y0), (self.x0, self.y1), (self.x1, self.y0), (self.x1, self.y1))


@dataclass(frozen=True)
class Metrics:
    """Sizes in the caller's units (points, pixels)."""

    radius: float  # of the outer circle
    text_height: float  # of one line of a label
    dot_radius: float
    measure: Callable[[str], float]  # the width of a text in the caller's font
    centre_width: float = 0.0  # the label in the middle ("Ich", the person's name)

    @property
    def gap(self) -> float:
        return self.text_height * 0.25

    def ring_radius(self, ring: int) -> float:
        return self.radius * RING_FRACTIONS[ring]


@dataclass(frozen=True)
class PlacedContact:
    contact_id: str
    label: str  # the name as shown (maybe shortened)
    full_name: str
    sector: NetworkSector
    ring: int
    state: ResourceState | None
    x: float  # the dot
    y: float
    box: Box  # dot and label
    text_x: float  # where the label is anchored
    text_y: float  # the middle of its line
    text_anchor: str  # "start", "end" or "middle"


@dataclass
class NetworkMap:
    metrics: Metrics
    centre: Box
    placed: list[PlacedContact] = field(default_factory=list)
    overflow: dict[NetworkSector, int] = field(default_factory=dict)
    figures: NetworkFigures | None = None

    def in_sector(self, sector: NetworkSector) -> list[PlacedContact]:
        return [p for p in self.placed if p.sector is sector]


def _centre_box(m: Metrics) -> Box:
    """A square around the circle in the middle that holds the person's label."""
    half = max(m.centre_width / 2, m.text_height / 2, m.dot_radius) + m.gap
    return Box(-half, -half, half, half)


def centre_radius(m: Metrics) -> float:
    """The radius of the person's circle in the middle (inside :func:`_centre_box`)."""
    return max(m.centre_width / 2, m.text_height / 2, m.dot_radius)


#: where a label goes beside its dot; the layout tries them in this order
OUTWARD, INWARD, AWAY, TOWARD = "outward", "inward", "away", "toward"
PLACEMENTS = (OUTWARD, INWARD, AWAY, TOWARD)


class Label(NamedTuple):
    box: Box  # dot and text
    x: float  # where the text is anchored
    y: float  # the middle of the text line
    anchor: str  # "start", "end" or "middle", as reportlab and SVG name them


def _label_box(
    m: Metrics, x: float, y: float, width: float, placement: str, quadrant: tuple[int, int]
) -> Label:
    """A dot at (x, y) with a label of ``width`` beside it: left or right of the dot, away
    from the vertical axis (outward) or towards it (inward); or centred below or above the
    dot, away from the horizontal axis or towards it."""
    sx, sy = quadrant
    d, g, h = m.dot_radius, m.gap, m.text_height
    if placement in (OUTWARD, INWARD):
        side = sx if placement == OUTWARD else -sx
        half = max(d, h / 2)
        start = d + g
        if side > 0:
            return Label(Box(x - d, y - half, x + start + width, y + half), x + start, y, "start")
        return Label(Box(x - start - width, y - half, x + d, y + half), x - start, y, "end")
    vertical = sy if placement == AWAY else -sy
    half_w = max(width / 2, d)
    if vertical > 0:
        box = Box(x - half_w, y - d, x + half_w, y + d + g + h)
        return Label(box, x, y + d + g + h / 2, "middle")
    box = Box(x - half_w, y - d - g - h, x + half_w, y + d)
    return Label(box, x, y - d - g - h / 2, "middle")


def _inside(m: Metrics, box: Box, quadrant: tuple[int, int]) -> bool:
    sx, sy = quadrant
    g = m.gap
    if (sx > 0 and box.x0 < g) or (sx < 0 and box.x1 > -g):
        return False
    if (sy > 0 and box.y0 < g) or (sy < 0 and box.y1 > -g):
        return False
    limit = (m.radius - g) ** 2
    # the corner farthest from the middle decides
    far_x = max(abs(box.x0), abs(box.x1))
    far_y = max(abs(box.y0), abs(box.y1))
    return far_x * far_x + far_y * far_y <= limit


def _candidates(m: Metrics, ring: int, quadrant: tuple[int, int]) -> list[tuple[float, float]]:
    """Dot positions inside ``ring`` and ``quadrant``, in a fixed order: on text lines
    (labels are horizontal, so lines one label high pack them best), each line sampled
    across the part of the ring it crosses."""
    inner = m.ring_radius(ring - 1) + m.dot_radius + m.gap
    outer = m.ring_radius(ring) - m.dot_radius - m.gap
    half = max(m.dot_radius, m.text_height / 2)
    # a hair more than the gap: the rows must not touch by rounding
    pitch = 2 * half + m.gap * 1.01
    step = m.text_height / 2
    sx, sy = quadrant
    points = []
    y = m.gap * 1.01 + half
    while y < outer:
        x_min = math.sqrt(max(inner * inner - y * y, 0.0))
        x_max = math.sqrt(outer * outer - y * y)
        count = max(int((x_max - x_min) // step), 0) + 1
        for i in range(count):
            x = x_min + (x_max - x_min) * (i / (count - 1) if count > 1 else 0.5)
            points.append((sx * x, sy * y))
        y += pitch
    return points


def _calm(m: Metrics, ring: int, x: float, y: float) -> float:
    """0 at the middle of the ring and of the sector, growing towards their edges."""
    mid = (m.ring_radius(ring - 1) + m.ring_radius(ring)) / 2
    band = m.ring_radius(ring) - m.ring_radius(ring - 1)
    angle = math.atan2(abs(y), abs(x))
    return abs(math.hypot(x, y) - mid) / band + abs(angle - math.pi / 4) / (math.pi / 4)


def _place(
    m: Metrics,
    contact: NetworkContact,
    taken: list[Box],
    sector_dots: list[tuple[float, float]],
    level: int = 0,
) -> PlacedContact | None:
    quadrant = QUADRANTS[contact.sector]
    ring = ring_of(contact)
    spacing = m.text_height * SPACING
    points = _candidates(m, ring, quadrant)
    variants = name_variants(contact.name)
    for name in variants[min(level, len(variants) - 1) :]:
        width = m.measure(name)
        best = None
        for (x, y), (k, placement) in itertools.product(points, enumerate(PLACEMENTS)):
            label = _label_box(m, x, y, width, placement, quadrant)
            box = label.box
            if not _inside(m, box, quadrant) or any(box.overlaps(t, m.gap) for t in taken):
                continue
            near = min((math.hypot(x - px, y - py) for px, py in sector_dots), default=spacing)
            score = (-min(near, spacing), k, _calm(m, ring, x, y))
            if best is None or score < best[0]:
                best = (score, x, y, label)
        if best is not None:
            _score, x, y, label = best
            return PlacedContact(
                contact.id,
                name,
                " ".join(contact.name.split()),
                contact.sector,
                ring,
                contact.state,
                x,
                y,
                label.box,
                label.x,
                label.y,
                label.anchor,
            )
    return None


def _layout_sector(
    m: Metrics, centre: Box, contacts: list[NetworkContact], level: int
) -> tuple[dict[int, PlacedContact], int]:
    """Places in one sector (by position in ``contacts``), names shortened at least to
    ``level``; and how many did not fit."""
    taken = [centre]
    dots: list[tuple[float, float]] = []
    placed: dict[int, PlacedContact] = {}
    for j in sorted(range(len(contacts)), key=lambda j: (ring_of(contacts[j]), j)):
        spot = _place(m, contacts[j], taken, dots, level)
        if spot is not None:
            placed[j] = spot
            taken.append(spot.box)
            dots.append((spot.x, spot.y))
    return placed, len(contacts) - len(placed)


def _sector(m: Metrics, centre: Box, contacts: list[NetworkContact]):
    """The sector's places, whole names first, then ever shorter ones until all fit."""
    levels = max(len(name_variants(c.name)) for c in contacts)
    for level in range(levels):
        spots, missing = _layout_sector(m, centre, contacts, level)
        if not missing:
            break
    return spots, missing


#: a caller's memory of the last layout of each sector: {sector: (what it depended on,
#: the result)}; typing into one contact then lays out only that contact's sector again
SectorCache = dict


def layout_network(
    contacts: Iterable[NetworkContact], metrics: Metrics, cache: SectorCache | None = None
) -> NetworkMap:
    """Where each named contact goes. A label never leaves its quadrant, so each sector is
    laid out on its own: inner rings first (they have least room), then in the plan's
    order; whole names first, and when not all of the sector's contacts fit, again with
    every name shortened one step more. ``cache`` (a dict the caller keeps) spares the
    sectors whose contacts did not change."""
    named = named_contacts(contacts)
    result = NetworkMap(metrics, _centre_box(metrics), figures=network_figures(named))
    placed: dict[int, PlacedContact] = {}
    for sector in NetworkSector:
        indices = [i for i, c in enumerate(named) if c.sector is sector]
        if not indices:
            continue
        members = [named[i] for i in indices]
        key = (metrics, tuple((c.id, c.name, c.closeness, c.state) for c in members))
        if cache is not None and sector in cache and cache[sector][0] == key:
            spots, missing = cache[sector][1]
        else:
            spots, missing = _sector(metrics, result.centre, members)
            if cache is not None:
                cache[sector] = (key, (spots, missing))
        placed.update({indices[j]: spot for j, spot in spots.items()})
        if missing:
            result.overflow[sector] = missing
    result.placed = [placed[i] for i in sorted(placed)]
    return result
