"""The passphrase on the command line, and ``teilhabe-desktop passphrase change``.

A command gets the passphrase from ``TEILHABE_PASSPHRASE`` (or the recovery key from
``TEILHABE_RECOVERY_KEY``), or asks for it on a terminal. Without either it stops with
exit code 2 before anything is touched. A new passphrase for ``passphrase change``
comes from ``TEILHABE_NEW_PASSPHRASE`` or is asked twice on the terminal.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.store.keyfile import Secret, WrongSecret

PASSPHRASE = "TEILHABE_PASSPHRASE"
RECOVERY_KEY = "TEILHABE_RECOVERY_KEY"
NEW_PASSPHRASE = "TEILHABE_NEW_PASSPHRASE"
#: The passphrase of a person's file for handover (``person export`` / ``import``).
EXPORT_PASSPHRASE = "TEILHABE_EXPORT_PASSPHRASE"


class PassphraseMissing(UserError):
    exit_code = 2


def _on_terminal() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


class CommandLineKeys:
    """The :class:`~teilhabe_desktop.keys.KeySource` of the command line."""

    def __init__(
        self,
        environ: Mapping[str, str] | None = None,
        ask: Callable[[str], str] = getpass.getpass,
        terminal: Callable[[], bool] = _on_terminal,
    ) -> None:
        self._environ = os.environ if environ is None else environ
        self._ask = ask
        self._terminal = terminal
        self.used: Secret | None = None

    def _new(self, variable: str, what: str) -> str:
        value = self._environ.get(variable)
        if value:
            return value
        if not self._terminal():
            raise PassphraseMissing(
                f"{what} fehlt. Bitte setzen Sie die Umgebungsvariable {variable} oder "
                "rufen Sie den Befehl in einem Terminal auf. Es wurde nichts verändert."
            )
        first = self._ask(f"{what}: ")
        if self._ask(f"{what} wiederholen: ") != first:
            raise PassphraseMissing(
                "Die beiden Eingaben stimmen nicht überein. Es wurde nichts verändert."
            )
        return first

    def new_passphrase(self, db_path: Path, converting: bool) -> str:
        what = (
            "Neue Passphrase zum Verschlüsseln der vorhandenen Datenbank"
            if converting
            else "Passphrase für die neue Datenbank"
        )
        self.used = Secret(self._new(PASSPHRASE, what))
        return self.used.value

    def secret(self, db_path: Path, failed: WrongSecret | None) -> Secret:
        if failed is not None:
            raise failed  # no second try on the command line: exit 2, nothing changed
        if self._environ.get(RECOVERY_KEY):
            self.used = Secret(self._environ[RECOVERY_KEY], recovery=True)
        elif self._environ.get(PASSPHRASE):
            self.used = Secret(self._environ[PASSPHRASE])
        elif self._terminal():
            self.used = Secret(self._ask(f"Passphrase für „{db_path.name}“: "))
        else:
            raise PassphraseMissing(
                f"Die Datenbank „{db_path}“ ist verschlüsselt. Bitte geben Sie die "
                f"Passphrase in der Umgebungsvariablen {PASSPHRASE} an (oder den "
                f"Wiederherstellungsschlüssel in {RECOVERY_KEY}) oder rufen Sie den Befehl "
                "in einem Terminal auf. Es wurde nichts verändert."
            )
        return self.used

    def recovery_key_created(self, db_path: Path, recovery_key: str) -> None:
        print(
            f"Die Datenbank „{db_path}“ ist jetzt verschlüsselt.\n"
            "Ihr Wiederherstellungsschlüssel – er wird nur dieses eine Mal gezeigt. Bitte "
            "schreiben Sie ihn ab oder drucken Sie ihn aus und bewahren Sie ihn getrennt "
            "vom Laptop sicher auf. Mit ihm öffnen Sie die Datenbank, wenn die Passphrase "
            f"vergessen ist:\n\n    {recovery_key}\n",
            file=sys.stderr,
        )

    def new_for_change(self) -> str:
        return self._new(NEW_PASSPHRASE, "Neue Passphrase")


def export_passphrase(
    confirm: bool,
    environ: Mapping[str, str] | None = None,
    ask: Callable[[str], str] = getpass.getpass,
    terminal: Callable[[], bool] = _on_terminal,
    what: str = "die Personendatei",
) -> str:
    """The passphrase of an exported file (a person's file, planning data to merge):
    from ``TEILHABE_EXPORT_PASSPHRASE`` or asked on a terminal (twice when ``confirm``);
    without either, exit 2 before anything is done."""
    environ = os.environ if environ is None else environ
    value = environ.get(EXPORT_PASSPHRASE)
    if value:
        return value
    if not terminal():
        plain = " oder exportieren Sie ausdrücklich unverschlüsselt mit --plain" if confirm else ""
        raise PassphraseMissing(
            f"Die Passphrase für {what} fehlt. Bitte setzen Sie die "
            f"Umgebungsvariable {EXPORT_PASSPHRASE}, rufen Sie den Befehl in einem Terminal "
            f"auf{plain}. Es wurde nichts verändert."
        )
    first = ask(f"Passphrase für {what}: ")
    if confirm and ask(f"Passphrase für {what} wiederholen: ") != first:
        raise PassphraseMissing(
            "Die beiden Eingaben stimmen nicht überein. Es wurde nichts verändert."
        )
    return first


def register(subparsers, common) -> None:
    parser = subparsers.add_parser(
        "passphrase",
        parents=[common],
        help="Passphrase der verschlüsselten Datenbank ändern",
        description="Passphrase ändern. Die Daten bleiben, wie sie sind; der "
        "Wiederherstellungsschlüssel bleibt gültig.",
    )
    actions = parser.add_subparsers(dest="action", metavar="AKTION", required=True)
    change = actions.add_parser(
        "change",
        parents=[common],
        help="neue Passphrase festlegen (aus TEILHABE_NEW_PASSPHRASE oder gefragt)",
    )
    change.set_defaults(handler=_change, writes=True)


def _change(args, session) -> int:
    keys: CommandLineKeys = args.keys
    if keys.used is None:
        raise PassphraseMissing("Diese Datenbank ist nicht verschlüsselt.")
    session.change_passphrase(keys.used, keys.new_for_change())
    print("Die Passphrase wurde geändert. Der Wiederherstellungsschlüssel bleibt gültig.")
    return 0
