"""The whole UI smoke test with sockets disabled: the app opens no network connection."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise NetworkUsed("the app tried to open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_ui_smoke_without_network(qtbot, no_network, tmp_path):
    from teilhabe_desktop.store.database import open_database
    from teilhabe_desktop.ui.main_window import MainWindow

    store = open_database(tmp_path / "offline.db")
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    for row in range(window.navigation.count()):
        window.show_page(row)
        qtbot.wait(10)

    def close_dialog():
        QApplication.activeModalWidget().reject()

    QTimer.singleShot(0, close_dialog)
    window.about_action.trigger()
    window.close()
    store.close()
