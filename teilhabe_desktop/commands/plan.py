"""``teilhabe-desktop plan pdf ID --variant person|formal [--version N] --out PATH``."""

from __future__ import annotations

import argparse
import io
from datetime import date
from pathlib import Path

from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.exchange.safe_write import check_target, write_bytes


def register(subparsers, common: argparse.ArgumentParser) -> None:
    plan = subparsers.add_parser("plan", parents=[common], help="Pläne drucken")
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
    pdf.set_defaults(handler=run_pdf)


def run_pdf(args: argparse.Namespace, store) -> int:
    from teilhabe_desktop.reports.variants import build_plan_pdf, version_label
    from teilhabe_desktop.store.persons import PersonRepository
    from teilhabe_desktop.store.plans import PlanRepository

    out: Path = args.out
    check_target(out)  # before building the PDF: a wrong path fails at once
    if args.version is not None and args.version < 1:
        raise UserError("Die Planversion muss 1 oder größer sein.")
    if not PersonRepository(store.db).exists(args.person_id):
        raise UserError(f"Eine Person mit der Kennung „{args.person_id}“ gibt es nicht.")
    plans = PlanRepository(store.db)
    version = plans.version(args.person_id, args.version) if args.version else None
    snapshot = version.snapshot if version is not None else plans.snapshot(args.person_id)
    buffer = io.BytesIO()
    build_plan_pdf(
        args.variant,
        snapshot,
        buffer,
        version_label=version_label(version),
        printed_on=date.today(),
    )
    write_bytes(out, buffer.getvalue())
    print(f"Gespeichert: {out}")
    return 0
