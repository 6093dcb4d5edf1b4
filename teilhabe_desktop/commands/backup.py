"""``teilhabe-desktop backup [PATH]`` and ``restore PATH``."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers, common: argparse.ArgumentParser) -> None:
    backup = subparsers.add_parser(
        "backup",
        parents=[common],
        help="Sicherung der Datenbank schreiben (geprüft)",
        description="Schreibt eine Sicherung über die Online-Backup-Schnittstelle, "
        "verschlüsselt wie die Datenbank und nach dem Schreiben geprüft, mit einer Kopie "
        "der Schlüsseldatei daneben.",
    )
    backup.add_argument(
        "path",
        metavar="PATH",
        type=Path,
        nargs="?",
        help="Zieldatei (Standard: Ordner „backups“ neben der Datenbank, mit Rotation)",
    )
    backup.set_defaults(handler=run_backup, writes=False)
    restore = subparsers.add_parser(
        "restore",
        parents=[common],
        help="Datenbank aus einer Sicherung wiederherstellen",
        description="Prüft die Sicherung und setzt die Datenbank auf ihren Stand zurück; "
        "der jetzige Stand wird vorher selbst gesichert. Lässt sich die Datenbank nicht "
        "mehr öffnen, tritt die Sicherung an ihre Stelle (die alte Datei bleibt umbenannt).",
    )
    restore.add_argument("path", metavar="PATH", type=Path, help="Sicherungsdatei")
    restore.set_defaults(handler=run_restore, when_unusable=restore_unusable)


def run_backup(args: argparse.Namespace, session) -> int:
    written = session.backup(args.path)
    print(f"Sicherung geschrieben und geprüft: {written}")
    return 0


def run_restore(args: argparse.Namespace, session) -> int:
    from teilhabe_desktop.core.errors import UserError

    if not args.path.is_file():
        raise UserError(f"Die Sicherung „{args.path}“ gibt es nicht.")
    safety = session.restore(args.path)
    print(f"Wiederhergestellt aus {args.path}. Der vorige Stand liegt in {safety}.")
    return 0


def restore_unusable(args: argparse.Namespace, error) -> int:
    """The database cannot be opened (empty, cut short, damaged, its WAL lost): check
    the backup with its own key file, then put it in the database's place. The
    unusable file is kept beside it, renamed."""
    from teilhabe_desktop.commands.passphrase import CommandLineKeys
    from teilhabe_desktop.core.errors import UserError
    from teilhabe_desktop.session import database_path, put_back_backup

    source = args.path
    if not source.is_file():
        raise UserError(f"Die Sicherung „{source}“ gibt es nicht.")
    target = database_path(getattr(args, "db", None))
    # checked with its own key file first: a wrong passphrase or a broken backup stop
    # here, before anything is moved
    aside = put_back_backup(target, source, CommandLineKeys())
    print(
        f"Die Datenbank war nicht zu öffnen ({error.message}).\n"
        f"Die Sicherung {source} steht jetzt an ihrer Stelle. Die unbrauchbare Datei "
        f"liegt unter {aside}."
    )
    return 0
