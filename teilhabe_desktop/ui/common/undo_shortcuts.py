"""Strg+Z / Strg+Umschalt+Z go to the plan's undo stack, not to the text field.

Text fields have their own undo, which would only know the field's last letters.
While the workspace has focus, this filter lets the shortcut reach the workspace's
undo/redo actions instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

UNDO_KEYS = (QKeySequence("Ctrl+Z"),)
REDO_KEYS = (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"))


def _matches(event: QKeyEvent) -> bool:
    pressed = QKeySequence(event.keyCombination())
    return any(
        pressed.matches(k) == QKeySequence.SequenceMatch.ExactMatch for k in UNDO_KEYS + REDO_KEYS
    )


class UndoShortcutFilter(QObject):
    def __init__(self, scope: QWidget) -> None:
        super().__init__(scope)
        self._scope = scope

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            focus = QApplication.focusWidget()
            if focus is not None and self._scope.isAncestorOf(focus) and _matches(event):
                event.ignore()  # not for the text field: the window shortcut handles it
                return True
        return False

    def install(self) -> None:
        QApplication.instance().installEventFilter(self)

    def remove(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
