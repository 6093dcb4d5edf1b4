"""Command line: start-up errors, ``check``, ``--db`` anywhere, ``python -m``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from teilhabe_desktop.cli import main
from teilhabe_desktop.keys import FixedKeys
from teilhabe_desktop.store.database import open_database
from tests.conftest import TEST_PASSPHRASE, encryption_key


def test_check_on_a_fresh_database(db_path, capsys):
    assert main(["check", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "ohne Befund" in out and str(db_path) in out


def test_db_option_before_the_command(db_path, capsys):
    assert main(["--db", str(db_path), "check"]) == 0


def test_check_finds_broken_references(db_path, capsys):
    store = open_database(db_path, encryption_key(db_path))
    store.db.execute("PRAGMA foreign_keys = OFF")
    store.db.execute("UPDATE district SET sozialraum_id = 'atlantis' WHERE code = 63")
    store.close()
    assert main(["check", "--db", str(db_path)]) == 1
    assert "Verweis ins Leere" in capsys.readouterr().out


def test_bad_database_file_exit_code_2_and_untouched(tmp_path, capsys):
    path = tmp_path / "brief.db"
    path.write_bytes(b"Sehr geehrte Damen und Herren " * 20)
    before = path.read_bytes()
    assert main(["check", "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert "keine Datenbank von Teilhabe Desktop" in err
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.db"]


def test_gui_start_with_bad_database_shows_message(tmp_path, monkeypatch, qapp):
    from PySide6.QtWidgets import QMessageBox

    from teilhabe_desktop.ui.shell import app as ui_app

    shown = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda parent, title, text: shown.append(text))
    )
    assert ui_app.run_gui(tmp_path) == 2  # a folder, not a file
    assert shown and "ist ein Ordner" in shown[0]


def test_default_database_lives_in_the_user_data_folder():
    from teilhabe_desktop.paths import default_database_path

    path = default_database_path()
    assert path.name == "teilhabe.db"
    assert "Teilhabe Desktop" in str(path)
    # the autouse fixture in conftest.py points XDG_DATA_HOME at a temporary folder
    assert path.is_relative_to(Path(os.environ["XDG_DATA_HOME"]))


def test_unknown_command_is_bad_input(capsys):
    with pytest.raises(SystemExit) as info:
        main(["zaubern"])
    assert info.value.code == 2


def test_python_m_selftest():
    result = subprocess.run(
        [sys.executable, "-m", "teilhabe_desktop", "--selftest"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert "Selbsttest bestanden" in result.stdout


def test_command_line_errors_are_german(capsys):
    with pytest.raises(SystemExit) as info:
        main(["check", "--db"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "Aufruf:" in err and "Fehler: --db: Hier fehlt ein Wert." in err


def test_a_second_gui_on_the_same_database_is_refused(tmp_path, monkeypatch, qapp):
    from PySide6.QtWidgets import QMessageBox

    from teilhabe_desktop.session import open_session
    from teilhabe_desktop.ui.shell import app as ui_app

    shown = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda parent, title, text: shown.append(text))
    )
    path = tmp_path / "teilhabe.db"
    first = open_session(path, keys=FixedKeys(TEST_PASSPHRASE))
    try:
        assert ui_app.run_gui(path) == 1
    finally:
        first.close()
    assert shown and "schon geöffnet" in shown[0]


def test_every_command_describes_itself_in_its_help(capsys):
    from teilhabe_desktop.cli import build_parser

    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # the top-level commands
    for name, sub in commands.items():
        text = sub.format_help()
        assert sub.description, name
        assert "Aufruf:" in text


def test_each_command_word_names_the_module_that_registers_it():
    """A command parses with only its own module; the overview help lists every one."""
    from teilhabe_desktop.cli import COMMANDS, build_parser

    everything = build_parser()._subparsers._group_actions[0].choices
    assert set(COMMANDS) == set(everything)
    for word in COMMANDS:
        alone = build_parser([word, "--help"])._subparsers._group_actions[0].choices
        assert word in alone, word
        assert set(
            build_parser(["--db", "x.db", word])._subparsers._group_actions[0].choices
        ) == set(alone)


def test_unknown_commands_still_list_every_command(capsys):
    from teilhabe_desktop.cli import main

    with pytest.raises(SystemExit) as stop:
        main(["katalog", "--db", "x.db"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "„katalog“ gibt es nicht" in err
    assert "catalogue" in err and "person" in err


def test_export_formats_of_the_parser_are_those_of_the_exchange():
    from teilhabe_desktop.commands.catalogue import EXPORT_FORMATS
    from teilhabe_desktop.exchange.catalogue_files import EXPORT_FORMATS as FORMATS

    assert EXPORT_FORMATS == FORMATS
