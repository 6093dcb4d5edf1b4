"""*Katalog aktualisieren …*: trust the catalogue team once, choose a signed package,
see what it changes (new, changed, eingestellt (zentral), conflicts), decide each
conflict (keep mine / take theirs), then apply all of it or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from teilhabe_desktop.core.catalogue_merge import MINE, THEIRS, Conflict
from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.exchange.catalogue_update import FIELD_NAMES, AlreadyApplied
from teilhabe_desktop.ui.common.plain_text import literal


class UpdateDialog(QDialog):
    """The preview of one package; *Übernehmen* once every conflict is decided."""

    def __init__(self, session, path: Path, preview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.path = path
        self.preview = preview
        self.applied = False
        self.setWindowTitle(self.tr("Katalog aktualisieren"))
        r = preview.result
        p = preview.package
        self.summary = QLabel(
            self.tr(
                "Katalogpaket Nr. %1 von %2 vom %3 – Signatur geprüft.\n\n"
                "Neu: %4 · geändert: %5 · eingestellt (zentral): %6 · Konflikte: %7\n\n"
                "Eigene Änderungen an Feldern, die das Katalogteam nicht geändert hat, "
                "bleiben. Nichts wird gespeichert, bevor Sie übernehmen."
            )
            .replace("%1", str(p.sequence))
            .replace("%2", p.publisher)
            .replace("%3", p.published_at.strftime("%d.%m.%Y"))
            .replace("%4", str(len(r.new)))
            .replace("%5", str(len(r.changed) + len(r.from_handover)))
            .replace("%6", str(len(r.removed)))
            .replace("%7", str(len(r.open_conflicts)))
        )
        self.summary.setWordWrap(True)
        self.conflicts = QTableWidget(len(r.open_conflicts), 4)
        self.conflicts.setAccessibleName(self.tr("Konflikte"))
        self.conflicts.setHorizontalHeaderLabels(
            [self.tr("Angebot und Feld"), self.tr("Hier"), self.tr("Zentral"), self.tr("Wahl")]
        )
        self.conflicts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.choices: list[QComboBox] = []
        for row, conflict in enumerate(r.open_conflicts):
            what = f"{conflict.name} – {FIELD_NAMES.get(conflict.field, conflict.field)}"
            for column, text in enumerate((what, str(conflict.mine), str(conflict.theirs))):
                self.conflicts.setItem(row, column, QTableWidgetItem(text))
            choice = QComboBox()
            choice.setAccessibleName(self.tr("Entscheidung für %1").replace("%1", what))
            choice.addItem(self.tr("bitte wählen"), None)
            choice.addItem(self.tr("Meins behalten"), MINE)
            choice.addItem(self.tr("Zentral übernehmen"), THEIRS)
            choice.currentIndexChanged.connect(self._update)
            self.conflicts.setCellWidget(row, 3, choice)
            self.choices.append(choice)
        self.conflicts.setVisible(bool(r.open_conflicts))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText(self.tr("Ü&bernehmen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.conflicts, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 420 if r.open_conflicts else 220)
        self._update()

    def _decisions(self) -> dict[tuple[str, str], str]:
        return {
            (c.offer_id, c.field): box.currentData()
            for c, box in zip(self.preview.result.open_conflicts, self.choices, strict=True)
            if box.currentData() is not None
        }

    def _update(self) -> None:
        self.apply_button.setEnabled(len(self._decisions()) == len(self.choices))

    def apply(self) -> None:
        decisions = self._decisions()

        def choose(conflict: Conflict) -> str | None:
            return decisions.get((conflict.offer_id, conflict.field))

        try:
            preview = self.session.preview_catalogue_update(self.path, choose)
            self.session.apply_catalogue_update(preview)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Nicht übernommen"), literal(error.message))
            return
        self.applied = True
        self.accept()


def _documents() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def ensure_trust(session, parent: QWidget) -> bool:
    """The first time: the team's public key, its fingerprint confirmed by the user."""
    if session.trusted_publisher() is not None:
        return True
    path, _ = QFileDialog.getOpenFileName(
        parent,
        parent.tr("Öffentlichen Schlüssel des Katalogteams wählen"),
        _documents(),
        parent.tr("Öffentliche Schlüssel (*.pub)"),
    )
    if not path:
        return False
    try:
        _pem, fingerprint = session.publisher_key_of(Path(path))
    except UserError as error:
        QMessageBox.warning(parent, parent.tr("Schlüssel nicht lesbar"), literal(error.message))
        return False
    answer = QMessageBox.question(
        parent,
        parent.tr("Katalogteam vertrauen"),
        parent.tr(
            "Fingerabdruck des Schlüssels:\n\n%1\n\nStimmt er mit dem überein, den das "
            "Katalogteam nennt? Nur dann vertrauen."
        ).replace("%1", fingerprint),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    session.trust_publisher(Path(path))
    return True


def update_catalogue(session, parent: QWidget) -> bool:
    """The whole action; True when a package was applied."""
    if not ensure_trust(session, parent):
        return False
    path, _ = QFileDialog.getOpenFileName(
        parent,
        parent.tr("Katalogpaket wählen"),
        _documents(),
        parent.tr("Katalogpakete (*.zip)"),
    )
    if not path:
        return False
    try:
        preview = session.preview_catalogue_update(Path(path))
    except AlreadyApplied as done:
        QMessageBox.information(parent, parent.tr("Katalog aktualisieren"), done.message)
        return False
    except UserError as error:
        QMessageBox.warning(parent, parent.tr("Nicht übernommen"), literal(error.message))
        return False
    dialog = UpdateDialog(session, Path(path), preview, parent)
    dialog.exec()
    return dialog.applied


def save_suggestion(session, offer_id: str, parent: QWidget) -> None:
    """The entry as an HSDS JSON file for the catalogue team."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        parent.tr("Vorschlag für das Katalogteam speichern"),
        str(Path(_documents()) / "Vorschlag.json"),
        parent.tr("HSDS-JSON-Dateien (*.json)"),
    )
    if not path:
        return
    try:
        session.write_suggestion(offer_id, Path(path))
    except UserError as error:
        QMessageBox.warning(parent, parent.tr("Nicht gespeichert"), literal(error.message))
        return
    QMessageBox.information(
        parent,
        parent.tr("Vorschlag gespeichert"),
        parent.tr(
            "Der Vorschlag ist gespeichert:\n%1\n\nBitte senden Sie ihn an das Katalogteam."
        ).replace("%1", path),
    )
