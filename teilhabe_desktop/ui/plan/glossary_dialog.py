"""*Wörter-Buch …*: the office's own hard words and their plain explanation, printed at
the end of *Mein Plan* when the plan uses the word (besides the shipped terms, which are
listed for reference and cannot be removed)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.core.glossary import SHIPPED, known_words
from teilhabe_desktop.ui.common.plain_findings import attach_plain_findings
from teilhabe_desktop.ui.common.plain_text import plain_label
from teilhabe_desktop.ui.common.screen_fit import fit_to_screen

OWN_ROLE = Qt.ItemDataRole.UserRole


class GlossaryDialog(QDialog):
    def __init__(self, repository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Wörter-Buch"))
        fit_to_screen(self, 640, 560)
        self.repository = repository
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Wörter im Wörter-Buch"))
        self.term = QLineEdit()
        self.term.setAccessibleName(self.tr("Wort"))
        self.explanation = QPlainTextEdit()
        self.explanation.setAccessibleName(self.tr("Erklärung in Leichter Sprache"))
        self.explanation.setTabChangesFocus(True)
        self.explanation.setFixedHeight(90)
        self.new_button = QPushButton(self.tr("&Neues Wort"))
        self.new_button.setAutoDefault(False)
        self.save_button = QPushButton(self.tr("Wort &speichern"))
        self.save_button.setAutoDefault(False)
        self.delete_button = QPushButton(self.tr("Wort &entfernen"))
        self.delete_button.setAutoDefault(False)
        self.delete_button.setEnabled(False)

        form = QFormLayout()
        form.addRow(self.tr("&Wort:"), self.term)
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(self.explanation)
        form.addRow(self.tr("E&rklärung:"), box)
        self.findings = attach_plain_findings(self.explanation, known_words(SHIPPED))
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.save_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                self.tr(
                    "Schwere Wörter und ihre Erklärung in Leichter Sprache. „Mein Plan“ "
                    "erklärt am Ende die Wörter, die er benutzt. Eigene Wörter gelten für "
                    "alle Pläne dieses Büros."
                ),
                wrap=True,
            )
        )
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(buttons)

        self.list.currentItemChanged.connect(self._show)
        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(lambda: self.refresh())
        self.delete_button.clicked.connect(self.delete)
        self.refresh()
        self.term.setFocus()  # a new word is typed at once

    def refresh(self, select: str = "") -> None:
        self.list.clear()
        own = self.repository.terms()
        entries = [(term, text, True) for term, text in own.items()]
        taken = {term.casefold() for term in own}
        entries += [
            (e.term, e.explanation, False) for e in SHIPPED if e.term.casefold() not in taken
        ]
        for term, text, is_own in sorted(entries, key=lambda e: e[0].casefold()):
            shown = term if is_own else self.tr("%1 (mitgeliefert)").replace("%1", term)
            item = QListWidgetItem(shown)
            item.setData(OWN_ROLE, (term, text, is_own))
            self.list.addItem(item)
            if term == select:
                self.list.setCurrentItem(item)
        if not select:  # nothing chosen: the fields are for a new word
            self.list.setCurrentRow(-1)
            self.term.clear()
            self.explanation.clear()
            self.delete_button.setEnabled(False)
            self.term.setFocus()

    def terms_shown(self) -> list[str]:
        return [self.list.item(i).data(OWN_ROLE)[0] for i in range(self.list.count())]

    def _show(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is None:
            self.delete_button.setEnabled(False)
            return
        term, text, is_own = item.data(OWN_ROLE)
        self.term.setText(term)
        self.explanation.setPlainText(text)
        self.delete_button.setEnabled(is_own)

    def save(self) -> None:
        term = self.term.text()
        try:
            self.repository.save(term, self.explanation.toPlainText())
        except UserError as error:
            QMessageBox.warning(self, self.tr("Wörter-Buch"), error.message)
            return
        self.refresh(select=" ".join(term.split()))

    def delete(self) -> None:
        item = self.list.currentItem()
        if item is None or not item.data(OWN_ROLE)[2]:
            return
        self.repository.delete(item.data(OWN_ROLE)[0])
        self.term.clear()
        self.explanation.clear()
        self.refresh()
