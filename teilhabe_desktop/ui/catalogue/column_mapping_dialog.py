"""Column mapping step of a CSV import: which catalogue field does an unknown column hold?"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


class ColumnMappingDialog(QDialog):
    """One row per unknown header: a choice of field or "nicht übernehmen".

    ``fields`` are (key, German label) of the importer's known columns; ``samples``
    (optional) show the first values of each column so the user can recognise it.
    ``mapping`` starts from ``current`` (a previous choice) and is read after ``accept``.
    """

    def __init__(
        self,
        headers: list[str],
        fields: list[tuple[str, str]],
        samples: dict[str, list[str]] | None = None,
        current: dict[str, str | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Spalten zuordnen"))
        self.resize(620, 480)
        samples = samples or {}
        current = current or {}
        intro = QLabel(
            self.tr(
                "Diese Spalten der Datei kennt Teilhabe Desktop nicht. Wählen Sie, welche "
                "Angabe sie enthalten, oder „nicht übernehmen“."
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
            index = combo.findData(current.get(header)) if current.get(header) else 0
            combo.setCurrentIndex(max(index, 0))
            combo.setAccessibleName(self.tr("Zuordnung der Spalte %1").replace("%1", header))
            example = ", ".join(value for value in samples.get(header, []) if value)[:120]
            caption = QLabel(
                f"<b>{escape(header)}</b>"
                + (
                    f"<br><small>{escape(self.tr('z. B.'))} {escape(example)}</small>"
                    if example
                    else ""
                )
            )
            caption.setBuddy(combo)
            form.addRow(caption, combo)
            self.combos[header] = combo
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Zuordnung übernehmen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    def set_choice(self, header: str, field: str | None) -> None:
        combo = self.combos[header]
        combo.setCurrentIndex(max(combo.findData(field), 0) if field else 0)

    def mapping(self) -> dict[str, str | None]:
        """Header -> field key, or None for columns not to import."""
        return {header: combo.currentData() for header, combo in self.combos.items()}
