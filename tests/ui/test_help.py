"""*Hilfe → Tastenkürzel* lists every shortcut the windows define; *Hilfe → Erste Schritte*
is a short guide inside the app."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from teilhabe_desktop.ui.shell.help_dialogs import SHORTCUTS, listed_keys


def _defined_keys(*widgets) -> set[str]:
    keys = set()
    for widget in widgets:
        for action in widget.findChildren(QAction) + list(widget.actions()):
            keys |= {k.toString() for k in action.shortcuts() if not k.isEmpty()}
        for shortcut in widget.findChildren(QShortcut):
            keys |= {k.toString() for k in shortcut.keys() if not k.isEmpty()}  # noqa: SIM118
    return keys


def test_every_shortcut_of_the_app_is_listed(qtbot, main_window, store):
    from teilhabe_desktop.demo import load_demo

    load_demo(store)
    page = main_window.persons_page
    page.refresh()
    page.open_person(store.persons.list()[0].id)
    defined = _defined_keys(
        main_window, page.workspace, main_window.offers_page, main_window.map_page
    )
    assert len(defined) >= 10  # the search found the real shortcuts
    assert defined - listed_keys() == set()


def test_the_access_keys_of_the_plan_are_listed_with_what_they_do(main_window):
    listed = {QKeySequence(k).toString() for k, _, _ in SHORTCUTS}
    assert {"Alt+P", "Alt+Z", "Alt+F", "Alt+R", "Alt+B"} <= listed


def _read_dialog(qtbot, trigger):
    seen = {}

    def read():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, read)
            return
        seen["title"] = dialog.windowTitle()
        table = getattr(dialog, "table", None)
        seen["rows"] = table.rowCount() if table else 0
        browser = getattr(dialog, "browser", None)
        seen["text"] = browser.toPlainText() if browser else ""
        dialog.reject()

    QTimer.singleShot(20, read)
    trigger()
    return seen


def test_the_help_menu_opens_shortcuts_and_first_steps(qtbot, main_window):
    shown = _read_dialog(qtbot, lambda: qtbot.keyClick(main_window, Qt.Key.Key_F1))
    assert shown["title"] == "Erste Schritte"
    assert "Neue Person" in shown["text"] and "Strg+L" in shown["text"]
    shown = _read_dialog(qtbot, main_window.shortcuts_action.trigger)
    assert shown["title"] == "Tastenkürzel" and shown["rows"] == len(SHORTCUTS)
