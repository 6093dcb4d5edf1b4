"""A read-only table whose cells are shaded by their value: the heat maps of the
Sozialraumprofil and the planning report on screen (the same look as in the PDFs)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

LOW, HIGH, NONE = QColor("#f5f8fc"), QColor("#1f4e79"), QColor("#e3e3e3")

#: (text, level 0 … 1, or None for a suppressed or empty figure)
HeatValue = tuple[str, float | None]


def heat_colour(level: float) -> QColor:
    level = max(0.0, min(1.0, level))
    return QColor(
        round(LOW.red() + (HIGH.red() - LOW.red()) * level),
        round(LOW.green() + (HIGH.green() - LOW.green()) * level),
        round(LOW.blue() + (HIGH.blue() - LOW.blue()) * level),
    )


class HeatTable(QTableWidget):
    def __init__(self, accessible_name: str, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setWordWrap(False)

    def set_cells(
        self,
        row_labels: Sequence[str],
        column_labels: Sequence[str],
        cells: Sequence[Sequence[HeatValue]],
        highlight_column: int | None = None,
    ) -> None:
        self.clear()
        self.setRowCount(len(row_labels))
        self.setColumnCount(len(column_labels))
        self.setVerticalHeaderLabels(list(row_labels))
        self.setHorizontalHeaderLabels(list(column_labels))
        for y, row in enumerate(cells):
            for x, (text, level) in enumerate(row):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                colour = NONE if level is None else heat_colour(level)
                item.setBackground(QBrush(colour))
                if level is not None and level > 0.55:
                    item.setForeground(QBrush(QColor("white")))
                if x == highlight_column:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.setItem(y, x, item)
        if highlight_column is not None:
            header = self.horizontalHeaderItem(highlight_column)
            font = QFont(header.font())
            font.setBold(True)
            header.setFont(font)
        self.resizeColumnsToContents()
        self.resizeRowsToContents()
        # the whole map at once: no scrolling inside a scrolling page
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        height += self.verticalHeader().length()
        height += self.horizontalScrollBar().sizeHint().height()  # for a narrow window
        self.setFixedHeight(height + 2)

    def texts(self, row: int) -> list[str]:
        return [self.item(row, x).text() for x in range(self.columnCount())]
