"""*Planungsbericht*: the anonymous figures of this workstation or, merged, of many.

A period (goals active in it), the smallest figure shown (3 or more), a heat map per
measure, what is missing (with the warning that notes must hold no names), and the
files: the report as CSV, JSON or PDF; this workstation's exact figures for merging
(confidential, ``….vertraulich.json``, sealed with a passphrase unless the user chooses
otherwise); *Zusammenführen …* reads such files of several workstations (asking once for
the shared passphrase when one is sealed) and shows – and saves – the city-wide report,
suppressed after merging.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.core.planning_report import MEASURES, TOTAL, Period
from teilhabe_desktop.core.planning_suppression import MIN_CELL, PlanningTable
from teilhabe_desktop.exchange import planning_files
from teilhabe_desktop.exchange.planning_json import MERGE_SUFFIX, MergeInputLocked
from teilhabe_desktop.exchange.sealed_file import WrongPassphrase
from teilhabe_desktop.reports.planning_blocks import NAME_WARNING
from teilhabe_desktop.reports.planning_labels import column_label
from teilhabe_desktop.session import Session
from teilhabe_desktop.ui.common.date_edit import OptionalDateEdit
from teilhabe_desktop.ui.common.file_passphrase import (
    ExportPassphraseDialog,
    ImportPassphraseDialog,
)
from teilhabe_desktop.ui.common.plain_text import literal, plain_label
from teilhabe_desktop.ui.sozialraum import heat_values
from teilhabe_desktop.ui.sozialraum.heat_table import HeatTable


def _documents() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


class PlanningDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Anonymer Planungsbericht"))
        self.session = session
        self.merged: list[Path] = []  # merge inputs shown instead of this database
        self.merge_passphrase: str | None = None  # of the sealed ones among them
        self.table: PlanningTable | None = None

        self.start = OptionalDateEdit(self.tr("Ziele aktiv ab"))
        self.end = OptionalDateEdit(self.tr("Ziele aktiv bis"))
        self.min_cell = QSpinBox()
        self.min_cell.setAccessibleName(self.tr("Kleinste Zahl, die genannt wird"))
        self.min_cell.setRange(MIN_CELL, 99)
        self.measure = QComboBox()
        self.measure.setAccessibleName(self.tr("Was gezählt wird"))
        for key, label in MEASURES.items():
            self.measure.addItem(label, key)
        for signal in (self.start.value_changed, self.end.value_changed):
            signal.connect(self.refresh)
        self.min_cell.valueChanged.connect(self.refresh)
        self.measure.currentIndexChanged.connect(self._show_table)

        self.source = plain_label(wrap=True)
        self.map = HeatTable(self.tr("Personen je Sozialraum und Lebensbereich"))
        self.notes = plain_label(wrap=True)
        self.notes.setObjectName("planning_notes")

        form = QFormLayout()
        form.addRow(self.tr("Ziele aktiv ab:"), self.start)
        form.addRow(self.tr("bis:"), self.end)
        form.addRow(self.tr("Kleinste genannte Zahl:"), self.min_cell)
        form.addRow(self.tr("Zeigen:"), self.measure)

        save = QPushButton(self.tr("Bericht speichern …"))
        save.setToolTip(self.tr("Als CSV (Excel), JSON oder PDF – mit „< 3“ statt kleiner Zahlen"))
        save.clicked.connect(self._ask_report)
        self.for_merge = QPushButton(self.tr("Zum Zusammenführen speichern …"))
        self.for_merge.setToolTip(
            self.tr("Genaue Zahlen dieses Arbeitsplatzes für die Sozialplanung (vertraulich)")
        )
        self.for_merge.clicked.connect(self._ask_merge_input)
        merge = QPushButton(self.tr("Zusammenführen …"))
        merge.clicked.connect(self._ask_merge)
        self.own = QPushButton(self.tr("Nur dieser Arbeitsplatz"))
        self.own.clicked.connect(self.show_own)
        buttons = QHBoxLayout()
        for button in (save, self.for_merge, merge, self.own):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.source)
        layout.addWidget(self.map, 1)
        layout.addWidget(plain_label(self.tr(NAME_WARNING), wrap=True))
        notes_area = QScrollArea()
        notes_area.setWidgetResizable(True)
        notes_area.setWidget(self.notes)
        notes_area.setMaximumHeight(160)
        layout.addWidget(notes_area)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(900, 640)
        self.refresh()

    # -- figures -------------------------------------------------------------------------
    def period(self) -> Period:
        return Period(self.start.value(), self.end.value())

    def refresh(self, *_args) -> None:
        try:
            if self.merged:
                self.table = planning_files.merged_table(
                    self.merged, self.min_cell.value(), self.merge_passphrase
                )
            else:
                self.table = self.session.planning_table(self.period(), self.min_cell.value())
        except UserError as error:
            QMessageBox.warning(self, self.windowTitle(), literal(error.message))
            if self.merged:
                self.show_own()
            return
        self._show_table()

    def show_own(self) -> None:
        self.merged = []
        self.merge_passphrase = None
        self.refresh()

    def _show_table(self, *_args) -> None:
        table = self.table
        if table is None:
            return
        own = not self.merged
        for widget in (self.start, self.end, self.for_merge):
            widget.setEnabled(own)
        self.own.setVisible(not own)
        if own:
            source = self.tr("Dieser Arbeitsplatz")
        elif table.workstations == 1:
            source = self.tr("Zusammengeführt aus 1 Arbeitsplatz")
        else:
            source = self.tr("Zusammengeführt aus %1 Arbeitsplätzen").replace(
                "%1", str(table.workstations)
            )
        self.source.setText(source)
        measure = self.measure.currentData()
        rows = [table.row_name(r) for r in (*table.rows, TOTAL)]
        columns = [column_label(c, short=True) for c in (*table.columns, TOTAL)]
        self.map.set_cells(rows, columns, heat_values.planning_measure(table, measure))
        lines = [
            f"{table.row_name(r)} · {column_label(c)}: {'; '.join(notes)}"
            for (r, c), notes in sorted(table.notes.items())
        ]
        if table.notes_withheld:
            lines.append(
                self.tr("Hinweise aus %1 Feld(ern) mit weniger als %2 Personen sind nicht gezeigt.")
                .replace("%1", str(table.notes_withheld))
                .replace("%2", str(table.min_cell))
            )
        if table.dropped_notes:
            lines.append(
                self.tr("%1 Hinweis(e) enthielten einen Namen und wurden weggelassen.").replace(
                    "%1", str(table.dropped_notes)
                )
            )
        self.notes.setText("\n".join(lines) or self.tr("Keine Hinweise, die sich zeigen lassen."))

    # -- files ---------------------------------------------------------------------------
    def save_report(self, path: Path) -> bool:
        from datetime import datetime

        try:
            planning_files.save_report(path, self.table, datetime.now())
        except UserError as error:
            QMessageBox.warning(self, self.tr("Bericht speichern"), literal(error.message))
            return False
        return True

    def save_merge_input(self, path: Path, passphrase: str | None = None) -> bool:
        """Write this workstation's exact figures; sealed unless ``passphrase`` is None."""
        try:
            self.session.save_planning_merge_input(path, self.period(), passphrase)
        except UserError as error:
            QMessageBox.warning(
                self, self.tr("Zum Zusammenführen speichern"), literal(error.message)
            )
            return False
        return True

    def merge(self, paths: list[Path], passphrase: str | None = None) -> bool:
        """Show the city-wide figures of ``paths``; asks for the shared passphrase when a
        file is sealed and none is given (again after a wrong one, three tries)."""
        paths, failed = list(paths), ""
        for _attempt in range(3):
            try:
                table = planning_files.merged_table(paths, self.min_cell.value(), passphrase)
            except (MergeInputLocked, WrongPassphrase) as error:
                if isinstance(error, WrongPassphrase):
                    failed = error.message
                ask = ImportPassphraseDialog(failed, self, self.tr("Planungsdaten zusammenführen"))
                if not ask.exec():
                    return False
                passphrase = ask.passphrase()
                continue
            except UserError as error:
                QMessageBox.warning(self, self.windowTitle(), literal(error.message))
                return False
            self.merged, self.merge_passphrase, self.table = paths, passphrase, table
            self._show_table()
            return True
        QMessageBox.warning(self, self.windowTitle(), literal(failed))
        return False

    def _ask_report(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Bericht speichern"), str(_documents() / "Planungsbericht.pdf"),
            self.tr("PDF (*.pdf);;CSV für Excel (*.csv);;JSON (*.json)"),
        )  # fmt: skip
        if path:
            if Path(path).suffix.lower() not in planning_files.REPORT_SUFFIXES:
                path += "." + chosen.split("*.")[-1].rstrip(")")
            self.save_report(Path(path))

    def _ask_merge_input(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Zum Zusammenführen speichern"),
            self.tr(
                "Die Datei enthält die genauen Zahlen dieses Arbeitsplatzes, auch kleine "
                "Felder unter 3 Personen. Sie ist vertraulich: nur an die Sozialplanung "
                "geben, nicht veröffentlichen, nach dem Zusammenführen löschen. Speichern?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Zum Zusammenführen speichern"),
            str(_documents() / f"Planungsdaten{MERGE_SUFFIX}"),
            self.tr("Planungsdaten, vertraulich (*%1)").replace("%1", MERGE_SUFFIX),
        )  # fmt: skip
        if not path:
            return
        if not path.lower().endswith(MERGE_SUFFIX):
            path = path.removesuffix(".json") + MERGE_SUFFIX
        ask = ExportPassphraseDialog(
            self,
            self.tr("Zum Zusammenführen speichern"),
            self.tr(
                "Die Datei wird mit einer Passphrase verschlüsselt, die alle Arbeitsplätze "
                "und die Sozialplanung kennen. Geben Sie sie auf einem anderen Weg weiter "
                "als die Datei."
            ),
            self.tr("&Speichern"),
        )
        if ask.exec():
            self.save_merge_input(Path(path), ask.passphrase())

    def _ask_merge(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Planungsdaten zusammenführen"), str(_documents()),
            self.tr("Planungsdaten, vertraulich (*%1)").replace("%1", MERGE_SUFFIX),
        )  # fmt: skip
        if paths:
            self.merge([Path(p) for p in paths])
