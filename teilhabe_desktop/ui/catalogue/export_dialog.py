"""Exporting the whole catalogue as CSV (Excel), JSON or an HSDS 3.0 datapackage.

The export runs in a worker thread, on its own database connection, with a progress bar.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.exchange.catalogue_files import export_catalogue
from teilhabe_desktop.exchange.catalogue_formats import CATALOGUE_FORMATS
from teilhabe_desktop.ui.common.plain_text import plain_label
from teilhabe_desktop.ui.common.workers import BackgroundJob


class ExportDialog(QDialog):
    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Katalog exportieren"))
        self.resize(600, 240)
        self.session = session
        self.job: BackgroundJob | None = None
        self.written: int | None = None

        self.format_combo = QComboBox()
        self.format_combo.setAccessibleName(self.tr("Format"))
        for key, fmt in CATALOGUE_FORMATS.items():
            self.format_combo.addItem(self.tr(fmt.export_label), key)
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("Zieldatei"))
        self.browse_button = QPushButton(self.tr("Speicherort wählen …"))
        target = QHBoxLayout()
        target.addWidget(self.path_edit, 1)
        target.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format_combo)
        form.addRow(self.tr("Datei"), target)

        self.status = plain_label(
            self.tr("Exportiert wird der ganze Katalog, auch eingestellte Angebote."), wrap=True
        )
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Fortschritt"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(
            self.tr("Exportieren"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = buttons.addButton(
            self.tr("Schließen"), QDialogButtonBox.ButtonRole.RejectRole
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        layout.addWidget(buttons)

        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.browse_button.clicked.connect(self.choose_path)
        self.export_button.clicked.connect(self.start_export)
        self.close_button.clicked.connect(self.reject)

    def fmt(self) -> str:
        return self.format_combo.currentData()

    def _format_changed(self) -> None:
        text = self.path_edit.text().strip()
        if text:
            name = CATALOGUE_FORMATS[self.fmt()].export_name
            self.path_edit.setText(str(Path(text).with_name(name)))

    def choose_path(self) -> None:
        fmt = CATALOGUE_FORMATS[self.fmt()]
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Katalog exportieren"),
            self.path_edit.text() or fmt.export_name,
            self.tr(fmt.export_filter()),
        )
        if path:
            self.path_edit.setText(path)

    def start_export(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            self.choose_path()
            text = self.path_edit.text().strip()
            if not text:
                return
        if self.job is not None and self.job.running:
            return
        path, fmt = Path(text), self.fmt()
        self.status.setText(self.tr("Katalog wird exportiert …"))
        self.progress.setRange(0, 0)
        for widget in (self.export_button, self.close_button, self.format_combo, self.path_edit):
            widget.setEnabled(False)
        self.job = BackgroundJob(
            lambda task: export_catalogue(task.session.store.db, path, fmt, progress=task.report),
            session=self.session,
            parent=self,
        )
        self.job.progress.connect(self._on_progress)
        self.job.succeeded.connect(self._on_done)
        self.job.failed.connect(self._on_failed)
        self.job.finished.connect(self._on_finished)
        self.job.start()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(min(done, total) if total else 0)

    def _on_done(self, written: int) -> None:
        self.written = written
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.status.setText(
            self.tr("%1 Angebote exportiert nach „%2“.")
            .replace("%1", str(written))
            .replace("%2", self.path_edit.text())
        )

    def _on_failed(self, error) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        if isinstance(error, UserError):
            message = error.message
        elif isinstance(error, OSError):
            message = self.tr("Die Datei kann nicht geschrieben werden: %1").replace(
                "%1", error.strerror or str(error)
            )
        else:
            message = self.tr("Der Export ist fehlgeschlagen: %1").replace("%1", str(error))
        self.status.setText(message)

    def _on_finished(self) -> None:
        for widget in (self.export_button, self.close_button, self.format_combo, self.path_edit):
            widget.setEnabled(True)

    def reject(self) -> None:
        if self.job is not None and self.job.running:
            return  # a file half written is worse than waiting a moment
        super().reject()
