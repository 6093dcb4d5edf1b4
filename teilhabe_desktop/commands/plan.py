"""``teilhabe-desktop plan pdf ID --variant person|formal [--version N] --out PATH`` and
``teilhabe-desktop plan finalise ID --by NAME`` (only a complete Gesamtplan)."""

from __future__ import annotations

import argparse
from pathlib import Path

from teilhabe_desktop.core.errors import UserError


def register(subparsers, common: argparse.ArgumentParser) -> None:
    plan = subparsers.add_parser(
        "plan",
        parents=[common],
        help="Pläne drucken und abschließen",
        description="Mein Plan (für die Person, in einfacher Sprache) oder den Gesamtplan "
        "(für die Akte) als PDF speichern – den Entwurf oder eine abgeschlossene Version – "
        "und den Entwurf als Version abschließen.",
    )
    words = plan.add_subparsers(dest="plan_command", metavar="BEFEHL", required=True)
    pdf = words.add_parser(
        "pdf", parents=[common], help="Plan als PDF speichern (Mein Plan oder Gesamtplan)"
    )
    pdf.add_argument("person_id", metavar="ID", help="Kennung der Person")
    pdf.add_argument(
        "--variant",
        choices=("person", "formal"),
        required=True,
        help="person: Mein Plan in einfacher Sprache; formal: Gesamtplan für die Akte",
    )
    pdf.add_argument(
        "--version", type=int, default=None, metavar="N", help="abgeschlossene Planversion"
    )
    pdf.add_argument("--out", type=Path, required=True, metavar="PATH", help="PDF-Datei")
    pdf.set_defaults(handler=run_pdf, writes=False)
    finalise = words.add_parser(
        "finalise",
        parents=[common],
        help="Entwurf als Version abschließen (nur wenn der Gesamtplan vollständig ist)",
        description="Hält den Entwurf als nächste Version fest. Fehlt eine Pflichtangabe "
        "nach § 19 Abs. 2 oder § 121 SGB IX, wird nichts abgeschlossen und die fehlenden "
        "Angaben werden genannt (Exit-Code 2).",
    )
    finalise.add_argument("person_id", metavar="ID", help="Kennung der Person")
    finalise.add_argument("--by", required=True, metavar="NAME", help="wer abschließt")
    finalise.set_defaults(handler=run_finalise, writes=True)


def run_pdf(args: argparse.Namespace, session) -> int:
    if args.version is not None and args.version < 1:
        raise UserError("Die Planversion muss 1 oder größer sein.")
    if not session.persons.exists(args.person_id):
        raise UserError(f"Eine Person mit der Kennung „{args.person_id}“ gibt es nicht.")
    session.save_plan_pdf(args.person_id, args.variant, args.out, args.version)
    print(f"Gespeichert: {args.out}")
    return 0


def run_finalise(args: argparse.Namespace, session) -> int:
    if not session.persons.exists(args.person_id):
        raise UserError(f"Eine Person mit der Kennung „{args.person_id}“ gibt es nicht.")
    version = session.plans.finalise(args.person_id, args.by)
    print(f"Version {version.number} abgeschlossen von {version.finalised_by}.")
    return 0
