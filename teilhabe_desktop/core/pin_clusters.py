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


def _grid_labels(xs: np.ndarray, ys: np.ndarray, cell: float) -> np.ndarray:
    """A group number per pin: the grid cell it falls into."""
    keys = np.stack([np.floor(xs / cell), np.floor(ys / cell)], axis=1)
    _unique, inverse = np.unique(keys, axis=0, return_inverse=True)
    return inverse.reshape(-1)


def _centres(labels: np.ndarray, xs: np.ndarray, ys: np.ndarray) -> tuple[np.ndarray, ...]:
    counts = np.bincount(labels)
    return np.bincount(labels, xs) / counts, np.bincount(labels, ys) / counts, counts


def _merge_close(labels: np.ndarray, xs: np.ndarray, ys: np.ndarray, distance: float):
    """Groups whose centres lie within ``distance`` join the biggest of them."""
    import shapely

    cx, cy, counts = _centres(labels, xs, ys)
    centres = shapely.points(cx, cy)
    left, right = shapely.STRtree(centres).query(centres, predicate="dwithin", distance=distance)
    apart = left != right
    left, right = left[apart], right[apart]
    if not len(left):
        return labels
    near: dict[int, list[int]] = {}
    for a, b in zip(left.tolist(), right.tolist(), strict=True):
        near.setdefault(a, []).append(b)
    target = np.arange(len(counts))
    taken = np.zeros(len(counts), dtype=bool)
    # only groups with a neighbour need a look, the biggest first
    for group in sorted(near, key=lambda g: (-counts[g], g)):
        if taken[group]:
            continue
        taken[group] = True
        for other in near[group]:
            if not taken[other]:
                taken[other] = True
                target[other] = group
    return target[labels]


def clusters(xs: np.ndarray, ys: np.ndarray, cell: float) -> list[Cluster]:
    """Pins grouped so that no two clusters' centres are much closer than ``cell`` (in
    the units of ``xs``/``ys``). Pins at the very same place share a cluster at any size."""
    if len(xs) == 0:
        return []
    if cell <= 0:
        raise ValueError("cell must be positive")
    xs, ys = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
    labels = _merge_close(_grid_labels(xs, ys, cell), xs, ys, cell)
    _kept, labels = np.unique(labels, return_inverse=True)
    labels = labels.reshape(-1)
    cx, cy, _counts = _centres(labels, xs, ys)
    order = np.argsort(labels, kind="stable")
    bounds = np.flatnonzero(np.diff(labels[order])) + 1
    return [
        Cluster(x, y, tuple(members))
        for x, y, members in zip(
            cx.tolist(), cy.tolist(), (g.tolist() for g in np.split(order, bounds)), strict=True
        )
    ]
