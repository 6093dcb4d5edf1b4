"""Table columns sized to their content, the name column first.

Fixed pixel widths cut names on a 1024 px laptop and waste room on a wide screen;
``ResizeToContents`` on every column measures all rows and leaves the rest of the
table's width to whichever column stretches. :class:`ColumnFitter` instead measures the
rows the view shows (Qt's ``resizeContentsPrecision``), gives the *first* column — the
name a caseworker looks for — its whole content width where it can, the others their
content width as far as the rest allows, and the remainder to the first column. A column
the user drags keeps its width until the next fit is asked for by a new result.

Measuring a column asks every row in view for its size; the fit after new content
measures one column per turn of the event loop, so it never holds the window up for
all columns at once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

#: at most this share of the table's width goes to the first column when space is short
FIRST_SHARE = 0.5
#: no other column is made wider than this many average characters by content alone
MAX_CHARS = 48
#: after new content, the fit waits this long for more (search as you type)
FIT_DELAY_MS = 250
#: ``resizeContentsPrecision``: 0 measures only the rows in view
VISIBLE_ROWS = 0


class ColumnFitter(QObject):
    """Keeps ``view``'s column widths fitted; ``first`` is the column that goes first."""

    def __init__(self, view: QTableView, first: int = 0) -> None:
        super().__init__(view)
        self.view = view
        self.first = first
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # measure the rows in view only (Qt's default is 1,000 rows: a fit of a full
        # page cost ~0.1 s of the GUI thread at every keystroke of a search)
        header.setResizeContentsPrecision(VISIBLE_ROWS)
        view.verticalHeader().setResizeContentsPrecision(VISIBLE_ROWS)
        header.sectionResized.connect(self._user_resized)
        self._applying = False
        self._user_widths = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # a new result is fitted once typing pauses: one fit per keystroke would redo
        # the widths (and move the columns) for every letter
        self._timer.setInterval(FIT_DELAY_MS)
        self._timer.timeout.connect(self._start_fit)
        self._wanted: dict[int, int] = {}
        self._to_measure: list[int] = []
        self._step = QTimer(self)
        self._step.setSingleShot(True)
        self._step.setInterval(0)
        self._step.timeout.connect(self._measure_next)
        view.viewport().installEventFilter(self)
        self._connect(view.model())

    def _connect(self, model) -> None:
        if model is None:
            return
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,  # rows replaced in place (search as you type)
        ):
            signal.connect(self._new_content)

    def _new_content(self, *_args) -> None:
        self._user_widths = False
        self._step.stop()
        self._timer.start(FIT_DELAY_MS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and not self._user_widths:
            self._step.stop()
            self._timer.start(0)
        return False

    def _user_resized(self, *_args) -> None:
        if not self._applying:
            self._user_widths = True

    def content_width(self, column: int) -> int:
        """The width ``column`` needs for its header and shown rows (others capped)."""
        header = self.view.horizontalHeader()
        width = max(header.sectionSizeHint(column), self.view.sizeHintForColumn(column))
        if column == self.first:
            return width
        return min(width, self.view.fontMetrics().averageCharWidth() * MAX_CHARS)

    def busy(self) -> bool:
        """Whether a fit is waiting or under way."""
        return self._timer.isActive() or self._step.isActive()

    def _columns(self) -> list[int]:
        model = self.view.model()
        if model is None or model.columnCount() == 0:
            return []
        header = self.view.horizontalHeader()
        columns = [c for c in range(model.columnCount()) if not header.isSectionHidden(c)]
        return columns if self.first in columns else []

    def fit(self) -> None:
        """Fit all columns now."""
        self._step.stop()
        columns = self._columns()
        if columns:
            self._apply(columns, {c: self.content_width(c) for c in columns})

    def _start_fit(self) -> None:
        self._to_measure = self._columns()
        self._wanted = {}
        if self._to_measure:
            self._step.start()

    def _measure_next(self) -> None:
        columns = self._columns()
        if self._to_measure:
            column = self._to_measure.pop(0)
            self._wanted[column] = self.content_width(column)
        if self._to_measure:
            self._step.start()
        elif set(self._wanted) != set(columns):
            self._start_fit()  # columns were shown or hidden meanwhile: measure again
        elif columns:
            self._apply(columns, self._wanted)

    def _apply(self, columns: list[int], wanted: dict[int, int]) -> None:
        header = self.view.horizontalHeader()
        available = self.view.viewport().width()
        floors = {c: header.sectionSizeHint(c) for c in columns}
        others = [c for c in columns if c != self.first]
        first = wanted[self.first]
        if first + sum(wanted[c] for c in others) > available:
            first = max(min(first, int(available * FIRST_SHARE)), floors[self.first])
            rest = available - first
            need = sum(wanted[c] for c in others)
            floor = sum(floors[c] for c in others)
            if rest <= floor:
                widths = {c: floors[c] for c in others}
            else:  # what the others lack is taken from each in proportion to its excess
                excess = need - floor
                keep = (rest - floor) / excess if excess else 1.0
                widths = {
                    c: floors[c] + int((wanted[c] - floors[c]) * min(keep, 1.0)) for c in others
                }
        else:
            widths = {c: wanted[c] for c in others}
        widths[self.first] = max(first, available - sum(widths.values()))
        self._applying = True
        try:
            for column, width in widths.items():
                header.resizeSection(column, width)
        finally:
            self._applying = False
