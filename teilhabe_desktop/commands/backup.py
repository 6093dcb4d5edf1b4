"""``teilhabe-desktop backup [PATH]`` and ``restore PATH``."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers, common: argparse.ArgumentParser) -> None:
    backup = subparsers.add_parser(
        "backup", parents=[common], help="Sicherung der Datenbank schreiben (geprüft)"
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
        "restore", parents=[common], help="Datenbank aus einer Sicherung wiederherstellen"
    )
    restore.add_argument("path", metavar="PATH", type=Path, help="Sicherungsdatei")
    restore.set_defaults(handler=run_restore)


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
