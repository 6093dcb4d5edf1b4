"""Locking the app: at once (Strg+L) or after some idle minutes.

A locked window keeps every widget as it is – nothing typed is lost, autosave goes on –
but its content is hidden (not only covered, so a screen reader reads nothing either)
and every open window shows the unlock panel instead. The passphrase or the recovery
key unlocks; it is checked against the database's key file.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from teilhabe_desktop import APP_NAME
from teilhabe_desktop.session import Session
from teilhabe_desktop.store.keyfile import Secret, WrongSecret
from teilhabe_desktop.ui.security.lock_overlay import LockOverlay

SETTING = "security/lock_after_minutes"
DEFAULT_MINUTES = 5
CHOICES = (1, 2, 5, 10, 15, 30)
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


def lock_minutes() -> int:
    value = QSettings().value(SETTING, DEFAULT_MINUTES)
    try:
        minutes = int(value)
    except (TypeError, ValueError):
        return DEFAULT_MINUTES
    return minutes if minutes in CHOICES else DEFAULT_MINUTES


def set_lock_minutes(minutes: int) -> None:
    QSettings().setValue(SETTING, int(minutes))


class _Hidden:
    """One window while locked: what was visible in it, and its title."""

    def __init__(self, window: QWidget, overlay: LockOverlay) -> None:
        self.window = window
        self.title = window.windowTitle()
        self.overlay = overlay
        self.children = [
            child
            for child in window.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            )
            if child is not overlay and child.isVisible()
        ]


class ScreenLock(QObject):
    locked_changed = Signal(bool)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self._hidden: list[_Hidden] = []
        self.set_minutes(lock_minutes())
        QApplication.instance().installEventFilter(self)

    @property
    def locked(self) -> bool:
        return bool(self._hidden)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(minutes * 60_000)
        if self.session.encrypted and not self.locked:
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and not self.locked and self.timer.interval():
            self.timer.start()  # restart: idle time counts from the last input
        return False

    def lock(self) -> None:
        if self.locked or not self.session.encrypted:
            return
        self.timer.stop()
        windows = [
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and w.isWindow() and not isinstance(w, LockOverlay)
        ]
        for window in windows:
            overlay = LockOverlay(window)
            hidden = _Hidden(window, overlay)
            for child in hidden.children:
                child.hide()
            window.setWindowTitle(APP_NAME)
            overlay.unlock_requested.connect(lambda secret, o=overlay: self._try(secret, o))
            overlay.show()
            overlay.raise_()
            self._hidden.append(hidden)
        clipboard = QGuiApplication.clipboard()
        if clipboard.ownsClipboard():
            clipboard.clear()  # a copied wish must not outlive the lock
        modal = QApplication.activeModalWidget()
        for hidden in self._hidden:
            if modal is None or hidden.window is modal:
                hidden.overlay.secret_field.field.setFocus()
        self.locked_changed.emit(True)

    def _try(self, secret: Secret, overlay: LockOverlay) -> None:
        try:
            self.session.check_secret(secret)
        except WrongSecret as error:
            overlay.show_error(error.message)
            return
        self.unlock()

    def unlock(self) -> None:
        hidden, self._hidden = self._hidden, []
        for entry in hidden:
            entry.overlay.hide()
            entry.overlay.deleteLater()
            for child in entry.children:
                child.show()
            entry.window.setWindowTitle(entry.title)
        self.timer.start()
        self.locked_changed.emit(False)
