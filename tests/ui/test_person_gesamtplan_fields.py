"""Wohnform, Pflegegrad and consents by purpose in the person's details, with real events."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from teilhabe_desktop.core.plan import ConsentPurpose, Housing, Person
from teilhabe_desktop.store.persons import PersonRepository


def test_housing_care_level_and_a_consent_are_stored(qtbot, store, open_workspace):
    PersonRepository(store.db).save(Person("p1", "Anna", "Beispiel"))
    workspace = open_workspace("p1", (1300, 800))
    workspace.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is workspace)
    workspace.show_section("person")
    form = workspace.person_form
    housing = form.findChild(QWidget, "person:housing")
    housing.setFocus()
    for _ in range(4):  # (nicht angegeben) → … → besondere Wohnform
        qtbot.keyClick(housing, Qt.Key.Key_Down)
    care = form.findChild(QWidget, "person:care_level")
    care.setFocus()
    for _ in range(3):  # (nicht angegeben) → kein Pflegegrad → 1 → 2
        qtbot.keyClick(care, Qt.Key.Key_Down)
    box = form.findChild(QWidget, "person:consent:doctors")
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert workspace.flush()
    person = PersonRepository(store.db).get("p1")
    assert person.housing is Housing.SPECIAL
    assert person.care_level == 2
    (consent,) = person.consents
    assert consent.purpose is ConsentPurpose.DOCTORS and consent.given
    assert consent.given_on == date.today()  # ticked in the consultation: today
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert workspace.flush()
    (consent,) = PersonRepository(store.db).get("p1").consents
    assert not consent.given and consent.given_on is None
