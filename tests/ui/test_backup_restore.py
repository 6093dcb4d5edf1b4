"""Backups from the GUI: daily while open, restore from the menu, and the offer to put the
newest backup back when the database cannot be opened."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from teilhabe_desktop.core.plan import Person
from teilhabe_desktop.keys import FixedKeys
from teilhabe_desktop.session import open_session
from teilhabe_desktop.store.backup import backups_in
from teilhabe_desktop.store.errors import DatabaseUnusable
from tests.conftest import TEST_PASSPHRASE


@pytest.fixture
def fixed_keys_in_gui(monkeypatch):
    from teilhabe_desktop.ui.shell import app

    def open_with_test_keys(db_path, demo=False):
        return open_session(db_path, keys=FixedKeys(TEST_PASSPHRASE), demo=demo)

    monkeypatch.setattr(app, "open_gui_session", open_with_test_keys)
    return app


def _with_backup(db_path, keys):
    with open_session(db_path, keys=keys) as session:
        session.persons.save(Person("p1", "Mira", "Beispiel"))
        return session.backup()


def test_an_empty_file_is_replaced_by_the_newest_backup_when_the_person_agrees(
    db_path, keys, fixed_keys_in_gui
):
    _with_backup(db_path, keys)
    db_path.write_bytes(b"")  # what a failed copy leaves behind
    offered = []
    session = fixed_keys_in_gui.open_or_restore(
        db_path, offer=lambda message, backup: offered.append(message) or True
    )
    try:
        assert session.persons.exists("p1")
    finally:
        session.close()
    assert "0 Byte" in offered[0]
    kept = list(db_path.parent.glob("teilhabe.db.unbrauchbar-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == b""  # kept, not deleted


def test_declining_the_offer_changes_nothing(db_path, keys, fixed_keys_in_gui):
    _with_backup(db_path, keys)
    db_path.write_bytes(db_path.read_bytes()[:40])
    before = db_path.read_bytes()
    with pytest.raises(DatabaseUnusable):
        fixed_keys_in_gui.open_or_restore(db_path, offer=lambda message, backup: False)
    assert db_path.read_bytes() == before


def test_the_offer_dialog_says_what_happened_and_restores_on_click(qtbot, db_path, keys):
    from teilhabe_desktop.ui.shell.restore_offer import RestoreOffer

    backup = _with_backup(db_path, keys)
    dialog = RestoreOffer("Die Datei ist leer (0 Byte).", backup)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == RestoreOffer.DialogCode.Accepted


def _click_menu_action(qtbot, window, menu_title, action):
    menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == menu_title
    )
    bar = window.menuBar()
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(menu.menuAction()).center()
    )
    qtbot.waitUntil(menu.isVisible)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def test_restore_from_the_file_menu_brings_the_backup_back(qtbot, encrypted_window, monkeypatch):
    window = encrypted_window
    session = window.session
    session.persons.save(Person("p1", "Mira", "Beispiel"))
    backup = session.backup()
    session.persons.delete("p1")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    _click_menu_action(qtbot, window, "Datei", window.restore_action)
    qtbot.waitUntil(lambda: window.restart_requested)
    assert session.persons.exists("p1")
    assert "vorige Stand" in told[0]
    assert not window.isVisible()  # it opens anew on the restored data


def test_a_daily_backup_is_written_while_the_window_stays_open(encrypted_window):
    window = encrypted_window
    daily = window.daily_backup
    first = daily.check()
    assert first is not None  # none yet today
    assert daily.check() is None  # one a day is enough
    later = daily.check(now=datetime.now() + timedelta(days=1, minutes=1))
    assert later is not None and later != first  # a day later: the next one
    assert backups_in(window.session.backup_folder)[0][1] == later
