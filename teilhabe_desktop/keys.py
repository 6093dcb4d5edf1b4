"""Where the passphrase comes from: the front end's part of opening an encrypted database.

The session decides *what* it needs (a new passphrase for a new or a plaintext
database, or the passphrase or recovery key of an encrypted one); a :class:`KeySource`
of the front end asks the person: the GUI with dialogs, the command line from the
environment or the terminal (:mod:`teilhabe_desktop.commands.passphrase`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.store.keyfile import Secret, WrongSecret

#: How often a wrong passphrase may be retried in one open (the GUI's dialog).
MAX_ATTEMPTS = 5


class UnlockCancelled(UserError):
    """The person closed the passphrase dialog: nothing was opened or changed."""

    exit_code = 1


class KeySource(Protocol):
    def new_passphrase(self, db_path: Path, converting: bool) -> str:
        """A passphrase for a new database (``converting``: for a plaintext one)."""

    def secret(self, db_path: Path, failed: WrongSecret | None) -> Secret:
        """Passphrase or recovery key of an encrypted database; ``failed`` is the error
        of the previous attempt (a source that cannot ask again raises it)."""

    def recovery_key_created(self, db_path: Path, recovery_key: str) -> None:
        """Show the new recovery key once, for printing or writing down."""


class FixedKeys:
    """One passphrase, known beforehand (tests, benchmarks, scripts)."""

    def __init__(self, passphrase: str) -> None:
        self.passphrase = passphrase
        self.recovery_keys: list[str] = []

    def new_passphrase(self, db_path: Path, converting: bool) -> str:
        return self.passphrase

    def secret(self, db_path: Path, failed: WrongSecret | None) -> Secret:
        if failed is not None:
            raise failed
        return Secret(self.passphrase)

    def recovery_key_created(self, db_path: Path, recovery_key: str) -> None:
        self.recovery_keys.append(recovery_key)
