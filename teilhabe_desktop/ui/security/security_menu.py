"""The *Sicherheit* menu and the protection label in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.session import Session
from teilhabe_desktop.ui.security.screen_lock import (
    CHOICES,
    ScreenLock,
    lock_minutes,
    set_lock_minutes,
)


def protection_label(window: QMainWindow, session: Session) -> QLabel:
    if session.encrypted:
        text = window.tr("Verschlüsselt")
        label = QLabel(text)
        label.setToolTip(window.tr("Die Datenbank ist verschlüsselt gespeichert."))
    else:
        text = window.tr("Beispieldatenbank – unverschlüsselt")
        label = QLabel(text)
        label.setStyleSheet("color: #a40000; font-weight: bold;")
        label.setToolTip(
            window.tr("Nur für Beispieldaten: Diese Datenbank ist nicht verschlüsselt.")
        )
    label.setObjectName("protectionLabel")
    label.setAccessibleName(text)
    return label


def add_security_menu(window: QMainWindow, session: Session) -> ScreenLock:
    lock = ScreenLock(session, window)
    menu = window.menuBar().addMenu(window.tr("&Sicherheit"))
    lock_action = QAction(window.tr("Jetzt &sperren"), window)
    lock_action.setShortcut(QKeySequence("Ctrl+L"))
    lock_action.triggered.connect(lock.lock)
    change_action = QAction(window.tr("&Passphrase ändern …"), window)
    change_action.triggered.connect(lambda: _change_passphrase(window, session))
    minutes_menu = menu.addMenu(window.tr("&Automatisch sperren nach"))
    group = QActionGroup(window)
    current = lock_minutes()
    for minutes in CHOICES:
        text = (
            window.tr("1 Minute")
            if minutes == 1
            else window.tr("%1 Minuten").replace("%1", str(minutes))
        )
        action = QAction(text, window)
        action.setCheckable(True)
        action.setChecked(minutes == current)
        action.triggered.connect(lambda _=False, m=minutes: _choose(lock, m))
        group.addAction(action)
        minutes_menu.addAction(action)
    menu.addAction(lock_action)
    menu.addAction(change_action)
    for action in (lock_action, change_action, minutes_menu.menuAction()):
        action.setEnabled(session.encrypted)
    window.lock_action = lock_action
    window.change_passphrase_action = change_action
    lock.locked_changed.connect(lambda locked: window.menuBar().setEnabled(not locked))
    if session.unlocked_with_recovery:  # the passphrase was forgotten: a new one first
        QTimer.singleShot(0, lambda: ask_new_passphrase_after_recovery(window, session))
    return lock


def _change_passphrase(window: QMainWindow, session: Session) -> None:
    # the dialogs load when asked for, not with the window (issue 16)
    from teilhabe_desktop.ui.security.change_passphrase_dialog import ChangePassphraseDialog

    ChangePassphraseDialog(session, window).exec()


def ask_new_passphrase_after_recovery(window: QMainWindow, session: Session) -> None:
    from teilhabe_desktop.ui.security.new_passphrase_dialog import NewPassphraseDialog

    while session.unlocked_with_recovery:
        dialog = NewPassphraseDialog(converting=False, parent=window, recovered=True)
        if dialog.exec() != NewPassphraseDialog.DialogCode.Accepted:
            return  # later through Sicherheit → Passphrase ändern … with the recovery key
        try:
            session.set_passphrase_after_recovery(dialog.passphrase())
        except UserError as error:
            QMessageBox.warning(window, window.tr("Passphrase nicht geändert"), error.message)


def _choose(lock: ScreenLock, minutes: int) -> None:
    set_lock_minutes(minutes)
    lock.set_minutes(minutes)
