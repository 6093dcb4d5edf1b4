"""Column mapping step of a list import: which catalogue field does each column hold?

Every column of the file is listed with example values and what the import guessed
("vermutet – bitte prüfen"); the person confirms or changes each choice. The mapping
can be saved to a file and loaded again (the same file ``catalogue import --mapping``
reads), so a list that arrives every month is mapped once.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.exchange.column_mapping import (
    ColumnMapping,
    load_mapping,
    resolve_headers,
    save_mapping,
)
from teilhabe_desktop.ui.common.plain_text import plain_label

MAPPING_FILTER = "Spaltenzuordnung (*.json)"


class ColumnMappingDialog(QDialog):
    """One row per column: a choice of field or "nicht übernehmen".

    ``fields`` are (key, German label) of the importer's columns; ``samples`` show the
    first values of each column, ``notes`` what the import made of it. The choices start
    from ``current`` (header -> field or None) and are read with :meth:`mapping`.
    """

    def __init__(
        self,
        headers: list[str],
        fields: list[tuple[str, str]],
        samples: dict[str, list[str]] | None = None,
        current: dict[str, str | None] | None = None,
        parent: QWidget | None = None,
        notes: dict[str, str] | None = None,
        sheet: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Spalten zuordnen"))
        self.resize(680, 520)
        self.sheet = sheet
        samples = samples or {}
        current = current or {}
        notes = notes or {}
        intro = QLabel(
            self.tr(
                "Wählen Sie für jede Spalte der Datei, welche Angabe sie enthält, oder „nicht "
                "übernehmen“. Vermutete Zuordnungen sind vorausgewählt – bitte prüfen Sie sie. "
                "Was nicht übernommen wird, bleibt unverändert am Eintrag gespeichert."
            )
        )
        intro.setWordWrap(True)
        inner = QWidget()
        form = QFormLayout(inner)
        self.combos: dict[str, QComboBox] = {}
        for header in headers:
            combo = QComboBox()
            combo.addItem(self.tr("nicht übernehmen"), None)
            for key, label in fields:
                combo.addItem(label, key)
            combo.setAccessibleName(self.tr("Zuordnung der Spalte %1").replace("%1", header))
            self.combos[header] = combo
            self.set_choice(header, current.get(header))
            example = ", ".join(value for value in samples.get(header, []) if value)[:120]
            lines = [f"<b>{escape(header)}</b>"]
            if example:
                lines.append(f"<small>{escape(self.tr('z. B.'))} {escape(example)}</small>")
            if notes.get(header):
                lines.append(f"<small><i>{escape(notes[header])}</i></small>")
            caption = QLabel("<br>".join(lines))
            caption.setWordWrap(True)
            caption.setBuddy(combo)
            form.addRow(caption, combo)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.message = plain_label("", wrap=True)
        self.save_button = QPushButton(self.tr("Zuordnung speichern …"))
        self.load_button = QPushButton(self.tr("Zuordnung laden …"))
        self.save_button.clicked.connect(self.choose_save)
        self.load_button.clicked.connect(self.choose_load)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Zuordnung übernehmen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.load_button)
        bottom.addWidget(self.save_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)

    def set_choice(self, header: str, field: str | None) -> None:
        combo = self.combos[header]
        combo.setCurrentIndex(max(combo.findData(field), 0) if field else 0)

    def mapping(self) -> dict[str, str | None]:
        """Header -> field key, or None for columns not to import."""
        return {header: combo.currentData() for header, combo in self.combos.items()}

    # -- saving and loading -------------------------------------------------------------

    def save_to(self, path: Path | str) -> None:
        try:
            save_mapping(path, ColumnMapping(self.mapping(), self.sheet))
        except UserError as error:
            self.message.setText(error.message)
            return
        self.message.setText(self.tr("Zuordnung gespeichert: %1").replace("%1", Path(path).name))

    def load_from(self, path: Path | str) -> None:
        """Set the choices a saved mapping names; columns this file lacks are listed."""
        name = Path(path).name
        try:
            loaded = load_mapping(path)
        except UserError as error:
            self.message.setText(error.message)
            return
        missing = []
        for header, field in loaded.columns.items():
            try:
                [(found, _field)] = resolve_headers(
                    {header: field}, list(self.combos), name
                ).items()
            except UserError:
                missing.append(header)
                continue
            self.set_choice(found, field)
        if loaded.sheet:
            self.sheet = loaded.sheet
        text = self.tr("Zuordnung geladen: %1").replace("%1", name)
        if missing:
            text += " " + self.tr("Diese Spalten gibt es hier nicht: %1").replace(
                "%1", ", ".join(missing)
            )
        self.message.setText(text)

    def choose_save(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Zuordnung speichern"), "spaltenzuordnung.json", self.tr(MAPPING_FILTER)
        )
        if path:
            self.save_to(path)

    def choose_load(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Zuordnung laden"), "", self.tr(MAPPING_FILTER)
        )
        if path:
            self.load_from(path)
