"""User and catalogue text in Qt widgets: shown as written, never read as markup.

Qt guesses the format of label, tooltip and message box texts (``Qt.AutoText``): an
imported offer name such as ``<b>X</b>`` would turn bold, ``<img src=…>`` would load a
file. So:

- text without markup goes into :func:`plain_label` (format fixed to plain text);
- markup around user text is built with :func:`rich`, which escapes every value, and
  shown in a :func:`rich_label` (format fixed to rich text);
- tooltips, item tooltips and message box texts, whose format Qt always guesses, go
  through :func:`literal`.
"""

from __future__ import annotations

import re
from html import escape

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

_MARKER = re.compile(r"%(\d+)")


def plain_label(text: str = "", wrap: bool = False, parent: QWidget | None = None) -> QLabel:
    """A label that shows ``text`` literally."""
    return _label(text, Qt.TextFormat.PlainText, wrap, parent)


def rich_label(html: str = "", wrap: bool = False, parent: QWidget | None = None) -> QLabel:
    """A label for markup built by :func:`rich` (or fixed markup without user text)."""
    return _label(html, Qt.TextFormat.RichText, wrap, parent)


def _label(text: str, text_format: Qt.TextFormat, wrap: bool, parent: QWidget | None) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(text_format)
    label.setText(text)
    label.setWordWrap(wrap)
    return label


def rich(template: str, *values: str) -> str:
    """``template`` (trusted markup, e.g. from ``tr()``) with ``%1``, ``%2`` … replaced by
    the escaped ``values`` in one pass (a value containing "%2" stays as it is)."""
    return _MARKER.sub(lambda m: escape(values[int(m.group(1)) - 1]), template)


def literal(text: str) -> str:
    """Plain ``text`` for a widget that guesses the format (tooltips, message boxes).

    Unchanged where Qt would show it as plain text anyway; otherwise as HTML that shows
    it as written."""
    if not QtGui.Qt.mightBeRichText(text):
        return text
    return QtGui.Qt.convertFromPlainText(text)
