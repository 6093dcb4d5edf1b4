"""The database handle: transactions, savepoints and rows as dicts."""

from __future__ import annotations

import pytest

from teilhabe_desktop.store.connection import IntegrityError, open_connection


@pytest.fixture
def db(tmp_path):
    opened = open_connection(tmp_path / "w.db")
    opened.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT UNIQUE)")
    yield opened
    opened.close()


def _texts(db) -> list[str]:
    return [row["text"] for row in db.query("SELECT text FROM note ORDER BY id")]


def test_a_failing_inner_block_undoes_only_itself_and_the_outer_commits(db, tmp_path):
    with db.atomic():
        db.execute("INSERT INTO note (text) VALUES ('outer')")
        with pytest.raises(IntegrityError), db.atomic():
            db.execute("INSERT INTO note (text) VALUES ('inner')")
            db.execute("INSERT INTO note (text) VALUES ('outer')")  # UNIQUE fails
        db.execute("INSERT INTO note (text) VALUES ('after')")
    other = open_connection(tmp_path / "w.db")  # committed: another connection sees it
    assert _texts(other) == ["outer", "after"]
    other.close()


def test_an_exception_in_the_outer_block_undoes_everything(db):
    with pytest.raises(RuntimeError), db.atomic():
        db.execute("INSERT INTO note (text) VALUES ('a')")
        with db.atomic():
            db.execute("INSERT INTO note (text) VALUES ('b')")
        raise RuntimeError("stop")
    assert _texts(db) == []
    assert not db.conn.in_transaction


def test_a_statement_outside_a_block_commits_at_once(db, tmp_path):
    db.execute("INSERT INTO note (text) VALUES (?)", ["single"])
    other = open_connection(tmp_path / "w.db")
    assert _texts(other) == ["single"]
    other.close()


def test_query_returns_dicts_with_named_and_positional_parameters(db):
    db.execute("INSERT INTO note (text) VALUES ('x')")
    assert list(db.query("SELECT id, text FROM note WHERE text = ?", ["x"])) == [
        {"id": 1, "text": "x"}
    ]
    assert list(db.query("SELECT text FROM note WHERE id = :id", {"id": 1})) == [{"text": "x"}]


def test_query_refuses_a_statement_without_rows(db):
    with pytest.raises(ValueError):
        db.query("DELETE FROM note")
