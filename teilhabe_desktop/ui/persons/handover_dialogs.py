"""The questions of a handover: the file's passphrase at export and import, what to do
with a person who is already here, and where the offers the catalogue lacks go."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from teilhabe_desktop.exchange.sealed_file import MIN_PASSPHRASE_LENGTH
from teilhabe_desktop.ui.common.plain_text import literal


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class ExportPassphraseDialog(QDialog):
    """A passphrase for the person's file, typed twice; or, explicitly, no encryption."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Person exportieren"))
        intro = QLabel(
            self.tr(
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
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Exportieren"))
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
    """The passphrase of an encrypted person's file; says so when the last one was wrong."""

    def __init__(self, failed: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Person importieren"))
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


def ask_existing(parent: QWidget, name: str) -> str | None:
    """The person is here already: ``"replace"``, ``"keep_both"`` or ``None`` (cancel)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        parent.tr("Person schon vorhanden"),
        literal(
            parent.tr(
                "%1 ist in dieser Datenbank schon vorhanden (gleiche Kennung).\n\n"
                "Ersetzen: die Angaben, der Plan und alle Versionen hier werden durch die "
                "Datei ersetzt.\nBeide behalten: die Datei kommt als zweite Person mit "
                "neuer Kennung hinzu."
            ).replace("%1", name)
        ),
        parent=parent,
    )
    replace = box.addButton(parent.tr("&Ersetzen"), QMessageBox.ButtonRole.DestructiveRole)
    both = box.addButton(parent.tr("&Beide behalten"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(parent.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.exec()
    return {replace: "replace", both: "keep_both"}.get(box.clickedButton())


def ask_offers(parent: QWidget, count: int) -> bool | None:
    """Offers this catalogue lacks: add them to the catalogue (True), keep them as entries
    "aus Übergabe – bitte prüfen" (False) or cancel (None)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        parent.tr("Angebote aus der Übergabe"),
        parent.tr(
            "Der Plan verknüpft %1 Angebote, die in diesem Katalog fehlen. Die Datei bringt "
            "sie mit.\n\nAls Übergabe behalten: sie stehen im Katalog mit dem Hinweis „aus "
            "Übergabe – bitte prüfen“.\nIn den Katalog übernehmen: sie werden normale "
            "Einträge."
        ).replace("%1", str(count)),
        parent=parent,
    )
    keep = box.addButton(parent.tr("Als Übergabe &behalten"), QMessageBox.ButtonRole.AcceptRole)
    add = box.addButton(parent.tr("&In den Katalog übernehmen"), QMessageBox.ButtonRole.YesRole)
    cancel = box.addButton(parent.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    clicked = box.clickedButton()
    return None if clicked is cancel else clicked is add
