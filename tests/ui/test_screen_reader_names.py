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


def _spoken(widget) -> str:
    """What Orca says when the focus reaches ``widget``: the names of the containers
    around it, the label that labels it (AT-SPI's labelled-by relation) and its own name.
    On Linux a combo box's own name is its current text, so its context must come from
    the label and the containers."""
    interface = QAccessible.queryAccessibleInterface(widget)
    parts = [_name(widget)]
    for label, _relation in interface.relations(QAccessible.RelationFlag.Label):
        parts.insert(0, label.text(QAccessible.Text.Name).strip())
    parent = interface.parent()
    while parent is not None and parent.isValid() and parent.object() is not widget.window():
        name = parent.text(QAccessible.Text.Name).strip()
        if name:
            parts.insert(0, name)
        parent = parent.parent()
    return " / ".join(p for p in parts if p)


def test_repeated_controls_are_read_with_their_goal_step_or_contact(qtbot, main_window, store):
    problems = []
    for name, screen in each_screen(qtbot, main_window, store):
        spoken: dict[str, list[str]] = {}
        for kind in _CONTROLS:
            for widget in screen.findChildren(kind):
                if widget.isVisible() and not widget.objectName().startswith("qt_"):
                    spoken.setdefault(_spoken(widget), []).append(widget.objectName())
        problems += [f"{name}: {text!r} {keys}" for text, keys in spoken.items() if len(keys) > 1]
    assert problems == [], "\n".join(problems)


def test_a_goals_status_box_is_read_with_its_goal(qtbot, main_window, store):
    from tests.plan_fixtures import save_lobeda

    person_id = save_lobeda(store)
    page = main_window.persons_page
    page.refresh()
    page.open_person(person_id)
    workspace = page.workspace
    workspace.show_section("goals")
    goals = workspace.section("goals")
    second = workspace.document.plan.goals[1].id
    status = goals.findChild(QComboBox, f"goal:{second}:status")
    assert _spoken(status).endswith("Ziel 2 / Stand: / " + status.currentText())
    workspace.show_section("offers")
    box = workspace.section("offers").findChild(QAbstractButton, f"goal:{second}:no_offer")
    assert "Ziel 2: Kein passendes Angebot im Sozialraum" in _spoken(box)
