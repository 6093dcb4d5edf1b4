"""The workspace follows the plan-section registry: navigation, pages, headings."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from teilhabe_desktop.core.plan import Person
from teilhabe_desktop.core.plan_sections import PLAN_SECTIONS, section_keys
from teilhabe_desktop.store.persons import PersonRepository
from teilhabe_desktop.ui.plan.sections import SECTION_WIDGETS

#: what the navigation shows (from the registry; a change here is a change users see)
NAVIGATION = [
    "Person",
    "1 Wünsche und Wille",
    "2 Ziele",
    "3 Ressourcen und Netzwerk",
    "4 Sozialräume",
    "5 Angebote",
    "6 Schritte",
    "7 Leistungen",
    "8 Verfahren und Bedarf",
    "9 Überprüfung und Versionen",
]
HEADINGS = {
    "wishes": "1  Wünsche und Wille",
    "goals": "2  Ziele",
    "resources": "3  Ressourcen, Netzwerk und Umweltfaktoren",
    "sozialraeume": "4  Sozialräume",
    "offers": "5  Angebote",
    "steps": "6  Schritte",
    "services": "7  Leistungen",
    "gesamtplan": "8  Gesamtplanverfahren und Bedarf",
    "review": "9  Überprüfung und Versionen",
}


@pytest.fixture
def workspace(store, open_workspace):
    PersonRepository(store.db).save(Person("p1", "Anna", "Beispiel"))
    return open_workspace("p1", (1100, 750))


def test_one_navigation_entry_per_registry_section_in_order(workspace):
    navigation = workspace.navigation
    texts = [navigation.item(row).text() for row in range(navigation.count())]
    assert texts == ["Person"] + [f"{s.number} {s.label}" for s in PLAN_SECTIONS]
    assert texts == NAVIGATION
    assert list(workspace.sections) == ["person", *section_keys()]
    for row, key in enumerate(workspace.sections):
        assert workspace.stack.widget(row) is workspace.section(key)


def test_each_page_is_its_registry_widget_with_the_heading_of_before(qtbot, workspace):
    for spec in PLAN_SECTIONS:
        workspace.show_section(spec.key)
        page = workspace.section(spec.key)
        assert workspace.stack.currentWidget() is page
        assert type(page) is SECTION_WIDGETS[spec.key]
        qtbot.waitUntil(lambda page=page: page.widget().findChild(QLabel) is not None)
        heading = page.widget().findChild(QLabel)
        assert heading.accessibleName() == HEADINGS[spec.key]
        assert HEADINGS[spec.key] in heading.text()


def test_every_section_has_a_widget():
    for key in section_keys():
        assert key in SECTION_WIDGETS, key
        assert SECTION_WIDGETS[key].key == key
    assert len(SECTION_WIDGETS) == len(PLAN_SECTIONS)
