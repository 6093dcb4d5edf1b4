"""A button with a menu of checkable choices (several may be picked).

The menu stays open while the user ticks entries (mouse, Enter or Space), so picking
three Sozialräume takes three clicks, not three menu openings. The button text says
what is chosen: "Sozialraum: alle", "Sozialraum: Lobeda, Ost", "Sozialraum: 3 gewählt".
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolButton, QWidget

from teilhabe_desktop.ui.common.plain_text import literal


class _StayOpenMenu(QMenu):
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        action = self.activeAction()
        if action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self.activeAction()
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if event.key() in keys and action is not None and action.isCheckable():
            action.trigger()
            event.accept()
            return
        super().keyPressEvent(event)


class FilterMenuButton(QToolButton):
    """Multi-select filter. ``changed`` is emitted with nothing after every tick."""

    changed = Signal()

    def __init__(
        self,
        title: str,
        choices: list[tuple[object, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._title = title
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setAccessibleName(title)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._menu = _StayOpenMenu(self)
        self._actions: dict[object, QAction] = {}
        for key, label in choices:
            action = QAction(label, self._menu)
            action.setCheckable(True)
            action.toggled.connect(self._on_toggled)
            self._menu.addAction(action)
            self._actions[key] = action
        self.setMenu(self._menu)
        self._update_text()

    def keys(self) -> list[object]:
        return list(self._actions)

    def action(self, key: object) -> QAction:
        return self._actions[key]

    def checked(self) -> frozenset:
        return frozenset(key for key, action in self._actions.items() if action.isChecked())

    def set_checked(self, keys) -> None:
        keys = set(keys)
        changed = False
        for key, action in self._actions.items():
            if action.isChecked() != (key in keys):
                action.blockSignals(True)
                action.setChecked(key in keys)
                action.blockSignals(False)
                changed = True
        if changed:
            self._update_text()
            self.changed.emit()

    def _on_toggled(self, _checked: bool) -> None:
        self._update_text()
        self.changed.emit()

    def _update_text(self) -> None:
        chosen = [a.text() for a in self._actions.values() if a.isChecked()]
        if not chosen:
            summary = self.tr("alle")
        elif len(chosen) <= 2:
            summary = ", ".join(chosen)
        else:
            summary = self.tr("%1 gewählt").replace("%1", str(len(chosen)))
        self.setText(f"{self._title}: {summary}")
        self.setToolTip(literal(f"{self._title}: {', '.join(chosen) or self.tr('alle')}"))
