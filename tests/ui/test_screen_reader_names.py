"""What a screen reader reads (through Qt's accessibility interface, as AT-SPI passes it
to Orca): every control has a name, and a label's name is the text on screen – a status
such as "Nicht gespeichert" must not be read as "Speicherstand"."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

from tests.ui.screens import each_screen

_CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit)


def _name(widget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface else ""


def _problems(screen) -> list[str]:
    found = []
    controls = [w for kind in _CONTROLS for w in screen.findChildren(kind)]
    for widget in controls:
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own inner parts (a spin box's text field): read as the box
        if widget.isVisible() and not _name(widget):
            found.append(f"{type(widget).__name__} {widget.objectName()!r} has no name")
    for label in screen.findChildren(QLabel):
        text = label.text().replace("&", "").strip()
        if not label.isVisible() or not text or not label.accessibleName():
            continue
        if "<" not in text and label.accessibleName() != text:
            found.append(f"label {text!r} is read as {label.accessibleName()!r}")
    return found


def test_every_screen_reads_what_it_shows(qtbot, main_window, store):
    problems = [
        f"{name}: {problem}"
        for name, screen in each_screen(qtbot, main_window, store)
        for problem in _problems(screen)
    ]
    assert problems == [], "\n".join(problems)
    # the save status and the header are read as shown
    workspace = main_window.persons_page.workspace
    assert workspace.title.accessibleName() == ""
    assert workspace.title.accessibleDescription() == "Person"


def test_the_caseworker_field_is_named_where_the_cursor_is(qtbot, main_window, store):
    from teilhabe_desktop.core.plan import Person

    store.persons.save(Person("p1", "Mira", "Beispiel"))
    page = main_window.persons_page
    page.refresh()
    page.open_person("p1")
    page.workspace.show_section("person")
    line = page.workspace.person_form.caseworker.lineEdit()
    assert _name(line) == "Zuständig im Fallmanagement"
