"""Rows for the "In Leichter Sprache" fields of a plan item: the field, and the
checker's findings right under it while the caseworker types (``ui.common.plain_findings``
with the shipped Wörter-Buch as known words)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from teilhabe_desktop.core.glossary import GlossaryEntry, known_words, merged
from teilhabe_desktop.ui.common.plain_findings import PlainFindings, attach_plain_findings


def glossary_words(terms: dict[str, str]) -> list[str]:
    """The words the checker treats as known: the shipped Wörter-Buch and ``terms``
    (the office's own, term -> explanation)."""
    return known_words(merged(GlossaryEntry(t, e) for t, e in terms.items()))


def add_plain_row(
    words: Iterable[str], form: QFormLayout, label: str, edit: QLineEdit
) -> PlainFindings:
    """``label: edit`` as a row of ``form``, the findings in the row below."""
    form.addRow(label, edit)
    return attach_plain_findings(edit, words)


def with_plain_line(words: Iterable[str], row: QWidget, edit: QLineEdit) -> QWidget:
    """``row`` with ``edit`` and its findings under it (a list item without a form)."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(row)
    layout.addWidget(edit)
    attach_plain_findings(edit, words)
    return box
