"""The GUI's :class:`~teilhabe_desktop.keys.KeySource`: dialogs before the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from teilhabe_desktop.keys import UnlockCancelled
from teilhabe_desktop.store.keyfile import Secret, WrongSecret
from teilhabe_desktop.ui.security.new_passphrase_dialog import NewPassphraseDialog
from teilhabe_desktop.ui.security.recovery_key_dialog import RecoveryKeyDialog
from teilhabe_desktop.ui.security.unlock_dialog import UnlockDialog


class DialogKeys:
    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def new_passphrase(self, db_path: Path, converting: bool) -> str:
        dialog = NewPassphraseDialog(converting, self.parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            raise UnlockCancelled("Abgebrochen: Es wurde keine Datenbank angelegt.")
        return dialog.passphrase()

    def secret(self, db_path: Path, failed: WrongSecret | None) -> Secret:
        dialog = UnlockDialog(db_path.name, failed.message if failed else None, self.parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            raise UnlockCancelled("Abgebrochen: Die Datenbank bleibt verschlossen.")
        return dialog.secret()

    def recovery_key_created(self, db_path: Path, recovery_key: str) -> None:
        RecoveryKeyDialog(recovery_key, db_path.name, self.parent).exec()
