"""The schematic map before any import: a cell around each district's centroid."""

from __future__ import annotations

import itertools

from teilhabe_desktop.core.boundaries import BoundaryIndex
from teilhabe_desktop.core.schematic_map import schematic_cells
from teilhabe_desktop.store.places import PlacesRepository


def centroids(store) -> dict[int, tuple[float, float]]:
    rows = store.db.execute("SELECT code, lat, lon FROM district")
    return {code: (lat, lon) for code, lat, lon in rows}


def test_each_centroid_lies_in_its_own_cell_and_cells_do_not_overlap(store):
    points = centroids(store)
    cells = schematic_cells(points)
    assert set(cells) == set(points)
    index = BoundaryIndex(cells)
    assert all(index.district_at(lat, lon) == code for code, (lat, lon) in points.items())
    for a, b in itertools.combinations(cells.values(), 2):
        assert a.intersection(b).area < 1e-9


def test_before_an_import_the_map_is_schematic_and_points_give_nothing(store):
    places = PlacesRepository(store.db)
    shapes = places.map_shapes()
    assert shapes.schematic and len(shapes.shapes) == 41
    # a schematic cell is no border: it never decides a district
    lat, lon = centroids(store)[63]
    assert not places.locator().from_point(lat, lon).found


def test_no_centroids_no_cells():
    assert schematic_cells({}) == {}
