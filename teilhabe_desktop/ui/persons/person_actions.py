"""The buttons under the persons list: export, import, audit trail, access report (Art. 15
GDPR), retention review and deletion.

Each acts on the selected person through the session, so the GUI exports, imports and
erases exactly as the command line does (and the audit trail records it the same way).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QWidget,
)

from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.keys import MAX_ATTEMPTS
from teilhabe_desktop.ui.common.plain_text import literal

# The dialogs of these actions (and the file encryption behind them) load when an action
# is used: the first screen shows only the list (issue 16).

#: Names listed by name in a confirmation for several persons; the rest are counted.
_NAMES_SHOWN = 10


class PersonActions(QWidget):
    #: a person was imported or deleted: the list must be read again
    changed = Signal()

    def __init__(
        self, session, selected: Callable[[], tuple[str, str] | None], parent=None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._selected = selected  # -> (person id, display name) or None
        self.export_button = QPushButton(self.tr("&Exportieren …"))
        self.export_button.setAccessibleName(self.tr("Ausgewählte Person exportieren"))
        self.import_button = QPushButton(self.tr("&Importieren …"))
        self.import_button.setAccessibleName(self.tr("Person aus einer Datei importieren"))
        self.audit_button = QPushButton(self.tr("Pr&otokoll …"))
        self.audit_button.setAccessibleName(self.tr("Protokoll der ausgewählten Person"))
        self.retention_button = QPushButton(self.tr("Auf&bewahrung prüfen …"))
        self.retention_button.setAccessibleName(
            self.tr("Personen ohne Aktivität seit Jahren prüfen und löschen")
        )
        self.access_button = QPushButton(self.tr("A&uskunft (Art. 15) …"))
        self.access_button.setAccessibleName(
            self.tr("Auskunft nach Art. 15 DSGVO für die ausgewählte Person speichern")
        )
        self.access_button.setToolTip(
            self.tr(
                "Alles, was über die Person gespeichert ist, als PDF und als JSON-Datei "
                "(Art. 15 DSGVO, § 83 SGB X)"
            )
        )
        self.delete_button = QPushButton(self.tr("Person &löschen …"))
        self.delete_button.setAccessibleName(self.tr("Ausgewählte Person löschen"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (
            self.export_button,
            self.import_button,
            self.audit_button,
            self.access_button,
        ):
            layout.addWidget(button)
        layout.addStretch(1)
        layout.addWidget(self.retention_button)
        layout.addWidget(self.delete_button)
        self.export_button.clicked.connect(self.export_person)
        self.import_button.clicked.connect(self.import_person)
        self.audit_button.clicked.connect(self.show_audit)
        self.retention_button.clicked.connect(self.review_retention)
        self.access_button.clicked.connect(self.access_report)
        self.delete_button.clicked.connect(self.delete_person)
        self.update_enabled()

    def update_enabled(self) -> None:
        chosen = self._selected() is not None
        for button in (
            self.export_button,
            self.audit_button,
            self.access_button,
            self.delete_button,
        ):
            button.setEnabled(chosen)

    def _documents(self) -> Path:
        return Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )

    def _fail(self, title: str, error: UserError) -> None:
        QMessageBox.warning(self, title, error.message)

    def export_person(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        person_id, _name = chosen
        # the suggested file name carries no name of the person, only the file's kind
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Person exportieren"),
            str(self._documents() / "Person.json"),
            self.tr("Personendateien (*.json)"),
        )
        if not path:
            return
        from teilhabe_desktop.ui.common.file_passphrase import ExportPassphraseDialog

        dialog = ExportPassphraseDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.session.export_person(person_id, Path(path), dialog.passphrase())
        except UserError as error:
            self._fail(self.tr("Export nicht möglich"), error)

    def _read_file(self, path: Path):
        """The person's file, asking for its passphrase if it is sealed; ``None`` when the
        user cancels."""
        from teilhabe_desktop.exchange.person_json import PassphraseNeeded
        from teilhabe_desktop.exchange.sealed_file import WrongPassphrase
        from teilhabe_desktop.ui.common.file_passphrase import ImportPassphraseDialog

        try:
            return self.session.read_person_file(path)
        except PassphraseNeeded:
            pass
        failed = ""
        for _attempt in range(MAX_ATTEMPTS):
            dialog = ImportPassphraseDialog(failed, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            try:
                return self.session.read_person_file(path, dialog.passphrase())
            except WrongPassphrase as error:
                failed = error.message
        raise WrongPassphrase(failed)

    def import_person(self) -> None:
        from teilhabe_desktop.exchange.person_handover import missing_offers, person_exists
        from teilhabe_desktop.ui.persons.handover_dialogs import ask_existing, ask_offers

        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Person importieren"),
            str(self._documents()),
            self.tr("Personendateien (*.json)"),
        )
        if not path:
            return
        try:
            file = self._read_file(Path(path))
            if file is None:
                return
            on_existing = "refuse"
            if person_exists(self.session.store, file):
                on_existing = ask_existing(self, file.person.display_name)
                if on_existing is None:
                    return
            add_offers = False
            lacking = missing_offers(self.session.store, file)
            if lacking:
                add_offers = ask_offers(self, len(lacking))
                if add_offers is None:
                    return
            self.session.store_person_file(file, on_existing, add_offers)
        except UserError as error:
            self._fail(self.tr("Import nicht möglich"), error)
            return
        self.changed.emit()

    def show_audit(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            from teilhabe_desktop.ui.persons.audit_dialog import AuditDialog

            person_id, name = chosen
            AuditDialog(name, self.session.audit.for_person(person_id), self).exec()

    def review_retention(self) -> None:
        from teilhabe_desktop.ui.persons.retention_dialog import RetentionDialog

        RetentionDialog(self.session, self.delete_persons, self).exec()

    def access_report(self) -> None:
        """Art. 15 GDPR: everything stored about the person as PDF, the JSON beside it."""
        chosen = self._selected()
        if chosen is None:
            return
        person_id, _name = chosen
        # the suggested file name carries no name of the person, only the file's kind
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Auskunft nach Art. 15 DSGVO speichern"),
            str(self._documents() / "Auskunft.pdf"),
            self.tr("PDF-Dateien (*.pdf)"),
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                pdf_path, json_path = self.session.access_report(person_id, Path(path))
            finally:
                QApplication.restoreOverrideCursor()
        except UserError as error:
            self._fail(self.tr("Auskunft nicht möglich"), error)
            return
        QMessageBox.information(
            self,
            self.tr("Auskunft gespeichert"),
            self.tr(
                "Die Auskunft ist gespeichert:\n\nPDF zum Lesen: %1\n"
                "Dieselben Daten als JSON-Datei: %2\n\n"
                "Das Erstellen der Auskunft steht im Protokoll der Person."
            )
            .replace("%1", str(pdf_path))
            .replace("%2", str(json_path)),
        )

    def delete_person(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            self.delete_persons([chosen])

    def _confirm_delete(self, names: Sequence[str], parent: QWidget) -> bool:
        if len(names) == 1:
            question = self.tr(
                "%1 mit Plan, allen Versionen und allen Angaben endgültig löschen?\n\n"
                "Das lässt sich nicht rückgängig machen. Im Protokoll bleibt nur ein "
                "Eintrag ohne Namen."
            ).replace("%1", names[0])
        else:
            listed = "\n".join(names[:_NAMES_SHOWN])
            if len(names) > _NAMES_SHOWN:
                listed += "\n" + self.tr("… und %1 weitere").replace(
                    "%1", str(len(names) - _NAMES_SHOWN)
                )
            question = (
                self.tr(
                    "%1 Personen mit Plan, allen Versionen und allen Angaben endgültig "
                    "löschen?\n\n%2\n\nDas lässt sich nicht rückgängig machen. Im Protokoll "
                    "bleibt nur ein Eintrag ohne Namen."
                )
                .replace("%1", str(len(names)))
                .replace("%2", listed)
            )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Person löschen") if len(names) == 1 else self.tr("Personen löschen"),
            literal(question),  # names are shown as written, never read as markup
            parent=parent,
        )
        keep = box.addButton(self.tr("Nicht löschen"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(self.tr("Endgültig löschen"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is not keep

    def delete_persons(
        self, persons: Sequence[tuple[str, str]], parent: QWidget | None = None
    ) -> bool:
        """Ask once, then erase each ``(person id, display name)`` for real (as *Person
        löschen …* and ``person delete``). Returns True when at least one was deleted."""
        if not persons or not self._confirm_delete([name for _id, name in persons], parent or self):
            return False
        deleted = 0
        complete = True
        for person_id, _name in persons:
            try:
                complete = self.session.persons.delete(person_id) and complete
            except UserError as error:
                self._fail(self.tr("Löschen nicht möglich"), error)
                break
            deleted += 1
        if deleted and not complete:
            QMessageBox.information(
                parent or self,
                self.tr("Person gelöscht") if deleted == 1 else self.tr("Personen gelöscht"),
                self.tr(
                    "Die Person ist gelöscht. Letzte Reste in der Änderungsdatei werden "
                    "entfernt, sobald kein anderes Programm mehr in der Datenbank liest – "
                    "spätestens beim nächsten Öffnen."
                )
                if deleted == 1
                else self.tr(
                    "Die Personen sind gelöscht. Letzte Reste in der Änderungsdatei werden "
                    "entfernt, sobald kein anderes Programm mehr in der Datenbank liest – "
                    "spätestens beim nächsten Öffnen."
                ),
            )
        if deleted:
            self.changed.emit()
        return bool(deleted)
