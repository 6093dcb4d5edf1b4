"""The GUI's error boundary: every exception that reaches the event loop ends here.

A :class:`~teilhabe_desktop.core.errors.UserError` is shown with its German message; any
other exception is a bug of ours: it is logged (type and code locations only, see
``errorlog.py``) and a calm German dialog says that what was saved is safe. Nothing of a
traceback, and nothing of the exception's message, reaches the user.
"""

from __future__ import annotations

import sys
import threading
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QMetaObject, QObject, Qt, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.errorlog import log_error, unexpected_error_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("error_dialog", text)


def show_error(error: BaseException, parent: QWidget | None = None) -> None:
    """Show ``error`` to the user: its own message, or the text for a program error."""
    if isinstance(error, UserError):
        QMessageBox.warning(parent, _tr("Das hat nicht geklappt"), error.message)
    else:
        QMessageBox.critical(parent, _tr("Programmfehler"), _tr(unexpected_error_text()))


class ErrorBoundary(QObject):
    """Installs ``sys.excepthook`` and ``threading.excepthook`` for the GUI's lifetime."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: list[BaseException] = []
        self._showing = False
        self._previous = (sys.excepthook, threading.excepthook)

    def install(self) -> None:
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous

    def _excepthook(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        log_error("unhandled error in the GUI", error, tb)
        self._pending.append(error)
        # Show it from the event loop, not from inside the failing slot.
        QMetaObject.invokeMethod(self, "_show_pending", Qt.ConnectionType.QueuedConnection)

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self._excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot()
    def _show_pending(self) -> None:
        if self._showing or not self._pending:
            return
        self._showing = True
        try:
            error = self._pending.pop(0)
            self._pending.clear()  # one dialog for a burst of errors
            show_error(error, QApplication.activeWindow())
        finally:
            self._showing = False
