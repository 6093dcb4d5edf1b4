"""The Sozialraumprofil on the page *Sozialräume*: the editable description (with who
changed it last, when), the figures of the reference data, the offer heat maps beside
the other Sozialräume, the anonymous planning figures, and *Als PDF speichern …*."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from teilhabe_desktop.core.dates import german_date
from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.core.formatting import german_decimal, german_number
from teilhabe_desktop.core.offer_coverage import COVERAGE_MEASURES, SHARE_MEASURES
from teilhabe_desktop.core.planning_report import MEASURES, TOTAL
from teilhabe_desktop.core.sozialraum_profile import SozialraumProfile
from teilhabe_desktop.reports.blocks import DOMAIN_PLAIN_NAMES
from teilhabe_desktop.reports.planning_labels import column_label
from teilhabe_desktop.session import Session
from teilhabe_desktop.ui.common.plain_text import literal, plain_label, rich, rich_label
from teilhabe_desktop.ui.sozialraum import heat_values
from teilhabe_desktop.ui.sozialraum.heat_table import HeatTable


class ProfilePanel(QScrollArea):
    #: the user asks for the planning report of all Sozialräume
    planning_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profile_panel")
        self.setWidgetResizable(True)
        self.session = session
        self.profile: SozialraumProfile | None = None

        self.title = rich_label()
        self.description = QPlainTextEdit()
        self.description.setAccessibleName(self.tr("Beschreibung des Sozialraums"))
        self.description.setPlaceholderText(
            self.tr("Was prägt den Sozialraum? Wichtige Orte, Ansprechpersonen …")
        )
        self.description.setMaximumHeight(130)
        self.editor = QLineEdit()
        self.editor.setAccessibleName(self.tr("Bearbeitet von"))
        self.editor.setPlaceholderText(self.tr("Ihr Name"))
        self.save_button = QPushButton(self.tr("Beschreibung speichern"))
        self.save_button.clicked.connect(self.save_description)
        self.edited = plain_label(wrap=True)
        self.figures = plain_label(wrap=True)
        self.offers_map = HeatTable(self.tr("Angebote je Lebensbereich in allen Sozialräumen"))
        self.shares_map = HeatTable(self.tr("Anteile im Vergleich der Sozialräume"))
        self.planning_map = HeatTable(self.tr("Anonyme Planungszahlen dieses Sozialraums"))
        self.planning_note = plain_label(wrap=True)
        self.pdf_button = QPushButton(self.tr("Als PDF speichern …"))
        self.pdf_button.clicked.connect(self._ask_pdf)
        report_button = QPushButton(self.tr("Planungsbericht aller Sozialräume …"))
        report_button.clicked.connect(self.planning_requested)

        edit_row = QHBoxLayout()
        edit_row.addWidget(QLabel(self.tr("Bearbeitet von:")))
        edit_row.addWidget(self.editor, 1)
        edit_row.addWidget(self.save_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(report_button)
        buttons.addStretch(1)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.title)
        layout.addLayout(buttons)
        layout.addWidget(rich_label(f"<b>{self.tr('Beschreibung')}</b>"))
        layout.addWidget(self.description)
        layout.addLayout(edit_row)
        layout.addWidget(self.edited)
        layout.addWidget(rich_label(f"<b>{self.tr('Zahlen aus den Referenzdaten')}</b>"))
        layout.addWidget(self.figures)
        layout.addWidget(rich_label(f"<b>{self.tr('Angebote je Lebensbereich')}</b>"))
        layout.addWidget(self.offers_map)
        layout.addWidget(rich_label(f"<b>{self.tr('Anteile im Vergleich')}</b>"))
        layout.addWidget(self.shares_map)
        layout.addWidget(rich_label(f"<b>{self.tr('Planungszahlen (anonym)')}</b>"))
        layout.addWidget(self.planning_map)
        layout.addWidget(self.planning_note)
        layout.addStretch(1)
        self.setWidget(content)

    def show_sozialraum(self, sozialraum_id: str) -> None:
        self.profile = profile = self.session.sozialraum_profile(sozialraum_id)
        self.title.setText(rich(self.tr("<h3>Sozialraumprofil %1</h3>"), profile.sozialraum.name))
        self.description.setPlainText(profile.text.description)
        self._show_edited()
        self.figures.setText(self._figures_text(profile))
        names = [s.name for s in profile.sozialraeume]
        here = [s.id for s in profile.sozialraeume].index(profile.sozialraum.id)
        domains = [f"{d} {DOMAIN_PLAIN_NAMES[d]}" if d != "all" else self.tr("alle")
                   for d in heat_values.DOMAIN_ROWS]  # fmt: skip
        self.offers_map.set_cells(domains, names, heat_values.offers_by_domain(profile), here)
        shares = [COVERAGE_MEASURES[m] for m in SHARE_MEASURES]
        self.shares_map.set_cells(shares, names, heat_values.shares_compared(profile), here)
        table = profile.planning
        columns = [column_label(c, short=True) for c in (*table.columns, TOTAL)]
        self.planning_map.set_cells(
            list(MEASURES.values()), columns, heat_values.planning_row(table, profile.sozialraum.id)
        )
        self.planning_note.setText(
            self.tr(
                "Gezählt werden Personen, nicht Ziele. Felder mit weniger als %1 Personen "
                "stehen als „< %1“; Summen, in die sie eingehen, ebenfalls."
            ).replace("%1", str(table.min_cell))
        )

    def _figures_text(self, profile: SozialraumProfile) -> str:
        lines = []
        for population in profile.population:
            value = "–" if population.total is None else german_number(population.total)
            if population.missing:
                value += self.tr(" (ohne %1: keine Angabe)").replace(
                    "%1", ", ".join(population.missing)
                )
            lines.append(self.tr("Einwohner %1: %2").replace("%1", str(population.year))
                         .replace("%2", value))  # fmt: skip
        area = (
            self.tr("– (ergibt sich, sobald die Bezirksgrenzen eingelesen sind)")
            if profile.area_km2 is None
            else f"{german_decimal(profile.area_km2)} km²"
        )
        lines.append(
            self.tr("Fläche: %1 (%2 statistische Bezirke)")
            .replace("%1", area)
            .replace("%2", str(len(profile.districts)))
        )
        lines.append(
            self.tr("Ortsteile: %1").replace("%1", ", ".join(o.name for o in profile.ortsteile))
        )
        if profile.partly:
            lines.append(
                self.tr("Teilweise hier, anderem Sozialraum zugeordnet: %1").replace(
                    "%1", ", ".join(o.name for o in profile.partly)
                )
            )
        return "\n".join(lines)

    def _show_edited(self) -> None:
        text = self.profile.text if self.profile else None
        if text is None or text.edited_at is None:
            self.edited.setText(self.tr("Noch nicht bearbeitet."))
            return
        self.edited.setText(
            self.tr("Zuletzt bearbeitet von %1 am %2")
            .replace("%2", german_date(text.edited_at.date()))
            .replace("%1", text.edited_by)
        )

    def save_description(self) -> bool:
        if self.profile is None:
            return False
        try:
            saved = self.session.save_sozialraum_text(
                self.profile.sozialraum.id, self.description.toPlainText(), self.editor.text()
            )
        except UserError as error:
            QMessageBox.warning(self, self.tr("Beschreibung speichern"), literal(error.message))
            return False
        self.profile.text = saved
        self._show_edited()
        return True

    def save_pdf(self, path: Path) -> bool:
        try:
            self.session.save_sozialraum_profile_pdf(self.profile.sozialraum.id, path)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Als PDF speichern"), literal(error.message))
            return False
        return True

    def _ask_pdf(self) -> None:
        if self.profile is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"Sozialraumprofil-{self.profile.sozialraum.id}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Als PDF speichern"), str(Path(folder) / name),
            self.tr("PDF-Dateien (*.pdf)"),
        )  # fmt: skip
        if path:
            self.save_pdf(Path(path if path.lower().endswith(".pdf") else path + ".pdf"))
