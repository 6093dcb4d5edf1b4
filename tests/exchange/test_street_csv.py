"""Reading the street directory from CSV: German headers, all or nothing, every problem named."""

from __future__ import annotations

from pathlib import Path

import pytest

from teilhabe_desktop.core.street_directory import Side, StreetDirectory
from teilhabe_desktop.exchange.catalogue_import import ImportFileError
from teilhabe_desktop.exchange.street_csv import StreetFileError, read_street_csv

CODES = {12, 41, 62, 63, 90, 131}
GOOD = (
    "Straße;Hausnummer von;Hausnummer bis;Seite (alle|gerade|ungerade);Bezirk (Nummer);"
    "PLZ (optional)\n"
    "Karl-Marx-Allee;1;29;ungerade;63;07747\n"
    "Karl-Marx-Allee;2;30;gerade;62;07747\n"
    "Karl-Marx-Allee;31;;alle;131 Drackendorf / Lobeda-Ost;07747\n"
    "\n"
    "Löbdergraben;;;;41;\n"
)


def write(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "strassen.csv"
    path.write_bytes(text.encode(encoding))
    return path


def test_the_documented_layout_reads(tmp_path):
    found = read_street_csv(write(tmp_path, GOOD), CODES)
    rows = [(r.street, r.number_from, r.number_to, r.side, r.district_code) for r in found.ranges]
    assert rows == [
        ("Karl-Marx-Allee", 1, 29, Side.ODD, 63),
        ("Karl-Marx-Allee", 2, 30, Side.EVEN, 62),
        ("Karl-Marx-Allee", 31, None, Side.ALL, 131),
        ("Löbdergraben", None, None, Side.ALL, 41),
    ]  # fmt: skip
    assert found.ranges[0].postcode == "07747"
    assert "4 Einträge für 2 Straßen" in found.summary()
    directory = StreetDirectory(found.ranges)
    assert directory.lookup("Karl-Marx-Allee", 14).district_codes == (62,)


def test_excel_files_in_windows_1252_with_commas_and_other_headers(tmp_path):
    text = "Strasse,Bezirk,Von,Bis,Seite\nLöbdergraben,41,1,9,Ungerade\n"
    found = read_street_csv(write(tmp_path, text, "cp1252"), CODES)
    assert found.ranges[0].street == "Löbdergraben"
    assert (found.ranges[0].number_from, found.ranges[0].side) == (1, Side.ODD)
    assert "Windows-1252" in found.format


def test_every_bad_row_is_named_and_nothing_is_taken(tmp_path):
    text = (
        "Straße;Hausnummer von;Hausnummer bis;Seite;Bezirk;PLZ\n"
        "Karl-Marx-Allee;1;29;ungerade;63;07747\n"
        ";1;3;;63;\n"
        "Am Anger;x;3;;63;\n"
        "Am Anger;9;3;;63;\n"
        "Am Anger;1;3;links;63;\n"
        "Am Anger;1;3;;999;\n"
        "Am Anger;1;3;;Lobeda;\n"
        "Am Anger;1;3;;63;7747\n"
    )
    with pytest.raises(StreetFileError) as caught:
        read_street_csv(write(tmp_path, text), CODES)
    message = caught.value.message
    assert "nichts übernommen" in message
    assert [(p.line, p.column) for p in caught.value.problems] == [
        (3, "Straße"),
        (4, "Hausnummer von"),
        (5, "Hausnummer bis"),
        (6, "Seite"),
        (7, "Bezirk"),
        (8, "Bezirk"),
        (9, "PLZ"),
    ]
    assert "Bezirk 999 gibt es in Jena nicht" in message


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("Straße;Hausnummer von\nAm Anger;1\n", "fehlt die Spalte „Bezirk“"),
        ("Name;Ort\nA;B\n", "„Straße“ und „Bezirk“"),
        ("Straße;Bezirk\n", "keine Straßen"),
        ("", "leer"),
        ('Straße;Bezirk\n"Am Anger;63\n', "beschädigt"),
    ],
)
def test_unusable_files_are_refused(tmp_path, text, says):
    with pytest.raises(ImportFileError, match=says):
        read_street_csv(write(tmp_path, text), CODES)


def test_overlapping_ranges_of_two_districts_are_pointed_out(tmp_path):
    text = "Straße;Hausnummer von;Hausnummer bis;Seite;Bezirk\nA-Weg;1;20;;12\nA-Weg;10;30;;90\n"
    found = read_street_csv(write(tmp_path, text), CODES)
    assert len(found.ranges) == 2
    assert [w.line for w in found.warnings] == [3]
    assert "Zeile 2" in found.warnings[0].reason


def test_the_two_sides_of_a_street_do_not_overlap(tmp_path):
    found = read_street_csv(write(tmp_path, GOOD), CODES)
    assert found.warnings == []
