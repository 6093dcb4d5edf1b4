"""Two fields for a new passphrase, with a plain-language strength hint."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QWidget

from teilhabe_desktop.store.keyfile import MIN_PASSPHRASE_LENGTH


def strength(passphrase: str) -> int:
    """0 too short, 1 weak, 2 good, 3 very good (length and words count, nothing else:
    a long sentence the person remembers beats a short string of symbols)."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return 0
    words = len(passphrase.split())
    distinct = len(set(passphrase.lower()))
    if distinct < 5:
        return 1
    if len(passphrase) >= 24 or words >= 4:
        return 3
    if len(passphrase) >= 16 or words >= 3:
        return 2
    return 1


class NewPassphraseFields(QWidget):
    """``changed`` tells whether both fields hold the same, long enough passphrase."""

    changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("Neue Passphrase"))
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("Neue Passphrase wiederholen"))
        self.show_text = QCheckBox(self.tr("Passphrase &anzeigen"))
        self.show_text.toggled.connect(self._show)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAccessibleDescription(self.tr("Hinweis zur Passphrase"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Neue Passphrase:"), self.first)
        form.addRow(self.tr("&Wiederholen:"), self.second)
        form.addRow("", self.show_text)
        form.addRow("", self.hint)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def _show(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def passphrase(self) -> str:
        return self.first.text()

    def is_acceptable(self) -> bool:
        return strength(self.first.text()) > 0 and self.first.text() == self.second.text()

    def _update(self) -> None:
        text = self.first.text()
        level = strength(text)
        hints = {
            0: self.tr(
                "Mindestens %1 Zeichen. Gut zu merken und schwer zu erraten ist ein "
                "kurzer Satz aus mehreren Wörtern."
            ).replace("%1", str(MIN_PASSPHRASE_LENGTH)),
            1: self.tr("Schwach – ein paar Wörter mehr machen sie deutlich sicherer."),
            2: self.tr("Gut."),
            3: self.tr("Sehr gut."),
        }
        message = hints[level]
        if level and self.second.text() and self.second.text() != text:
            message = self.tr("Die beiden Eingaben stimmen noch nicht überein.")
        self.hint.setText(message)
        self.changed.emit(self.is_acceptable())
