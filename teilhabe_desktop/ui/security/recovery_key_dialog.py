"""The recovery key, shown once: to print or write down before work begins."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.exchange.safe_write import write_bytes


class RecoveryKeyDialog(QDialog):
    """Closes only once the person confirmed they keep the key (Escape does not skip it)."""

    def __init__(self, recovery_key: str, database_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.recovery_key = recovery_key
        self.database_name = database_name
        self.setWindowTitle(self.tr("Ihr Wiederherstellungsschlüssel"))
        intro = QLabel(
            self.tr(
                "Wenn die Passphrase vergessen wird, öffnet nur dieser Schlüssel die Daten "
                "wieder. Er wird <b>nur jetzt</b> gezeigt. Bitte drucken Sie ihn aus (als "
                "PDF speichern und drucken) oder schreiben Sie ihn ab, und bewahren Sie ihn "
                "getrennt vom Laptop sicher auf."
            )
        )
        intro.setWordWrap(True)
        self.key_label = QLabel(recovery_key)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10) * 1.5)
        font.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(
            self.key_label.textInteractionFlags().TextSelectableByMouse
        )
        self.key_label.setAccessibleDescription(self.tr("Wiederherstellungsschlüssel"))
        self.save_button = QPushButton(self.tr("Als PDF &speichern …"))
        self.save_button.clicked.connect(self.save_sheet)
        self.confirmed = QCheckBox(
            self.tr("Ich habe den Schlüssel &ausgedruckt oder aufgeschrieben.")
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Weiter"))
        self.ok_button.setEnabled(False)
        self.confirmed.toggled.connect(self.ok_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key_label)
        layout.addWidget(self.save_button)
        layout.addWidget(self.confirmed)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def save_sheet(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Wiederherstellungsschlüssel speichern"),
            str(Path.home() / "Wiederherstellungsschluessel.pdf"),
            self.tr("PDF-Dokument (*.pdf)"),
        )
        if name:
            self.write_sheet(Path(name))

    def write_sheet(self, path: Path) -> None:
        # reportlab loads here, not at every start (~0.2 s)
        from teilhabe_desktop.reports.recovery_sheet import recovery_sheet_pdf

        try:
            write_bytes(
                path, recovery_sheet_pdf(self.recovery_key, self.database_name, date.today())
            )
        except UserError as error:
            QMessageBox.warning(self, self.tr("Nicht gespeichert"), error.message)

    def reject(self) -> None:
        if self.confirmed.isChecked():
            super().reject()

    def closeEvent(self, event) -> None:
        if self.confirmed.isChecked():
            super().closeEvent(event)
        else:
            event.ignore()
