"""The import dialog with lists made elsewhere: every guess shown, mapping saved and
loaded, the sheet of a workbook chosen (issue 11)."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt

from teilhabe_desktop.exchange.column_mapping import load_mapping
from teilhabe_desktop.session import Session
from teilhabe_desktop.store.catalogue import CatalogueRepository
from teilhabe_desktop.ui.catalogue.import_dialog import ImportDialog

GUESSED = (
    "Angebot;Einrichtung;Bezirk;X;Y\n"
    "Lesecafe;Buecherfreunde e.V.;Mitte;11,5862;50,9271\n"
    "Schach;SV Jena;Nord;11,6;50,93\n"
)


@pytest.fixture
def dialog(qtbot, store):
    widget = ImportDialog(Session(store))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def wait_idle(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.job is not None and not dialog.job.running, timeout=10000)


def test_every_guess_is_shown_to_confirm_and_can_be_changed(qtbot, dialog, store, tmp_path):
    path = tmp_path / "liste.csv"
    path.write_text(GUESSED, encoding="utf-8")
    dialog.set_path(path)
    wait_idle(qtbot, dialog)
    rows = {row[0]: row for row in dialog.columns.rows()}
    assert dialog.columns.isVisible() and not dialog.mapping_button.isHidden()
    assert rows["Angebot"][1:3] == ["Name", "vermutet – bitte prüfen"]
    assert rows["Einrichtung"][1:3] == ["Träger", "vermutet – bitte prüfen"]
    assert rows["X"][1] == "Längengrad" and rows["Y"][1] == "Breitengrad"
    assert rows["Bezirk"][1:3] == ["nicht übernommen", "nicht übernommen"]
    assert "„Mitte“" in rows["Bezirk"][4] and rows["Bezirk"][3] == "Mitte, Nord"
    assert "vermuteten und unbekannten Spalten" in dialog.status.text()
    assert dialog.problems.rowCount() == 0  # the guesses stand in the list of columns only
    mapping = dialog.mapping_dialog()
    assert list(mapping.combos) == ["Angebot", "Einrichtung", "Bezirk", "X", "Y"]
    assert mapping.mapping() == {
        "Angebot": "name",
        "Einrichtung": "organization_name",
        "Bezirk": None,
        "X": "lon",
        "Y": "lat",
    }
    mapping.set_choice("Bezirk", "place")
    dialog.apply_mapping(mapping.mapping())
    wait_idle(qtbot, dialog)
    assert "vermuteten" not in dialog.status.text()
    qtbot.mouseClick(dialog.commit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=10000)
    repo = CatalogueRepository(store.db)
    [offer] = [repo.get(i) for i in repo.all_ids() if repo.get(i).name == "Schach"]
    assert offer.place == "Nord" and offer.organization_name == "SV Jena"
    assert (offer.lat, offer.lon) == (50.93, 11.6)


def test_a_mapping_is_saved_and_loaded_again(qtbot, dialog, tmp_path):
    path = tmp_path / "liste.csv"
    path.write_text(GUESSED, encoding="utf-8")
    dialog.set_path(path)
    wait_idle(qtbot, dialog)
    first = dialog.mapping_dialog()
    qtbot.addWidget(first)
    first.set_choice("Bezirk", "place")
    first.set_choice("X", None)
    saved = tmp_path / "zuordnung.json"
    first.save_to(saved)
    assert "gespeichert" in first.message.text()
    assert load_mapping(saved).columns["Bezirk"] == "place"  # the file the CLI reads
    second = dialog.mapping_dialog()
    qtbot.addWidget(second)
    assert second.mapping()["Bezirk"] is None
    second.load_from(saved)
    assert second.mapping()["Bezirk"] == "place" and second.mapping()["X"] is None
    broken = tmp_path / "kaputt.json"
    broken.write_text("[1, 2", encoding="utf-8")
    second.load_from(broken)
    assert "keine lesbare Zuordnungsdatei" in second.message.text()


def test_the_sheet_of_a_workbook_is_chosen(qtbot, dialog, store, tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "Hinweise"
    book.active.append(["Bitte nicht ändern"])
    book.create_sheet("Angebote").append(["Name", "PLZ"])
    book["Angebote"].append(["Strickcafe", "07743"])
    path = tmp_path / "mappe.xlsx"
    book.save(path)
    dialog.set_path(path)
    wait_idle(qtbot, dialog)
    combo = dialog.sheet_combo
    assert combo.isVisible() and [combo.itemText(i) for i in range(combo.count())] == [
        "Hinweise",
        "Angebote",
    ]
    assert "mehrere Blätter" in dialog.status.text() and not dialog.commit_button.isEnabled()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # "Hinweise": no column for the name
    wait_idle(qtbot, dialog)
    assert dialog.preview is None and "keine Spalte für den Namen" in dialog.status.text()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # "Angebote"
    wait_idle(qtbot, dialog)
    assert dialog.count_labels["new"].text() == "1" and combo.currentText() == "Angebote"
    dialog.commit()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=10000)
    repo = CatalogueRepository(store.db)
    assert [repo.get(i).postcode for i in repo.all_ids()] == ["07743"]


def test_rejected_entries_are_counted_apart_from_notes_on_kept_rows(qtbot, dialog, tmp_path):
    path = tmp_path / "liste.csv"
    path.write_text(
        "Name;Telefon;Webseite\n"
        "Lesecafe;0;https://lesecafe.example\n"  # the phone cell is dropped, the row kept
        ";03641 1;\n"  # no name: the entry is rejected
        "Schach;03641 2;htttps://schach.example\n",  # the address kept as raw text
        encoding="utf-8",
    )
    dialog.set_path(path)
    wait_idle(qtbot, dialog)
    counts = {key: label.text() for key, label in dialog.count_labels.items()}
    assert (counts["new"], counts["invalid"]) == ("2", "1")
    kinds = [dialog.problems.item(r, 0).text() for r in range(dialog.problems.rowCount())]
    assert kinds.count("ungültig") == 1
    assert counts["notes"] == str(kinds.count("Hinweis")) and kinds.count("Hinweis") >= 2
    places = {dialog.problems.item(r, 2).text() for r in range(dialog.problems.rowCount())}
    assert {"Zeile 2", "Zeile 3", "Zeile 4"} <= places


def test_a_json_entry_is_named_by_its_number_not_as_a_line(qtbot, dialog, tmp_path):
    path = tmp_path / "katalog.json"
    path.write_text(
        '{"format": "teilhabe-desktop-katalog", "version": 1, "offers": ['
        '{"id": "a1", "name": "Lesecafe"}, {"id": "a2", "name": ""}]}',
        encoding="utf-8",
    )
    dialog.set_path(path)
    wait_idle(qtbot, dialog)
    assert dialog.count_labels["invalid"].text() == "1"
    [row] = [r for r in range(dialog.problems.rowCount())]
    assert dialog.problems.item(row, 2).text().startswith("Eintrag ")
