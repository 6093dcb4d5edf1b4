"""Leichte-Sprache findings under a text field, re-checked when the typing pauses.

Usage (a field for a text the person will read, e.g. "In Leichter Sprache")::

    findings = attach_plain_findings(self.plain_edit, glossary=["Sozialraum", "Assistenz"])

The label appears right under the field when the field sits in a box or form layout;
elsewhere put the returned widget where it belongs. It stays hidden while the text has
no findings. ``findings.set_glossary(words)`` changes the explained words;
``findings.checked`` tells the number of findings after each check.

Accessibility: the label has an accessible name and the field as its buddy; the field's
accessible description says how many findings there are, so a screen reader user hears
it on the field and finds the list right after it.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from teilhabe_desktop.core.plain_check import PlainChecker, SentenceCheck, warm_up
from teilhabe_desktop.ui.common.workers import BackgroundJob

#: Re-check this long after the last key press.
PAUSE_MS = 300
#: At most this many findings are listed; the rest are counted.
MAX_LINES = 5

TextField = QPlainTextEdit | QLineEdit


_warming: list[BackgroundJob] = []


def warm_up_once() -> None:
    """Load the checker's models in the background, once per process. The job belongs to
    the application, so a field or dialog closed meanwhile cannot pull it from under
    the worker (which then reported "Signal source has been deleted")."""
    if _warming:
        return
    job = BackgroundJob(lambda task: warm_up(), parent=QCoreApplication.instance())
    _warming.append(job)
    job.start()


class PlainFindings(QLabel):
    """The findings of one field as a short German list (plain text, never markup)."""

    #: the number of findings after each check
    checked = Signal(int)

    def __init__(
        self, field: TextField, glossary: Iterable[str] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent if parent is not None else field.parentWidget())
        self.field = field
        self._checker = PlainChecker(glossary)
        self._description = field.accessibleDescription()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setAccessibleName(self.tr("Hinweise zur Leichten Sprache"))
        self.setBuddy(field)
        self.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self.recheck)
        field.textChanged.connect(self._typed)
        warm_up_once()  # the models take a second to load: in the background, now

    def set_glossary(self, words: Iterable[str]) -> None:
        self._checker = PlainChecker(words)
        self.recheck()

    def _typed(self, *_args) -> None:
        self._timer.start()

    def _text(self) -> str:
        if isinstance(self.field, QPlainTextEdit):
            return self.field.toPlainText()
        return self.field.text()

    def recheck(self) -> None:
        self._timer.stop()
        text = self._text()
        sentences = self._checker.check(text) if text.strip() else []
        count = sum(len(s.findings) for s in sentences)
        self.setText(self._list(sentences, text, count))
        self.setVisible(count > 0)
        self.field.setAccessibleDescription(
            " ".join(p for p in (self._description, self._summary(count)) if p)
        )
        self.checked.emit(count)

    def _summary(self, count: int) -> str:
        if not count:
            return ""
        if count == 1:
            return self.tr("1 Hinweis zur Leichten Sprache")
        return self.tr("%1 Hinweise zur Leichten Sprache").replace("%1", str(count))

    def _list(self, sentences: list[SentenceCheck], text: str, count: int) -> str:
        if not count:
            return ""
        lines = [self._summary(count) + ":"]
        for number, sentence in enumerate(sentences, 1):
            for finding in sentence.findings:
                line = self.tr("Satz %1: %2").replace("%2", finding.line(text))
                lines.append("• " + line.replace("%1", str(number)))
        if len(lines) > MAX_LINES + 1:
            rest = len(lines) - 1 - MAX_LINES
            more = self.tr("… und %1 weitere").replace("%1", str(rest))
            lines = [*lines[: MAX_LINES + 1], more]
        return "\n".join(lines)


def _containing_layout(layout: QLayout, widget: QWidget) -> QLayout | None:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is widget:
            return layout
        if item.layout() is not None:
            found = _containing_layout(item.layout(), widget)
            if found is not None:
                return found
    return None


def _place_under(field: TextField, findings: PlainFindings) -> None:
    parent = field.parentWidget()
    top = parent.layout() if parent is not None else None
    layout = _containing_layout(top, field) if top is not None else None
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(layout.indexOf(field) + 1, findings)
    elif isinstance(layout, QFormLayout):
        row, _role = layout.getWidgetPosition(field)
        layout.insertRow(row + 1, findings)


def attach_plain_findings(field: TextField, glossary: Iterable[str] = ()) -> PlainFindings:
    """Check ``field``'s text for Leichte Sprache as the caseworker types; the findings
    show under it (see the module's docstring)."""
    findings = PlainFindings(field, glossary)
    _place_under(field, findings)
    return findings
