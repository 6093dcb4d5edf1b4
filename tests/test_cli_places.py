"""``places resolve``, ``places import-streets`` and ``places import-boundaries``."""

from __future__ import annotations

import json

import pytest

from teilhabe_desktop.cli import main
from tests.conftest import TEST_DATA

STREETS = (
    "Straße;Hausnummer von;Hausnummer bis;Seite;Bezirk;PLZ\n"
    "Karl-Marx-Allee;1;29;ungerade;63;07747\n"
    "Karl-Marx-Allee;2;30;gerade;62;07747\n"
)
DISTRICTS = TEST_DATA / "places" / "bezirke-synthetisch.geojson"


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "k.db")


def resolve(capsys, db, *words):
    code = main(["places", "resolve", *words, "--json", "--db", db])
    return code, json.loads(capsys.readouterr().out)


def test_an_address_after_the_street_directory_is_imported(tmp_path, capsys, db):
    streets = tmp_path / "strassen.csv"
    streets.write_text(STREETS, encoding="utf-8")
    assert main(["places", "import-streets", str(streets), "--dry-run", "--db", db]) == 0
    assert "Probelauf" in capsys.readouterr().out
    code, before = resolve(capsys, db, "Karl-Marx-Allee 12, 07747 Jena")
    assert code == 1 and before["candidates"] == [] and before["district"] is None

    assert main(["places", "import-streets", str(streets), "--db", db]) == 0
    assert "Gespeichert: 2 Einträge" in capsys.readouterr().out
    code, found = resolve(capsys, db, "Karl-Marx-Str. 12, 07747 Jena".replace("Str.", "Allee"))
    assert code == 0
    assert found["district"] == {"code": 62, "name": "Lobeda-West"}
    assert found["sozialraum"] == {"id": "lobeda", "name": "Lobeda"}
    assert (found["basis"], found["used"]) == ("street", "Karl-Marx-Allee 12")

    assert main(["places", "resolve", "karl marx allee 13", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "Bezirk: 63 Lobeda-Ost" in out
    assert "Abgeleitet aus: Straße und Hausnummer („Karl-Marx-Allee 13“)" in out


def test_a_place_name(capsys, db):
    code, found = resolve(capsys, db, "Beutenberg (Jena-Süd)")
    assert code == 0
    assert found["district"]["code"] == 12 and found["sozialraum"]["id"] == "winzerla"
    assert found["basis"] == "place" and not found["ambiguous"]


def test_an_ambiguous_place_lists_the_candidates(capsys, db):
    assert main(["places", "resolve", "Lobeda-Ost, Jena-Süd", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "Mehrdeutig" in out and "Bezirk 63 Lobeda-Ost" in out and "Bezirk 44 Jena-Süd" in out


def test_nothing_resolves_exit_1(capsys, db):
    assert main(["places", "resolve", "Berlin", "--db", db]) == 1
    assert "Nichts gefunden" in capsys.readouterr().err


def test_a_point_needs_the_boundaries(capsys, db):
    code, before = resolve(capsys, db, "--lat", "50.861", "--lon", "11.61")
    assert code == 1 and "import-boundaries" in before["note"]
    assert main(["places", "import-boundaries", str(DISTRICTS), "--db", db]) == 0
    assert "41 statistische Bezirke erkannt" in capsys.readouterr().out
    # the synthetic grid's sixth square is district 41 (Jena-Zentrum)
    code, found = resolve(capsys, db, "--lat", "50.861", "--lon", "11.61")
    assert code == 0 and found["basis"] == "point"
    assert found["district"] == {"code": 41, "name": "Jena-Zentrum"}
    assert found["sozialraum"]["id"] == "west_zentrum"
    assert found["used"] == "50.86100, 11.61000"


def test_a_refused_boundary_file_changes_nothing(tmp_path, capsys, db):
    data = json.loads(DISTRICTS.read_text(encoding="utf-8"))
    data["features"] = data["features"][:-1]
    broken = tmp_path / "kaputt.geojson"
    broken.write_text(json.dumps(data), encoding="utf-8")
    assert main(["places", "import-boundaries", str(broken), "--db", db]) == 2
    assert "Es fehlen 1 statistische Bezirke: 202 Wogau" in capsys.readouterr().err
    code, _found = resolve(capsys, db, "--lat", "50.861", "--lon", "11.61")
    assert code == 1


def test_a_refused_street_file_keeps_the_old_directory(tmp_path, capsys, db):
    streets = tmp_path / "strassen.csv"
    streets.write_text(STREETS, encoding="utf-8")
    assert main(["places", "import-streets", str(streets), "--db", db]) == 0
    streets.write_text(STREETS + "Am Anger;1;3;;999;\n", encoding="utf-8")
    assert main(["places", "import-streets", str(streets), "--db", db]) == 2
    err = capsys.readouterr().err
    assert "Zeile 4" in err and "nichts übernommen" in err and "Traceback" not in err
    assert resolve(capsys, db, "Karl-Marx-Allee 2")[1]["district"]["code"] == 62


@pytest.mark.parametrize(
    ("words", "says"),
    [
        ([], "eine Anschrift, einen Ortsnamen oder --lat und --lon"),
        (["Lobeda", "--lat", "50.9", "--lon", "11.6"], "nicht beides"),
        (["--lat", "50.9"], "gehören zusammen"),
    ],
)
def test_bad_input_exits_2(capsys, db, words, says):
    assert main(["places", "resolve", *words, "--db", db]) == 2
    err = capsys.readouterr().err
    assert "Fehler: " in err and says in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("words", "says"),
    [
        (["--lat", "91", "--lon", "11.6"], "--lat: 91: erlaubt ist -90 bis 90"),
        (["--lat", "nan", "--lon", "11.6"], "erlaubt ist -90 bis 90"),
        (["--lat", "50.9", "--lon", "x"], "--lon: „x“ ist keine Zahl"),
    ],
)
def test_bad_coordinates_are_refused_before_the_database_is_opened(
    tmp_path, capsys, db, words, says
):
    with pytest.raises(SystemExit) as exited:
        main(["places", "resolve", *words, "--db", db])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert says in err and "argument" not in err
    assert not (tmp_path / "k.db").exists()
