"""Page *Angebote*: the offer catalogue (filled by the catalogue issue)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from teilhabe_desktop.store.database import Store
from teilhabe_desktop.ui.widgets.empty_state import EmptyState


class OffersPage(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offers_page")
        layout = QVBoxLayout(self)
        layout.addWidget(
            EmptyState(
                self.tr("Angebote"),
                self.tr("Hier finden Sie Angebote in Jenas Sozialräumen."),
            )
        )
