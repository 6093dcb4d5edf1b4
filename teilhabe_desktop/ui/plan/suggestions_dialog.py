"""*Passende Angebote finden*: ranked suggestions for one goal, each saying why.

The caseworker ticks the offers to link and may add a note to each; warnings (e.g.
"nicht stufenlos") are shown in words, not only in colour.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from teilhabe_desktop.core.matching import Suggestion
from teilhabe_desktop.ui.common.plain_text import plain_label, rich, rich_label
from teilhabe_desktop.ui.common.screen_fit import fit_to_screen


class OfferSuggestionsDialog(QDialog):
    """``chosen()`` after ``exec()``: list of (offer_id, note)."""

    def __init__(
        self,
        goal_title: str,
        suggestions: list[Suggestion],
        sozialraum_names: dict[str, str],
        already_linked: set[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Passende Angebote finden"))
        fit_to_screen(self, 820, 640)
        layout = QVBoxLayout(self)
        heading = rich_label(
            rich(
                "<h3>%1</h3>",
                self.tr("Angebote für das Ziel „%1“").replace(
                    "%1", goal_title or self.tr("(ohne Titel)")
                ),
            ),
            wrap=True,
        )
        heading.setObjectName("suggestions:heading")
        layout.addWidget(heading)
        self.rows: list[tuple[Suggestion, QCheckBox, QLineEdit]] = []
        if not suggestions:
            empty = QLabel(
                self.tr(
                    "Im Katalog wurde kein passendes Angebot gefunden. Sie können beim Ziel "
                    "„Kein passendes Angebot im Sozialraum“ ankreuzen und aufschreiben, was fehlt."
                )
            )
            empty.setWordWrap(True)
            layout.addWidget(empty)
        else:
            layout.addWidget(
                QLabel(
                    self.tr(
                        "Die besten Vorschläge stehen oben. Kreuzen Sie an, was Sie mit dem Ziel "
                        "verknüpfen möchten."
                    )
                )
            )
        body = QWidget()
        column = QVBoxLayout(body)
        column.setAlignment(Qt.AlignmentFlag.AlignTop)
        for number, suggestion in enumerate(suggestions, start=1):
            column.addWidget(
                self._row(
                    number, suggestion, sozialraum_names, suggestion.offer.id in already_linked
                )
            )
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # Rows wrap to the dialog's width instead of scrolling sideways.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Ausgewählte verknüpfen"))
        self.ok_button.setEnabled(False)  # nothing chosen yet
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(any(check.isChecked() for _s, check, _n in self.rows))

    def _row(
        self, number: int, suggestion: Suggestion, names: dict[str, str], linked: bool
    ) -> QFrame:
        offer = suggestion.offer
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(frame)
        # The number carries the check box; the name wraps beside it (long names must not
        # widen the dialog) and toggles the box when clicked.
        check = QCheckBox(f"{number}.")
        shown_name = offer.name + (self.tr(" (schon verknüpft)") if linked else "")
        name = rich_label(rich("<b>%1</b>", shown_name), wrap=True)
        name.setObjectName(f"suggestion_name:{offer.id}")
        name.mousePressEvent = lambda _event: check.isEnabled() and check.toggle()
        header = QHBoxLayout()
        header.addWidget(check, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(name, 1)
        check.setAccessibleName(
            self.tr("Angebot %1 auswählen: %2").replace("%1", str(number)).replace("%2", offer.name)
        )
        check.setObjectName(f"suggestion:{offer.id}")
        box.addLayout(header)
        where = ", ".join(p for p in (names.get(offer.sozialraum_id or "", ""), offer.place) if p)
        details = [offer.organization_name, suggestion.why]
        if where:
            details.append(self.tr("Ort: %1").replace("%1", where))
        info = plain_label(" · ".join(d for d in details if d), wrap=True)
        info.setObjectName(f"suggestion_info:{offer.id}")
        box.addWidget(info)
        for warning in suggestion.warnings:
            label = plain_label(self.tr("Achtung: %1").replace("%1", warning), wrap=True)
            label.setStyleSheet("color: #8a3b00; font-weight: 600;")
            box.addWidget(label)
        note = QLineEdit()
        note.setPlaceholderText(self.tr("Notiz (z. B. erst einmal schnuppern)"))
        note.setAccessibleName(self.tr("Notiz zu Angebot %1").replace("%1", str(number)))
        note.setObjectName(f"suggestion_note:{offer.id}")
        note.setEnabled(False)
        check.toggled.connect(note.setEnabled)
        check.toggled.connect(self._update_ok)
        if linked:
            check.setEnabled(False)
        box.addWidget(note)
        self.rows.append((suggestion, check, note))
        return frame

    def chosen(self) -> list[tuple[str, str]]:
        return [
            (s.offer.id, note.text().strip())
            for s, check, note in self.rows
            if check.isChecked() and check.isEnabled()
        ]
