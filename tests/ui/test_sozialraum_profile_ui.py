"""Page *Sozialräume*: the profile beside the tree, its description, the planning report
dialog with merging – with real key and mouse events."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from teilhabe_desktop.session import Session
from teilhabe_desktop.ui.sozialraum.planning_dialog import PlanningDialog
from teilhabe_desktop.ui.sozialraum.sozialraeume_page import SozialraeumePage
from tests.planning_fixtures import craft


@pytest.fixture
def session(store):
    craft(store)
    return Session(store)


@pytest.fixture
def soz_page(qtbot, session):
    widget = SozialraeumePage(session)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def test_the_first_sozialraum_is_shown_with_its_figures(soz_page):
    panel = soz_page.profile
    assert "Lobeda" in panel.title.text()
    assert "Einwohner 2020: 25.046" in panel.figures.text()
    # offers in Lobeda, d9: the two of the crafted catalogue, beside the other Sozialräume
    assert panel.offers_map.texts(8) == ["2", "0", "0", "0", "0"]
    # planning figures: Lobeda d9 has 3 persons, d4 one
    persons = panel.planning_map.texts(0)
    assert persons[3] == "< 3" and persons[8] == "3"


def test_choosing_a_district_shows_its_sozialraum(qtbot, soz_page):
    soz_page.place_input.clear()
    proxy = soz_page.proxy
    winzerla = proxy.index(1, 0)
    soz_page.tree.setCurrentIndex(proxy.index(0, 0, winzerla))
    assert "Winzerla" in soz_page.profile.title.text()


def test_the_description_is_saved_with_who_edited_it(qtbot, soz_page, session):
    panel = soz_page.profile
    panel.description.clear()
    qtbot.keyClicks(panel.description, "Viel Gruen, Stadtteilbuero am Markt.")
    qtbot.keyClicks(panel.editor, "Frau Kruger")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    text = session.store.sozialraum_profiles.text("lobeda")
    assert (text.description, text.edited_by) == (
        "Viel Gruen, Stadtteilbuero am Markt.",
        "Frau Kruger",
    )
    assert "Zuletzt bearbeitet von Frau Kruger" in panel.edited.text()


def test_a_description_without_a_name_is_refused(qtbot, soz_page, session, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    qtbot.keyClicks(soz_page.profile.description, "Neu")
    qtbot.mouseClick(soz_page.profile.save_button, Qt.MouseButton.LeftButton)
    assert warnings and "wer" in warnings[0]
    assert session.store.sozialraum_profiles.text("lobeda").description == ""


def test_the_profile_is_saved_as_pdf(soz_page, tmp_path):
    out = tmp_path / "lobeda.pdf"
    assert soz_page.profile.save_pdf(out)
    assert out.read_bytes().startswith(b"%PDF")


def test_the_planning_report_button_opens_the_dialog(qtbot, soz_page):
    from PySide6.QtWidgets import QPushButton

    button = next(
        b for b in soz_page.profile.findChildren(QPushButton) if b.text().startswith("Planungs")
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = soz_page.findChild(PlanningDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def _dialog(qtbot, session) -> PlanningDialog:
    dialog = PlanningDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_dialog_shows_suppressed_figures_and_merges(qtbot, session, tmp_path: Path):
    dialog = _dialog(qtbot, session)
    lobeda = dialog.map.texts(0)
    assert lobeda[3] == "< 3" and lobeda[8] == "3"
    assert "Chor ohne Noten" in dialog.notes.text()
    assert "enthielten einen Namen" in dialog.notes.text()
    parts = [tmp_path / f"{n}.vertraulich.json" for n in "ab"]
    for part in parts:
        assert dialog.save_merge_input(part)
    dialog.measure.setCurrentIndex(dialog.measure.findData("no_link"))
    assert dialog.map.texts(0)[8] == "< 3"  # 2 on this workstation
    assert dialog.merge(parts)
    assert dialog.map.texts(0)[8] == "4"  # 2 + 2 after merging
    assert "2 Arbeitsplätzen" in dialog.source.text()
    out = tmp_path / "stadt.csv"
    assert dialog.save_report(out)
    assert "Lobeda;d9 " in out.read_text(encoding="utf-8-sig")
    qtbot.mouseClick(dialog.own, Qt.MouseButton.LeftButton)
    assert dialog.map.texts(0)[8] == "< 3"


def test_a_bad_file_to_merge_is_refused(qtbot, session, tmp_path, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    bad = tmp_path / "x.vertraulich.json"
    bad.write_text("{}", encoding="utf-8")
    dialog = _dialog(qtbot, session)
    assert not dialog.merge([bad])
    assert warnings and "keine Datei mit Planungsdaten" in warnings[0]
    assert "Dieser Arbeitsplatz" in dialog.source.text()


def test_figures_to_merge_are_sealed_and_open_with_the_shared_passphrase(
    qtbot, session, tmp_path, monkeypatch
):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog

    from teilhabe_desktop.ui.common.file_passphrase import (
        ExportPassphraseDialog,
        ImportPassphraseDialog,
    )

    part = tmp_path / "a.vertraulich.json"
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(part), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(part)], ""))
    dialog = _dialog(qtbot, session)
    seen = []

    def type_into(kind, fields, passphrase):
        asked = QApplication.activeModalWidget()
        seen.append(type(asked))
        assert isinstance(asked, kind)
        for field in fields(asked):
            qtbot.keyClicks(field, passphrase)
        qtbot.keyClick(fields(asked)[0], Qt.Key.Key_Return)

    secret = "Sozialplanung Jena 2026"
    QTimer.singleShot(
        0, lambda: type_into(ExportPassphraseDialog, lambda d: [d.first, d.second], secret)
    )
    qtbot.mouseClick(dialog.for_merge, Qt.MouseButton.LeftButton)
    text = part.read_text(encoding="utf-8")
    assert "teilhabe-desktop-sealed" in text and "lobeda" not in text
    # a wrong passphrase is said so, the right one opens the file
    QTimer.singleShot(
        0, lambda: type_into(ImportPassphraseDialog, lambda d: [d.field], "falsch1234")
    )
    merge_button = next(b for b in dialog.findChildren(type(dialog.for_merge))
                        if b.text() == "Zusammenführen …")  # fmt: skip

    def second_try():
        asked = QApplication.activeModalWidget()
        assert "nicht richtig" in asked.error.text()
        type_into(ImportPassphraseDialog, lambda d: [d.field], secret)

    QTimer.singleShot(300, second_try)
    qtbot.mouseClick(merge_button, Qt.MouseButton.LeftButton)
    assert seen == [ExportPassphraseDialog, ImportPassphraseDialog, ImportPassphraseDialog]
    assert dialog.source.text().startswith("Zusammengeführt aus 1 Arbeitsplatz")
    assert dialog.merge_passphrase == secret
