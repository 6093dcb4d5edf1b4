"""Searching the catalogue off the GUI thread, so that typing never waits for a query.

:meth:`OfferSearcher.submit` hands the newest query to one worker thread with its own
read connection (WAL: it reads beside the GUI's connection) and returns its number. A
query submitted later makes every earlier one stale: the worker drops it, and a
statement of it still running is interrupted. For each query that is still the newest
the searcher emits, in this order:

- ``page(number, query, rows, final)``: the first page, ``rows`` a :class:`PageRows`
  (the :class:`OfferRow` list and, worked out in the worker, the texts each row
  shows). For a text query in relevance order that finds many entries it comes
  twice: first the cheap unranked page (``final=False``, a few ms even for one
  letter), then the ranked one (``final=True``);
  a query that finds fewer entries than a page gets only the ranked page;
- ``counted(number, query, total)``: how many entries the query finds;
- ``failed(number, error)`` instead, if the search raised.

Signals arrive queued in the GUI thread; a receiver compares ``number`` with
:attr:`OfferSearcher.latest` and ignores the stale ones that were already on their way.
"""

from __future__ import annotations

import os
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt, Signal

from teilhabe_desktop.core.catalogue_query import OfferQuery, OfferRow
from teilhabe_desktop.core.text_fold import fts_match
from teilhabe_desktop.store.interrupt import interrupt, was_interrupted


@dataclass(frozen=True)
class PageRows:
    """A first page: its rows and what ``prepare`` made of them (the rows' texts)."""

    rows: list[OfferRow]
    prepared: list | None = None

    def __len__(self) -> int:
        return len(self.rows)


class _Relay(QObject):
    """Emitted from the worker thread; lives in the GUI thread. Not a child of the
    searcher, so a late emit after the page went away reaches nobody."""

    page = Signal(int, object, object, bool)
    counted = Signal(int, object, int)
    failed = Signal(int, object)


@dataclass
class _State:
    """What the GUI thread and the worker share (under ``lock``)."""

    lock: threading.Condition = field(default_factory=threading.Condition)
    latest: int = 0
    running: int = 0
    pending: tuple[int, OfferQuery, int] | None = None
    stopped: bool = False
    db: object | None = None  # the worker's connection, to interrupt it

    def newer(self) -> int:
        """A new newest number; a statement of an older query still running stops."""
        self.latest += 1
        if self.running and self.db is not None:
            interrupt(self.db)
        return self.latest

    def stop(self) -> None:
        with self.lock:
            self.stopped = True
            self.newer()
            self.lock.notify_all()


class OfferSearcher(QObject):
    page = Signal(int, object, object, bool)
    counted = Signal(int, object, int)
    failed = Signal(int, object)

    def __init__(
        self,
        session,
        parent: QObject | None = None,
        prepare: Callable[[list[OfferRow]], list] | None = None,
    ) -> None:
        """``prepare`` (plain Python, no Qt: it runs in the worker) turns a page of rows
        into what the receiver shows, e.g. the texts of its cells."""
        super().__init__(parent)
        self._session = session
        self._prepare = prepare
        self._state = _State()
        self._relay = _Relay()
        self._thread: threading.Thread | None = None
        queued = Qt.ConnectionType.QueuedConnection
        self._relay.page.connect(self.page, queued)
        self._relay.counted.connect(self.counted, queued)
        self._relay.failed.connect(self.failed, queued)
        state = self._state
        self.destroyed.connect(lambda *_: state.stop())  # touches nothing of the dead object

    @property
    def latest(self) -> int:
        """Number of the newest query; results with another number are stale."""
        return self._state.latest

    def submit(self, query: OfferQuery, limit: int) -> int:
        """Search ``query`` (first ``limit`` rows, then the count); returns its number."""
        state = self._state
        with state.lock:
            number = state.newer()
            state.pending = (number, query, limit)
            state.lock.notify_all()
        if self._thread is None:
            self._thread = threading.Thread(
                target=_work,
                args=(state, self._session, self._relay, self._prepare),
                daemon=True,
            )
            self._thread.start()
        return number

    def cancel(self) -> None:
        """Make every submitted query stale (e.g. the page searched by itself)."""
        with self._state.lock:
            self._state.newer()
            self._state.pending = None

    def stop(self, timeout: float = 5.0) -> None:
        """End the worker thread and close its connection."""
        self._state.stop()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None


