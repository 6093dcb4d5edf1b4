"""The network map beside the contact cards: redrawn when a contact is typed or moved to
another sector (real key events), its figures told to a screen reader, no keyboard stop,
and beside the cards on a wide screen, above them on a small one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from teilhabe_desktop.core.plan import NetworkContact, NetworkSector, Person
from teilhabe_desktop.store.persons import PersonRepository
from teilhabe_desktop.store.plans import PlanRepository


@pytest.fixture
def section(qtbot, store, open_workspace):
    PersonRepository(store.db).save(Person("p1", "Anna", "Beispiel"))
    plans = PlanRepository(store.db)
    plan = plans.draft("p1")
    plan.network = [
        NetworkContact("n1", "Mutter", NetworkSector.FAMILY, 1),
        NetworkContact("n2", "", NetworkSector.FAMILY, 2),  # just added, no name yet
    ]
    plans.save_draft(plan)
    workspace = open_workspace("p1", (1400, 900))
    workspace.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is workspace)
    workspace.show_section("resources")
    return workspace.section("resources")


def labels(section) -> list[str]:
    return [spot.label for spot in section.network_map.current_map().placed]


def test_typing_a_name_and_choosing_a_sector_redraws_the_map(qtbot, section):
    network_map = section.network_map
    assert labels(section) == ["Mutter"]
    assert network_map.accessibleName() == "Netzwerkkarte"
    assert network_map.accessibleDescription().startswith("1 Kontakt. Familie: 1,")
    before = network_map.grab().toImage()

    name = section.widget().findChild(QWidget, "contact:n2:name")
    qtbot.mouseClick(name, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(name, "Frau Kaya")
    qtbot.waitUntil(lambda: labels(section) == ["Mutter", "Frau Kaya"])
    assert network_map.grab().toImage() != before
    assert "2 Kontakte. Familie: 2," in network_map.accessibleDescription()
    family = next(s for s in network_map.current_map().placed if s.label == "Frau Kaya")
    assert family.x < 0 < family.y  # Familie: upper left

    sector = section.widget().findChild(QWidget, "contact:n2:sector")
    sector.setFocus()
    qtbot.keyClick(sector, Qt.Key.Key_Down)  # Familie → Freundschaft/Nachbarschaft
    moved = next(s for s in network_map.current_map().placed if s.label == "Frau Kaya")
    assert moved.sector is NetworkSector.FRIENDS and moved.x > 0 < moved.y
    assert "Familie: 1, Freundschaft/Nachbarschaft: 1" in network_map.accessibleDescription()
    for _ in range(2):  # … → Arbeit/Schule → Fachkräfte/Dienste
        qtbot.keyClick(sector, Qt.Key.Key_Down)
    assert "Anteil Fachkräfte/Dienste: 50 %" in network_map.accessibleDescription()


def test_the_map_takes_no_keyboard_stop_the_cards_are_its_equivalent(qtbot, section):
    name = section.widget().findChild(QWidget, "contact:n1:name")
    name.setFocus()
    seen = []
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert section.network_map not in seen
    assert section.network_map.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_beside_the_cards_on_a_wide_screen_and_above_them_on_a_small_one(qtbot, section):
    window = section.window()
    window.resize(1400, 900)
    qtbot.waitUntil(lambda: section.network_grid.arrangement() == 0)
    card = section.widget().findChild(QWidget, "contact:n1:name")
    network_map = section.network_map
    assert (
        network_map.mapTo(section.widget(), network_map.rect().topLeft()).x()
        > card.mapTo(section.widget(), card.rect().topRight()).x()
    )
    window.resize(870, 700)  # about the workspace in a 1024 px main window
    qtbot.waitUntil(lambda: section.network_grid.arrangement() == 1)
    qtbot.waitUntil(lambda: section.horizontalScrollBar().maximum() == 0)
    # map above cards needs less than the section's other rows (strengths) anyway
    assert section.network_grid.arrangement_width(1) < section.viewport().width()
    assert network_map.width() >= 240 and network_map.height() >= 240
    bottom = network_map.mapTo(section.widget(), network_map.rect().bottomLeft()).y()
    assert bottom < card.mapTo(section.widget(), card.rect().topLeft()).y()
