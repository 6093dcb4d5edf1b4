"""``teilhabe-desktop person retention [--years N] [--json]``: persons to review for erasure.

Reads only. Lists persons without any activity for ``N`` years (default
:data:`~teilhabe_desktop.core.retention.RETENTION_YEARS`); deleting one stays
``person delete ID --yes``.
"""

from __future__ import annotations

import argparse
import json
from datetime import date

from teilhabe_desktop.core.dates import german_date
from teilhabe_desktop.core.retention import RETENTION_YEARS, retention_cutoff

#: The day the command counts from (tests replace it).
today = date.today


class _PositiveYears(argparse.Action):
    """``--years``: a whole number from 1 on, else a German message and exit code 2."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        try:
            years = int(values)
        except ValueError:
            years = 0
        if years < 1:
            parser.error(
                f"{option_string}: „{values}“ ist keine gültige Anzahl Jahre. Bitte geben "
                "Sie eine ganze Zahl ab 1 an."
            )
        setattr(namespace, self.dest, years)


def register_retention(actions, common: argparse.ArgumentParser) -> None:
    retention = actions.add_parser(
        "retention",
        parents=[common],
        help="Personen ohne Aktivität seit Jahren zur Prüfung und Löschung auflisten",
    )
    retention.add_argument(
        "--years",
        action=_PositiveYears,
        default=RETENTION_YEARS,
        metavar="N",
        help=f"Jahre ohne Aktivität (Standard: {RETENTION_YEARS})",
    )
    retention.add_argument("--json", action="store_true", help="Ausgabe als JSON")
    retention.set_defaults(handler=run_retention, writes=False)


def _years_text(years: int) -> str:
    return "seit 1 Jahr" if years == 1 else f"seit {years} Jahren"


def run_retention(args: argparse.Namespace, session) -> int:
    day = today()
    listed = session.persons.inactive_since(retention_cutoff(day, args.years))
    if args.json:
        data = [
            {
                "id": p.id,
                "name": p.display_name,
                "file_number": p.file_number,
                "last_activity": p.last_activity.isoformat(),
                "years_since": p.years_since(day),
            }
            for p in listed
        ]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    if not listed:
        print(f"Keine Person ist seit {args.years} Jahren oder länger ohne Aktivität.")
        return 0
    for p in listed:
        activity = f"letzte Aktivität {german_date(p.last_activity.date())}"
        parts = [
            p.id,
            p.display_name,
            p.file_number or "–",
            activity,
            _years_text(p.years_since(day)),
        ]
        print("  ".join(parts))
    print(
        f"{len(listed)} Person(en) ohne Aktivität seit {args.years} Jahren oder länger. "
        "Bitte prüfen Sie, ob die Daten noch gebraucht werden; löschen mit "
        "„teilhabe-desktop person delete ID“."
    )
    return 0
