"""A read-only table of plain text rows, as the import preview shows them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from teilhabe_desktop.ui.common.plain_text import literal


class TextTable(QTableWidget):
    """Columns ``headers`` (already translated); the last one stretches and wraps."""

    def __init__(self, headers: list[str], name: str, parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setAccessibleName(name)
        self.setHorizontalHeaderLabels(headers)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().hide()
        self.setWordWrap(True)
        header = self.horizontalHeader()
        for column in range(len(headers) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def set_rows(self, rows: list[tuple[str, ...]]) -> None:
        """Show ``rows`` (texts shown literally, each also as its tooltip)."""
        self.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(literal(value))
                self.setItem(row, column, item)
        self.resizeRowsToContents()

    def rows(self) -> list[list[str]]:
        """The table's text, row by row."""
        return [
            [self.item(r, c).text() for c in range(self.columnCount())]
            for r in range(self.rowCount())
        ]
