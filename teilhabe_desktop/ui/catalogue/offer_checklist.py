"""A short list of checkable choices (categories, life domains) for the offer dialog."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget


class OfferChecklist(QListWidget):
    """Keys in display order; Space toggles the current entry."""

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for key, label in choices:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        rows = min(max(self.count(), 1), 7)
        self.setFixedHeight(rows * (self.sizeHintForRow(0) if self.count() else 20) + 6)
        self._unknown: list[str] = []

    def set_checked(self, keys: Iterable[str]) -> None:
        keys = list(keys)
        known = set()
        for row in range(self.count()):
            item = self.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            known.add(key)
            item.setCheckState(Qt.CheckState.Checked if key in keys else Qt.CheckState.Unchecked)
        # keys without a list entry (e.g. an imported category) are kept, not dropped
        self._unknown = [key for key in keys if key not in known]

    def checked(self) -> list[str]:
        keys = [
            self.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        ]
        return keys + self._unknown
