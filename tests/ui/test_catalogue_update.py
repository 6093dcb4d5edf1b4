"""*Katalog aktualisieren …* on the offers page: trust the team once (fingerprint shown),
see the preview, decide the conflict, apply; the detail says "eingestellt (zentral)"."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from teilhabe_desktop.core.catalogue import Offer
from teilhabe_desktop.session import open_session
from teilhabe_desktop.ui.catalogue.offers_page import OffersPage
from teilhabe_desktop.ui.catalogue.update_dialog import UpdateDialog


@pytest.fixture
def setup(qtbot, tmp_path, keys):
    centre = open_session(tmp_path / "zentrale.db", keys=keys)
    centre.catalogue.save(Offer("o-cafe", "Nachbarschaftscafe", description="Kaffee"))
    centre.catalogue.save(Offer("o-chor", "Chor fuer alle"))
    first = centre.publish_catalogue(tmp_path / "k1.zip", "ISP Jena")
    desk = open_session(tmp_path / "platz.db", keys=keys)
    page = OffersPage(desk)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    yield centre, desk, page, first
    centre.close()
    desk.close()


def _choose_files(monkeypatch, *paths) -> None:
    queue = [str(p) for p in paths]
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (queue.pop(0), ""))
    )


def test_trust_preview_decide_and_apply(qtbot, setup, monkeypatch, tmp_path):
    centre, desk, page, (package, pub, _seq, _n, fingerprint) = setup
    asked = []

    def confirm(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(confirm))
    _choose_files(monkeypatch, pub, package)

    def apply_at_once():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, UpdateDialog)
        assert "Neu: 2" in dialog.summary.text()
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(50, apply_at_once)
    qtbot.mouseClick(page.update_button, Qt.MouseButton.LeftButton)
    assert fingerprint in asked[0]  # the user compares it before trusting
    assert desk.catalogue.total() == 2 and page.model.rowCount() == 2

    desk.catalogue.save(replace(desk.catalogue.get("o-cafe"), description="Kaffee hier"))
    centre.catalogue.save(replace(centre.catalogue.get("o-cafe"), description="Kaffee dort"))
    centre.store.db.execute("DELETE FROM offer WHERE id = 'o-chor'")
    second = centre.publish_catalogue(tmp_path / "k2.zip", None)[0]
    _choose_files(monkeypatch, second)

    def decide():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, UpdateDialog)
        assert not dialog.apply_button.isEnabled()  # the conflict is not decided yet
        box = dialog.choices[0]
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Down)
        qtbot.keyClick(box, Qt.Key.Key_Down)  # "Zentral übernehmen"
        assert dialog.apply_button.isEnabled()
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(50, decide)
    qtbot.mouseClick(page.update_button, Qt.MouseButton.LeftButton)
    assert desk.catalogue.get("o-cafe").description == "Kaffee dort"
    assert desk.offer_notes("o-chor") == ["eingestellt (zentral)"]
    page.detail.show_offer(desk.catalogue.get("o-chor"), desk.offer_notes("o-chor"))
    assert "eingestellt (zentral)" in page.detail.badge_texts()


def test_a_replayed_package_changes_nothing(qtbot, setup, monkeypatch):
    _centre, desk, page, (package, pub, *_rest) = setup
    desk.trust_publisher(pub)
    desk.apply_catalogue_update(desk.preview_catalogue_update(package))
    said = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda parent, title, text: said.append(text))
    )
    _choose_files(monkeypatch, package)
    qtbot.mouseClick(page.update_button, Qt.MouseButton.LeftButton)
    assert said and "bereits eingespielt" in said[0]
