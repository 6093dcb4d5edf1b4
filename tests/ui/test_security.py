"""The GUI's protection: first start, unlock, recovery key, lock screen, passphrase change —
driven with real key and mouse events."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from teilhabe_desktop.session import open_session
from teilhabe_desktop.store import keyfile
from teilhabe_desktop.ui.security.new_passphrase_dialog import NewPassphraseDialog
from teilhabe_desktop.ui.security.recovery_key_dialog import RecoveryKeyDialog
from tests.conftest import TEST_PASSPHRASE


def _click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_a_new_passphrase_must_be_long_enough_and_typed_twice(qtbot):
    dialog = NewPassphraseDialog(converting=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.fields.first, "kurz")
    assert not dialog.ok_button.isEnabled()
    assert "Mindestens" in dialog.fields.hint.text()
    dialog.fields.first.clear()
    qtbot.keyClicks(dialog.fields.first, "Sonnenblume am Westbahnhof")
    qtbot.keyClicks(dialog.fields.second, "Sonnenblume am Westbahnho")
    assert not dialog.ok_button.isEnabled()
    assert "nicht überein" in dialog.fields.hint.text()
    qtbot.keyClick(dialog.fields.second, Qt.Key.Key_F)
    assert dialog.ok_button.isEnabled()
    assert dialog.fields.hint.text() in ("Gut.", "Sehr gut.")
    qtbot.keyClick(dialog.fields.second, Qt.Key.Key_Return)
    assert dialog.result() == NewPassphraseDialog.DialogCode.Accepted
    assert dialog.passphrase() == "Sonnenblume am Westbahnhof"


def test_the_recovery_key_dialog_cannot_be_skipped(qtbot, tmp_path):
    dialog = RecoveryKeyDialog("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567", "teilhabe.db")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # Escape does not skip writing the key down
    assert not dialog.ok_button.isEnabled()
    sheet = tmp_path / "schluessel.pdf"
    dialog.write_sheet(sheet)
    assert sheet.read_bytes().startswith(b"%PDF")
    _click(qtbot, dialog.confirmed)
    assert dialog.ok_button.isEnabled()
    _click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()


def _answer_dialogs(qtbot, answers):
    """Answer the modal dialogs of the first start as a person would, one after another."""

    def step():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, step)
            return
        answer = answers.pop(0)
        answer(dialog)
        if answers:
            QTimer.singleShot(20, step)

    QTimer.singleShot(20, step)


def test_first_start_asks_for_a_passphrase_and_shows_the_recovery_key(qtbot, db_path):
    from teilhabe_desktop.ui.shell.app import open_gui_session

    shown = []

    def set_passphrase(dialog):
        qtbot.keyClicks(dialog.fields.first, TEST_PASSPHRASE)
        qtbot.keyClicks(dialog.fields.second, TEST_PASSPHRASE)
        _click(qtbot, dialog.ok_button)

    def note_recovery_key(dialog):
        shown.append(dialog.key_label.text())
        _click(qtbot, dialog.confirmed)
        _click(qtbot, dialog.ok_button)

    _answer_dialogs(qtbot, [set_passphrase, note_recovery_key])
    session = open_gui_session(db_path)
    try:
        assert session.encrypted
    finally:
        session.close()
    assert shown and len(shown[0]) == 39
    secret = keyfile.Secret(shown[0], recovery=True)
    assert keyfile.unlock(keyfile.key_file_path(db_path), secret)


def test_a_wrong_passphrase_is_asked_again_with_the_reason(qtbot, db_path, keys):
    from teilhabe_desktop.ui.shell.app import open_gui_session

    open_session(db_path, keys=keys).close()
    errors = []

    def wrong(dialog):
        qtbot.keyClicks(dialog.secret_field.field, "nicht die richtige")
        qtbot.keyClick(dialog.secret_field.field, Qt.Key.Key_Return)

    def right(dialog):
        errors.append(dialog.error.text())
        qtbot.keyClicks(dialog.secret_field.field, TEST_PASSPHRASE)
        qtbot.keyClick(dialog.secret_field.field, Qt.Key.Key_Return)

    _answer_dialogs(qtbot, [wrong, right])
    session = open_gui_session(db_path)
    session.close()
    assert errors and "nicht richtig" in errors[0]


def test_locking_hides_everything_and_keeps_what_was_typed(qtbot, encrypted_window):
    window = encrypted_window
    page = window.persons_page
    search = page.findChild(QLineEdit)
    qtbot.keyClicks(search, "Anna")
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.screen_lock.locked
    assert not window.centralWidget().isVisible()
    assert not window.menuBar().isVisible()
    overlay = window.findChild(type(window.screen_lock._hidden[0].overlay))
    assert overlay.isVisible()
    field = overlay.secret_field.field
    qtbot.keyClicks(field, "falsch und nochmal falsch")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.screen_lock.locked
    assert "nicht richtig" in overlay.error.text()
    qtbot.keyClicks(field, TEST_PASSPHRASE)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert not window.screen_lock.locked
    assert window.centralWidget().isVisible()
    assert search.text() == "Anna"  # nothing typed is lost


def test_the_lock_comes_by_itself_after_idle_time(qtbot, encrypted_window):
    lock = encrypted_window.screen_lock
    lock.timer.setInterval(150)
    lock.timer.start()
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)
    assert not encrypted_window.centralWidget().isVisible()


def test_input_postpones_the_automatic_lock(qtbot, encrypted_window):
    lock = encrypted_window.screen_lock
    encrypted_window.page_by_key  # noqa: B018 - every page built: arrow keys only switch
    lock.timer.setInterval(400)
    lock.timer.start()
    for _ in range(4):
        qtbot.wait(150)
        qtbot.keyClick(encrypted_window.navigation, Qt.Key.Key_Down)
    assert not lock.locked  # 600 ms passed, but never 400 ms without input


def test_the_passphrase_is_changed_in_its_dialog(qtbot, encrypted_window, db_path):
    from teilhabe_desktop.ui.security.change_passphrase_dialog import ChangePassphraseDialog

    dialog = ChangePassphraseDialog(encrypted_window.session, encrypted_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.current.field, "nicht die alte")
    qtbot.keyClicks(dialog.new.first, "Ein neuer Satz fuer 2027")
    qtbot.keyClicks(dialog.new.second, "Ein neuer Satz fuer 2027")
    _click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and "nicht richtig" in dialog.error.text()
    dialog.current.field.clear()
    qtbot.keyClicks(dialog.current.field, TEST_PASSPHRASE)

    def confirm():
        box = QApplication.activeModalWidget()
        if box is not None and box is not dialog:
            box.accept()

    QTimer.singleShot(100, confirm)
    _click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    new = keyfile.Secret("Ein neuer Satz fuer 2027")
    assert keyfile.unlock(keyfile.key_file_path(db_path), new)


def test_the_status_bar_says_the_database_is_encrypted(encrypted_window):
    assert encrypted_window.protection_label.text() == "Verschlüsselt"
    assert encrypted_window.lock_action.isEnabled()


def test_an_unencrypted_example_database_is_named_so(main_window):
    assert main_window.protection_label.text() == "Beispieldatenbank – unverschlüsselt"
    assert not main_window.lock_action.isEnabled()  # nothing to lock it with


class _RecoveryKeys:
    """A person who forgot the passphrase and types the recovery key."""

    def __init__(self, recovery_key):
        self.recovery_key = recovery_key

    def secret(self, db_path, failed):
        if failed is not None:
            raise failed
        return keyfile.Secret(self.recovery_key, recovery=True)


def test_after_the_recovery_key_a_new_passphrase_is_asked_for(qtbot, db_path, keys):
    from teilhabe_desktop.ui.shell.main_window import MainWindow

    open_session(db_path, keys=keys).close()
    session = open_session(db_path, keys=_RecoveryKeys(keys.recovery_keys[0]))
    assert session.unlocked_with_recovery

    def choose():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, choose)
            return
        qtbot.keyClicks(dialog.fields.first, "Ein neuer Satz nach dem Vergessen")
        qtbot.keyClicks(dialog.fields.second, "Ein neuer Satz nach dem Vergessen")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(20, choose)
    window = MainWindow(session)
    window.show()
    qtbot.waitUntil(lambda: not session.unlocked_with_recovery, timeout=5000)
    new = keyfile.Secret("Ein neuer Satz nach dem Vergessen")
    assert keyfile.unlock(keyfile.key_file_path(db_path), new)
    with pytest.raises(keyfile.WrongSecret):  # the forgotten one opens nothing now
        keyfile.unlock(keyfile.key_file_path(db_path), keyfile.Secret(TEST_PASSPHRASE))
    window.close()
    with qtbot.waitSignal(window.destroyed):
        window.deleteLater()
    session.close()