def _yield_to_the_gui() -> None:
    """Lower this thread's priority (Linux: per-thread nice), so that on a busy machine
    the GUI thread gets the processor first and a long ranking waits instead."""
    setpriority = getattr(os, "setpriority", None)
    if setpriority is None or not sys.platform.startswith("linux"):
        return
    try:
        thread = threading.get_native_id()
        setpriority(os.PRIO_PROCESS, thread, min(19, os.getpriority(os.PRIO_PROCESS, thread) + 10))
    except OSError:  # not allowed here: the search still works, just not yielding
        pass


def _work(state: _State, session, relay: _Relay, prepare) -> None:
    worker = None
    _yield_to_the_gui()
    try:
        worker = session.open_worker()
        repository = worker.catalogue
        with state.lock:
            state.db = worker.store.db
        while True:
            with state.lock:
                while state.pending is None and not state.stopped:
                    state.lock.wait()
                if state.stopped:
                    return
                number, query, limit = state.pending
                state.pending = None
                state.running = number
            try:
                _search(state, repository, relay, prepare, number, query, limit)
            finally:
                with state.lock:
                    state.running = 0
    except Exception as error:  # the worker could not start: said like a failed search
        relay.failed.emit(state.latest, error)
    finally:
        with state.lock:
            state.db = None
        if worker is not None:
            worker.close()


def _search(state: _State, repository, relay: _Relay, prepare, number: int, query, limit: int):
    for _attempt in range(3):
        try:
            _search_once(state, repository, relay, prepare, number, query, limit)
            return
        except Exception as error:
            if state.latest != number or was_interrupted(error):
                _forget(error)
            if state.latest != number:
                return  # a stale query's "interrupted" is no error
            if not was_interrupted(error):
                relay.failed.emit(number, error)
                return
            # interrupted although still the newest: the interrupt meant for the query
            # before reached this one as it started; search again


def _forget(error: BaseException) -> None:
    """Drop what the frames of ``error``'s traceback hold, here and now.

    An exception caught where it is raised again sits in a reference cycle with its
    frames, and those hold the worker's cursor. Left to the garbage collector, the cursor
    would be finalised in whichever thread collects, and finalising it waits for this
    connection's lock while the next search runs on it: the GUI thread stood still
    (holding the GIL) for up to the whole ranking of a short prefix."""
    chain: list[BaseException] = [error]
    done: set[int] = set()
    while chain:
        seen = chain.pop()
        if id(seen) in done:
            continue
        done.add(id(seen))
        traceback.clear_frames(seen.__traceback__)
        chain.extend(e for e in (seen.__cause__, seen.__context__) if e is not None)


def _search_once(state: _State, repository, relay: _Relay, prepare, number: int, query, limit: int):
    def stale() -> bool:
        return state.latest != number

    def emit(rows: list[OfferRow], final: bool) -> None:
        prepared = prepare(rows) if prepare is not None else None
        if not stale():
            relay.page.emit(number, query, PageRows(rows, prepared), final)

    ranked = query.sort == "relevance" and not query.descending
    if ranked and fts_match(query.text) is not None:
        rows, complete = repository.quick_search(query, limit)
        if stale():
            return
        if not complete:
            emit(rows, False)
    rows = repository.search(query, limit=limit)
    if stale():
        return
    emit(rows, True)
    total = len(rows) if len(rows) < limit else repository.count(query)
    if not stale():
        relay.counted.emit(number, query, max(total, len(rows)))
