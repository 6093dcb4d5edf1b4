"""What the *Angebote* page shows while the catalogue is empty: load the examples or import."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class OfferEmptyState(QWidget):
    demo_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offers_empty_state")
        heading = QLabel(f"<h2>{self.tr('Der Angebotskatalog ist noch leer')}</h2>")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body = QLabel(
            self.tr(
                "Sie können einen Beispielkatalog laden: echte Orte in Jena mit Quelle "
                "(bitte prüfen) und deutlich markierte, erfundene Beispiele. Oder Sie "
                "importieren einen Katalog aus Excel (CSV), JSON oder Open Referral (HSDS)."
            )
        )
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # a wrapped label centred in a layout gets no height for its width: give it one
        body.setFixedWidth(560)
        body.setMinimumHeight(body.heightForWidth(560))
        self.demo_button = QPushButton(self.tr("Beispielkatalog laden"))
        self.demo_button.setAccessibleName(self.tr("Beispielkatalog laden"))
        self.demo_button.setDefault(True)
        self.import_button = QPushButton(self.tr("Katalog importieren …"))
        self.import_button.setAccessibleName(self.tr("Katalog aus einer Datei importieren"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(heading)
        layout.addWidget(body, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(2)
        self.demo_button.clicked.connect(self.demo_requested)
        self.import_button.clicked.connect(self.import_requested)
