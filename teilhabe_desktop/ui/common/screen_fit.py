"""Open dialogs no larger than the screen they appear on.

Caseworkers' laptops often have 1366×768 or 1024×768 screens, and the taskbar takes
part of that: a dialog sized for a large monitor would hang over the bottom edge with
its buttons out of reach.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

#: room left for the window frame and title bar the window manager adds
FRAME = (24, 48)


def fit_to_screen(dialog: QWidget, width: int, height: int) -> None:
    """Resize ``dialog`` to ``width`` × ``height``, or to the available screen area of
    its parent's screen (the screen without taskbar) if that is smaller."""
    anchor = dialog.parentWidget().window() if dialog.parentWidget() else dialog
    screen = anchor.screen()
    if screen is None:
        dialog.resize(width, height)
        return
    available = screen.availableGeometry()
    dialog.resize(
        max(min(width, available.width() - FRAME[0]), dialog.minimumSizeHint().width()),
        max(min(height, available.height() - FRAME[1]), dialog.minimumSizeHint().height()),
    )
