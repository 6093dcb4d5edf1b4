"""Where the map writes a Sozialraum's name: always inside one of its districts."""

from __future__ import annotations

from shapely.geometry import Point, box

from teilhabe_desktop.core.map_layout import group_label_point


def test_the_joint_centre_is_used_where_it_lies_inside_a_district():
    parts = [box(0, 0, 2, 2), box(2, 0, 6, 2)]  # centres 1 and 4, areas 4 and 8
    assert group_label_point(parts) == (3.0, 1.0)


def test_a_ring_of_districts_puts_the_name_into_the_largest_not_the_hole():
    # four districts around an empty middle: their joint centre lies in none of them
    parts = [box(0, 0, 3, 1), box(0, 2, 3, 3), box(0, 1, 1, 2), box(2, 1, 3.5, 2)]
    x, y = group_label_point(parts)
    assert any(part.contains(Point(x, y)) for part in parts)
    assert parts[0].contains(Point(x, y)) or parts[1].contains(Point(x, y))
