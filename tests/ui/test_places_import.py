"""*Orte einlesen …*: the city's boundaries and street directory from the GUI — checked
first, saved only with *Übernehmen*, a refused file changes nothing (issue 14)."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from teilhabe_desktop.ui.map.places_import_dialog import PlacesImportDialog
from tests.conftest import TEST_DATA

DISTRICTS = TEST_DATA / "places" / "bezirke-synthetisch.geojson"
STREETS = (
    "Straße;Hausnummer von;Hausnummer bis;Seite;Bezirk;PLZ\n"
    "Karl-Marx-Allee;1;29;ungerade;63;07747\n"
    "Karl-Marx-Allee;2;30;gerade;62;07747\n"
)


def read_file(qtbot, dialog, path) -> None:
    """Type the path and press Enter, as a user who pastes it would."""
    dialog.path_edit.setFocus()
    qtbot.keyClicks(dialog.path_edit, str(path))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.job is not None and not dialog.job.running, timeout=20000)


def test_boundaries_from_the_map_banner_replace_the_schematic_map(qtbot, main_window, store):
    main_window.show_page("map")
    page = main_window.map_page
    qtbot.waitUntil(lambda: page.loaded)
    assert page.banner.isVisible() and page.schematic
    seen = {}

    def in_dialog():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PlacesImportDialog)
        read_file(qtbot, dialog, DISTRICTS)
        seen["summary"] = dialog.details.toPlainText()
        assert not store.places.has_boundaries()  # nothing saved before "Übernehmen"
        qtbot.mouseClick(dialog.commit_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, in_dialog)
    qtbot.mouseClick(page.places_button, Qt.MouseButton.LeftButton)
    assert "41 statistische Bezirke erkannt" in seen["summary"]
    assert store.places.has_boundaries()
    assert not page.schematic and not page.banner.isVisible()
    assert len(page.scene.districts) == 41


def test_a_refused_boundary_file_names_its_problems_and_changes_nothing(qtbot, store, tmp_path):
    data = json.loads(DISTRICTS.read_text(encoding="utf-8"))
    data["features"] = data["features"][:-1]
    broken = tmp_path / "bezirke.geojson"
    broken.write_text(json.dumps(data), encoding="utf-8")
    from teilhabe_desktop.session import Session

    dialog = PlacesImportDialog(Session(store))
    qtbot.addWidget(dialog)
    dialog.show()
    read_file(qtbot, dialog, broken)
    assert "nichts verändert" in dialog.status.text()
    assert "Es fehlen 1 statistische Bezirke" in dialog.details.toPlainText()
    assert not dialog.commit_button.isEnabled() and not store.places.has_boundaries()


def test_the_street_directory_from_the_file_menu(qtbot, main_window, store, tmp_path):
    path = tmp_path / "strassen.csv"
    path.write_text(STREETS, encoding="utf-8")
    seen = {}

    def in_dialog():
        dialog = QApplication.activeModalWidget()
        read_file(qtbot, dialog, path)
        seen["status"] = dialog.status.text()
        qtbot.keyClick(dialog.commit_button, Qt.Key.Key_Space)

    QTimer.singleShot(0, in_dialog)
    main_window.places_action.trigger()
    assert "Straßenverzeichnis geprüft" in seen["status"]
    assert store.places.street_count() == 2
