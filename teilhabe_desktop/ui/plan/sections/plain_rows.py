"""Rows for the "In Leichter Sprache" fields of a plan item: the field, and the
checker's findings right under it while the caseworker types (``ui.common.plain_findings``
with the shipped Wörter-Buch as known words)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from teilhabe_desktop.core.glossary import SHIPPED, known_words
from teilhabe_desktop.ui.common.plain_findings import PlainFindings, attach_plain_findings


def add_plain_row(form: QFormLayout, label: str, edit: QLineEdit) -> PlainFindings:
    """``label: edit`` as a row of ``form``, the findings in the row below."""
    form.addRow(label, edit)
    return attach_plain_findings(edit, known_words(SHIPPED))


def with_plain_line(row: QWidget, edit: QLineEdit) -> QWidget:
    """``row`` with ``edit`` and its findings under it (a list item without a form)."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(row)
    layout.addWidget(edit)
    attach_plain_findings(edit, known_words(SHIPPED))
    return box
