"""*Hilfe → Erste Schritte* (a short guide, offline) and *Hilfe → Tastenkürzel*."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from teilhabe_desktop.assets import resource


def _tr(text: str) -> str:
    return QCoreApplication.translate("shortcuts", text)


#: Every shortcut of the app: (keys, what it does, where). A test checks that every
#: shortcut the windows define is listed here.
SHORTCUTS: tuple[tuple[str, str, str], ...] = (
    ("Ctrl+1", "Personen zeigen", "überall"),
    ("Ctrl+2", "Angebote zeigen", "überall"),
    ("Ctrl+3", "Sozialräume zeigen", "überall"),
    ("Ctrl+4", "Karte zeigen", "überall"),
    ("Ctrl+L", "Jetzt sperren", "überall"),
    ("Ctrl+Q", "Beenden", "überall"),
    ("F1", "Erste Schritte", "überall"),
    ("Return", "Ausgewählte Person öffnen", "Personen"),
    ("Enter", "Ausgewählte Person öffnen", "Personen"),
    ("Ctrl+F", "Suchfeld", "Angebote"),
    ("Ctrl+N", "Neues Angebot", "Angebote"),
    ("Ctrl+F", "Suchfeld", "Karte"),
    ("Left", "Karte verschieben (alle Pfeiltasten)", "Karte"),
    ("+", "Karte vergrößern (auch Mausrad)", "Karte"),
    ("-", "Karte verkleinern (auch Mausrad)", "Karte"),
    ("0", "Ganze Karte zeigen", "Karte"),
    ("Alt+0", "Angaben zur Person", "Plan"),
    ("Alt+1", "Abschnitt 1 bis 9 des Plans (Alt+1 … Alt+9)", "Plan"),
    ("Alt+Left", "Zurück zur Personenliste", "Plan"),
    ("Ctrl+Z", "Rückgängig", "Plan"),
    ("Ctrl+Shift+Z", "Wiederholen", "Plan"),
    ("Ctrl+Y", "Wiederholen", "Plan"),
    ("Alt+P", "Plan drucken …", "Plan"),
    ("Alt+Z", "Ziel daraus ableiten", "Plan: Wünsche"),
    ("Alt+F", "Passende Angebote finden …", "Plan: Ziele"),
    ("Alt+R", "Schritt hinzufügen", "Plan: Schritte"),
    ("Alt+B", "Plan abschließen …", "Plan: Überprüfung"),
    ("Ctrl+Del", "Datumsfeld leeren", "Datumsfelder"),
)


def listed_keys() -> set[str]:
    """The listed key sequences in Qt's portable form (for the completeness test)."""
    keys = {QKeySequence(k).toString() for k, _, _ in SHORTCUTS}
    keys |= {QKeySequence(f"Alt+{n}").toString() for n in range(10)}  # the sections
    return keys


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tastenkürzel"))
        self.resize(620, 560)
        self.table = QTableWidget(len(SHORTCUTS), 3)
        self.table.setAccessibleName(self.tr("Alle Tastenkürzel"))
        self.table.setHorizontalHeaderLabels([self.tr("Tasten"), self.tr("Was"), self.tr("Wo")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (keys, what, where) in enumerate(SHORTCUTS):
            native = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            for column, text in enumerate((native, _tr(what), _tr(where))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)


class FirstStepsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erste Schritte"))
        self.resize(640, 620)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # offline: nothing opens a browser
        self.browser.setAccessibleName(self.tr("Erste Schritte mit Teilhabe Desktop"))
        self.browser.setHtml(resource("help", "erste-schritte.html").read_text(encoding="utf-8"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
