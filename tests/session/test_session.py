"""One session for CLI and GUI: same database, headless without Qt, errors in German."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest

from teilhabe_desktop import cli
from teilhabe_desktop.errorlog import LOGGER, log_file
from teilhabe_desktop.keys import FixedKeys
from teilhabe_desktop.paths import default_database_path, user_data_folder
from teilhabe_desktop.session import open_session
from teilhabe_desktop.store import connection
from tests.conftest import TEST_PASSPHRASE, encryption_key
from tests.plan_fixtures import person


@pytest.fixture(autouse=True)
def _fresh_log_handlers():
    before = list(LOGGER.handlers)
    yield
    for handler in LOGGER.handlers[len(before) :]:
        handler.close()
        LOGGER.removeHandler(handler)


def test_cli_and_gui_find_the_same_default_database(qapp):
    from teilhabe_desktop.ui.shell.paths import qt_data_folder

    assert user_data_folder() == qt_data_folder()
    assert default_database_path() == default_database_path(qt_data_folder)


def test_a_headless_command_never_loads_qt(tmp_path):
    code = (
        "import sys\n"
        "from teilhabe_desktop.cli import main\n"
        f"rc = main(['person', 'list', '--db', {str(tmp_path / 'k.db')!r}])\n"
        "assert rc == 0, rc\n"
        "loaded = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_session_owns_one_set_of_repositories(db_path):
    with open_session(db_path, keys=FixedKeys(TEST_PASSPHRASE)) as session:
        assert session.persons is session.persons
        session.persons.save(person("p1"))
        worker = session.open_worker()
        try:
            assert worker.persons.exists("p1")  # a second connection sees what was saved
        finally:
            worker.close()


def test_a_locked_database_gives_a_german_message_and_no_traceback(db_path, capsys, monkeypatch):
    with open_session(db_path, keys=FixedKeys(TEST_PASSPHRASE)) as session:
        session.persons.save(person("p1"))
    monkeypatch.setattr(
        connection,
        "PRAGMAS",
        (
            *tuple(p for p in connection.PRAGMAS if "busy_timeout" not in p),
            "PRAGMA busy_timeout = 50",
        ),
    )
    other = connection.open_connection(db_path, encryption_key(db_path))
    other.execute("BEGIN IMMEDIATE")
    try:
        code = cli.main(["person", "delete", "p1", "--yes", "--db", str(db_path)])
    finally:
        other.execute("ROLLBACK")
        other.conn.close()
    err = capsys.readouterr().err
    assert code == 1
    assert "gesperrt" in err
    assert "Traceback" not in err
    with open_session(db_path, keys=FixedKeys(TEST_PASSPHRASE)) as session:
        assert session.persons.exists("p1")  # nothing was deleted


def test_a_program_error_is_logged_without_case_content(db_path, capsys, monkeypatch):
    from teilhabe_desktop.commands import person as person_command

    def broken(args, session):
        raise RuntimeError("Mira Schmidt möchte wieder schwimmen gehen")

    monkeypatch.setattr(person_command, "run_list", broken)
    code = cli.main(["person", "list", "--db", str(db_path)])
    err = capsys.readouterr().err
    assert code == 1
    assert "unerwarteter Programmfehler" in err
    assert "Mira" not in err and "Traceback" not in err
    path = log_file()
    assert path is not None and path.is_relative_to(user_data_folder())
    for handler in LOGGER.handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "RuntimeError" in text and "in broken" in text
    assert "Mira" not in text and "schwimmen" not in text
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
