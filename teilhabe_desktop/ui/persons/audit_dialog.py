"""*Protokoll …*: what was done with one person's data, by whom and when."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from teilhabe_desktop.core.audit import AuditEvent
from teilhabe_desktop.ui.common.screen_fit import fit_to_screen


class AuditDialog(QDialog):
    def __init__(self, name: str, events: list[AuditEvent], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Protokoll – %1").replace("%1", name))
        fit_to_screen(self, 720, 480)
        intro = QLabel(
            self.tr(
                "Wer hat wann was mit den Daten dieser Person getan. Das Protokoll enthält "
                "keine Inhalte des Plans und lässt sich nicht ändern."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(events), 4)
        self.table.setAccessibleName(self.tr("Protokolleinträge"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Zeitpunkt"), self.tr("Was"), self.tr("Einzelheiten"), self.tr("Wer")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, event in enumerate(events):
            who = event.os_user + (f" ({event.app_user})" if event.app_user else "")
            cells = (event.at.strftime("%d.%m.%Y %H:%M"), event.label, event.detail, who)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
