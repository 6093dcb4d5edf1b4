"""Lists that switch pages do not jump when a letter is typed.

A QListWidget selects the item whose text begins with a typed letter. For the main
navigation and the plan's section list that means: a letter typed while the focus
happens to be there switches the whole page, with the person watching. Arrow keys,
Home/End and the shortcuts still work.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView

_KEEP = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


class _NoTypeAhead(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            text = event.text()
            if text and text.isprintable() and not (event.modifiers() & _KEEP):
                return True  # swallowed: no jump to another page
        return False


def without_type_ahead(view: QAbstractItemView) -> None:
    view.installEventFilter(_NoTypeAhead(view))
