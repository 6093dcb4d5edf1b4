"""Geometry helpers over shapely and pyproj: WKB, coordinate systems, Jena's extent.

Boundaries are kept in WGS84 (EPSG:4326, x = longitude, y = latitude) as WKB. The city's
files may also carry EPSG:25832 (ETRS89 / UTM zone 32N, metres); maps and distances use
that metric system.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

import numpy as np
import shapely
from pyproj import Transformer
from pyproj._context import get_context_manager  # see _transformer
from shapely.geometry.base import BaseGeometry

WGS84 = 4326
UTM32 = 25832
#: Generous bounds around Jena (longitude, latitude): a point outside is not in the city.
JENA_BOUNDS = (11.35, 50.80, 11.80, 51.05)


_transformers: dict[tuple[int, int, int], Transformer] = {}
_contexts: list = []  # PROJ contexts kept alive for the life of the process (see below)


def _transformer(source: int, target: int) -> Transformer:
    """A transformer for the pair, one per thread (they are not thread-safe).

    pyproj keeps each OS thread's PROJ context in thread-specific storage but lets a
    Python ``threading.local`` own it. A Qt pool thread runs each job with a new Python
    thread state, so after the first job the context is freed while the OS thread still
    points to it, and the next job's first pyproj call ends the process (segmentation
    fault). Keeping every context's owner here keeps those pointers valid.
    """
    key = (threading.get_ident(), source, target)
    found = _transformers.get(key)
    if found is None:
        found = _transformers[key] = Transformer.from_crs(source, target, always_xy=True)
        owner = get_context_manager()
        if owner is not None and not any(owner is kept for kept in _contexts):
            _contexts.append(owner)
    return found


def reproject(geometry: BaseGeometry, source: int, target: int) -> BaseGeometry:
    """``geometry`` from one EPSG code to another (x/y order: east, north)."""
    if source == target:
        return geometry
    transformer = _transformer(source, target)

    def convert(xy: np.ndarray) -> np.ndarray:
        x, y = transformer.transform(xy[:, 0], xy[:, 1])
        return np.column_stack([x, y])

    return shapely.transform(geometry, convert)


def project_points(lats: Sequence[float], lons: Sequence[float]) -> tuple[np.ndarray, np.ndarray]:
    """WGS84 latitude/longitude to metres east and north (EPSG:25832), many at once."""
    if len(lats) == 0:
        return np.zeros(0), np.zeros(0)
    x, y = _transformer(WGS84, UTM32).transform(
        np.asarray(lons, dtype=float), np.asarray(lats, dtype=float)
    )
    return np.asarray(x, dtype=float), np.asarray(y, dtype=float)


def to_metres(geometry: BaseGeometry) -> BaseGeometry:
    return reproject(geometry, WGS84, UTM32)


def to_wgs84(geometry: BaseGeometry) -> BaseGeometry:
    return reproject(geometry, UTM32, WGS84)


def from_wkb(data: bytes | str) -> BaseGeometry:
    """A geometry from WKB or (E)WKB hex; its SRID, if any, is kept by shapely."""
    return shapely.from_wkb(data)


def to_wkb(geometry: BaseGeometry) -> bytes:
    return shapely.to_wkb(geometry, include_srid=False)


def in_jena(geometry: BaseGeometry) -> bool:
    """Whether a representative point of ``geometry`` (WGS84) lies in :data:`JENA_BOUNDS`."""
    point = geometry.representative_point()
    west, south, east, north = JENA_BOUNDS
    return west <= point.x <= east and south <= point.y <= north
