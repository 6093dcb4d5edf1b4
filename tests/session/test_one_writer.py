"""One writer per database file: a second window is refused, a writing command waits and
then says so, reading commands work beside the GUI, a crashed instance blocks nothing."""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest

from teilhabe_desktop import cli
from teilhabe_desktop.keys import FixedKeys
from teilhabe_desktop.session import DatabaseInUse, open_session
from tests.conftest import TEST_PASSPHRASE
from tests.plan_fixtures import person


def test_a_second_writer_is_refused_and_nothing_changes(db_path):
    first = open_session(db_path, keys=FixedKeys(TEST_PASSPHRASE))
    first.persons.save(person("p1"))
    before = db_path.read_bytes()
    with pytest.raises(DatabaseInUse, match="schon geöffnet"):
        open_session(db_path, keys=FixedKeys(TEST_PASSPHRASE))
    assert db_path.read_bytes() == before
    first.close()
    second = open_session(
        db_path, keys=FixedKeys(TEST_PASSPHRASE)
    )  # free again once the first one is closed
    assert second.persons.exists("p1")
    second.close()


def test_a_writing_command_waits_for_the_gui_then_says_so(db_path, capsys, monkeypatch):
    monkeypatch.setattr(cli, "WRITER_WAIT_SECONDS", 0.2)
    gui = open_session(db_path, keys=FixedKeys(TEST_PASSPHRASE))
    gui.persons.save(person("p1"))
    try:
        code = cli.main(["person", "delete", "p1", "--yes", "--db", str(db_path)])
        err = capsys.readouterr().err
        assert code == 1 and "schon geöffnet" in err
        assert gui.persons.exists("p1")  # the GUI's person was not deleted behind its back
        assert cli.main(["person", "list", "--db", str(db_path)]) == 0  # reading works
        assert "Anna" in capsys.readouterr().out
    finally:
        gui.close()


def test_a_killed_instance_leaves_no_stale_lock(db_path):
    code = (
        "import sys, time\n"
        "from teilhabe_desktop.keys import FixedKeys\n"
        "from teilhabe_desktop.session import open_session\n"
        f"s = open_session({str(db_path)!r}, keys=FixedKeys({TEST_PASSPHRASE!r}))\n"
        "print('open', flush=True)\n"
        "time.sleep(60)\n"
    )
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(DatabaseInUse):
            open_session(db_path, keys=FixedKeys(TEST_PASSPHRASE))
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(10)
        holder.stdout.close()
    with open_session(
        db_path, keys=FixedKeys(TEST_PASSPHRASE)
    ) as session:  # the OS released the dead process's lock
        assert session.persons.list() == []
