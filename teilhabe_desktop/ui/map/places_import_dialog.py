"""*Orte einlesen …*: the city's street directory (CSV) or boundary file (GeoJSON of the
statistical districts or the Ortsteile), read and checked first, saved only with
*Übernehmen* — all at once, as ``places import-streets|import-boundaries`` does.

What the file is comes from its name: ``.geojson``/``.json`` are boundaries, everything
else a street directory (``docs/strassen-csv.md``). Reading runs in a worker on its own
connection; a refused file shows every reason and changes nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.ui.common.plain_text import plain_label
from teilhabe_desktop.ui.common.screen_fit import fit_to_screen
from teilhabe_desktop.ui.common.workers import BackgroundJob

BOUNDARY_SUFFIXES = (".geojson", ".json")


def is_boundary_file(path: Path) -> bool:
    return path.suffix.lower() in BOUNDARY_SUFFIXES


class PlacesImportDialog(QDialog):
    """Choose a file, see what it holds, then replace the directory or the boundaries."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Orte einlesen"))
        fit_to_screen(self, 640, 420)
        self.session = session
        self.found = None
        self.saved = 0
        self.job: BackgroundJob | None = None

        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("Datei mit Straßen oder Grenzen"))
        self.path_edit.setPlaceholderText(
            self.tr("Straßenverzeichnis (CSV) oder Grenzen der Stadt (GeoJSON)")
        )
        self.file_button = QPushButton(self.tr("Datei &wählen …"))
        chooser = QHBoxLayout()
        chooser.addWidget(self.path_edit, 1)
        chooser.addWidget(self.file_button)
        self.status = plain_label(
            self.tr(
                "Das Straßenverzeichnis ordnet Adressen den Bezirken zu; die Grenzen zeichnen "
                "die Karte und ordnen Koordinaten zu. Gespeichert wird erst mit „Übernehmen“; "
                "das bisherige Verzeichnis oder die bisherigen Grenzen werden dann ersetzt."
            ),
            wrap=True,
        )
        self.status.setObjectName("places_status")
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Fortschritt"))
        self.progress.setRange(0, 1)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Was die Datei enthält"))
        buttons = QDialogButtonBox()
        self.commit_button = buttons.addButton(
            self.tr("Übernehmen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.commit_button.setEnabled(False)
        self.cancel_button = buttons.addButton(
            self.tr("Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole
        )
        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

        self.file_button.clicked.connect(self.choose_file)
        self.path_edit.returnPressed.connect(self.start_reading)
        self.commit_button.clicked.connect(self.commit)
        self.cancel_button.clicked.connect(self.reject)

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Orte einlesen"),
            "",
            self.tr(
                "Straßen oder Grenzen (*.csv *.txt *.geojson *.json);;"
                "Straßenverzeichnis (*.csv *.txt);;Grenzen (*.geojson *.json)"
            ),
        )
        if path:
            self.set_path(path)

    def set_path(self, path: str | Path) -> None:
        self.path_edit.setText(str(path))
        self.start_reading()

    def start_reading(self) -> None:
        text = self.path_edit.text().strip()
        if not text or (self.job is not None and self.job.running):
            return
        path = Path(text)
        self.found = None
        self.details.clear()
        self.commit_button.setEnabled(False)
        self.status.setText(self.tr("Die Datei wird gelesen und geprüft …"))
        if is_boundary_file(path):
            self._run(lambda task: task.session.read_boundary_file(path), self._read_done)
        else:
            self._run(lambda task: task.session.read_street_file(path), self._read_done)

    def _read_done(self, found) -> None:
        self.found = found
        self.details.setPlainText(found.summary())
        if hasattr(found, "level"):
            what = self.tr("Grenzen geprüft: „Übernehmen“ ersetzt die bisherigen Grenzen.")
        else:
            what = self.tr(
                "Straßenverzeichnis geprüft: „Übernehmen“ ersetzt das bisherige Verzeichnis."
            )
        self.status.setText(what)
        self.commit_button.setEnabled(True)
        self.commit_button.setFocus()

    def commit(self) -> None:
        found = self.found
        if found is None or (self.job is not None and self.job.running):
            return
        self.status.setText(self.tr("Wird gespeichert …"))
        if hasattr(found, "level"):
            self._run(lambda task: task.session.save_boundary_file(found), self._saved)
        else:
            self._run(lambda task: task.session.save_street_file(found), self._saved)

    def _saved(self, count: int) -> None:
        self.saved = count
        self.accept()

    def _run(self, function, on_success) -> None:
        self._set_busy(True)
        self.job = BackgroundJob(function, session=self.session, parent=self)
        self.job.succeeded.connect(on_success)
        self.job.failed.connect(self._failed)
        self.job.finished.connect(lambda: self._set_busy(False))
        self.job.start()

    def _failed(self, error) -> None:
        if isinstance(error, UserError):
            message = error.message
        else:
            message = self.tr("Die Datei konnte nicht gelesen werden.")
        self.status.setText(self.tr("Die Datei wird nicht übernommen. Es wurde nichts verändert."))
        problems = getattr(error, "problems", None) or []
        if problems:  # all of them here, not only the first ten of the message
            lines = [p if isinstance(p, str) else p.describe() for p in problems]
            message = "\n".join([message.split("\n")[0], *lines])
        self.details.setPlainText(message)
        self.commit_button.setEnabled(False)

    def _set_busy(self, busy: bool) -> None:
        self.file_button.setEnabled(not busy)
        self.path_edit.setEnabled(not busy)
        self.progress.setRange(0, 0 if busy else 1)
        self.progress.setValue(0 if busy else 1)
