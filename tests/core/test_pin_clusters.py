"""Clusters of map pins: pins that would overlap are drawn as one, others stay apart."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from teilhabe_desktop.core.pin_clusters import clusters


def test_far_pins_stay_single_and_near_ones_merge():
    xs = np.array([0.0, 3.0, 1000.0, 1002.0, 5000.0])
    ys = np.array([0.0, 4.0, 0.0, 1.0, 5000.0])
    found = clusters(xs, ys, cell=26.0)
    assert sorted(c.members for c in found) == [(0, 1), (2, 3), (4,)]
    first = next(c for c in found if c.members == (0, 1))
    assert (first.x, first.y) == (1.5, 2.0)  # drawn at the members' mean


def test_neighbours_across_a_grid_line_are_merged():
    # 25.9 and 26.1 fall into different grid cells but lie 0.2 apart
    found = clusters(np.array([25.9, 26.1]), np.array([0.0, 0.0]), cell=26.0)
    assert [c.members for c in found] == [(0, 1)]


def test_the_same_place_is_one_cluster_at_any_zoom():
    xs, ys = np.array([5.0, 5.0, 9000.0]), np.array([7.0, 7.0, 0.0])
    assert sorted(c.size for c in clusters(xs, ys, cell=1e-6)) == [1, 2]


def test_no_pins_and_a_bad_cell():
    assert clusters(np.zeros(0), np.zeros(0), cell=10) == []
    with pytest.raises(ValueError):
        clusters(np.array([1.0]), np.array([1.0]), cell=0)


@given(
    st.lists(st.tuples(st.floats(0, 2000), st.floats(0, 2000)), min_size=1, max_size=200),
    st.floats(1, 400),
)
def test_every_pin_is_in_exactly_one_cluster(points, cell):
    xs = np.array([p[0] for p in points])
    ys = np.array([p[1] for p in points])
    found = clusters(xs, ys, cell)
    members = sorted(m for c in found for m in c.members)
    assert members == list(range(len(points)))
