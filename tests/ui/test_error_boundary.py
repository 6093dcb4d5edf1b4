"""The GUI's error boundary: an error in a slot becomes a calm German dialog and a log
line without case content; the app keeps running."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from teilhabe_desktop.errorlog import LOGGER, setup_logging
from teilhabe_desktop.store.errors import DatabaseLocked
from teilhabe_desktop.ui.shell.error_dialog import ErrorBoundary


@pytest.fixture
def boundary(qapp, tmp_path, monkeypatch):
    handlers = list(LOGGER.handlers)
    log = setup_logging(lambda: tmp_path)
    shown: list[tuple[str, str]] = []
    for kind in ("critical", "warning"):
        monkeypatch.setattr(
            QMessageBox,
            kind,
            staticmethod(lambda parent, title, text, k=kind: shown.append((k, text))),
        )
    guard = ErrorBoundary()
    guard.install()
    yield guard, shown, log
    guard.uninstall()
    for handler in LOGGER.handlers[len(handlers) :]:
        handler.close()
        LOGGER.removeHandler(handler)


def _raise_through_hook(error: BaseException) -> None:
    try:
        raise error
    except BaseException as caught:
        sys.excepthook(type(caught), caught, caught.__traceback__)


def test_a_program_error_shows_a_dialog_and_logs_no_content(boundary, qtbot):
    _guard, shown, log = boundary
    _raise_through_hook(KeyError("Mira Schmidt"))
    qtbot.waitUntil(lambda: bool(shown))
    kind, text = shown[0]
    assert kind == "critical" and "unerwarteter Programmfehler" in text
    assert "Mira" not in text
    content = log.read_text(encoding="utf-8")
    assert "KeyError" in content and "Mira" not in content


def test_a_known_error_shows_its_german_message(boundary, qtbot):
    _guard, shown, _log = boundary
    _raise_through_hook(DatabaseLocked("Die Datenbank ist gerade gesperrt."))
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == [("warning", "Die Datenbank ist gerade gesperrt.")]


def test_a_burst_of_errors_gives_one_dialog(boundary, qtbot):
    _guard, shown, _log = boundary
    for _ in range(5):
        _raise_through_hook(RuntimeError("kaputt"))
    qtbot.waitUntil(lambda: bool(shown))
    qtbot.wait(50)
    assert len(shown) == 1


def test_uninstall_restores_the_previous_hooks(qapp):
    before = sys.excepthook
    guard = ErrorBoundary()
    guard.install()
    assert sys.excepthook is not before
    guard.uninstall()
    assert sys.excepthook is before


def test_the_button_still_works_after_an_error(boundary, qtbot):
    # pytest-qt reports exceptions raised in slots; this one goes through the hook
    _guard, shown, _log = boundary
    button = QPushButton("ok")
    qtbot.addWidget(button)
    clicks = []
    button.clicked.connect(lambda: clicks.append(1))
    _raise_through_hook(ValueError("x"))
    qtbot.waitUntil(lambda: bool(shown))
    from PySide6.QtCore import Qt

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert clicks == [1]
