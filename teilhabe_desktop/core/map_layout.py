"""What the map page and the printed map share: colours, shapes for drawing, labels.

Maps are drawn in metres (EPSG:25832, x east, y north), so distances look the same in
every direction; boundaries and offers are stored in WGS84 (``core.geometry`` projects).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry


#: Fill colours of the five Sozialräume (light tints of the Okabe-Ito palette, which
#: stays distinguishable with the common colour vision deficiencies); unknown ids take
#: the rest in turn.
SOZIALRAUM_COLOURS: dict[str, str] = {
    "lobeda": "#f5c26b",
    "winzerla": "#8fcdf0",
    "west_zentrum": "#7fd0b5",
    "nord": "#e3a3c8",
    "ost": "#f0b08a",
}
_SPARE_COLOURS = ("#c9c3e6", "#e8e29a", "#b7c7d6")
#: pins and highlights
PIN_COLOUR = "#0b5394"
HOME_COLOUR = "#7a1f00"
OUTLINE_COLOUR = "#5f6b75"


def sozialraum_colour(sozialraum_id: str | None, order: Sequence[str] = ()) -> str:
    """The fill colour of a Sozialraum; ``order`` (all ids) places unknown ones."""
    if sozialraum_id in SOZIALRAUM_COLOURS:
        return SOZIALRAUM_COLOURS[sozialraum_id]
    position = list(order).index(sozialraum_id) if sozialraum_id in order else 0
    return _SPARE_COLOURS[position % len(_SPARE_COLOURS)]


#: metres a shape on screen may stray from the true one: below a pixel at street level
DISPLAY_SIMPLIFY_M = 3.0


def display_shapes(shapes: Mapping[int, BaseGeometry]) -> dict[int, BaseGeometry]:
    """The districts' shapes (WGS84) in metres, simplified for drawing."""
    import shapely  # the geometry libraries load only when a map is drawn

    from teilhabe_desktop.core.geometry import to_metres

    result = {}
    for code, shape in shapes.items():
        # Douglas-Peucker is four times faster than the topology-preserving variant;
        # make_valid repairs the rare self-touching ring it leaves at 3 m
        simple = to_metres(shape).simplify(DISPLAY_SIMPLIFY_M, preserve_topology=False)
        result[code] = shapely.make_valid(simple)
    return result


def group_label_point(parts: Sequence[BaseGeometry]) -> tuple[float, float]:
    """Where the name of several shapes (a Sozialraum's districts) goes: their joint
    centre of area where it lies inside one of them, else inside the largest one —
    without the cost of a union."""
    import shapely

    areas = shapely.area(parts)
    centres = shapely.centroid(parts)
    total = float(areas.sum())
    if total > 0:
        x = float((shapely.get_x(centres) * areas).sum() / total)
        y = float((shapely.get_y(centres) * areas).sum() / total)
        if shapely.contains_xy(parts, x, y).any():
            return x, y
    return label_point(parts[int(areas.argmax())])


def label_point(shape: BaseGeometry) -> tuple[float, float]:
    """Where a shape's name goes: a point surely inside it."""
    point = shape.representative_point()
    return point.x, point.y
