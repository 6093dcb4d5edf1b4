"""The *Personen* list shows persons in the repository's order, also after header clicks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from teilhabe_desktop.core.plan import Person
from teilhabe_desktop.session import Session
from teilhabe_desktop.store.persons import PersonRepository
from teilhabe_desktop.ui.persons.person_table_model import FILE_NUMBER, NAME
from teilhabe_desktop.ui.persons.persons_page import PersonsPage

# Last names of several words and particles: the last word of the display name is not
# the last name, so a guess from the display name orders them differently.
PERSONS = [
    Person("p1", "Anna Maria", "von Berg", file_number="AZ-4"),
    Person("p2", "Jan", "de Vries", file_number="AZ-1"),
    Person("p3", "Karl", "Müller Lüdenscheidt", file_number="AZ-3"),
    Person("p4", "Zoë", "Adler", file_number="AZ-2"),
    Person("p5", "Ömer", "Adler", file_number="AZ-5"),
]
REPOSITORY_ORDER = [
    "Ömer Adler",
    "Zoë Adler",
    "Jan de Vries",
    "Karl Müller Lüdenscheidt",
    "Anna Maria von Berg",
]


def _unused_workspace(store, person_id):  # pragma: no cover - never opened here
    raise AssertionError("no workspace in this test")


@pytest.fixture
def page(qtbot, store):
    repo = PersonRepository(store.db)
    for person in PERSONS:
        repo.save(person)
    widget = PersonsPage(Session(store), _unused_workspace)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown_names(page: PersonsPage) -> list[str]:
    model = page.table.model()
    return [model.index(row, NAME).data() for row in range(model.rowCount())]


def click_header(qtbot, page: PersonsPage, column: int) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def test_repository_orders_by_last_then_first_name(store):
    repo = PersonRepository(store.db)
    for person in PERSONS:
        repo.save(person)
    names = [row.display_name for row in repo.list()]
    assert names == REPOSITORY_ORDER


def test_initial_order_is_the_repository_order(page):
    assert shown_names(page) == [r.display_name for r in page.repo.list()] == REPOSITORY_ORDER


def test_clicking_the_name_header_keeps_the_repository_order(qtbot, page):
    click_header(qtbot, page, NAME)
    assert page.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert shown_names(page) == REPOSITORY_ORDER[::-1]
    click_header(qtbot, page, NAME)
    assert shown_names(page) == REPOSITORY_ORDER
    click_header(qtbot, page, FILE_NUMBER)
    assert shown_names(page)[0] == "Jan de Vries"  # AZ-1
    click_header(qtbot, page, NAME)
    assert shown_names(page) == REPOSITORY_ORDER
