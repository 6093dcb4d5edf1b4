"""The mouse wheel scrolls the page, never a field it happens to pass over.

A combo box, date or number field takes the wheel only while it has keyboard focus
(the user clicked or tabbed into it). Otherwise the wheel goes to the scroll area
around it, so scrolling through a long plan section cannot change a goal's life
domain or an evaluation date by itself – and autosave would keep the change.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QSlider, QWidget

_GUARDED = (QComboBox, QAbstractSpinBox, QSlider)


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, _GUARDED):
            # no focus by the wheel alone: only a click or Tab gives it the wheel
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel and isinstance(watched, _GUARDED) and not watched.hasFocus():
            area = _scroll_area_around(watched)
            if area is not None:
                sideways = event.angleDelta().x() and not event.angleDelta().y()
                bar = area.horizontalScrollBar() if sideways else area.verticalScrollBar()
                QCoreApplication.sendEvent(bar, event)
            return True  # the field itself never sees it
        return False


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def install_wheel_guard(app: QCoreApplication) -> None:
    """Once per application (further calls do nothing)."""
    if getattr(app, "_teilhabe_wheel_guard", None) is None:
        guard = WheelGuard(app)
        app.installEventFilter(guard)
        app._teilhabe_wheel_guard = guard
