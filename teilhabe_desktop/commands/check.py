"""``teilhabe-desktop check``: integrity check of the database, exit code 0 or 1."""

from __future__ import annotations

import argparse

from teilhabe_desktop.store.check import check_database


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "check",
        parents=[common],
        help="Datenbank auf Beschädigungen prüfen",
        description="Prüft die Datenbank (integrity_check, Verweise, Prüfsummen der "
        "abgeschlossenen Planversionen). Rückgabewert 0: in Ordnung, 1: mit Befund.",
    )
    parser.set_defaults(handler=run, writes=False)


def run(args: argparse.Namespace, session) -> int:
    report = check_database(session.store.db)
    print(f"Datenbank: {session.path}")
    print(f"Schema-Version: {report.schema_version}")
    if report.ok:
        print("Prüfung ohne Befund.")
        return 0
    for problem in report.problems:
        print(f"Problem: {problem}")
    return 1
