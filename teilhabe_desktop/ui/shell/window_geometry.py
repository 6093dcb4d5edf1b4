"""The main window remembers its size and place per screen (a laptop alone, or docked at
a big monitor), and never opens larger than the screen it is on."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from teilhabe_desktop.ui.common.screen_fit import fit_to_screen


def _key(window: QWidget) -> str | None:
    screen = window.screen()
    if screen is None:
        return None
    size = screen.size()
    return f"window/geometry/{screen.name() or 'screen'}-{size.width()}x{size.height()}"


def restore_geometry(window: QWidget, width: int, height: int) -> None:
    key = _key(window)
    saved = QSettings().value(key) if key else None
    if saved is None or not window.restoreGeometry(saved):
        fit_to_screen(window, width, height)
        return
    available = window.screen().availableGeometry()
    if not available.contains(window.frameGeometry()):
        fit_to_screen(window, window.width(), window.height())  # shrink into the screen
        window.move(available.topLeft())


def save_geometry(window: QWidget) -> None:
    key = _key(window)
    if key:
        QSettings().setValue(key, window.saveGeometry())
