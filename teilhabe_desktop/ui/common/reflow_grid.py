"""A grid that puts its widgets into the widest of several arrangements that fits.

Caseworkers often work on 1024 or 1366 px wide laptops. A row of four filters or a
two-column form is calm on a wide screen but forces the window wider than a small
screen. :class:`ReflowGrid` reports the narrowest arrangement as its minimum width, so
the window can shrink, and on every resize chooses the widest arrangement that fits.
Widgets keep their parent when they move, so the keyboard order stays the same.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QWidget

#: widget, row, column, row span, column span
Cell = tuple[QWidget, int, int, int, int]


def _min_width(widget: QWidget) -> int:
    """The width a layout will not squeeze ``widget`` below (as Qt's layouts decide it)."""
    if widget.minimumWidth() > 0:
        return widget.minimumWidth()
    policy = widget.sizePolicy().horizontalPolicy()
    if policy == QSizePolicy.Policy.Ignored:
        return 0
    shrinks = policy.value & QSizePolicy.PolicyFlag.ShrinkFlag.value
    hint = widget.minimumSizeHint() if shrinks else widget.sizeHint()
    return max(hint.width(), 0)


class ReflowGrid(QWidget):
    """Call :meth:`set_arrangements` with the arrangements, widest first.

    Each used column stretches equally unless ``stretch`` gives, per arrangement, the
    stretch factor of each column.
    """

    def __init__(self, spacing: tuple[int, int] = (8, 6), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(spacing[0])
        self._grid.setVerticalSpacing(spacing[1])
        self._arrangements: list[list[Cell]] = []
        self._stretch: list[list[int]] | None = None
        self._current = -1

    def set_arrangements(
        self, arrangements: list[list[Cell]], stretch: list[list[int]] | None = None
    ) -> None:
        self._arrangements = arrangements
        self._stretch = stretch
        self._current = -1
        # widest first; the first resize picks the one that fits
        self._apply(0)

    def arrangement(self) -> int:
        """Index of the arrangement shown (0 is the widest)."""
        return self._current

    def columns(self) -> int:
        cells = self._arrangements[self._current] if self._arrangements else []
        return max((column + span for _w, _r, column, _rs, span in cells), default=0)

    def arrangement_width(self, index: int) -> int:
        """Minimum width of arrangement ``index``."""
        widths: dict[int, int] = {}
        spacing = self._grid.horizontalSpacing()
        cells = [c for c in self._arrangements[index] if not c[0].isHidden()]
        for widget, _row, column, _rowspan, span in cells:
            if span == 1:
                widths[column] = max(widths.get(column, 0), _min_width(widget))
        for widget, _row, column, _rowspan, span in cells:
            if span > 1:
                spanned = range(column, column + span)
                have = sum(widths.get(c, 0) for c in spanned) + spacing * (span - 1)
                last = column + span - 1
                widths[last] = widths.get(last, 0) + max(0, _min_width(widget) - have)
        margins = self._grid.contentsMargins()
        used = len(widths)
        return sum(widths.values()) + spacing * max(used - 1, 0) + margins.left() + margins.right()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if not self._arrangements:
            return hint
        narrowest = min(self.arrangement_width(i) for i in range(len(self._arrangements)))
        return QSize(narrowest, hint.height())

    def resizeEvent(self, event) -> None:
        self._fit(event.size().width())
        super().resizeEvent(event)

    def _fit(self, width: int) -> None:
        if not self._arrangements:
            return
        index = len(self._arrangements) - 1
        for candidate in range(len(self._arrangements)):
            if self.arrangement_width(candidate) <= width:
                index = candidate
                break
        if index != self._current:
            self._apply(index)

    def _apply(self, index: int) -> None:
        grid = self._grid
        for cells in self._arrangements:
            for widget, *_ in cells:
                grid.removeWidget(widget)
        for row in range(grid.rowCount()):
            grid.setRowStretch(row, 0)
        for column in range(grid.columnCount()):
            grid.setColumnStretch(column, 0)
        cells = self._arrangements[index]
        for widget, row, column, rowspan, span in cells:
            grid.addWidget(widget, row, column, rowspan, span)
        self._current = index
        for column in range(self.columns()):
            factor = self._stretch[index][column] if self._stretch else 1
            grid.setColumnStretch(column, factor)
        # spare height goes below the last row, so the widgets stay at the top
        last = max(row + rowspan for _w, row, _c, rowspan, _s in cells)
        grid.setRowStretch(last, 1)
        self.updateGeometry()
