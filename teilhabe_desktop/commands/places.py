"""``teilhabe-desktop places resolve|import-streets|import-boundaries``: places and districts."""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.core.locating import Basis, Derivation


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "places",
        parents=[common],
        help="Orte, Bezirke und Sozialräume",
        description="Bezirk und Sozialraum zu einer Anschrift, einem Ortsnamen oder "
        "Koordinaten; Straßenverzeichnis und Grenzen der Stadt einlesen (alles oder nichts).",
    )
    words = parser.add_subparsers(dest="places_command", metavar="AKTION", required=True)

    resolve = words.add_parser(
        "resolve", parents=[common], help="Bezirk und Sozialraum zu Anschrift, Ort oder Punkt"
    )
    resolve.add_argument(
        "text", nargs="?", help="Anschrift („Karl-Marx-Allee 12, 07747 Jena“) oder Ortsname"
    )
    resolve.add_argument("--lat", type=_degrees(90), help="Breitengrad (WGS84), z. B. 50.885")
    resolve.add_argument("--lon", type=_degrees(180), help="Längengrad (WGS84), z. B. 11.617")
    resolve.add_argument("--json", action="store_true", help="Ausgabe als JSON")
    resolve.set_defaults(handler=run_resolve, writes=False)

    streets = words.add_parser(
        "import-streets", parents=[common], help="Straßenverzeichnis (CSV) einlesen"
    )
    streets.add_argument("path", type=Path, help="CSV-Datei, Aufbau in docs/strassen-csv.md")
    streets.add_argument("--dry-run", action="store_true", help="nur prüfen, nichts speichern")
    streets.set_defaults(handler=run_import_streets)

    boundaries = words.add_parser(
        "import-boundaries",
        parents=[common],
        help="Grenzen der Bezirke oder Ortsteile (GeoJSON) einlesen",
    )
    boundaries.add_argument("path", type=Path, help="GeoJSON-Datei der Stadt Jena")
    boundaries.add_argument("--dry-run", action="store_true", help="nur prüfen, nichts speichern")
    boundaries.set_defaults(handler=run_import_boundaries)


def _degrees(limit: int):
    def parse(text: str) -> float:
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            raise argparse.ArgumentTypeError(f"„{text}“ ist keine Zahl.") from None
        if not (math.isfinite(value) and -limit <= value <= limit):
            raise argparse.ArgumentTypeError(f"{text}: erlaubt ist -{limit} bis {limit}.")
        return value

    return parse


def _point(args: argparse.Namespace) -> tuple[float, float] | None:
    if args.lat is None and args.lon is None:
        if not (args.text or "").strip():
            raise UserError("Bitte eine Anschrift, einen Ortsnamen oder --lat und --lon angeben.")
        return None
    if args.text:
        raise UserError("Entweder eine Anschrift oder --lat und --lon angeben, nicht beides.")
    if args.lat is None or args.lon is None:
        raise UserError("--lat und --lon gehören zusammen.")
    return args.lat, args.lon


def run_resolve(args: argparse.Namespace, session) -> int:
    point = _point(args)
    places = session.places
    locator = places.locator()
    note = ""
    if point is not None:
        found = locator.from_point(*point)
        if not locator.has_boundaries:
            note = (
                "Es sind keine Grenzen der Bezirke eingelesen "
                "(teilhabe-desktop places import-boundaries DATEI)."
            )
    else:
        found = locator.locate_text(args.text)
    names = {s.id: s.name for s in session.reference.sozialraeume()}
    payload = _payload(args.text if point is None else None, point, found, locator, names)
    payload["note"] = found.note or note
    if args.json:
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2, sort_keys=True)
        print()
    else:
        _print(payload)
    return 0 if found.found else 1


def _payload(text, point, found: Derivation, locator, names: dict[str, str]) -> dict:
    district = locator.district(found.district_code)
    candidates = []
    for c in found.candidates:
        d = locator.district(c.district_code)
        candidates.append(
            {
                "district_code": c.district_code,
                "district_name": d.name if d else None,
                "sozialraum_id": c.sozialraum_id,
                "sozialraum_name": names.get(c.sozialraum_id),
                "label": c.label,
            }
        )
    return {
        "query": text,
        "lat": point[0] if point else None,
        "lon": point[1] if point else None,
        "basis": found.basis.value if found.basis else None,
        "used": found.used,
        "district": {"code": district.code, "name": district.name} if district else None,
        "sozialraum": (
            {"id": found.sozialraum_id, "name": names.get(found.sozialraum_id)}
            if found.sozialraum_id
            else None
        ),
        "ambiguous": found.ambiguous,
        "candidates": candidates,
    }


def _print(payload: dict) -> None:
    if payload["district"]:
        print(f"Bezirk: {payload['district']['code']} {payload['district']['name']}")
    if payload["sozialraum"]:
        print(f"Sozialraum: {payload['sozialraum']['name']} ({payload['sozialraum']['id']})")
    if payload["basis"]:
        print(f"Abgeleitet aus: {Basis(payload['basis']).label} („{payload['used']}“)")
    if payload["ambiguous"]:
        print("Mehrdeutig – infrage kommen:")
        for c in payload["candidates"]:
            print(f"  {c['label']} – Sozialraum {c['sozialraum_name']}")
    if not payload["candidates"]:
        print("Nichts gefunden.", file=sys.stderr)
    if payload["note"]:
        print(f"Hinweis: {payload['note']}", file=sys.stderr)


def run_import_streets(args: argparse.Namespace, session) -> int:
    found = session.read_street_file(args.path)
    print(found.summary())
    if args.dry_run:
        print("Probelauf: nichts gespeichert.")
        return 0
    saved = session.save_street_file(found)
    print(f"Gespeichert: {saved} Einträge; das bisherige Verzeichnis ist ersetzt.")
    return 0


def run_import_boundaries(args: argparse.Namespace, session) -> int:
    found = session.read_boundary_file(args.path)
    print(found.summary())
    if args.dry_run:
        print("Probelauf: nichts gespeichert.")
        return 0
    print(f"Gespeichert: {session.save_boundary_file(found)} Flächen.")
    return 0
