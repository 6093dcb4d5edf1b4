"""Running slow, Qt-free work (import preview, export) off the GUI thread.

Usage::

    job = BackgroundJob(lambda task: preview_import(task.session, path, task.report),
                        session=session)
    job.progress.connect(progress_bar_update)     # (done, total); total 0 = unknown
    job.succeeded.connect(show_result)            # the function's return value
    job.failed.connect(show_error)                # the exception
    job.start()

Signals are delivered queued, in the thread the job was created in (the GUI thread),
so slots may touch widgets. After :meth:`BackgroundJob.cancel` the next
``task.report(...)`` raises :class:`Cancelled`, so any work that reports progress stops
there; a cancelled job emits neither ``succeeded`` nor ``failed``, only ``finished``.

Database discipline: one connection per thread. A job that touches the database passes
``session=``; it then runs on its own connection to the same file (``task.session``,
opened in the worker thread and closed when the function returns). In WAL mode the GUI
keeps reading and saving on its connection meanwhile; SQLite serialises the writers
(``busy_timeout``), and a write that waits too long fails with a German error instead
of freezing the window. No code shares a connection between threads.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

if TYPE_CHECKING:
    from teilhabe_desktop.session import Session


class Cancelled(Exception):
    """Raised inside the work function when the user cancelled the job."""


class Task:
    """What the work function sees: progress reporting and the cancel flag."""

    def __init__(self, job: BackgroundJob) -> None:
        self._job = job
        self._cancel = threading.Event()
        #: the worker's own session while the function runs (jobs with ``session=``)
        self.session: Session | None = None

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int = 0) -> None:
        if self._cancel.is_set():
            raise Cancelled
        self._job._relay.progress.emit(int(done), int(total))


class _Relay(QObject):
    """Emitted from the worker thread; lives in the creating thread."""

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(self, job: BackgroundJob) -> None:
        super().__init__()
        self._job = job
        self.setAutoDelete(True)

    def run(self) -> None:
        self._job._execute()


class BackgroundJob(QObject):
    """One function run once in the global thread pool, reported through signals."""

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(
        self,
        function: Callable[[Task], Any],
        session: Session | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._function = function
        self._session = session
        self.task = Task(self)
        self._done = threading.Event()
        self._running = False
        self._relay = _Relay()
        queued = Qt.ConnectionType.QueuedConnection
        self._relay.progress.connect(self.progress, queued)
        self._relay.succeeded.connect(self._on_succeeded, queued)
        self._relay.failed.connect(self._on_failed, queued)
        self._relay.cancelled.connect(self._on_cancelled, queued)

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        if self._running:
            raise RuntimeError("job already running")
        self._running = True
        self._done.clear()
        QThreadPool.globalInstance().start(_Runnable(self))

    def cancel(self) -> None:
        self.task._cancel.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the function has returned (not until the signals arrived)."""
        return self._done.wait(timeout)

    def _execute(self) -> None:
        try:
            result = self._run_function()
        except Cancelled:
            self._report("cancelled")
        except BaseException as error:  # reported to the GUI, never lost in the thread
            self._report("failed", error)
        else:
            self._report("succeeded", result)
        finally:
            self._done.set()

    def _report(self, name: str, *args) -> None:
        # the job may be deleted with its owner meanwhile (a closed window, the app at
        # exit): then nobody is there to be told
        with contextlib.suppress(RuntimeError):
            getattr(self._relay, name).emit(*args)

    def _run_function(self) -> Any:
        if self._session is None:
            return self._function(self.task)
        worker = self._session.open_worker()
        self.task.session = worker
        try:
            return self._function(self.task)
        finally:
            self.task.session = None
            worker.close()

    def _on_succeeded(self, result: object) -> None:
        self._running = False
        self.succeeded.emit(result)
        self.finished.emit()

    def _on_cancelled(self) -> None:
        self._running = False
        self.finished.emit()

    def _on_failed(self, error: object) -> None:
        self._running = False
        self.failed.emit(error)
        self.finished.emit()
