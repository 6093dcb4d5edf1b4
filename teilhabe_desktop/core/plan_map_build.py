"""Building the plan's map (:class:`~teilhabe_desktop.core.plan_map.PlanMap`) from the
districts' shapes: one merged, simplified area per Sozialraum, the city's outline, pins."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import shapely
from shapely.geometry.base import BaseGeometry

from teilhabe_desktop.core.geometry import project_points, to_metres
from teilhabe_desktop.core.plan_map import MapArea, PlanMap

#: metres a simplified outline may stray from the true one (invisible at print scale)
SIMPLIFY_M = 25.0


def _rings(geometry: BaseGeometry) -> list[list[float]]:
    rings: list[list[float]] = []
    for polygon in getattr(geometry, "geoms", [geometry]):
        if polygon.geom_type != "Polygon" or polygon.is_empty:
            continue
        for ring in (polygon.exterior, *polygon.interiors):
            flat: list[float] = []
            for x, y in ring.coords[:-1]:  # closed when drawn
                flat += [round(x), round(y)]
            if len(flat) >= 6:
                rings.append(flat)
    return rings


def _simplified(parts: list[BaseGeometry]) -> BaseGeometry:
    # neighbouring districts of the city's file meet with tiny gaps: close them first
    merged = shapely.union_all([p.buffer(2.0, quad_segs=1) for p in parts]).buffer(-2.0)
    return shapely.make_valid(merged.simplify(SIMPLIFY_M, preserve_topology=True))


def build_plan_map(
    shapes: Mapping[int, BaseGeometry],
    district_sozialraum: Mapping[int, str],
    sozialraum_ids: Sequence[str],
    offer_places: Mapping[str, tuple[float, float]],
    schematic: bool,
) -> PlanMap | None:
    """The map of ``sozialraum_ids`` from the districts' ``shapes`` (WGS84), with a pin per
    offer of ``offer_places`` (id -> latitude, longitude). ``None`` without shapes or
    without a Sozialraum that has any."""
    if not shapes or not sozialraum_ids:
        return None
    metres = {code: to_metres(shape) for code, shape in shapes.items()}
    areas = []
    for sozialraum_id in dict.fromkeys(sozialraum_ids):
        parts = [g for code, g in metres.items() if district_sozialraum.get(code) == sozialraum_id]
        if parts:
            areas.append(MapArea(sozialraum_id, _rings(_simplified(parts))))
    if not areas:
        return None
    ids = list(offer_places)
    xs, ys = project_points([offer_places[i][0] for i in ids], [offer_places[i][1] for i in ids])
    pins = {i: [round(float(x)), round(float(y))] for i, x, y in zip(ids, xs, ys, strict=True)}
    outline = _rings(_simplified(list(metres.values())))
    return PlanMap(areas, outline, pins, schematic)
