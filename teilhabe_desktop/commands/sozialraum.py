"""``teilhabe-desktop sozialraum profile ID --out PATH.pdf``: the Sozialraumprofil."""

from __future__ import annotations

import argparse
from pathlib import Path

from teilhabe_desktop.core.errors import UserError


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "sozialraum",
        parents=[common],
        help="Sozialraumprofile",
        description="Das Profil eines Sozialraums: Beschreibung, Zahlen aus den "
        "Referenzdaten, Angebote je Lebensbereich im Vergleich, anonyme Planungszahlen.",
    )
    words = parser.add_subparsers(dest="sozialraum_command", metavar="BEFEHL", required=True)
    profile = words.add_parser("profile", parents=[common], help="Sozialraumprofil als PDF")
    profile.add_argument("sozialraum_id", metavar="ID",
                         help="Sozialraum: lobeda, winzerla, west_zentrum, nord, ost "
                         "(oder sein Name)")  # fmt: skip
    profile.add_argument("--out", type=Path, required=True, metavar="PFAD", help="PDF-Datei")
    profile.set_defaults(handler=run_profile, writes=False)


def run_profile(args: argparse.Namespace, session) -> int:
    if args.out.suffix.lower() != ".pdf":
        raise UserError("Das Sozialraumprofil wird als PDF gespeichert (Endung .pdf).")
    session.save_sozialraum_profile_pdf(args.sozialraum_id, args.out)
    print(f"Gespeichert: {args.out}")
    return 0
