"""Cyclic garbage is collected in the GUI thread, never in a worker that happens to
allocate (Qt objects in such garbage crashed the app when destroyed in a worker)."""

from __future__ import annotations

import gc
import threading
from typing import ClassVar

from PySide6.QtCore import QObject

from teilhabe_desktop.ui.common.gui_thread_gc import install_gui_thread_collector


class _Cycle:
    """Garbage only the cyclic collector can free; notes the thread that freed it."""

    freed_in: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.me = self
        self.qt = QObject()

    def __del__(self) -> None:
        _Cycle.freed_in.append(threading.current_thread().name)


def _busy_worker() -> None:
    junk = [[i] for i in range(200_000)]  # far past the collector's thresholds
    del junk


def test_a_cycle_left_behind_is_freed_in_the_gui_thread(qtbot, qapp):
    install_gui_thread_collector(qapp)
    assert not gc.isenabled()
    _Cycle.freed_in.clear()
    for _ in range(20):
        _Cycle()
    worker = threading.Thread(target=_busy_worker, name="worker")
    worker.start()
    worker.join()
    assert "worker" not in _Cycle.freed_in
    alive = [[] for _ in range(2 * gc.get_threshold()[0])]  # new objects: a collection is due
    qtbot.waitUntil(lambda: len(_Cycle.freed_in) == 20, timeout=5000)
    del alive
    assert set(_Cycle.freed_in) == {threading.main_thread().name}


def test_the_application_installs_it_once(qapp):
    first = install_gui_thread_collector(qapp)
    assert install_gui_thread_collector(qapp) is first
