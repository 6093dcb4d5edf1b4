"""The small map a printed plan carries: the person's Sozialräume and the linked offers.

It is part of the :class:`~teilhabe_desktop.core.plan.PlanSnapshot`, so printing needs no
database and a frozen version prints its map as it was. Shapes are simplified and in
whole metres (EPSG:25832, see ``core.map_layout``): a few kilobytes per plan. Built by
``core.plan_map_build`` (which loads the geometry libraries; this module does not).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass
class MapArea:
    """One Sozialraum: its rings (outer and holes, drawn even-odd), each a flat list
    ``[x0, y0, x1, y1, …]`` in metres."""

    sozialraum_id: str
    rings: list[list[float]] = field(default_factory=list)


@dataclass
class PlanMap:
    areas: list[MapArea] = field(default_factory=list)  # the person's Sozialräume, in order
    outline: list[list[float]] = field(default_factory=list)  # the whole city, for orientation
    pins: dict[str, list[float]] = field(default_factory=dict)  # offer id -> [x, y]
    schematic: bool = False  # drawn from the district centroids, not real boundaries


def person_sozialraeume(home_id: str | None, chosen: Sequence[str]) -> list[str]:
    """The person's Sozialräume: home first, then the others chosen in the plan, each once."""
    return list(dict.fromkeys(([home_id] if home_id else []) + list(chosen)))
