"""Reading the city's boundary files (GeoJSON) of the statistical districts or Ortsteile.

As the open-data portal publishes them: a FeatureCollection in WGS84 whose properties
carry the name (``statbez_name`` for districts, ``name`` for Ortsteile) and a feature id
that is not always the official code; an extra column ``the_geom`` may hold the same
shape as EPSG:25832 (E)WKB. A feature is matched by an official code where the file has
one (``statbez_nr``, ``code`` …) and otherwise by its name through the place resolver.
Every known district (or Ortsteil) must be there exactly once with a valid polygon;
otherwise the file is refused as a whole, each problem named.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import shapely
from shapely.errors import ShapelyError
from shapely.geometry import shape as geojson_shape
from shapely.geometry.base import BaseGeometry
from shapely.validation import explain_validity

from teilhabe_desktop.core.geometry import UTM32, WGS84, from_wkb, in_jena, reproject
from teilhabe_desktop.core.places import PlaceResolver
from teilhabe_desktop.core.reference import PlaceKind
from teilhabe_desktop.exchange.catalogue_import import ImportFileError
from teilhabe_desktop.exchange.text_files import decode_text, read_bytes

LEVEL_NAMES = {"district": "statistische Bezirke", "ortsteil": "Ortsteile"}
_CODE_KEYS = {
    "district": ("statbez_nr", "statbez_code", "statbez_id", "bezirk_nr", "bezirksnummer"),
    "ortsteil": ("ortsteil_nr", "ortsteil_id", "ot_nr", "ot_id"),
}
_NAME_KEYS = {
    "district": ("statbez_name", "bezirk", "name"),
    "ortsteil": ("ortsteil", "ortsteil_name", "name"),
}
MAX_PROBLEMS_SHOWN = 10


class BoundaryFileError(ImportFileError):
    """The file is refused; ``problems`` names every problem found."""

    def __init__(self, message: str, problems: list[str]) -> None:
        super().__init__(message)
        self.problems = problems


@dataclass
class BoundaryFile:
    """Shapes read and checked (WGS84), by code; nothing is written yet."""

    file: str
    level: str
    shapes: dict[int, BaseGeometry] = field(default_factory=dict)
    matched_by_name: int = 0

    def summary(self) -> str:
        how = f", davon {self.matched_by_name} über den Namen" if self.matched_by_name else ""
        return (
            f"{self.file}: {len(self.shapes)} {LEVEL_NAMES[self.level]} erkannt{how}; "
            "alle Flächen gültig."
        )


def read_boundaries(
    path: Path | str, resolver: PlaceResolver, known: Mapping[str, Mapping[int, str]]
) -> BoundaryFile:
    """Read the file; ``known`` is level -> {code: name} of the reference data.

    Whether the file holds districts or Ortsteile is seen from its properties
    (``statbez_name``) or, failing that, from which names it matches.
    """
    path = Path(path)
    text, _encoding = decode_text(read_bytes(path), path.name)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFileError(
            f"Die Datei „{path.name}“ ist kein gültiges GeoJSON (Zeile {exc.lineno}: {exc.msg})."
        ) from None
    features = data.get("features") if isinstance(data, dict) else None
    if not isinstance(features, list) or not features:
        raise ImportFileError(
            f"Die Datei „{path.name}“ ist keine GeoJSON-FeatureCollection mit Flächen."
        )
    source_crs = _crs(data)
    properties = [f.get("properties") or {} if isinstance(f, dict) else {} for f in features]
    level = _level(properties, resolver)
    result = BoundaryFile(path.name, level)
    problems: list[str] = []
    seen: dict[int, int] = {}
    for number, (feature, props) in enumerate(zip(features, properties, strict=True), 1):
        where = f"Fläche {number}"
        code, by_name, label = _match(props, level, resolver, known[level])
        if code is None:
            problems.append(f"{where}: „{label}“ ist kein bekannter Name und keine Nummer.")
            continue
        where = f"{where} ({code} {known[level][code]})"
        if code in seen:
            problems.append(f"{where} kommt doppelt vor (auch Fläche {seen[code]}).")
            continue
        seen[code] = number
        geometry, reason = _geometry(feature, props, source_crs)
        if reason:
            problems.append(f"{where}: {reason}")
            continue
        result.shapes[code] = geometry
        result.matched_by_name += by_name
    missing = sorted(set(known[level]) - set(seen))
    if missing:
        names = ", ".join(f"{c} {known[level][c]}" for c in missing[:MAX_PROBLEMS_SHOWN])
        problems.append(f"Es fehlen {len(missing)} {LEVEL_NAMES[level]}: {names}.")
    if problems:
        shown = "\n".join(problems[:MAX_PROBLEMS_SHOWN])
        if len(problems) > MAX_PROBLEMS_SHOWN:
            shown += f"\n… und {len(problems) - MAX_PROBLEMS_SHOWN} weitere Fehler."
        raise BoundaryFileError(
            f"Die Grenzen in „{path.name}“ ({LEVEL_NAMES[level]}) werden nicht übernommen:\n"
            f"{shown}",
            problems,
        )
    return result


def _crs(data: dict) -> int:
    name = str(((data.get("crs") or {}).get("properties") or {}).get("name", ""))
    return UTM32 if name.replace("::", ":").endswith(f":{UTM32}") else WGS84


def _level(properties: list[dict], resolver: PlaceResolver) -> str:
    if any("statbez_name" in p or any(k in p for k in _CODE_KEYS["district"]) for p in properties):
        return "district"
    if any(any(k in p for k in _CODE_KEYS["ortsteil"]) for p in properties):
        return "ortsteil"
    districts = ortsteile = 0
    for props in properties:
        hits = resolver.named(str(props.get("name", "")))
        districts += any(h.kind is PlaceKind.DISTRICT for h in hits)
        ortsteile += any(h.kind is PlaceKind.ORTSTEIL for h in hits)
    return "ortsteil" if ortsteile > districts else "district"


def _match(
    props: dict, level: str, resolver: PlaceResolver, known: Mapping[int, str]
) -> tuple[int | None, bool, str]:
    """(code, matched by name, what the feature was called)."""
    for key in _CODE_KEYS[level]:
        value = str(props.get(key, "")).strip()
        if value.isdigit():
            code = int(value)
            return (code if code in known else None), False, value
    name = next((str(props[k]).strip() for k in _NAME_KEYS[level] if props.get(k)), "")
    kind = PlaceKind.DISTRICT if level == "district" else PlaceKind.ORTSTEIL
    hits = [h for h in resolver.named(name) if h.kind is kind] or [
        h for h in resolver.resolve(name) if h.kind is kind
    ]
    codes = {h.district_code if level == "district" else h.ortsteil_id for h in hits}
    if len(codes) == 1:
        return codes.pop(), True, name
    return None, False, name or "ohne Namen"


def _geometry(feature: dict, props: dict, source_crs: int) -> tuple[BaseGeometry | None, str]:
    """The feature's shape in WGS84, or a German reason why there is none."""
    try:
        if feature.get("geometry"):
            geometry = reproject(geojson_shape(feature["geometry"]), source_crs, WGS84)
        elif props.get("the_geom"):
            geometry = reproject(from_wkb(props["the_geom"]), UTM32, WGS84)
        else:
            return None, "Die Fläche fehlt."
    except (ShapelyError, ValueError, TypeError, KeyError, AttributeError):
        return None, "Die Fläche ist nicht lesbar."
    if geometry.geom_type not in ("Polygon", "MultiPolygon") or geometry.is_empty:
        return None, f"„{geometry.geom_type}“ ist keine Fläche."
    if not shapely.is_valid(geometry):
        return None, f"Die Fläche ist ungültig ({explain_validity(geometry)})."
    if not in_jena(geometry):
        return None, "Die Fläche liegt nicht in Jena (falsches Koordinatensystem?)."
    return geometry, ""
