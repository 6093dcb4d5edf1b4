"""Pins of a map drawn as one where they would overlap (clusters at low zoom).

First every pin of a grid cell joins one group; then groups whose centres lie closer
than a cell are merged, the biggest first, so no two drawn clusters overlap much. Both
steps run in compiled code (numpy, a shapely tree) and take a few milliseconds for
thousands of pins, so clusters can follow every zoom step.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Cluster:
    """Pins drawn as one: where (mean of its members) and which (indices into the input)."""

    x: float
    y: float
    members: tuple[int, ...]

    @property
    def size(self) -> int:
        return len(self.members)


def _grid_groups(xs: np.ndarray, ys: np.ndarray, cell: float) -> list[np.ndarray]:
    keys = np.stack([np.floor(xs / cell), np.floor(ys / cell)], axis=1)
    _unique, inverse = np.unique(keys, axis=0, return_inverse=True)
    inverse = inverse.reshape(-1)
    order = np.argsort(inverse, kind="stable")
    bounds = np.flatnonzero(np.diff(inverse[order])) + 1
    return np.split(order, bounds)


def _merge_close(
    groups: list[np.ndarray], xs: np.ndarray, ys: np.ndarray, distance: float
) -> list[np.ndarray]:
    import shapely

    cx = np.array([xs[g].mean() for g in groups])
    cy = np.array([ys[g].mean() for g in groups])
    centres = shapely.points(cx, cy)
    left, right = shapely.STRtree(centres).query(centres, predicate="dwithin", distance=distance)
    near: dict[int, list[int]] = {}
    for a, b in zip(left.tolist(), right.tolist(), strict=True):
        if a != b:
            near.setdefault(a, []).append(b)
    if not near:
        return groups
    merged: list[np.ndarray] = []
    taken = np.zeros(len(groups), dtype=bool)
    for index in sorted(range(len(groups)), key=lambda i: (-len(groups[i]), i)):
        if taken[index]:
            continue
        taken[index] = True
        parts = [groups[index]]
        for other in near.get(index, ()):
            if not taken[other]:
                taken[other] = True
                parts.append(groups[other])
        merged.append(np.concatenate(parts) if len(parts) > 1 else parts[0])
    return merged


def clusters(xs: np.ndarray, ys: np.ndarray, cell: float) -> list[Cluster]:
    """Pins grouped so that no two clusters' centres are much closer than ``cell`` (in
    the units of ``xs``/``ys``). Pins at the very same place share a cluster at any size."""
    if len(xs) == 0:
        return []
    if cell <= 0:
        raise ValueError("cell must be positive")
    xs, ys = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
    groups = _merge_close(_grid_groups(xs, ys, cell), xs, ys, cell)
    result = []
    for group in groups:
        members = tuple(sorted(group.tolist()))
        result.append(Cluster(float(xs[group].mean()), float(ys[group].mean()), members))
    return result
