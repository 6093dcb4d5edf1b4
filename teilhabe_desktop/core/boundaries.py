"""Point-in-polygon over the boundaries of the statistical districts (or Ortsteile)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from teilhabe_desktop.core.geometry import from_wkb


class BoundaryIndex:
    """Which district a point lies in. Geometry in WGS84 (longitude, latitude)."""

    def __init__(self, shapes: Mapping[int, BaseGeometry]) -> None:
        self.codes = list(shapes)
        self.shapes = dict(shapes)
        self._geometries = np.array([shapes[c] for c in self.codes], dtype=object)
        self._tree = shapely.STRtree(self._geometries)

    @classmethod
    def from_wkb(cls, shapes: Mapping[int, bytes]) -> BoundaryIndex:
        return cls({code: from_wkb(wkb) for code, wkb in shapes.items()})

    def __len__(self) -> int:
        return len(self.codes)

    def district_at(self, lat: float, lon: float) -> int | None:
        """The code of the shape holding the point; ``None`` outside all of them."""
        found = self.districts_at([lat], [lon])[0]
        return found

    def districts_at(self, lats: Sequence[float], lons: Sequence[float]) -> list[int | None]:
        """Many points at once (one query of the tree); a point on a border gets one side."""
        points = shapely.points(np.asarray(lons, dtype=float), np.asarray(lats, dtype=float))
        point_index, shape_index = self._tree.query(points, predicate="intersects")
        result: list[int | None] = [None] * len(points)
        for p, s in zip(point_index.tolist(), shape_index.tolist(), strict=True):
            if result[p] is None:
                result[p] = self.codes[s]
        return result

    def representative_points(self) -> dict[int, tuple[float, float]]:
        """Code -> (lat, lon) of a point surely inside each shape."""
        result = {}
        for code, shape in self.shapes.items():
            point = shape.representative_point()
            result[code] = (point.y, point.x)
        return result
