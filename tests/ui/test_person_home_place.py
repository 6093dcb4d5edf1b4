"""Person form: home district and Sozialraum from street and number, then the place name;
what it came from is shown; an ambiguous address asks to choose; always overridable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from teilhabe_desktop.core.plan import Person
from teilhabe_desktop.core.street_directory import Side, StreetRange
from teilhabe_desktop.session import Session
from teilhabe_desktop.ui.persons.person_dialog import PersonDialog
from teilhabe_desktop.ui.persons.person_form import PersonForm


@pytest.fixture
def session(store):
    store.places.replace_street_ranges(
        [
            StreetRange("Karl-Marx-Allee", 63, 1, 29, Side.ODD),
            StreetRange("Karl-Marx-Allee", 62, 2, 30, Side.EVEN),
            StreetRange("Grenzweg", 44),
            StreetRange("Grenzweg", 12),
        ],
        "strassen.csv",
    )
    return Session(store)


@pytest.fixture
def form(qtbot, session):
    form = PersonForm(session.places.locator(), session.reference.sozialraeume(), [], [])
    qtbot.addWidget(form)
    form.set_person(Person("p1", "Anna", "Beispiel"))
    form.show()
    edits: list[dict] = []
    form.edited.connect(lambda _key, changes: edits.append(changes))
    form.edits = edits
    return form


def type_into(qtbot, edit, text: str) -> None:
    edit.setFocus()
    qtbot.keyClicks(edit, text)  # ASCII only (keyClicks aborts on umlauts)


def test_street_and_number_give_district_and_sozialraum_and_say_so(qtbot, form):
    type_into(qtbot, form.lines["place"], "Winzerla")
    type_into(qtbot, form.lines["street"], "Karl-Marx-Allee 12")
    last = form.edits[-1]
    assert (last["home_district_code"], last["home_sozialraum_id"]) == (62, "lobeda")
    assert form.derived.text() == (
        "Aus Straße und Hausnummer „Karl-Marx-Allee 12“ abgeleitet: Lobeda (Bezirk 62 Lobeda-West)"
    )
    assert not form.derived.choice.isVisible()


def test_the_place_name_where_there_is_no_street(qtbot, form):
    type_into(qtbot, form.lines["place"], "Beutenberg (Jena-Sued)")
    last = form.edits[-1]
    assert (last["home_district_code"], last["home_sozialraum_id"]) == (12, "winzerla")
    assert "Aus dem Wohnort „Beutenberg (Jena-Sued)“ abgeleitet: Winzerla" in form.derived.text()


def test_an_ambiguous_street_asks_and_the_choice_sticks(qtbot, form):
    type_into(qtbot, form.lines["street"], "Grenzweg")
    assert form.edits[-1]["home_sozialraum_id"] is None
    choice = form.derived.choice
    assert choice.isVisible()
    assert "passt zu mehreren Orten" in form.derived.text()
    items = [choice.itemText(i) for i in range(choice.count())]
    assert items[1:] == [
        "Bezirk 44 Jena-Süd – Sozialraum West/Zentrum",
        "Bezirk 12 Beutenberg / Winzerlaer Straße – Sozialraum Winzerla",
    ]
    choice.setFocus()
    qtbot.keyClick(choice, Qt.Key.Key_Down)
    qtbot.keyClick(choice, Qt.Key.Key_Down)
    # a closed combo box changes with the arrow keys and reports "activated"
    last = form.edits[-1]
    assert last == {
        "home_sozialraum_overridden": True,
        "home_sozialraum_id": "winzerla",
        "home_district_code": 12,
    }
    assert form.sozialraum.currentData() == "winzerla"
    assert form.derived.text() == (
        "Von Hand gewählt: Winzerla (Bezirk 12 Beutenberg / Winzerlaer Straße)"
    )
    # a later edit of the street does not undo the choice
    type_into(qtbot, form.lines["street"], " 3")
    assert "home_sozialraum_id" not in form.edits[-1]


def test_back_to_derived_after_a_choice_by_hand(qtbot, form):
    type_into(qtbot, form.lines["street"], "Karl-Marx-Allee 13")
    form.sozialraum.setFocus()
    while form.sozialraum.currentData() != "nord":
        qtbot.keyClick(form.sozialraum, Qt.Key.Key_Down)
    assert form.edits[-1] == {
        "home_sozialraum_overridden": True,
        "home_sozialraum_id": "nord",
        "home_district_code": None,
    }
    qtbot.keyClick(form.sozialraum, Qt.Key.Key_Home)  # "aus dem Wohnort ableiten"
    assert form.edits[-1] == {
        "home_sozialraum_overridden": False,
        "home_sozialraum_id": "lobeda",
        "home_district_code": 63,
    }


def test_the_new_person_dialog_saves_the_derived_district(qtbot, session):
    dialog = PersonDialog(session)
    qtbot.addWidget(dialog)
    type_into(qtbot, dialog.form.lines["first_name"], "Ben")
    type_into(qtbot, dialog.form.lines["street"], "Karl-Marx-Allee 14")
    dialog.accept()
    saved = session.persons.get(dialog.person.id)
    assert (saved.home_district_code, saved.home_sozialraum_id) == (62, "lobeda")
