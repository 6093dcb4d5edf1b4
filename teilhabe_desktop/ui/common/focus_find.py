"""Give the focus to a field found by its object name, with ``*`` as a wild card.

Sections name their editors ``"goal:<id>:indicator:text"``; a jump from a message that
knows only the field ("the first goal's indicator") asks for ``"goal:*:indicator*"``.
"""

from __future__ import annotations

from fnmatch import fnmatchcase

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QWidget


def find_field(root: QWidget, pattern: str) -> QWidget | None:
    """The first focusable widget under ``root`` whose object name matches ``pattern``."""
    for widget in root.findChildren(QWidget):
        name = widget.objectName()
        if name and fnmatchcase(name, pattern) and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            return widget
    return None


def focus_field(root: QWidget, patterns: str) -> bool:
    """Focus the field matching the first of ``patterns`` ("a|b") that matches one and
    scroll it into view; False if none matches."""
    target = next(
        (t for t in (find_field(root, p) for p in patterns.split("|")) if t is not None), None
    )
    if target is None:
        return False
    target.setFocus(Qt.FocusReason.OtherFocusReason)
    scroll = root if isinstance(root, QScrollArea) else None
    if scroll is not None:
        scroll.ensureWidgetVisible(target)
    return True
