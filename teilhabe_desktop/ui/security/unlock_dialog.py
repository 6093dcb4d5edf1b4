"""Unlocking an encrypted database: the passphrase, or the recovery key if forgotten."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from teilhabe_desktop.store.keyfile import Secret


class SecretField(QWidget):
    """A passphrase field that can switch to the recovery key."""

    def __init__(self, parent: QWidget | None = None, stacked: bool = False) -> None:
        super().__init__(parent)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.label = QLabel()
        self.label.setBuddy(self.field)
        self.use_recovery = QCheckBox(
            self.tr("Passphrase vergessen? Mit dem &Wiederherstellungsschlüssel öffnen")
        )
        self.use_recovery.toggled.connect(self._switch)
        if stacked:  # label above the field: for narrow places such as the lock screen
            column = QVBoxLayout(self)
            column.setContentsMargins(0, 0, 0, 0)
            for widget in (self.label, self.field, self.use_recovery):
                column.addWidget(widget)
        else:
            form = QFormLayout(self)
            form.setContentsMargins(0, 0, 0, 0)
            form.addRow(self.label, self.field)
            form.addRow("", self.use_recovery)
        self._switch(False)

    def _switch(self, recovery: bool) -> None:
        self.field.clear()
        if recovery:
            self.label.setText(self.tr("&Wiederherstellungsschlüssel:"))
            self.field.setEchoMode(QLineEdit.EchoMode.Normal)
            self.field.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
            self.field.setAccessibleName(self.tr("Wiederherstellungsschlüssel"))
        else:
            self.label.setText(self.tr("&Passphrase:"))
            self.field.setEchoMode(QLineEdit.EchoMode.Password)
            self.field.setPlaceholderText("")
            self.field.setAccessibleName(self.tr("Passphrase"))
        self.field.setFocus()

    def secret(self) -> Secret:
        return Secret(self.field.text(), recovery=self.use_recovery.isChecked())


class UnlockDialog(QDialog):
    def __init__(
        self, database_name: str, error: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Teilhabe Desktop entsperren"))
        intro = QLabel(
            self.tr(
                "Die Datenbank „%1“ ist verschlüsselt. Bitte geben Sie Ihre Passphrase ein."
            ).replace("%1", database_name)
        )
        intro.setWordWrap(True)
        self.error = QLabel(error or "")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a40000; font-weight: bold;")
        self.error.setVisible(bool(error))
        self.secret_field = SecretField()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Entsperren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.error)
        layout.addWidget(self.secret_field)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.secret_field.field.setFocus()

    def secret(self) -> Secret:
        return self.secret_field.secret()
