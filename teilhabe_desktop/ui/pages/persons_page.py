"""Page *Personen*: the persons and their plans (filled by the planning issue)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from teilhabe_desktop.store.database import Store
from teilhabe_desktop.ui.widgets.empty_state import EmptyState


class PersonsPage(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("persons_page")
        layout = QVBoxLayout(self)
        layout.addWidget(
            EmptyState(
                self.tr("Personen"),
                self.tr("Hier planen Sie mit einer Person: Wünsche, Ziele, Angebote, Schritte."),
            )
        )
