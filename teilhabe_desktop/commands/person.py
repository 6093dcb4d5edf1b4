"""``teilhabe-desktop person list|export|import|delete|audit|access-report``: persons on
the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from teilhabe_desktop.commands.passphrase import EXPORT_PASSPHRASE, export_passphrase
from teilhabe_desktop.commands.retention import register_retention
from teilhabe_desktop.core.dates import german_date
from teilhabe_desktop.core.errors import UserError

YES = {"j", "ja", "y", "yes"}


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "person",
        parents=[common],
        help="Personen und ihre Pläne",
        description="Personen auflisten, als Datei weitergeben und einlesen, das Protokoll "
        "und die Auskunft nach Art. 15 DSGVO, Aufbewahrung prüfen und restlos löschen.",
    )
    actions = parser.add_subparsers(dest="person_command", metavar="AKTION", required=True)

    listing = actions.add_parser("list", parents=[common], help="Alle Personen auflisten")
    listing.add_argument("--json", action="store_true", help="Ausgabe als JSON")
    listing.set_defaults(handler=run_list, writes=False)

    export = actions.add_parser(
        "export",
        parents=[common],
        help="Alles über eine Person als Datei zur Übergabe schreiben (verschlüsselt)",
        description="Schreibt Person, Planentwurf, alle Versionen und die verknüpften "
        f"Angebote in eine Datei, verschlüsselt mit der Passphrase aus {EXPORT_PASSPHRASE} "
        "(oder im Terminal gefragt).",
    )
    export.add_argument("id", metavar="ID", help="Kennung der Person")
    export.add_argument("path", metavar="PATH", type=Path, help="Zieldatei (.json)")
    export.add_argument(
        "--plain", action="store_true", help="unverschlüsselt als lesbares JSON schreiben"
    )
    export.set_defaults(handler=run_export, writes=False)

    importing = actions.add_parser(
        "import",
        parents=[common],
        help="Personendatei einlesen (verschlüsselt oder JSON)",
        description="Liest eine Personendatei ein; eine verschlüsselte braucht die "
        f"Passphrase aus {EXPORT_PASSPHRASE} (oder im Terminal gefragt).",
    )
    importing.add_argument("path", metavar="PATH", type=Path, help="Personendatei (.json)")
    existing = importing.add_mutually_exclusive_group()
    existing.add_argument(
        "--replace", action="store_true", help="eine vorhandene Person gleicher Kennung ersetzen"
    )
    existing.add_argument(
        "--keep-both",
        action="store_true",
        help="eine vorhandene Person gleicher Kennung behalten, die Datei kommt mit neuer Kennung",
    )
    importing.add_argument(
        "--add-offers",
        action="store_true",
        help="fehlende Angebote normal in den Katalog übernehmen statt „aus Übergabe – "
        "bitte prüfen“",
    )
    importing.set_defaults(handler=run_import)

    delete = actions.add_parser(
        "delete", parents=[common], help="Person mit Plan und allen Versionen löschen"
    )
    delete.add_argument("id", metavar="ID", help="Kennung der Person")
    delete.add_argument("--yes", action="store_true", help="ohne Rückfrage löschen")
    delete.set_defaults(handler=run_delete)

    audit = actions.add_parser(
        "audit", parents=[common], help="Protokoll: wer hat wann was mit der Person getan"
    )
    audit.add_argument("id", metavar="ID", help="Kennung der Person")
    audit.add_argument("--json", action="store_true", help="Ausgabe als JSON")
    audit.set_defaults(handler=run_audit, writes=False)

    register_retention(actions, common)
    access = actions.add_parser(
        "access-report",
        parents=[common],
        help="Auskunft nach Art. 15 DSGVO: alles über eine Person als PDF und JSON",
    )
    access.add_argument("id", metavar="ID", help="Kennung der Person")
    access.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="PATH",
        help="PDF-Datei; die JSON-Datei entsteht daneben (gleicher Name, Endung .json)",
    )
    access.set_defaults(handler=run_access_report, writes=False)


def run_list(args: argparse.Namespace, session) -> int:
    rows = session.persons.list()
    if args.json:
        data = [
            {
                "id": r.id,
                "name": r.display_name,
                "file_number": r.file_number,
                "birth_date": r.birth_date.isoformat() if r.birth_date else None,
                "home_sozialraum_id": r.home_sozialraum_id,
                "caseworker": r.caseworker,
                "next_review": r.next_review.isoformat() if r.next_review else None,
                "review_state": r.review_state.value,
            }
            for r in rows
        ]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("Keine Personen gespeichert.")
        return 0
    for r in rows:
        review = german_date(r.next_review) or "–"
        parts = [r.id, r.display_name, r.file_number or "–", f"Überprüfung {review}"]
        if r.review_state.value in ("fällig", "überfällig"):
            parts[-1] += f" ({r.review_state.value})"
        print("  ".join(parts))
    return 0


def run_export(args: argparse.Namespace, session) -> int:
    if not session.persons.exists(args.id):  # before asking for a passphrase
        from teilhabe_desktop.store.plans import PersonNotFound

        raise PersonNotFound(args.id)
    passphrase = None if args.plain else export_passphrase(confirm=True)
    session.export_person(args.id, args.path, passphrase)
    how = "unverschlüsselt" if args.plain else "verschlüsselt"
    print(f"Person {args.id} {how} gespeichert in {args.path}.")
    return 0


def run_import(args: argparse.Namespace, session) -> int:
    from teilhabe_desktop.exchange.person_json import PassphraseNeeded

    try:
        file = session.read_person_file(args.path)
    except PassphraseNeeded:
        file = session.read_person_file(args.path, export_passphrase(confirm=False))
    on_existing = "replace" if args.replace else "keep_both" if args.keep_both else "refuse"
    outcome = session.store_person_file(file, on_existing, args.add_offers)
    print(f"Person „{outcome.display_name}“ eingelesen (Kennung {outcome.person_id}).")
    if outcome.replaced:
        print("Die bisherige Person mit dieser Kennung wurde ersetzt.")
    if outcome.linked:
        print(f"Mit Angeboten dieses Katalogs verknüpft: {len(outcome.linked)}.")
    if outcome.marked:
        print(
            f"Aus der Datei übernommen und als „aus Übergabe – bitte prüfen“ markiert: "
            f"{', '.join(outcome.marked)}."
        )
    if outcome.added:
        print(f"Aus der Datei in den Katalog übernommen: {', '.join(outcome.added)}.")
    return 0


def _confirm(name: str) -> bool:
    """Ask on stderr (stdout stays clean for scripts); no input at all means no."""
    if sys.stdin is None or sys.stdin.closed:
        raise _NoConfirmation
    sys.stderr.write(f"„{name}“ mit Plan und allen Versionen endgültig löschen? [ja/nein] ")
    sys.stderr.flush()
    try:
        answer = sys.stdin.readline()
    except (OSError, ValueError):
        raise _NoConfirmation from None
    if not answer:
        sys.stderr.write("\n")
        raise _NoConfirmation
    return answer.strip().casefold() in YES


class _NoConfirmation(UserError):
    def __init__(self) -> None:
        super().__init__(
            "Löschen braucht eine Bestätigung. Ohne Eingabemöglichkeit bitte --yes angeben."
        )


def run_delete(args: argparse.Namespace, session) -> int:
    persons = session.persons
    person = persons.get(args.id)
    if person is None:
        raise UserError(f"Es gibt keine Person mit der Kennung „{args.id}“.")
    if not args.yes and not _confirm(person.display_name):
        print("Nichts gelöscht.", file=sys.stderr)
        return 1
    if persons.delete(args.id):
        print(f"Person {args.id} mit Plan und allen Versionen gelöscht.")
        _say_backup_expiry(session)
        return 0
    print(
        f"Person {args.id} ist gelöscht, aber noch nicht restlos aus der Datei entfernt: "
        "ein anderes Programm liest gerade in der Datenbank. Die Reste werden beim "
        "nächsten Öffnen der Datenbank entfernt.",
        file=sys.stderr,
    )
    return 1


def _say_backup_expiry(session) -> None:
    from datetime import datetime

    from teilhabe_desktop.store.backup import oldest_expiry

    expiry = oldest_expiry(session.backup_folder, datetime.now())
    if expiry is not None:
        print(
            "Ältere Sicherungen können die Person noch enthalten; die letzte von ihnen "
            f"fällt spätestens am {german_date(expiry.date())} aus der Rotation."
        )


def run_audit(args: argparse.Namespace, session) -> int:
    if not session.persons.exists(args.id):
        raise UserError(f"Es gibt keine Person mit der Kennung „{args.id}“.")
    events = session.audit.for_person(args.id)
    if args.json:
        from teilhabe_desktop.exchange.access_report import audit_entries

        print(json.dumps(audit_entries(events), ensure_ascii=False, indent=2))
        return 0
    for e in events:
        who = e.os_user + (f" ({e.app_user})" if e.app_user else "")
        detail = f" – {e.detail}" if e.detail else ""
        print(f"{e.at.strftime('%d.%m.%Y %H:%M:%S')}  {e.label}{detail}  {who}")
    if not events:
        print("Noch keine Einträge.")
    return 0


def run_access_report(args: argparse.Namespace, session) -> int:
    if not session.persons.exists(args.id):
        raise UserError(f"Es gibt keine Person mit der Kennung „{args.id}“.")
    pdf_path, json_path = session.access_report(args.id, args.out)
    print(f"Auskunft gespeichert: {pdf_path}")
    print(f"Dieselben Daten als JSON: {json_path}")
    return 0
