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


@pytest.fixture
def encrypted_window(qtbot, db_path, keys):
    """The main window on an encrypted database, as in real use."""
    from teilhabe_desktop.session import open_session
    from teilhabe_desktop.ui.shell.main_window import MainWindow

    session = open_session(db_path, keys=keys)
    window = MainWindow(session)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.screen_lock.unlock()
    window.close()
    with qtbot.waitSignal(window.destroyed):  # its timers go with it, before the database
        window.deleteLater()
    session.close()


@pytest.fixture
def open_workspace(qtbot, store):
    """Show the plan workspace of a stored person: ``open_workspace("p1", (1200, 800))``."""
    from teilhabe_desktop.ui.plan.workspace import PlanWorkspace

    def open_(person_id: str, size: tuple[int, int] | None = None) -> PlanWorkspace:
        widget = PlanWorkspace(Session(store), person_id)
        qtbot.addWidget(widget)
        if size:
            widget.resize(*size)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return open_
