"""First start (or a plaintext database of version 0.1): choose the passphrase."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from teilhabe_desktop.ui.security.passphrase_fields import NewPassphraseFields


class NewPassphraseDialog(QDialog):
    def __init__(
        self, converting: bool, parent: QWidget | None = None, recovered: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Daten schützen – Passphrase festlegen"))
        if recovered:
            intro = self.tr(
                "Die Datenbank wurde mit dem Wiederherstellungsschlüssel geöffnet. Bitte legen "
                "Sie jetzt eine neue Passphrase fest; die vergessene öffnet danach nichts "
                "mehr. Der Wiederherstellungsschlüssel bleibt gültig."
            )
        elif converting:
            intro = self.tr(
                "Diese Datenbank ist noch nicht verschlüsselt. Teilhabe Desktop verschlüsselt "
                "sie jetzt, damit niemand ohne Passphrase die Daten der Personen lesen kann "
                "– auch nicht, wenn der Laptop verloren geht. Die unverschlüsselte Datei wird "
                "danach entfernt."
            )
        else:
            intro = self.tr(
                "Die Daten der Personen werden verschlüsselt gespeichert. Bitte legen Sie "
                "eine Passphrase fest. Sie brauchen sie bei jedem Start und nach einer "
                "automatischen Sperre."
            )
        text = QLabel(intro)
        text.setWordWrap(True)
        after = QLabel(
            self.tr(
                "Danach zeigt Teilhabe Desktop einmalig einen Wiederherstellungsschlüssel "
                "zum Ausdrucken – falls die Passphrase einmal vergessen wird."
            )
        )
        after.setWordWrap(True)
        after.setVisible(not recovered)
        self.fields = NewPassphraseFields()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(
            self.tr("Verschlüsseln") if converting else self.tr("Passphrase festlegen")
        )
        self.ok_button.setEnabled(False)
        self.fields.changed.connect(self.ok_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.fields)
        layout.addWidget(after)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.fields.first.setFocus()

    def accept(self) -> None:
        if self.fields.is_acceptable():  # Enter in a field must not pass a short one
            super().accept()

    def passphrase(self) -> str:
        return self.fields.passphrase()
