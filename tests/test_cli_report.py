"""``report gaps`` and ``sozialraum profile``: files, merging, clear refusals (exit 2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from teilhabe_desktop.cli import main
from teilhabe_desktop.store.database import open_database
from tests.conftest import encryption_key
from tests.planning_fixtures import craft


def _database(path):
    store = open_database(path, encryption_key(path))
    try:
        craft(store)
        store.sozialraum_profiles.save_text(
            "lobeda", "Großwohnsiedlung am Hang; Stadtteilbüro in der Karl-Marx-Allee.",
            "Frau Krüger", __import__("datetime").datetime(2026, 3, 1, 9, 0),
        )  # fmt: skip
    finally:
        store.close()
    return path


@pytest.fixture
def db(tmp_path):
    return _database(tmp_path / "a.db")


def _pdf_text(path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def test_gaps_as_csv(db, tmp_path, capsys):
    out = tmp_path / "bericht.csv"
    assert main(["report", "gaps", "--out", str(out), "--db", str(db)]) == 0
    assert "Lobeda;d4 Mobilität;< 3" in out.read_text(encoding="utf-8-sig")
    assert str(out) in capsys.readouterr().out


def test_gaps_pdf_has_heat_maps_and_notes(db, tmp_path):
    out = tmp_path / "bericht.pdf"
    assert main(["report", "gaps", "--out", str(out), "--db", str(db)]) == 0
    text = _pdf_text(out)
    assert "Anonymer Planungsbericht" in text and "Personen mit Zielen" in text
    assert "< 3" in text and "Chor ohne Noten" in text


def test_two_workstations_merged_on_the_command_line(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("TEILHABE_EXPORT_PASSPHRASE", "Sozialplanung Jena 2026")
    parts = []
    for name, extra in (("a", []), ("b", ["--plain"])):
        db = _database(tmp_path / f"{name}.db")
        part = tmp_path / f"{name}.vertraulich.json"
        args = ["report", "gaps", "--for-merge", "--out", str(part), "--db", str(db), *extra]
        assert main(args) == 0
        parts.append(str(part))
    sealed, plain = (Path(p).read_text(encoding="utf-8") for p in parts)
    assert "lobeda" not in sealed and '"teilhabe-desktop-sealed"' in sealed  # no figures
    assert "lobeda" in plain  # readable only when asked for
    assert "verschlüsselt, nur zum Zusammenführen" in capsys.readouterr().out
    out = tmp_path / "stadt.json"
    assert main(["report", "gaps", "--merge", *parts, "--out", str(out)]) == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    cells = {(c["sozialraum"], c["life_domain"]): c for c in document["cells"]}
    assert cells[("lobeda", "d9")]["persons"] == 6
    assert cells[("lobeda", "d4")]["persons"] is None  # 1 + 1
    assert document["workstations"] == 2


@pytest.mark.parametrize(
    "passphrase, says",
    [(None, "Passphrase für die Planungsdaten zum Zusammenführen fehlt"),
     ("eine ganz andere Passphrase", "Passphrase für die Datei ist nicht richtig")],
)  # fmt: skip
def test_a_sealed_merge_input_needs_its_passphrase(tmp_path, monkeypatch, capsys, passphrase, says):
    monkeypatch.setenv("TEILHABE_EXPORT_PASSPHRASE", "Sozialplanung Jena 2026")
    part = tmp_path / "a.vertraulich.json"
    db = _database(tmp_path / "a.db")
    assert main(["report", "gaps", "--for-merge", "--out", str(part), "--db", str(db)]) == 0
    if passphrase is None:
        monkeypatch.delenv("TEILHABE_EXPORT_PASSPHRASE")
    else:
        monkeypatch.setenv("TEILHABE_EXPORT_PASSPHRASE", passphrase)
    out = tmp_path / "stadt.json"
    capsys.readouterr()
    assert main(["report", "gaps", "--merge", str(part), "--out", str(out)]) == 2
    assert says in capsys.readouterr().err and not out.exists()


@pytest.mark.parametrize(
    "extra, message",
    [
        (["--min-cell", "2"], "3 oder größer"),
        (["--from", "1.5.2026", "--to", "1.1.2026"], "vor seinem Beginn"),
    ],
)
def test_bad_input_exits_2_and_writes_nothing(db, tmp_path, capsys, extra, message):
    out = tmp_path / "bericht.pdf"
    assert main(["report", "gaps", "--out", str(out), "--db", str(db), *extra]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_a_day_that_does_not_exist_exits_2(db, tmp_path, capsys):
    out = tmp_path / "bericht.pdf"
    with pytest.raises(SystemExit) as stop:
        main(["report", "gaps", "--out", str(out), "--db", str(db), "--from", "31.02.2026"])
    assert stop.value.code == 2
    assert "--from: Den 31.02.2026 gibt es nicht" in capsys.readouterr().err
    assert not out.exists()


def test_merging_a_published_report_exits_2(db, tmp_path, capsys):
    public = tmp_path / "bericht.json"
    assert main(["report", "gaps", "--out", str(public), "--db", str(db)]) == 0
    out = tmp_path / "stadt.pdf"
    assert main(["report", "gaps", "--merge", str(public), "--out", str(out)]) == 2
    assert "veröffentlichter Bericht" in capsys.readouterr().err
    assert not out.exists()


def test_wrong_ending_exits_2(db, tmp_path, capsys):
    out = tmp_path / "bericht.xlsx"
    assert main(["report", "gaps", "--out", str(out), "--db", str(db)]) == 2
    assert ".csv, .json oder .pdf" in capsys.readouterr().err


def test_sozialraum_profile_pdf(db, tmp_path):
    out = tmp_path / "lobeda.pdf"
    assert main(["sozialraum", "profile", "lobeda", "--out", str(out), "--db", str(db)]) == 0
    text = _pdf_text(out)
    assert "Sozialraumprofil Lobeda" in text
    assert "Großwohnsiedlung am Hang" in text and "Zuletzt bearbeitet von Frau Krüger" in text
    # populations as held (sums of the Ortsteile; Wöllnitz has no 2020 figure); the area
    # only after the city's boundaries are imported (no figure derived from them ships)
    assert "Einwohner 2010 24.618" in text and "Einwohner 2020 25.046" in text
    assert "Fläche – (" in text and "km²" not in text
    # the matrix: the two offers of the crafted catalogue in Lobeda, d9 (one of each kind)
    assert "Angebote in Lobeda" in text
    assert "bürgerliches Leben 2 1 1" in text
    # planning figures of Lobeda: d9 has 3 persons, d4 one ("< 3")
    assert "Personen mit Zielen 0 0 0 < 3 0 0 0 0 3 < 3" in text


def test_unknown_sozialraum_exits_2(db, tmp_path, capsys):
    out = tmp_path / "p.pdf"
    assert main(["sozialraum", "profile", "mars", "--out", str(out), "--db", str(db)]) == 2
    assert "lobeda, winzerla" in capsys.readouterr().err
    assert not out.exists()
