"""Page *Karte*: it opens on the schematic map, shows the offers of the *Angebote* filters
as pins, names them on hover, opens them on click, highlights the selected person's
places, adds a clicked district's Sozialraum to an open plan, and works by keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QCheckBox

from teilhabe_desktop.core.catalogue import Offer
from teilhabe_desktop.core.plan import Person

#: offer id -> (name, place, district whose centroid it stands on)
PLACED = {
    "treff": ("Nachbarschaftstreff Lobeda-Ost", "Lobeda-Ost", 63),
    "werk": ("Werkstatt Winzerla", "Winzerla", 90),
    "cafe": ("Café Wenigenjena", "Wenigenjena Ort", 82),
}


def centroid(store, code: int) -> tuple[float, float]:
    return store.db.execute("SELECT lat, lon FROM district WHERE code = ?", [code]).fetchone()


@pytest.fixture
def window(main_window, store):
    for offer_id, (name, place, code) in PLACED.items():
        lat, lon = centroid(store, code)
        store.catalogue.save(Offer(id=offer_id, name=name, place=place, lat=lat, lon=lon))
    store.catalogue.save(Offer(id="ohne", name="Beratung ohne Adresse", place="Lobeda-Ost"))
    store.persons.save(
        Person(id="p1", first_name="Gerda", last_name="Test", place="Winzerla", city="Jena")
    )
    main_window.persons_page.refresh()
    return main_window


def show_map(qtbot, window):
    window.show_page("map")
    page = window.map_page
    qtbot.waitUntil(lambda: page.loaded)
    return page


def on_screen(page, scene: QPointF) -> QPoint:
    return page.view.mapFromScene(scene)


def pin_ids(page) -> set[str]:
    return set(page.scene.pins.ids)


def hover(widget, position: QPoint) -> None:
    """A real mouse move over ``widget`` without a button held."""
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(position),
        QPointF(widget.mapToGlobal(position)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def type_text(widget, text: str) -> None:
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def test_the_map_opens_with_every_district_marked_schematic(qtbot, window):
    page = show_map(qtbot, window)
    assert len(page.scene.districts) == 41
    assert page.schematic_banner.isVisible()
    assert "Schematische Karte" in page.schematic_banner.text()
    assert pin_ids(page) == set(PLACED)
    assert page.count_label.text() == "4 Angebote, 3 davon auf der Karte"
    # the list names every offer, also the one without a place on the map
    page.list.expand_everything()
    texts = [
        item.text(0)
        for item in page.list.findItems(
            "", Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive
        )
    ]
    assert "Beratung ohne Adresse (ohne Punkt auf der Karte)" in texts
    assert any(t.startswith("63 Lobeda-Ost") and "2 Angebote" in t for t in texts)


def test_the_filters_of_angebote_choose_the_pins(qtbot, window):
    page = show_map(qtbot, window)
    page.filters.sozialraum_button.action("lobeda").trigger()
    assert pin_ids(page) == {"treff"}
    page.filters.reset()
    assert pin_ids(page) == set(PLACED)
    page.search.setFocus()
    type_text(page.search, "Café")
    qtbot.waitUntil(lambda: pin_ids(page) == {"cafe"})
    assert page.count_label.text() == "1 Angebot, 1 davon auf der Karte"


def test_hover_names_a_pin_and_a_click_shows_its_detail(qtbot, window):
    page = show_map(qtbot, window)
    where = on_screen(page, page.scene.pins.position_of("werk"))
    hover(page.view.viewport(), where)
    assert page.view.toolTip() == "Werkstatt Winzerla"
    hover(page.view.viewport(), district_centre(page, 61))
    assert page.view.toolTip() == "61 Lobeda-Altstadt (Lobeda)"
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert page.detail.offer is not None and page.detail.offer.id == "werk"
    assert page.scene.pins.selected_id == "werk"
    assert not page.detail.edit_button.isVisible()  # the map only shows
    assert page.list.current_key() == ("offer", "werk")


def district_centre(page, code: int) -> QPoint:
    from teilhabe_desktop.core.map_layout import label_point

    item = page.scene.districts[code]
    x, y = label_point(_shape(page, code))
    assert item.contains(QPointF(x, -y))
    return on_screen(page, QPointF(x, -y))


def _shape(page, code: int):
    from teilhabe_desktop.core.map_layout import display_shapes

    return display_shapes(page.session.places.map_shapes().shapes)[code]


def test_the_selected_person_is_highlighted_without_an_add_button(qtbot, window):
    persons = window.persons_page
    persons.table.selectRow(0)
    page = show_map(qtbot, window)
    assert page.scene.highlighted == {"winzerla"}
    assert page.scene.home_code == 90
    assert "Gerda Test" in page.focus_label.text()
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=district_centre(page, 61))
    assert page.scene.selected_code == 61
    assert "Sozialraum Lobeda" in page.district_title.text()
    assert not page.add_button.isEnabled()
    assert "Plan einer Person" in page.add_button.toolTip()


def test_a_clicked_district_adds_its_sozialraum_to_the_open_plan(qtbot, window, store):
    window.persons_page.open_person("p1")
    before = store.plans.draft("p1").sozialraum_ids
    assert "lobeda" not in before
    page = show_map(qtbot, window)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=district_centre(page, 61))
    assert page.add_button.isEnabled()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert store.plans.draft("p1").sozialraum_ids == [*before, "lobeda"]  # saved at once
    assert page.scene.highlighted == {"winzerla", "lobeda"}
    assert not page.add_button.isEnabled()  # already there
    workspace = window.persons_page.workspace
    assert "lobeda" in workspace.document.plan.sozialraum_ids
    window.show_page("persons")
    workspace.show_section("sozialraeume")
    box = workspace.section("sozialraeume").findChild(QCheckBox, "sozialraum:lobeda:used")
    assert box.isChecked()  # the plan's section shows it
    workspace.document.undo_stack.undo()  # one undoable step in the plan
    assert workspace.document.plan.sozialraum_ids == before


def test_pan_and_zoom_by_keyboard_and_mouse(qtbot, window):
    page = show_map(qtbot, window)
    view = page.view
    view.setFocus()
    start = view.current_scale
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.current_scale == pytest.approx(start * 1.25)
    bar = view.horizontalScrollBar().value()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.horizontalScrollBar().value() > bar
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.current_scale == pytest.approx(start)
    centre = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(view.viewport().mapToGlobal(centre.toPoint())),
        QPoint(),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.current_scale == pytest.approx(start * 1.25**2)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.current_scale == pytest.approx(start * 1.25)
    # district names come with zooming in, the Sozialräume's names go
    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert page.scene.district_labels[0].isVisible()
    assert not page.scene.sozialraum_labels[0].isVisible()


def test_the_list_beside_the_map_works_by_keyboard(qtbot, window):
    page = show_map(qtbot, window)
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Home)  # Lobeda
    assert page.district_title.text() == "Sozialraum Lobeda"
    qtbot.keyClick(page.list, Qt.Key.Key_Right)  # open it
    qtbot.keyClick(page.list, Qt.Key.Key_Down)  # its first district
    assert page.scene.selected_code == 61
    assert page.district_title.text().startswith("Bezirk 61 Lobeda-Altstadt")
    district = page.list._districts[63]  # Lobeda-Ost: two offers
    assert district.childCount() == 0  # its rows are built when it opens, not with the map
    while page.scene.selected_code != 63:
        qtbot.keyClick(page.list, Qt.Key.Key_Down)
    assert district.isExpanded()
    assert sorted(district.child(i).text(0) for i in range(district.childCount())) == [
        "Beratung ohne Adresse (ohne Punkt auf der Karte)",
        "Nachbarschaftstreff Lobeda-Ost",
    ]
    qtbot.keyClick(page.list, Qt.Key.Key_Down)
    assert page.list.current_key()[0] == "offer" and page.detail.isVisible()


def test_pins_close_together_form_a_cluster_until_zoomed_in(qtbot, window, store):
    lat, lon = centroid(store, 42)
    for n in range(5):
        store.catalogue.save(
            Offer(id=f"nah{n}", name=f"Angebot {n}", place="Jena-West",
                  lat=lat + n * 0.0004, lon=lon)
        )  # fmt: skip
    page = show_map(qtbot, window)
    sizes = sorted(c.size for c in page.scene.pins.visible_clusters)
    assert sizes[-1] == 5
    big = max(page.scene.pins.visible_clusters, key=lambda c: c.size)
    qtbot.mouseClick(
        page.view.viewport(), Qt.MouseButton.LeftButton, pos=on_screen(page, QPointF(big.x, big.y))
    )
    assert page.view.current_scale > page.view.fit_scale  # a click on a cluster zooms in
    for _ in range(12):
        qtbot.keyClick(page.view, Qt.Key.Key_Plus)
    assert max(c.size for c in page.scene.pins.visible_clusters) == 1
