"""``teilhabe-desktop report gaps``: the anonymous planning report, and merging the
confidential figures of several workstations into one city-wide report."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from teilhabe_desktop.core.dates import InvalidDate, parse_date
from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.core.planning_report import Period
from teilhabe_desktop.core.planning_suppression import MIN_CELL, check_min_cell

MERGE_WHAT = "die Planungsdaten zum Zusammenführen"


def export_passphrase(confirm: bool, what: str) -> str:
    from teilhabe_desktop.commands.passphrase import export_passphrase as ask

    return ask(confirm, what=what)


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "report",
        parents=[common],
        help="anonyme Planungsberichte",
        description="Anonyme Planungszahlen je Sozialraum und Lebensbereich für die "
        "Sozialplanung, den Beirat und die GPV.",
    )
    words = parser.add_subparsers(dest="report_command", metavar="BERICHT", required=True)
    gaps = words.add_parser(
        "gaps",
        parents=[common],
        help="Wo fehlen Angebote? Personen mit Zielen je Sozialraum und Lebensbereich",
        description="Schreibt den anonymen Planungsbericht als CSV (Excel), JSON oder PDF "
        "– nach der Endung von --out. Felder mit weniger als --min-cell Personen stehen "
        "als „< 3“. --for-merge schreibt stattdessen die genauen Zahlen dieses "
        "Arbeitsplatzes zum Zusammenführen (vertraulich, Name auf .vertraulich.json, "
        "verschlüsselt mit der Passphrase aus TEILHABE_EXPORT_PASSPHRASE oder vom Terminal; "
        "--plain: lesbar); --merge führt solche Dateien zusammen (ohne Datenbank).",
    )
    gaps.add_argument("--out", type=Path, required=True, metavar="PFAD",
                      help="Zieldatei: .csv, .json oder .pdf")  # fmt: skip
    gaps.add_argument("--from", dest="start", type=_date, metavar="DATUM",
                      help="nur Ziele, die an diesem Tag oder später verfolgt wurden")  # fmt: skip
    gaps.add_argument("--to", dest="end", type=_date, metavar="DATUM",
                      help="nur Ziele, die bis zu diesem Tag begonnen wurden")  # fmt: skip
    gaps.add_argument("--min-cell", type=int, default=MIN_CELL, metavar="N",
                      help="kleinste Zahl, die genannt wird (Standard und Minimum: 3)")  # fmt: skip
    what = gaps.add_mutually_exclusive_group()
    what.add_argument("--merge", nargs="+", type=Path, metavar="DATEI",
                      help="Dateien zum Zusammenführen (….vertraulich.json) mehrerer "
                      "Arbeitsplätze")  # fmt: skip
    what.add_argument("--for-merge", action="store_true",
                      help="genaue Zahlen zum Zusammenführen schreiben (vertraulich)")  # fmt: skip
    gaps.add_argument("--plain", action="store_true",
                      help="mit --for-merge: unverschlüsselt (nicht empfohlen)")  # fmt: skip
    gaps.set_defaults(handler=run_gaps, writes=False, needs_session=False)


def _date(text: str):
    try:
        return parse_date(text)
    except InvalidDate as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def run_gaps(args: argparse.Namespace, _session) -> int:
    check_min_cell(args.min_cell)
    period = Period(args.start, args.end)
    if args.plain and not args.for_merge:
        raise UserError("--plain gilt nur mit --for-merge.")
    if args.merge:
        return _merge(args, period)
    from teilhabe_desktop.cli import open_command_session

    passphrase = None
    if args.for_merge:
        if args.min_cell != MIN_CELL:
            raise UserError("--min-cell gilt für Berichte, nicht für --for-merge.")
        if not args.plain:  # asked before the database is opened
            passphrase = export_passphrase(confirm=True, what=MERGE_WHAT)
    with open_command_session(args) as session:
        if args.for_merge:
            session.save_planning_merge_input(args.out, period, passphrase)
            how = "unverschlüsselt" if passphrase is None else "verschlüsselt"
            print(f"Gespeichert (vertraulich, {how}, nur zum Zusammenführen): {args.out}")
            return 0
        session.save_planning_report(args.out, period, args.min_cell)
    print(f"Gespeichert: {args.out}")
    return 0


def _merge(args: argparse.Namespace, period: Period) -> int:
    from teilhabe_desktop.exchange.planning_files import merged_table, report_kind, save_report
    from teilhabe_desktop.exchange.planning_json import is_sealed

    if args.start or args.end:
        raise UserError(
            "Beim Zusammenführen gilt der Zeitraum der Dateien; --from und --to "
            "gehören zum Auswerten an jedem Arbeitsplatz."
        )
    report_kind(args.out)
    sealed = any(is_sealed(path) for path in args.merge)
    passphrase = export_passphrase(confirm=False, what=MERGE_WHAT) if sealed else None
    table = merged_table(args.merge, args.min_cell, passphrase)
    save_report(args.out, table, datetime.now())
    print(f"Gespeichert: {args.out} (aus {table.workstations} Arbeitsplätzen)")
    return 0
