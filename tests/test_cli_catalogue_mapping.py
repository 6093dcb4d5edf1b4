"""``catalogue import --map/--mapping/--sheet`` and ``export --format xlsx`` (issue 11)."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from teilhabe_desktop.cli import main
from teilhabe_desktop.exchange.column_mapping import ColumnMapping, save_mapping

LISTS = Path(__file__).parent / "data" / "lists"
FOREIGN = str(LISTS / "fremde-spalten.csv")


def search(db: str, text: str, capsys) -> list[dict]:
    capsys.readouterr()
    assert main(["catalogue", "search", text, "--db", db, "--json"]) == 0
    return json.loads(capsys.readouterr().out)["results"]


def test_map_names_the_columns_on_the_command_line(tmp_path, capsys):
    db = str(tmp_path / "k.db")
    args = ["catalogue", "import", FOREIGN, "--db", db, "--map", "Einrichtung=Name,Nr.=-"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "neu: 2" in out and "Vermutet" not in out
    [found] = search(db, "Beratungsstelle", capsys)
    assert found["name"] == "Beratungsstelle Mitte" and found["organization"] == "Diakonie"


def test_mapping_reads_the_file_the_dialog_saves(tmp_path, capsys):
    db = str(tmp_path / "k.db")
    mapping = tmp_path / "zuordnung.json"
    save_mapping(mapping, ColumnMapping({"Einrichtung": "name", "Bezirk": "place"}))
    saved = json.loads(mapping.read_text(encoding="utf-8"))
    assert saved["columns"] == {"Einrichtung": "name", "Bezirk": "place"}
    assert main(["catalogue", "import", FOREIGN, "--db", db, "--mapping", str(mapping)]) == 0
    assert [r["place"] for r in search(db, "Treffpunkt", capsys)] == ["Nord"]


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--map", "Einrichtung=Lieblingsfarbe", "„Lieblingsfarbe“ ist kein Feld"),
        ("--map", "Einrichtung", "keine Zuordnung"),
        ("--map", "Gibtsnicht=Name", "Spalte „Gibtsnicht“, die es in „fremde-spalten.csv“ nicht"),
        ("--map", "Einrichtung=Name,Träger=Name", "„Name“ zweimal"),
        ("--mapping", "kaputt.json", "keine lesbare Zuordnungsdatei"),
        ("--mapping", "fehlt.json", "gibt es nicht"),
    ],
)
def test_a_bad_mapping_is_refused_in_german_with_exit_2(tmp_path, capsys, option, value, message):
    db = str(tmp_path / "k.db")
    (tmp_path / "kaputt.json").write_text("{nicht json", encoding="utf-8")
    if option == "--mapping":
        value = str(tmp_path / value)
    assert main(["catalogue", "import", FOREIGN, "--db", db, option, value]) == 2
    captured = capsys.readouterr()
    assert message in captured.err and "Traceback" not in captured.err
    assert search(db, "Beratungsstelle", capsys) == []


def test_sheet_chooses_the_sheet_and_xlsx_export_round_trips(tmp_path, capsys):
    db = str(tmp_path / "k.db")
    book = openpyxl.Workbook()
    book.active.title = "Hinweise"
    book.create_sheet("Angebote").append(["ID", "Name", "PLZ"])
    book["Angebote"].append(["0042", "Lauftreff", "07745"])
    path = tmp_path / "mappe.xlsx"
    book.save(path)
    assert main(["catalogue", "import", str(path), "--db", db]) == 2
    assert "--sheet" in capsys.readouterr().err
    assert main(["catalogue", "import", str(path), "--db", db, "--sheet", "Angebote"]) == 0
    out = tmp_path / "export.xlsx"
    assert main(["catalogue", "export", str(out), "--format", "xlsx", "--db", db]) == 0
    sheet = openpyxl.load_workbook(out)["Angebote"]
    assert (sheet["A2"].value, sheet["K2"].value) == ("0042", "07745")
    capsys.readouterr()
    assert main(["catalogue", "import", str(out), "--db", db]) == 0
    assert "unverändert: 1" in capsys.readouterr().out
