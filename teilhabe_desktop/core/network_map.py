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

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

import numpy as np

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


def _boxes(m: Metrics, xs, ys, width: float, quadrant: tuple[int, int]):
    """For every candidate dot (xs, ys) and every placement of :data:`PLACEMENTS` the box
    of dot and label, shape (points, placements): beside the dot outwards (away from the
    vertical axis) or inwards, or centred away from the horizontal axis or towards it."""
    sx, sy = quadrant
    d, g, h = m.dot_radius, m.gap, m.text_height
    half = max(d, h / 2)
    start = d + g
    half_w = max(width / 2, d)
    rows = []
    for placement in PLACEMENTS:
        if placement in (OUTWARD, INWARD):
            side = sx if placement == OUTWARD else -sx
            if side > 0:
                rows.append((xs - d, ys - half, xs + start + width, ys + half))
            else:
                rows.append((xs - start - width, ys - half, xs + d, ys + half))
        elif (sy if placement == AWAY else -sy) > 0:
            rows.append((xs - half_w, ys - d, xs + half_w, ys + d + g + h))
        else:
            rows.append((xs - half_w, ys - d - g - h, xs + half_w, ys + d))
    return [np.stack([row[i] for row in rows], axis=1) for i in range(4)]


def _text_anchor(m: Metrics, x: float, y: float, placement: str, quadrant, width: float):
    """Where the text of a label in ``placement`` is anchored, and how."""
    sx, sy = quadrant
    d, g, h = m.dot_radius, m.gap, m.text_height
    if placement in (OUTWARD, INWARD):
        side = sx if placement == OUTWARD else -sx
        return (x + d + g, y, "start") if side > 0 else (x - d - g, y, "end")
    up = (sy if placement == AWAY else -sy) > 0
    return x, (y + d + g + h / 2 if up else y - d - g - h / 2), "middle"


def _feasible(m: Metrics, boxes, quadrant: tuple[int, int], taken: list[Box]):
    """Which boxes keep off the sector lines, stay inside the circle and touch no box
    placed before (with the gap between)."""
    x0, y0, x1, y1 = boxes
    sx, sy = quadrant
    g = m.gap
    ok = (x0 >= g) if sx > 0 else (x1 <= -g)
    ok &= (y0 >= g) if sy > 0 else (y1 <= -g)
    # inside one quadrant the corner farthest from the middle decides
    far_x = np.maximum(np.abs(x0), np.abs(x1))
    far_y = np.maximum(np.abs(y0), np.abs(y1))
    ok &= far_x * far_x + far_y * far_y <= (m.radius - g) ** 2
    for t in taken:
        ok &= (x1 + g <= t.x0) | (t.x1 + g <= x0) | (y1 + g <= t.y0) | (t.y1 + g <= y0)
    return ok


def _candidates(m: Metrics, ring: int, quadrant: tuple[int, int]):
    return _candidate_arrays(m.radius, m.text_height, m.dot_radius, ring, quadrant)


@lru_cache(maxsize=256)  # by size, not by Metrics: each print measures with a new function
def _candidate_arrays(
    radius: float, text_height: float, dot_radius: float, ring: int, quadrant: tuple[int, int]
):
    """Dot positions inside ``ring`` and ``quadrant`` as arrays (xs, ys, calm), in a
    fixed order: on text lines (labels are horizontal, so lines one label high pack them
    best), each line sampled across the part of the ring it crosses. ``calm`` is 0 at the
    middle of the ring and of the sector and grows towards their edges."""
    m = Metrics(radius, text_height, dot_radius, len)
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
    xs = np.array([p[0] for p in points], dtype=float)
    ys = np.array([p[1] for p in points], dtype=float)
    mid = (m.ring_radius(ring - 1) + m.ring_radius(ring)) / 2
    band = m.ring_radius(ring) - m.ring_radius(ring - 1)
    angle = np.arctan2(np.abs(ys), np.abs(xs))
    calm = np.abs(np.hypot(xs, ys) - mid) / band + np.abs(angle - math.pi / 4) / (math.pi / 4)
    return xs, ys, calm


def _place(
    m: Metrics,
    contact: NetworkContact,
    taken: list[Box],
    sector_dots: list[tuple[float, float]],
    level: int = 0,
) -> PlacedContact | None:
    """The best free place for ``contact``: far enough from the dots placed before (up to
    :data:`SPACING` label heights), then the first of :data:`PLACEMENTS`, then the calmest
    spot; ties go to the first candidate. Names shortened to ``level`` at least."""
    quadrant = QUADRANTS[contact.sector]
    ring = ring_of(contact)
    spacing = m.text_height * SPACING
    xs, ys, calm = _candidates(m, ring, quadrant)
    if not len(xs):
        return None
    near = np.full(len(xs), spacing)
    for px, py in sector_dots:
        near = np.minimum(near, np.hypot(xs - px, ys - py))
    shape = (len(xs), len(PLACEMENTS))
    primary = np.broadcast_to(-near[:, None], shape).ravel()
    secondary = np.broadcast_to(np.arange(len(PLACEMENTS))[None, :], shape).ravel()
    tertiary = np.broadcast_to(calm[:, None], shape).ravel()
    variants = name_variants(contact.name)
    for name in variants[min(level, len(variants) - 1) :]:
        width = m.measure(name)
        boxes = _boxes(m, xs, ys, width, quadrant)
        ok = _feasible(m, boxes, quadrant, taken).ravel()
        if not ok.any():
            continue
        found = np.flatnonzero(ok)
        order = np.lexsort((tertiary[found], secondary[found], primary[found]))
        index = int(found[order[0]])
        point, k = divmod(index, len(PLACEMENTS))
        x, y = float(xs[point]), float(ys[point])
        box = Box(*(float(b.ravel()[index]) for b in boxes))
        text_x, text_y, anchor = _text_anchor(m, x, y, PLACEMENTS[k], quadrant, width)
        return PlacedContact(
            contact.id,
            name,
            " ".join(contact.name.split()),
            contact.sector,
            ring,
            contact.state,
            x,
            y,
            box,
            text_x,
            text_y,
            anchor,
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
