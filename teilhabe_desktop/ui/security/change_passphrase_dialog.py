"""Sicherheit → Passphrase ändern …: the current one (or the recovery key), then the new."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.session import Session
from teilhabe_desktop.ui.security.passphrase_fields import NewPassphraseFields
from teilhabe_desktop.ui.security.unlock_dialog import SecretField


class ChangePassphraseDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Passphrase ändern"))
        intro = QLabel(
            self.tr(
                "Die Daten bleiben, wie sie sind; der Wiederherstellungsschlüssel bleibt "
                "gültig. Die alte Passphrase öffnet danach nichts mehr – auch keine "
                "Sicherung im Sicherungsordner."
            )
        )
        intro.setWordWrap(True)
        self.current = SecretField()
        self.current.label.setText(self.tr("&Bisherige Passphrase:"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #a40000; font-weight: bold;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.new = NewPassphraseFields()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Passphrase ändern"))
        self.ok_button.setEnabled(False)
        self.new.changed.connect(self.ok_button.setEnabled)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.current, self.error, self.new, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(540)

    def accept(self) -> None:
        if not self.new.is_acceptable():
            return
        try:
            self.session.change_passphrase(self.current.secret(), self.new.passphrase())
        except UserError as error:
            self.error.setText(error.message)
            self.error.show()
            self.current.field.setFocus()
            return
        QMessageBox.information(
            self, self.tr("Passphrase geändert"), self.tr("Die neue Passphrase gilt ab sofort.")
        )
        super().accept()
