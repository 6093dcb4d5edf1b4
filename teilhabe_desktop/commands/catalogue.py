"""``teilhabe-desktop catalogue import|export|search`` (and ``publish|trust|update|suggest``
in :mod:`catalogue_team`): the catalogue on the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from teilhabe_desktop.commands.catalogue_team import register_team
from teilhabe_desktop.core.errors import UserError

#: The formats of ``catalogue export`` (those of ``exchange.catalogue_files``; a test
#: keeps the two equal). Named here so that the parser does not import the exchange
#: formats: ``catalogue search`` needs none of them.
EXPORT_FORMATS: tuple[str, ...] = ("csv", "xlsx", "json", "hsds")


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "catalogue",
        parents=[common],
        help="Angebotskatalog",
        description="Der Katalog der Angebote vor Ort: einlesen (CSV, Excel, ODS, JSON, HSDS; erst "
        "Vorschau, dann alles oder nichts), exportieren und durchsuchen.",
    )
    words = parser.add_subparsers(dest="catalogue_command", metavar="AKTION", required=True)

    imp = words.add_parser("import", parents=[common], help="Katalogdatei einlesen")
    imp.add_argument(
        "path", type=Path, help="CSV-, Excel-/LibreOffice-, JSON-Datei oder HSDS-Datenpaket"
    )
    imp.add_argument("--dry-run", action="store_true", help="nur Vorschau, nichts speichern")
    given = imp.add_mutually_exclusive_group()
    given.add_argument(
        "--map",
        metavar="SPALTE=FELD,…",
        help='Spalten zuordnen, z. B. "Einrichtung=Name,Straße=Straße,Nr.=-" '
        "(- = nicht übernehmen)",
    )
    given.add_argument(
        "--mapping",
        type=Path,
        metavar="DATEI.json",
        help="Spaltenzuordnung aus einer Datei (wie sie der Import-Dialog speichert)",
    )
    imp.add_argument("--sheet", metavar="NAME", help="Tabellenblatt einer Excel-/ODS-Datei")
    imp.set_defaults(handler=run_import)

    exp = words.add_parser("export", parents=[common], help="Katalog exportieren")
    exp.add_argument("path", type=Path)
    exp.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        required=True,
        help="Format der Datei: " + ", ".join(EXPORT_FORMATS),
    )
    exp.set_defaults(handler=run_export, writes=False)

    search = words.add_parser("search", parents=[common], help="im Katalog suchen")
    search.add_argument("text")
    search.add_argument("--sozialraum", action="append", default=[], help="z. B. lobeda")
    search.add_argument("--domain", help="Lebensbereich d1 … d9")
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("--json", action="store_true", help="Ausgabe als JSON")
    search.set_defaults(handler=run_search, writes=False)
    register_team(words, common)


def mapping_of(args: argparse.Namespace):
    """The column mapping ``--map``/``--mapping`` and ``--sheet`` give (may be empty)."""
    from teilhabe_desktop.exchange.column_mapping import (
        ColumnMapping,
        load_mapping,
        parse_map_text,
    )

    if args.mapping is not None:
        mapping = load_mapping(args.mapping)
    elif args.map is not None:
        mapping = ColumnMapping(parse_map_text(args.map))
    else:
        mapping = ColumnMapping()
    if args.sheet is not None:
        mapping.sheet = args.sheet
    return mapping


def run_import(args: argparse.Namespace, session) -> int:
    """One pass over the file: read, check, classify and (unless ``--dry-run``) write,
    all in one transaction; the summary gives the counts of that very pass."""
    from teilhabe_desktop.exchange.catalogue_files import import_once, preview_file

    mapping = mapping_of(args) or None
    if args.dry_run:
        preview = preview_file(session.store.db, args.path, mapping)
    else:
        preview = import_once(session.store.db, args.path, mapping)
    print(preview.summary())
    if preview.nothing_valid:
        print("Die Datei enthält keinen gültigen Eintrag; nichts gespeichert.", file=sys.stderr)
        return 1
    if args.dry_run:
        print("Probelauf: nichts gespeichert.")
        return 0
    print(f"Gespeichert: {preview.written} Einträge.")
    return 0


def run_export(args: argparse.Namespace, session) -> int:
    from teilhabe_desktop.exchange.catalogue_files import export_catalogue

    count = export_catalogue(session.store.db, args.path, args.format)
    print(f"{count} Angebote exportiert nach {args.path}.")
    return 0


def run_search(args: argparse.Namespace, session) -> int:
    from teilhabe_desktop.core.catalogue_query import OfferQuery

    if args.domain:
        from teilhabe_desktop.core.reference import is_life_domain

        if not is_life_domain(args.domain.lower()):
            raise UserError(f"„{args.domain}“ ist kein Lebensbereich (d1 bis d9).")
    if args.limit < 0:
        raise UserError("--limit darf nicht negativ sein.")
    query = OfferQuery(
        text=args.text,
        sozialraum_ids=frozenset(s.lower() for s in args.sozialraum),
        life_domain=args.domain.lower() if args.domain else None,
    )
    repo = session.catalogue
    rows = repo.search(query, limit=args.limit)
    if args.json:
        payload = {
            "query": args.text,
            "total": repo.count(query),
            "results": [
                {
                    "id": r.id,
                    "name": r.name,
                    "organization": r.organization_name,
                    "categories": r.category_names,
                    "sozialraum": r.sozialraum_id,
                    "place": r.place,
                    "cost": r.cost.value,
                    "mainstream": r.mainstream,
                    "status": r.status.value,
                    "last_verified": r.last_verified.isoformat() if r.last_verified else None,
                    "needs_review": r.needs_review,
                    "is_example": r.is_example,
                }
                for r in rows
            ],
        }
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2, sort_keys=True)
        print()
        return 0
    if not rows:
        print("Keine Angebote gefunden.")
        return 0
    for r in rows:
        where = r.place or r.sozialraum_id or ""
        print(f"{r.id}\t{r.name}\t{r.organization_name}\t{where}")
    return 0
