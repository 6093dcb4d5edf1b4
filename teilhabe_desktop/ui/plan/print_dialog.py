"""*Plan drucken …*: choose "Mein Plan" or the "Gesamtplan" and a version, look at the
preview, then print it or save it as PDF.

The PDF is built by the Qt-free :mod:`teilhabe_desktop.reports` in a worker thread; the
data (a :class:`PlanSnapshot`) is read from the database on the UI thread first.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QObject,
    QRect,
    QRunnable,
    QSize,
    QStandardPaths,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from teilhabe_desktop.core.dates import german_date
from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.core.file_names import printout_file_name
from teilhabe_desktop.core.plain_coverage import PlainSummary, summarize
from teilhabe_desktop.errorlog import log_error, unexpected_error_text
from teilhabe_desktop.session import Session
from teilhabe_desktop.ui.common.plain_text import plain_label
from teilhabe_desktop.ui.common.screen_fit import fit_to_screen

try:  # the preview needs the PySide6-Pdf wheel
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    HAVE_QTPDF = True
except ImportError:  # pragma: no cover - depends on the installation
    HAVE_QTPDF = False

MAX_PRINT_DPI = 300


class _Signals(QObject):
    finished = Signal(int, object)  # generation, PDF bytes
    failed = Signal(int, str)


class _BuildJob(QRunnable):
    """Builds one PDF off the UI thread (``render`` reads no database); reports back
    through ``signals``."""

    def __init__(self, generation: int, render: Callable[[], bytes]):
        super().__init__()
        self.generation, self.render = generation, render
        self.signals = _Signals()

    def run(self) -> None:
        try:
            data = self.render()
        except Exception as error:  # a broken build must not kill the app
            log_error("printout not built", error)
            message = error.message if isinstance(error, UserError) else unexpected_error_text()
            self.signals.failed.emit(self.generation, message)
        else:
            self.signals.finished.emit(self.generation, data)


class PrintDialog(QDialog):
    #: Emitted when a new preview is shown (the PDF bytes are in ``pdf_data``).
    preview_ready = Signal()
    preview_failed = Signal(str)

    def __init__(self, session: Session, person_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan drucken"))
        fit_to_screen(self, 900, 820)
        self.session = session
        self._plans = session.plans
        self._person_id = person_id
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._generation = 0
        self._jobs: dict[int, _BuildJob] = {}
        self.pdf_data: bytes | None = None
        self._checks: _BuildJob | None = None

        self.variant = QComboBox()
        self.variant.addItem(self.tr("Mein Plan – für die Person, in einfacher Sprache"), "person")
        self.variant.addItem(self.tr("Gesamtplan – für die Akte"), "formal")
        self.variant.setAccessibleName(self.tr("Art des Ausdrucks"))
        self.version = QComboBox()
        self.version.setAccessibleName(self.tr("Stand des Plans"))
        self.version.addItem(self.tr("Aktueller Entwurf"), None)
        self._finalised_on: dict[int, date] = {}
        for found in reversed(self._plans.versions(person_id)):
            self._finalised_on[found.number] = found.finalised_at.date()
            self.version.addItem(
                self.tr("Version %1 vom %2 (abgeschlossen)")
                .replace("%1", str(found.number))
                .replace("%2", german_date(found.finalised_at)),
                found.number,
            )
        if self.version.count() > 1:  # what was just finalised is what gets printed
            self.version.setCurrentIndex(1)
        form = QFormLayout()
        form.addRow(self.tr("&Ausdruck:"), self.variant)
        form.addRow(self.tr("&Stand:"), self.version)

        self.status = plain_label(wrap=True)
        self.status.setAccessibleDescription(self.tr("Hinweis zur Vorschau"))
        #: "Mein Plan": how many items lack a plain text, how many findings its texts have
        self.plain_status = plain_label(wrap=True)
        self.plain_status.setObjectName("plain_status")
        self.plain_status.setAccessibleDescription(self.tr("Prüfung der Leichten Sprache"))
        self.document = None
        self._buffer: QBuffer | None = None
        if HAVE_QTPDF:
            self.document = QPdfDocument(self)
            self.view = QPdfView(self)
            self.view.setDocument(self.document)
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.view.setAccessibleName(self.tr("Vorschau des Ausdrucks"))
            self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        else:  # pragma: no cover - depends on the installation
            self.view = QLabel(self.tr("Die Vorschau ist auf diesem Rechner nicht verfügbar."))

        self.print_button = QPushButton(self.tr("&Drucken …"))
        self.print_button.setEnabled(False)
        self.save_button = QPushButton(self.tr("Als &PDF speichern …"))
        self.save_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.glossary_button = QPushButton(self.tr("&Wörter-Buch …"))
        self.glossary_button.setAutoDefault(False)
        self.glossary_button.clicked.connect(self._edit_glossary)
        buttons.addButton(self.glossary_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self._print)
        self.save_button.clicked.connect(self._save)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.plain_status)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

        self.variant.currentIndexChanged.connect(self.refresh)
        self.version.currentIndexChanged.connect(self.refresh)
        self.refresh()

    # -- building ------------------------------------------------------------------------

    def selected_variant(self) -> str:
        return self.variant.currentData()

    def selected_version(self) -> int | None:
        return self.version.currentData()

    def refresh(self) -> None:
        """Read the chosen version and build its PDF in the background."""
        self._generation += 1
        self.pdf_data = None
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)
        number = self.selected_version()
        try:
            snapshot, label = self.session.printable(self._person_id, number)
        except UserError as error:
            self._show_failure(self._generation, error.message)
            return
        self.status.setText(self.tr("Die Vorschau wird erstellt …"))
        variant, render = self.selected_variant(), self.session.render_plan
        job = _BuildJob(self._generation, lambda: render(variant, snapshot, label))
        job.signals.finished.connect(self._show_pdf)
        job.signals.failed.connect(self._show_failure)
        job.setAutoDelete(False)
        self._jobs[self._generation] = job
        self._pool.start(job)
        self.plain_status.hide()
        if variant == "person":
            check = _BuildJob(self._generation, lambda: summarize(snapshot))
            check.signals.finished.connect(self._show_plain)
            check.setAutoDelete(False)
            self._checks = check  # kept alive until it reports
            self._pool.start(check)

    def _edit_glossary(self) -> None:
        """Edit the office's Wörter-Buch; the draft's preview shows the change at once
        (a finalised version keeps the words it was finalised with)."""
        from teilhabe_desktop.ui.plan.glossary_dialog import GlossaryDialog

        GlossaryDialog(self.session.glossary, self).exec()
        self.refresh()

    def _show_plain(self, generation: int, summary: PlainSummary) -> None:
        if generation != self._generation:
            return
        missing = (
            self.tr("1 Text fehlt noch in Leichter Sprache.")
            if summary.missing == 1
            else self.tr("%1 Texte fehlen noch in Leichter Sprache.")
        ).replace("%1", str(summary.missing))
        if summary.missing == 0:
            missing = self.tr("Alle Texte sind in Leichter Sprache geschrieben.")
        findings = (
            self.tr("Die Prüfung findet in den Texten 1 Hinweis.")
            if summary.findings == 1
            else self.tr("Die Prüfung findet in den Texten %1 Hinweise.")
        ).replace("%1", str(summary.findings))
        if summary.findings == 0:
            findings = self.tr("Die Prüfung findet in den Texten keine Hinweise.")
        self.plain_status.setText(f"{self.tr('Mein Plan:')} {missing} {findings}")
        self.plain_status.show()

    def _show_pdf(self, generation: int, data: bytes) -> None:
        self._jobs.pop(generation, None)
        if generation != self._generation:
            return  # the choice changed meanwhile
        self.pdf_data = data
        if self.document is not None:
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(data))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document.load(self._buffer)
            pages = self.document.pageCount()
            self.status.setText(
                self.tr("%1 Seiten").replace("%1", str(pages)) if pages != 1 else self.tr("1 Seite")
            )
            self.print_button.setEnabled(pages > 0)
        else:  # pragma: no cover
            self.status.setText(self.tr("Der Ausdruck ist fertig. Sie können ihn speichern."))
        self.save_button.setEnabled(True)
        self.preview_ready.emit()

    def _show_failure(self, generation: int, message: str) -> None:
        self._jobs.pop(generation, None)
        if generation != self._generation:
            return
        self.status.setText(
            self.tr("Der Ausdruck konnte nicht erstellt werden: %1").replace("%1", message)
        )
        self.preview_failed.emit(message)

    # -- output --------------------------------------------------------------------------

    def suggested_file_name(self) -> str:
        number = self.selected_version()
        person = self.session.persons.get(self._person_id)
        return printout_file_name(
            self.selected_variant(),
            person.last_name if person else "",
            person.first_name if person else "",
            number,
            self._finalised_on.get(number, date.today()) if number else date.today(),
        )

    def save_to(self, path: Path) -> bool:
        if self.pdf_data is None:
            return False
        try:
            self.session.save_pdf(self.pdf_data, Path(path))
        except UserError as error:
            QMessageBox.warning(self, self.tr("Speichern nicht möglich"), error.message)
            return False
        self._record_printed()
        self.status.setText(self.tr("Gespeichert: %1").replace("%1", str(path)))
        return True

    def _record_printed(self) -> None:
        self.session.record_printed(
            self._person_id, self.selected_variant(), self.selected_version()
        )

    def _save(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Als PDF speichern"),
            str(Path(folder) / self.suggested_file_name()),
            self.tr("PDF-Dateien (*.pdf)"),
        )
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.save_to(Path(path))

    def print_to(self, printer: QPrinter) -> bool:
        """Paint every page of the preview onto ``printer``, each filling one sheet."""
        if self.document is None or self.document.pageCount() == 0:
            return False
        painter = QPainter()
        if not painter.begin(printer):
            return False
        try:
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            for index in range(self.document.pageCount()):
                if index:
                    printer.newPage()
                points = self.document.pagePointSize(index)
                size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                image = self.document.render(index, size)
                area = painter.viewport()
                scaled = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(area.topLeft(), scaled), image)
        finally:
            painter.end()
        self._record_printed()
        return True

    def _print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)  # the PDF brings its own margins
        printer.setDocName(self.suggested_file_name())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Drucken"))
        if dialog.exec() == QDialog.DialogCode.Accepted and not self.print_to(printer):
            QMessageBox.warning(
                self, self.tr("Drucken"), self.tr("Der Drucker konnte nicht gestartet werden.")
            )

    def done(self, result: int) -> None:
        self._generation += 1  # results still on their way are ignored
        self._pool.waitForDone(10_000)
        super().done(result)
