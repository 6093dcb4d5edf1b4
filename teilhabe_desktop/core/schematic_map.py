"""The schematic map before any boundaries are imported ("schematisch").

Each district gets the area nearer to its centroid (reference data) than to any other:
the Voronoi cells of the centroids, clipped to an estimate of the city's outline (the
hull of all centroids, widened). It shows where districts lie relative to each other,
not where their borders are; it is never used to derive a district from a point.
"""

from __future__ import annotations

from collections.abc import Mapping

import shapely
from shapely.geometry import MultiPoint
from shapely.geometry.base import BaseGeometry
from shapely.ops import voronoi_diagram

from teilhabe_desktop.core.geometry import to_metres, to_wgs84

#: how far the outline estimate reaches beyond the outermost centroids
OUTLINE_MARGIN_M = 1800.0


def outline_estimate(centroids: Mapping[int, tuple[float, float]]) -> BaseGeometry:
    """The city's outline guessed from centroids (lat, lon), in metres (EPSG:25832)."""
    points = to_metres(MultiPoint([(lon, lat) for lat, lon in centroids.values()]))
    return points.convex_hull.buffer(OUTLINE_MARGIN_M, quad_segs=4)


def schematic_cells(centroids: Mapping[int, tuple[float, float]]) -> dict[int, BaseGeometry]:
    """Code -> cell (WGS84) for each centroid (lat, lon); cells do not overlap."""
    if not centroids:
        return {}
    codes = list(centroids)
    points = to_metres(MultiPoint([(centroids[c][1], centroids[c][0]) for c in codes]))
    outline = outline_estimate(centroids)
    cells = voronoi_diagram(points, envelope=outline.envelope.buffer(1000))
    result: dict[int, BaseGeometry] = {}
    for code, point in zip(codes, points.geoms, strict=True):
        cell = next(c for c in cells.geoms if c.contains(point))
        result[code] = to_wgs84(shapely.make_valid(cell.intersection(outline)))
    return result
