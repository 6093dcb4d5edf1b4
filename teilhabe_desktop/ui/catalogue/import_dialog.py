"""Importing a catalogue file: choose, preview (in a worker), map columns, commit or cancel.

Nothing is written until the user presses "Übernehmen"; "Abbrechen" leaves the catalogue
exactly as it was. Reading and comparing run in a worker thread with a progress bar;
the worker runs on its own database connection (``ui/common/workers.py``). For lists
(CSV, Excel, LibreOffice) the preview shows what every column is taken for, the sheet
of a workbook is chosen, and *Spalten zuordnen …* confirms or changes each column.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.exchange.catalogue_formats import open_filter
from teilhabe_desktop.exchange.column_mapping import ColumnMapping
from teilhabe_desktop.exchange.csv_format import FIELD_LABELS, CsvLayout
from teilhabe_desktop.ui.catalogue.column_overview import ColumnOverview
from teilhabe_desktop.ui.catalogue.import_steps import PreviewOutcome, commit_step, preview_step
from teilhabe_desktop.ui.catalogue.text_table import TextTable
from teilhabe_desktop.ui.common.plain_text import plain_label
from teilhabe_desktop.ui.common.screen_fit import fit_to_screen
from teilhabe_desktop.ui.common.workers import BackgroundJob

COUNT_LABELS = (
    ("new", "Neu"),
    ("changed", "Geändert"),
    ("unchanged", "Unverändert"),
    ("invalid", "Ungültig"),
    ("conflicts", "Konflikte"),
    ("notes", "Hinweise"),
)


class ImportDialog(QDialog):
    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Katalog importieren"))
        fit_to_screen(self, 760, 560)
        self.session = session
        self.preview = None
        self.result_summary = None
        self.column_mapping = ColumnMapping()
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
        self.sheet_combo = QComboBox()
        self.sheet_combo.setAccessibleName(self.tr("Tabellenblatt"))
        self.sheet_label = QLabel(self.tr("&Tabellenblatt:"))
        self.sheet_label.setBuddy(self.sheet_combo)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_label)
        sheet_row.addWidget(self.sheet_combo, 1)
        self.sheet_label.hide()
        self.sheet_combo.hide()
        self.columns = ColumnOverview()
        self.columns.hide()

        self.status = plain_label(
            self.tr("Wählen Sie eine Datei. Es wird erst übernommen, wenn Sie es bestätigen."),
            wrap=True,
        )
        self.status.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
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

        self.problems = TextTable(
            [
                self.tr("Art"),
                self.tr("Datei"),
                self.tr("Stelle"),
                self.tr("Spalte"),
                self.tr("Grund"),
            ],
            self.tr("Ungültige Einträge, Konflikte und Hinweise"),
        )

        self.mapping_button = QPushButton(self.tr("Spalten zuordnen …"))
        self.mapping_button.setAccessibleName(self.tr("Spalten der Datei zuordnen"))
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
        layout.addLayout(sheet_row)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addLayout(counts)
        layout.addWidget(self.columns, 1)
        layout.addWidget(
            QLabel(self.tr("Ungültige Einträge (werden nicht übernommen), Konflikte und Hinweise:"))
        )
        layout.addWidget(self.problems, 1)
        layout.addLayout(bottom)

        self.file_button.clicked.connect(self.choose_file)
        self.folder_button.clicked.connect(self.choose_folder)
        self.preview_button.clicked.connect(self.start_preview)
        self.path_edit.returnPressed.connect(self.start_preview)
        self.mapping_button.clicked.connect(self.edit_mapping)
        self.sheet_combo.activated.connect(self._sheet_chosen)
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
        self.column_mapping = ColumnMapping()
        self.sheet_combo.clear()
        self.start_preview()

    def choose_sheet(self, name: str) -> None:
        """Read sheet ``name`` of the workbook (its columns are mapped anew)."""
        self.column_mapping = ColumnMapping(sheet=name)
        self.start_preview()

    def _sheet_chosen(self, index: int) -> None:
        name = self.sheet_combo.itemText(index)
        if name and name != self.column_mapping.sheet:
            self.choose_sheet(name)

    # -- preview -------------------------------------------------------------------------

    def start_preview(self) -> None:
        path = self.path_edit.text().strip()
        if not path or (self.job is not None and self.job.running):
            return
        self.preview = None
        self._clear()
        self.status.setText(self.tr("Datei wird gelesen und mit dem Katalog verglichen …"))
        mapping = ColumnMapping(dict(self.column_mapping.columns), self.column_mapping.sheet)
        self._run(lambda task: preview_step(Path(path), mapping, task), self._preview_done)

    def _show_sheets(self, sheets: list[str], current: str | None) -> None:
        several = len(sheets) > 1
        self.sheet_label.setVisible(several)
        self.sheet_combo.setVisible(several)
        if [self.sheet_combo.itemText(i) for i in range(self.sheet_combo.count())] != sheets:
            self.sheet_combo.clear()
            self.sheet_combo.addItems(sheets)
        self.sheet_combo.setCurrentIndex(sheets.index(current) if current in sheets else -1)

    def _preview_done(self, outcome: PreviewOutcome) -> None:
        self.csv_layout, self.preview = outcome.layout, outcome.preview
        self._show_sheets(outcome.sheets, self.csv_layout.sheet if self.csv_layout else None)
        if self.csv_layout is None and outcome.sheets:
            self.status.setText(
                self.tr("Die Tabelle hat mehrere Blätter. Bitte wählen Sie das Tabellenblatt.")
            )
            self.sheet_combo.setFocus()
            return
        unknown = self.unknown_columns()
        self.mapping_button.setVisible(self.csv_layout is not None)
        self.columns.setVisible(self.csv_layout is not None)
        self.columns.show_layout(self.csv_layout)
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
        notes = self._fill_problems(preview)
        self.count_labels["notes"].setText(str(notes))
        writes = preview.writes
        if writes == 1:
            text = self.tr("Vorschau fertig: 1 Eintrag wird mit „Übernehmen“ gespeichert.")
        elif writes:
            text = self.tr("Vorschau fertig: %1 Einträge werden mit „Übernehmen“ gespeichert.")
            text = text.replace("%1", str(writes))
        else:
            text = self.tr("Vorschau fertig: Es gibt nichts zu übernehmen.")
        if self.guessed_columns() or unknown:
            text += " " + self.tr(
                "Bitte prüfen Sie die vermuteten und unbekannten Spalten in der Liste der Spalten."
            )
        self.status.setText(text)
        self.commit_button.setEnabled(writes > 0)
        if writes:
            self.commit_button.setFocus()

    def _fill_problems(self, preview) -> int:
        """List rejected entries, conflicts and notes; return the number of notes.

        Rejected entries are counted by entry under "Ungültig"; a note on a row or a
        file (a cell dropped, a value kept as raw text) does not reject anything and is
        counted apart under "Hinweise".
        """
        guesses = self.csv_layout.guesses if self.csv_layout else {}
        notes = [
            p
            for p in preview.warnings
            if not (p.column in guesses and p.reason == guesses[p.column].note)
        ]  # what each column is taken for stands in the list of columns
        rows = [(self.tr("ungültig"), p) for p in preview.invalid]
        rows += [(self.tr("Konflikt"), p) for p in preview.conflict_details]
        rows += [(self.tr("Hinweis"), p) for p in notes]
        self.problems.set_rows(
            [(kind, p.file, self._where(p), p.column, p.reason) for kind, p in rows]
        )
        return len(notes)

    def _where(self, problem) -> str:
        """Where in the file: Zeile 4 in a list, Eintrag 2 or Dienst 2 in JSON, empty for a file."""
        if problem.line is None:
            return ""
        return f"{self.tr(problem.unit)} {problem.line}"

    def unknown_columns(self) -> list[str]:
        """Headers of a list neither recognised nor decided on by the user."""
        if self.csv_layout is None:
            return []
        return [h for h in self.csv_layout.unknown if h not in self.column_mapping.columns]

    def guessed_columns(self) -> list[str]:
        """Headers whose field was guessed from header and values: to confirm."""
        if self.csv_layout is None:
            return []
        return [h for h, g in self.csv_layout.guesses.items() if g.how == "guessed"]

    def mapping_dialog(self):
        """Every column of the list, its current field preselected, the guesses noted."""
        from teilhabe_desktop.ui.catalogue.column_mapping_dialog import ColumnMappingDialog

        layout = self.csv_layout
        headers = [h for h in (layout.headers if layout else []) if h.strip()]
        current = {h: layout.mapping.get(h) for h in headers} if layout else {}
        current.update(self.column_mapping.columns)
        notes = {h: g.note for h, g in layout.guesses.items()} if layout else {}
        return ColumnMappingDialog(
            headers,
            list(FIELD_LABELS.items()),
            layout.samples if layout else None,
            current,
            self,
            notes=notes,
            sheet=self.column_mapping.sheet,
        )

    def edit_mapping(self) -> None:
        dialog = self.mapping_dialog()
        if dialog.exec():
            self.apply_mapping(dialog.mapping())

    def apply_mapping(self, mapping: dict[str, str | None]) -> None:
        """Use ``mapping`` (header -> field, None = ignore) and preview again."""
        self.column_mapping.columns.update(mapping)
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
            self.sheet_combo,
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
        self.columns.hide()

    def reject(self) -> None:
        """Cancel: stop a running preview and write nothing."""
        if self._committing:
            return  # the commit finishes on its own and closes the dialog
        if self.job is not None and self.job.running:
            self.job.cancel()
            self.job.wait(30)
        super().reject()
