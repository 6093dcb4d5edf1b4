"""Importing a catalogue file: choose, preview (in a worker), map columns, commit or cancel.

Nothing is written until the user presses "Übernehmen"; "Abbrechen" leaves the catalogue
exactly as it was. Reading and comparing run in a worker thread with a progress bar;
the worker runs on its own database connection (``ui/common/workers.py``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.exchange.catalogue_files import commit_import, preview_file
from teilhabe_desktop.exchange.catalogue_formats import format_of, open_filter
from teilhabe_desktop.exchange.csv_format import FIELD_LABELS, CsvLayout, inspect_csv
from teilhabe_desktop.ui.common.plain_text import literal, plain_label
from teilhabe_desktop.ui.common.screen_fit import fit_to_screen
from teilhabe_desktop.ui.common.workers import BackgroundJob

COUNT_LABELS = (
    ("new", "Neu"),
    ("changed", "Geändert"),
    ("unchanged", "Unverändert"),
    ("invalid", "Ungültig"),
    ("conflicts", "Konflikte"),
)


def preview_step(path: Path, mapping: dict[str, str | None], task):
    """Worker side (no Qt): the CSV header layout (or None) and the preview.

    The preview is None when a CSV file needs the column-mapping step first
    (no column for the name was recognised).
    """
    layout = None
    fmt = format_of(path) if path.is_file() else None
    if fmt is not None and fmt.has_columns:
        layout = inspect_csv(path, mapping or None)
        if layout.missing_required:
            return layout, None
    return layout, preview_file(task.session.store.db, path, mapping or None, progress=task.report)


def commit_step(preview, task):
    """Worker side (no Qt): write the preview in one transaction."""
    return commit_import(task.session.catalogue, preview, progress=task.report)


class ImportDialog(QDialog):
    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Katalog importieren"))
        fit_to_screen(self, 760, 560)
        self.session = session
        self.preview = None
        self.result_summary = None
        self.column_mapping: dict[str, str | None] = {}
        self.job: BackgroundJob | None = None
        self.csv_layout: CsvLayout | None = None
        self._committing = False

        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("Datei oder Ordner für den Import"))
        self.path_edit.setPlaceholderText(
            self.tr("CSV, JSON oder HSDS-Datenpaket (.zip oder Ordner)")
        )
        self.file_button = QPushButton(self.tr("Datei wählen …"))
        self.folder_button = QPushButton(self.tr("Ordner wählen …"))
        self.folder_button.setToolTip(
            self.tr("Ein entpacktes HSDS-Datenpaket mit datapackage.json")
        )
        self.preview_button = QPushButton(self.tr("Vorschau"))
        self.preview_button.setAccessibleName(self.tr("Vorschau erstellen"))
        chooser = QHBoxLayout()
        chooser.addWidget(self.path_edit, 1)
        for button in (self.file_button, self.folder_button, self.preview_button):
            chooser.addWidget(button)

        self.status = plain_label(
            self.tr("Wählen Sie eine Datei. Es wird erst übernommen, wenn Sie es bestätigen."),
            wrap=True,
        )
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Fortschritt"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)

        counts = QGridLayout()
        self.count_labels: dict[str, QLabel] = {}
        for column, (key, label) in enumerate(COUNT_LABELS):
            caption = QLabel(self.tr(label))
            value = QLabel("–")
            value.setObjectName(f"count_{key}")
            value.setAccessibleName(self.tr(label))
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            value.setStyleSheet("font-size: 16pt;")
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            counts.addWidget(value, 0, column)
            counts.addWidget(caption, 1, column)
            self.count_labels[key] = value

        self.problems = QTableWidget(0, 5)
        self.problems.setAccessibleName(self.tr("Ungültige Zeilen und Konflikte"))
        self.problems.setHorizontalHeaderLabels(
            [
                self.tr("Art"),
                self.tr("Datei"),
                self.tr("Zeile"),
                self.tr("Spalte"),
                self.tr("Grund"),
            ]
        )
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems.verticalHeader().hide()
        self.problems.setWordWrap(True)
        header = self.problems.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        self.mapping_button = QPushButton(self.tr("Spalten zuordnen …"))
        self.mapping_button.setAccessibleName(self.tr("Unbekannte Spalten zuordnen"))
        self.mapping_button.hide()
        buttons = QDialogButtonBox()
        self.commit_button = buttons.addButton(
            self.tr("Übernehmen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.commit_button.setAccessibleName(self.tr("Import übernehmen"))
        self.cancel_button = buttons.addButton(
            self.tr("Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.commit_button.setEnabled(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.mapping_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addLayout(counts)
        layout.addWidget(
            QLabel(self.tr("Ungültige Zeilen (werden nicht übernommen) und Konflikte:"))
        )
        layout.addWidget(self.problems, 1)
        layout.addLayout(bottom)

        self.file_button.clicked.connect(self.choose_file)
        self.folder_button.clicked.connect(self.choose_folder)
        self.preview_button.clicked.connect(self.start_preview)
        self.path_edit.returnPressed.connect(self.start_preview)
        self.mapping_button.clicked.connect(self.edit_mapping)
        self.commit_button.clicked.connect(self.commit)
        self.cancel_button.clicked.connect(self.reject)

    # -- choosing ------------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Katalog importieren"), "", self.tr(open_filter())
        )
        if path:
            self.set_path(path)

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("HSDS-Datenpaket (Ordner)"))
        if path:
            self.set_path(path)

    def set_path(self, path: str | Path) -> None:
        """Choose ``path`` and start its preview."""
        self.path_edit.setText(str(path))
        self.column_mapping = {}
        self.start_preview()

    # -- preview -------------------------------------------------------------------------

    def start_preview(self) -> None:
        path = self.path_edit.text().strip()
        if not path or (self.job is not None and self.job.running):
            return
        self.preview = None
        self._clear()
        self.status.setText(self.tr("Datei wird gelesen und mit dem Katalog verglichen …"))
        mapping = dict(self.column_mapping)
        self._run(lambda task: preview_step(Path(path), mapping, task), self._preview_done)

    def _preview_done(self, outcome) -> None:
        self.csv_layout, self.preview = outcome
        unknown = self.unknown_columns()
        self.mapping_button.setVisible(bool(unknown))
        preview = self.preview
        if preview is None:
            self.status.setText(
                self.tr(
                    "In dieser Datei wurde keine Spalte für den Namen erkannt. Bitte ordnen "
                    "Sie die Spalten zu (Schaltfläche „Spalten zuordnen …“)."
                )
            )
            self.mapping_button.setDefault(True)
            self.mapping_button.setFocus()
            return
        for key, value in preview.counts.items():
            if key in self.count_labels:
                self.count_labels[key].setText(str(value))
        self._fill_problems(preview)
        writes = len(preview.to_write)
        if writes == 1:
            text = self.tr("Vorschau fertig: 1 Eintrag wird mit „Übernehmen“ gespeichert.")
        elif writes:
            text = self.tr("Vorschau fertig: %1 Einträge werden mit „Übernehmen“ gespeichert.")
            text = text.replace("%1", str(writes))
        else:
            text = self.tr("Vorschau fertig: Es gibt nichts zu übernehmen.")
        if unknown:
            text += " " + self.tr("Unbekannte Spalten: %1 – bitte zuordnen.").replace(
                "%1", ", ".join(unknown)
            )
        self.status.setText(text)
        self.commit_button.setEnabled(writes > 0)
        if writes:
            self.commit_button.setFocus()

    def _fill_problems(self, preview) -> None:
        rows = [(self.tr("ungültig"), p) for p in preview.invalid]
        rows += [(self.tr("Konflikt"), p) for p in preview.conflict_details]
        rows += [(self.tr("Hinweis"), p) for p in preview.warnings]
        self.problems.setRowCount(len(rows))
        for row, (kind, problem) in enumerate(rows):
            line = "" if problem.line is None else str(problem.line)
            values = (kind, problem.file, line, problem.column, problem.reason)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(literal(value))
                self.problems.setItem(row, column, item)
        self.problems.resizeRowsToContents()

    def unknown_columns(self) -> list[str]:
        """CSV headers neither recognised nor decided on by the user."""
        if self.csv_layout is None:
            return []
        return [h for h in self.csv_layout.unknown if h not in self.column_mapping]

    def mapping_dialog(self):
        from teilhabe_desktop.ui.catalogue.column_mapping_dialog import ColumnMappingDialog

        headers = [h for h in (self.csv_layout.headers if self.csv_layout else []) if h.strip()]
        unknown = [h for h in headers if h in self.csv_layout.unknown or h in self.column_mapping]
        current = {h: self.column_mapping.get(h) for h in unknown}
        return ColumnMappingDialog(unknown, list(FIELD_LABELS.items()), None, current, self)

    def edit_mapping(self) -> None:
        dialog = self.mapping_dialog()
        if dialog.exec():
            self.apply_mapping(dialog.mapping())

    def apply_mapping(self, mapping: dict[str, str | None]) -> None:
        """Use ``mapping`` (header -> field, None = ignore) and preview again."""
        self.column_mapping.update(mapping)
        self.start_preview()

    # -- commit --------------------------------------------------------------------------

    def commit(self) -> None:
        if self.preview is None or (self.job is not None and self.job.running):
            return
        preview = self.preview
        self.status.setText(self.tr("Einträge werden gespeichert …"))
        self._committing = True
        self.cancel_button.setEnabled(False)  # one transaction: all or nothing, not stoppable
        self._run(lambda task: commit_step(preview, task), self._commit_done)

    def _commit_done(self, result) -> None:
        self._committing = False
        self.result_summary = result
        self.accept()

    # -- running -------------------------------------------------------------------------

    def _run(self, function, on_success) -> None:
        self._set_busy(True)
        self.job = BackgroundJob(function, session=self.session, parent=self)
        self.job.progress.connect(self._on_progress)
        self.job.succeeded.connect(on_success)
        self.job.failed.connect(self._on_failed)
        self.job.finished.connect(lambda: self._set_busy(False))
        self.job.start()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(min(done, total) if total else 0)

    def _on_failed(self, error) -> None:
        if isinstance(error, UserError):
            message = error.message
        else:
            message = self.tr("Der Import ist fehlgeschlagen: %1").replace("%1", str(error))
        self._committing = False
        self.cancel_button.setEnabled(True)
        self.status.setText(message + " " + self.tr("Der Katalog wurde nicht verändert."))
        self.commit_button.setEnabled(False)

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self.file_button,
            self.folder_button,
            self.preview_button,
            self.path_edit,
            self.mapping_button,
        ):
            widget.setEnabled(not busy)
        if busy:
            self.commit_button.setEnabled(False)
            self.progress.setRange(0, 0)  # busy indicator until the first report
        else:
            self.progress.setRange(0, 1)
            self.progress.setValue(1)

    def _clear(self) -> None:
        for label in self.count_labels.values():
            label.setText("–")
        self.problems.setRowCount(0)
        self.commit_button.setEnabled(False)
        self.mapping_button.hide()

    def reject(self) -> None:
        """Cancel: stop a running preview and write nothing."""
        if self._committing:
            return  # the commit finishes on its own and closes the dialog
        if self.job is not None and self.job.running:
            self.job.cancel()
            self.job.wait(30)
        super().reject()
