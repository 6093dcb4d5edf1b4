"""What changed between a plan version and the one before (or the current draft)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QVBoxLayout, QWidget

from teilhabe_desktop.core.plan_diff import Change
from teilhabe_desktop.ui.common.plain_text import rich, rich_label


class VersionCompareDialog(QDialog):
    def __init__(self, title: str, changes: list[Change], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Was hat sich geändert?"))
        self.resize(640, 480)
        layout = QVBoxLayout(self)
        heading = rich_label(rich("<h3>%1</h3>", title), wrap=True)
        layout.addWidget(heading)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Liste der Änderungen"))
        self.list.setWordWrap(True)
        if not changes:
            self.list.addItem(self.tr("Keine Änderungen."))
        for change in changes:
            self.list.addItem(f"{change.section}: {change.description}")
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Schließen"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
