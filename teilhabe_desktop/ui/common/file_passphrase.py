"""The passphrase of an exported file, at export (typed twice, or explicitly none) and
at import (says so when the last one was wrong): a person's file, planning data to merge."""

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

from teilhabe_desktop.exchange.sealed_file import MIN_PASSPHRASE_LENGTH


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class ExportPassphraseDialog(QDialog):
    """A passphrase for the file, typed twice; or, explicitly, no encryption."""

    def __init__(
        self,
        parent: QWidget | None = None,
        title: str | None = None,
        intro_text: str | None = None,
        action: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Person exportieren"))
        intro = QLabel(
            intro_text
            or self.tr(
                "Die Datei wird mit einer Passphrase verschlüsselt. Geben Sie die Passphrase "
                "der Kollegin oder dem Kollegen auf einem anderen Weg weiter als die Datei "
                "(z. B. am Telefon)."
            )
        )
        intro.setWordWrap(True)
        self.first = _password_field(self.tr("Passphrase für die Datei"))
        self.second = _password_field(self.tr("Passphrase wiederholen"))
        self.plain = QCheckBox(self.tr("&Unverschlüsselt speichern (nicht empfohlen)"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow(self.tr("&Wiederholen:"), self.second)
        form.addRow("", self.plain)
        form.addRow("", self.hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            action or self.tr("&Exportieren")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for signal in (self.first.textChanged, self.second.textChanged, self.plain.toggled):
            signal.connect(self._update)
        self._update()

    def passphrase(self) -> str | None:
        """``None``: plain JSON, chosen explicitly."""
        return None if self.plain.isChecked() else self.first.text()

    def _update(self) -> None:
        plain = self.plain.isChecked()
        self.first.setEnabled(not plain)
        self.second.setEnabled(not plain)
        text = self.first.text()
        if plain:
            message = self.tr(
                "Die Datei ist dann für jeden lesbar, der sie bekommt. Nur auf einem "
                "verschlüsselten Datenträger weitergeben."
            )
            ok = True
        elif len(text) < MIN_PASSPHRASE_LENGTH:
            message = self.tr("Mindestens %1 Zeichen.").replace("%1", str(MIN_PASSPHRASE_LENGTH))
            ok = False
        elif self.second.text() != text:
            message = self.tr("Die beiden Eingaben stimmen noch nicht überein.")
            ok = False
        else:
            message, ok = "", True
        self.hint.setText(message)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


class ImportPassphraseDialog(QDialog):
    """The passphrase of an encrypted file; says so when the last one was wrong."""

    def __init__(
        self, failed: str = "", parent: QWidget | None = None, title: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Person importieren"))
        intro = QLabel(self.tr("Die Datei ist verschlüsselt. Bitte geben Sie ihre Passphrase ein."))
        intro.setWordWrap(True)
        self.field = _password_field(self.tr("Passphrase der Datei"))
        self.error = QLabel(failed)
        self.error.setWordWrap(True)
        self.error.setVisible(bool(failed))
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Ö&ffnen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def passphrase(self) -> str:
        return self.field.text()
