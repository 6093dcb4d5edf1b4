"""``teilhabe-desktop person …`` on the command line."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest

from teilhabe_desktop.cli import main
from teilhabe_desktop.core.plan import Person
from teilhabe_desktop.store.database import open_database
from teilhabe_desktop.store.persons import PersonRepository
from teilhabe_desktop.store.plans import PlanRepository
from tests.conftest import encryption_key
from tests.plan_fixtures import make_finalisable


@pytest.fixture
def db(db_path):
    store = open_database(db_path, encryption_key(db_path))
    PersonRepository(store.db).save(Person("p1", "Олена", "Шевченко", place="Winzerla"))
    PersonRepository(store.db).save(Person("p2", "Jürgen", "Ärmel", file_number="AZ 2"))
    PlanRepository(store.db).draft("p1")
    make_finalisable(store.db, "p1")
    PlanRepository(store.db).finalise("p1", "Frau Schmidt")
    store.close()
    return db_path


def test_list_json_is_stable_and_complete(db, capsys):
    assert main(["person", "list", "--json", "--db", str(db)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in rows] == ["p2", "p1"]
    assert rows[1]["name"] == "Олена Шевченко"
    assert rows[1]["home_sozialraum_id"] == "winzerla"
    assert rows[1]["review_state"] == "ok"
    assert rows[0]["next_review"] is None
    assert set(rows[0]) == {
        "id", "name", "file_number", "birth_date", "home_sozialraum_id", "caseworker",
        "next_review", "review_state",
    }  # fmt: skip


def test_list_as_text(db, capsys):
    assert main(["--db", str(db), "person", "list"]) == 0
    out = capsys.readouterr().out
    assert "Jürgen Ärmel" in out and "Олена Шевченко" in out


def test_export_import_round_trip(db, tmp_path, capsys):
    path = tmp_path / "p1.json"
    assert main(["person", "export", "p1", str(path), "--plain", "--db", str(db)]) == 0
    assert main(["person", "delete", "p1", "--yes", "--db", str(db)]) == 0
    assert main(["person", "import", str(path), "--db", str(db)]) == 0
    assert "Олена Шевченко" in capsys.readouterr().out
    again = tmp_path / "again.json"
    assert main(["person", "export", "p1", str(again), "--plain", "--db", str(db)]) == 0
    assert again.read_bytes() == path.read_bytes()


def test_export_is_encrypted_by_default_and_needs_a_passphrase(db, tmp_path, capsys, monkeypatch):
    path = tmp_path / "p1.json"
    assert main(["person", "export", "p1", str(path), "--db", str(db)]) == 2
    assert "TEILHABE_EXPORT_PASSPHRASE" in capsys.readouterr().err
    assert not path.exists()
    monkeypatch.setenv("TEILHABE_EXPORT_PASSPHRASE", "Übergabe an Frau Meier")
    assert main(["person", "export", "p1", str(path), "--db", str(db)]) == 0
    assert "Шевченко" not in path.read_text(encoding="ascii")  # sealed: no name readable
    monkeypatch.setenv("TEILHABE_EXPORT_PASSPHRASE", "eine ganz andere Passphrase")
    assert main(["person", "import", str(path), "--keep-both", "--db", str(db)]) == 2
    assert "nicht richtig" in capsys.readouterr().err
    monkeypatch.setenv("TEILHABE_EXPORT_PASSPHRASE", "Übergabe an Frau Meier")
    assert main(["person", "import", str(path), "--db", str(db)]) == 2
    assert "--replace" in capsys.readouterr().err  # the same person: the user chooses
    assert main(["person", "import", str(path), "--keep-both", "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["person", "list", "--json", "--db", str(db)]) == 0
    names = [r["name"] for r in json.loads(capsys.readouterr().out)]
    assert names.count("Олена Шевченко") == 2
    assert main(["person", "import", str(path), "--replace", "--db", str(db)]) == 0
    assert "ersetzt" in capsys.readouterr().out
    assert main(["person", "audit", "p1", "--json", "--db", str(db)]) == 0
    details = [e["detail"] for e in json.loads(capsys.readouterr().out)]
    assert any(d.startswith("person-file encrypted ") for d in details)
    assert any(d.endswith(" replaced") for d in details)


def test_bad_input_exits_2_with_a_message(db, tmp_path, capsys):
    assert main(["person", "export", "nobody", str(tmp_path / "x.json"), "--db", str(db)]) == 2
    assert "gibt es nicht" in capsys.readouterr().err
    bad = tmp_path / "bad.json"
    bad.write_text("kein json", encoding="utf-8")
    assert main(["person", "import", str(bad), "--db", str(db)]) == 2
    assert "kein gültiges JSON" in capsys.readouterr().err
    assert main(["person", "delete", "nobody", "--yes", "--db", str(db)]) == 2


def test_delete_asks_and_refuses_without_an_answer(db, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["person", "delete", "p1", "--db", str(db)]) == 2
    assert "--yes" in capsys.readouterr().err
    monkeypatch.setattr(sys, "stdin", io.StringIO("nein\n"))
    assert main(["person", "delete", "p1", "--db", str(db)]) == 1
    monkeypatch.setattr(sys, "stdin", io.StringIO("ja\n"))
    assert main(["person", "delete", "p1", "--db", str(db)]) == 0
    store = open_database(db, encryption_key(db))
    try:
        assert PersonRepository(store.db).get("p1") is None
        assert store.db.execute("SELECT count(*) FROM plan_version").fetchone()[0] == 0
    finally:
        store.close()


def test_delete_with_no_stdin_in_a_real_process_exits_2(db):
    result = subprocess.run(
        [sys.executable, "-m", "teilhabe_desktop", "person", "delete", "p2", "--db", str(db)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert result.returncode == 2, result.stderr
    assert "--yes" in result.stderr
