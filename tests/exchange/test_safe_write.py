"""Exports write completely or not at all, and say in German why they cannot."""

from __future__ import annotations

import pytest

from teilhabe_desktop.cli import main
from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.exchange.safe_write import atomic_target, write_text


def test_a_failed_write_keeps_the_old_file_and_leaves_nothing(tmp_path):
    target = tmp_path / "katalog.csv"
    target.write_text("der gute alte Stand", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_target(target) as partial:
        partial.write_text("halb", encoding="utf-8")
        raise RuntimeError("abgebrochen")
    assert target.read_text(encoding="utf-8") == "der gute alte Stand"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["katalog.csv"]


def test_a_complete_write_replaces_the_file(tmp_path):
    target = tmp_path / "person.json"
    write_text(target, "{}\n")
    assert target.read_text(encoding="utf-8") == "{}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["person.json"]


@pytest.mark.parametrize(
    ("target", "words"),
    [("", "ist ein Ordner"), ("fehlt/katalog.csv", "gibt es nicht")],
    ids=["folder", "missing-folder"],
)
def test_bad_targets_are_refused_in_german(tmp_path, target, words):
    with pytest.raises(UserError, match=words), atomic_target(tmp_path / target):
        pass


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_catalogue_export_to_a_missing_folder(tmp_path, capsys, fmt):
    out = tmp_path / "fehlt" / f"katalog.{fmt}"
    code = main(["catalogue", "export", str(out), "--format", fmt, "--db", str(tmp_path / "k.db")])
    assert code == 2
    assert "gibt es nicht" in capsys.readouterr().err
