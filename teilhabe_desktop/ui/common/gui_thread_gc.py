"""Cyclic garbage collection only in the GUI thread.

Python's collector runs in whichever thread happens to allocate when a threshold is
reached: with search, import and map jobs in Qt's thread pool, that may be a worker
thread. If the garbage it finds holds Qt objects (a closed dialog in a reference cycle,
a model of a page that went away), their C++ side is destroyed in the wrong thread —
a crash seen as "Segmentation fault" while "Garbage-collecting" in a worker. The
remedy (the same as in other PySide/PyQt applications): switch automatic collection
off and let a timer in the GUI thread collect, generation by generation, whenever the
counters pass Python's own thresholds. Reference counting frees everything else at
once, as before; only cycles wait up to one timer interval.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Collects cyclic garbage from the GUI thread (see module docstring)."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()
        self.destroyed.connect(lambda *_: gc.enable())

    def collect_due(self) -> None:
        """Collect the generations whose counters passed their thresholds."""
        counts = gc.get_count()
        for generation in (2, 1, 0):  # the oldest due includes the younger ones
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return


def install_gui_thread_collector(app: QObject) -> GuiThreadCollector:
    """Collect only in the GUI thread from now on (once per application)."""
    found = app.findChild(GuiThreadCollector)
    return found if found is not None else GuiThreadCollector(app)
