"""No access key (Alt+letter) on any screen clashes with the menu bar: Alt+D must print
nothing and Alt+A finalise nothing – they open *Datei* and *Ansicht*. Different controls
on one screen never share a letter either (repeated controls of a list may)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

from tests.ui.screens import each_screen

_MNEMONIC = re.compile(r"&([^&\s])")


def _letter(text: str) -> str | None:
    match = _MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).lower() if match else None


def _access_keys(screen) -> dict[str, set[str]]:
    """letter -> the different texts that carry it, among the visible controls."""
    found: dict[str, set[str]] = {}
    widgets = screen.findChildren(QAbstractButton) + screen.findChildren(QLabel)
    for widget in widgets + screen.findChildren(QGroupBox):
        if not widget.isVisible():
            continue
        text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
        letter = _letter(text)
        if letter:
            found.setdefault(letter, set()).add(text)
    return found


def _problems(window, screen) -> dict[str, set[str]]:
    menu = {_letter(a.text()) for a in window.menuBar().actions()}
    keys = _access_keys(screen)
    return {k: texts for k, texts in keys.items() if k in menu or len(texts) > 1}


def test_no_screen_has_an_access_key_of_the_menu_bar(qtbot, main_window, store):
    problems = {
        name: _problems(main_window, screen)
        for name, screen in each_screen(qtbot, main_window, store)
    }
    assert {screen: p for screen, p in problems.items() if p} == {}
    workspace = main_window.persons_page.workspace
    assert _letter(workspace.print_button.text()) == "p"  # checked for real, not vacuously
