"""At start, when the database is unusable: say what happened and offer the newest backup."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class RestoreOffer(QDialog):
    def __init__(self, message: str, backup: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Datenbank kann nicht geöffnet werden"))
        what = QLabel(message)
        what.setWordWrap(True)
        when = datetime.fromtimestamp(backup.stat().st_mtime).strftime("%d.%m.%Y, %H:%M")
        offer = QLabel(
            self.tr(
                "Die neueste Sicherung ist vom %1 Uhr. Soll sie an die Stelle der Datenbank "
                "treten? Änderungen nach diesem Zeitpunkt fehlen dann. Die unbrauchbare "
                "Datei wird nicht gelöscht, sondern umbenannt daneben aufbewahrt."
            ).replace("%1", when)
        )
        offer.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(
            self.tr("Neueste Sicherung &wiederherstellen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("&Beenden"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(offer)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
