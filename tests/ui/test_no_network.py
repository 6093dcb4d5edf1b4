"""The whole UI smoke test with sockets disabled: the app opens no network connection."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from teilhabe_desktop.session import Session


class NetworkUsed(AssertionError):
    pass


class RefusingSocket(socket.socket):
    """Still a class (ssl subclasses socket.socket on import), but never opens."""

    def __init__(self, *args, **kwargs):
        raise NetworkUsed("the app tried to open a network connection")


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise NetworkUsed("the app tried to open a network connection")

    monkeypatch.setattr(socket, "socket", RefusingSocket)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def _close_active_dialog():
    QApplication.activeModalWidget().reject()


def test_ui_smoke_without_network(qtbot, no_network, tmp_path):
    from teilhabe_desktop.demo import load_demo
    from teilhabe_desktop.store.database import open_database
    from teilhabe_desktop.store.persons import PersonRepository
    from teilhabe_desktop.ui.plan.print_dialog import PrintDialog
    from teilhabe_desktop.ui.shell.main_window import MainWindow

    store = open_database(tmp_path / "offline.db")
    load_demo(store)
    window = MainWindow(Session(store))
    qtbot.addWidget(window)
    window.show()
    for row in range(window.navigation.count()):
        window.show_page(row)
        qtbot.wait(10)

    # a plan with all its sections, and the print preview (Qt PDF) of it
    person_id = PersonRepository(store.db).list()[0].id
    window.show_page(0)
    window.persons_page.open_person(person_id)
    workspace = window.persons_page.workspace
    for key in ("wishes", "goals", "resources", "sozialraeume", "offers", "steps", "review"):
        workspace.show_section(key)
        qtbot.wait(5)
    dialog = PrintDialog(Session(store), person_id, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.pdf_data is not None, timeout=10_000)
    dialog.close()

    QTimer.singleShot(0, _close_active_dialog)
    window.about_action.trigger()
    window.close()
    store.close()
