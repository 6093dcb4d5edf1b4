"""The session's services for places: read a street directory or a boundary file
(checked, nothing written) and save what was read, all at once.

A mixin of :class:`~teilhabe_desktop.session.Session` (kept apart for size), used alike
by ``places import-streets|import-boundaries`` and the dialog *Orte einlesen*. Qt-free.
"""

from __future__ import annotations

from pathlib import Path


class PlacesImport:
    reference: object
    places: object

    def read_street_file(self, path: Path | str):
        """The street directory in ``path``, checked against the known districts."""
        from teilhabe_desktop.exchange.street_csv import read_street_csv

        return read_street_csv(path, [d.code for d in self.reference.districts()])

    def read_boundary_file(self, path: Path | str):
        """The district or Ortsteil boundaries in ``path`` (GeoJSON), checked."""
        from teilhabe_desktop.exchange.boundaries_geojson import read_boundaries

        reference = self.reference
        known = {
            "district": {d.code: d.name for d in reference.districts()},
            "ortsteil": {o.id: o.name for o in reference.ortsteile()},
        }
        return read_boundaries(path, reference.place_resolver(), known)

    def save_street_file(self, found) -> int:
        """Replace the street directory by ``found``; returns the number of entries."""
        self.places.replace_street_ranges(found.ranges, found.file)
        return len(found.ranges)

    def save_boundary_file(self, found) -> int:
        """Replace the boundaries of ``found``'s level; returns the number of shapes."""
        from teilhabe_desktop.core.geometry import to_wkb

        shapes = {code: to_wkb(shape) for code, shape in found.shapes.items()}
        self.places.replace_boundaries(found.level, shapes, found.file)
        return len(shapes)
