"""A table view that repaints a large changed area a few rows at a time.

Painting a screenful of cells costs more than a frame's worth of the GUI thread in
PySide (every cell asks the Python model for its data), and a search as you type
replaces the whole screenful for every keystroke. :class:`BandedTableView` paints at
most :data:`BAND_ROWS` rows of a changed area in one turn of the event loop and the rest
in the next turns, top first, so keys, timers and the next result get in between. Rows
not yet repainted keep what they showed (the viewport is opaque and fills the
background of what it paints itself).

:meth:`hold` keeps the rest of a change from being painted while newer content is on
its way (a search after a keystroke): the work would be thrown away, and it would take
the processor from the search.

Only a change of the model's content (or of the column widths) is painted in bands:
the first paint after showing or resizing, scrolling, and a ``grab()`` of a settled
view are painted whole as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QPainter, QPaintEvent, QRegion
from PySide6.QtWidgets import QTableView, QWidget

#: rows painted in one turn (about 2-3 ms of the GUI thread for seven text columns)
BAND_ROWS = 4


class BandedTableView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        viewport = self.viewport()
        viewport.setAutoFillBackground(False)
        viewport.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._later = QRegion()
        self._whole = True
        self._changing = False
        self._held = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._paint_later)
        # columns refitted to a new result move every cell: painted in bands as well
        self.horizontalHeader().sectionResized.connect(self._content_changed)

    def setModel(self, model) -> None:
        super().setModel(model)
        if model is not None:
            for signal in (
                model.dataChanged,
                model.modelReset,
                model.rowsInserted,
                model.rowsRemoved,
                model.layoutChanged,
            ):
                signal.connect(self._content_changed)

    def _content_changed(self, *_args) -> None:
        self._changing = True

    def hold(self, held: bool) -> None:
        """While held, only the first band of a change is painted; the rest waits."""
        self._held = held
        if not held and not self._later.isEmpty():
            self._timer.start()

    def painting_pending(self) -> bool:
        """Whether part of a change is still to be painted."""
        return not self._later.isEmpty()

    def showEvent(self, event) -> None:
        self._whole = True
        super().showEvent(event)

    def resizeEvent(self, event) -> None:
        self._whole = True
        super().resizeEvent(event)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        if not self._later.isEmpty():  # what waits would be painted at the old place
            self._whole = True
            self._later = QRegion()
            self.viewport().update()
        super().scrollContentsBy(dx, dy)

    def paintEvent(self, event: QPaintEvent) -> None:
        region = event.region()
        bounds = region.boundingRect()
        height = BAND_ROWS * max(1, self.verticalHeader().defaultSectionSize())
        if self._whole or not self._changing or bounds.height() <= height:
            now = region
        else:
            now = region.intersected(QRect(bounds.left(), bounds.top(), bounds.width(), height))
            self._later = self._later.united(region.subtracted(now))
        self._whole = False
        self._later = self._later.subtracted(now)
        painter = QPainter(self.viewport())
        painter.setClipRegion(now)
        painter.fillRect(now.boundingRect(), self.viewport().palette().base())
        painter.end()
        super().paintEvent(QPaintEvent(now) if now is not region else event)
        if self._later.isEmpty():
            self._changing = False
        elif not self._held:
            self._timer.start()

    def _paint_later(self) -> None:
        if not self._later.isEmpty() and not self._held:
            self.viewport().update(self._later)
