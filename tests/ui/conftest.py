"""Fixtures for GUI tests: a main window on a fresh database."""

from __future__ import annotations

import pytest

from teilhabe_desktop.session import Session


@pytest.fixture
def main_window(qtbot, store):
    from teilhabe_desktop.ui.shell.main_window import MainWindow

    window = MainWindow(Session(store))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window
