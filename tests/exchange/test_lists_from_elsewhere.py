"""CSV lists made by other people's tools: what the import stores from each (issue 11)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from teilhabe_desktop.core.catalogue import Cost, Offer
from teilhabe_desktop.core.catalogue_query import OfferQuery
from teilhabe_desktop.exchange.catalogue_files import (
    ImportFileError,
    commit_import,
    export_catalogue,
    preview_file,
)
from teilhabe_desktop.exchange.catalogue_formats import reference_of
from teilhabe_desktop.exchange.csv_format import inspect_csv
from teilhabe_desktop.store.catalogue import CatalogueRepository

LISTS = Path(__file__).parent.parent / "data" / "lists"


def imported(store, name: str, **kw):
    preview = preview_file(store.db, LISTS / name, **kw)
    commit_import(CatalogueRepository(store.db), preview)
    return preview


def stored(store, text: str) -> Offer:
    repo = CatalogueRepository(store.db)
    [row] = repo.search(OfferQuery(text=text))
    return repo.get(row.id)


def notes(preview) -> dict[tuple[int | None, str], str]:
    return {(p.line, p.column): p.reason for p in preview.warnings}


# -- 1. encodings and separators --------------------------------------------------------


def test_a_windows_1252_file_with_typographic_quotes_imports(store):
    preview = imported(store, "spass-cp1252.csv")
    assert "Windows-1252" in preview.format and preview.counts["new"] == 2
    assert stored(store, "Spieletreff").description == "Gemeinsam „Spaß“ haben – für alle"
    assert stored(store, "Größenwahn").name == "Café Größenwahn"


def test_a_file_really_mixing_encodings_is_still_refused(store, tmp_path):
    path = tmp_path / "gemischt.csv"
    path.write_bytes("Name\nGebäude\n".encode() + "Straße".encode("cp1252") + b"\n")
    with pytest.raises(ImportFileError, match="mischt Zeichenkodierungen"):
        preview_file(store.db, path)
    assert CatalogueRepository(store.db).total() == 0


def test_excels_sep_line_names_the_separator_and_lines_stay_the_files(store):
    preview = imported(store, "sep-line.csv")
    assert "Trennzeichen „;“" in preview.format and preview.counts["new"] == 2
    chess = stored(store, "Schachclub")
    assert chess.postcode == "07745"
    assert chess.extra == {"csv": {"Träger, Verein": "SV Jena, Abteilung Schach"}}
    layout = inspect_csv(LISTS / "sep-line.csv")
    assert layout.headers == ["Name", "Träger, Verein", "PLZ"]
    # the unknown column's note is on the header's line of the file (line 2)
    assert (2, "Träger, Verein") in notes(preview)


def test_the_separator_comes_from_several_rows_not_the_header_alone(store):
    preview = imported(store, "commas-in-header.csv")
    assert "Trennzeichen „;“" in preview.format and preview.counts["new"] == 3
    run = stored(store, "Lauftreff")
    assert run.extra == {"csv": {"Hinweise (Ort, Zeit, Kosten)": "Saaleufer, Mo 18 Uhr, kostenlos"}}


# -- 2. guessing only with evidence ----------------------------------------------------


def test_foreign_columns_are_only_taken_where_header_and_values_agree(store):
    layout = inspect_csv(LISTS / "fremde-spalten.csv", reference=reference_of(store.db))
    assert layout.mapping == {
        "Nr.": None,  # not the ID: two lists numbered 1, 2, … would overwrite each other
        "Einrichtung": None,  # the real "Träger" column wins
        "Träger": "organization_name",
        "Bezirk": None,  # names, not district numbers
        "Typ": None,  # the publisher's kinds, not Regel-/Fachangebot
        "Stand": None,  # not "Zuletzt geprüft"
        "X": None,  # UTM metres, not degrees
        "Y": None,
        "Straße": "street",
        "PLZ": "postcode",
        "Ort": "city",
    }
    assert layout.guesses["Bezirk"].how == "rejected" and "„Mitte“" in layout.guesses["Bezirk"].note
    assert layout.guesses["Einrichtung"].how == "taken"
    assert set(layout.to_confirm) == {"Einrichtung", "Bezirk", "Typ", "X", "Y"}


def test_a_list_with_foreign_columns_keeps_every_row_and_every_value(store):
    with pytest.raises(ImportFileError, match="Name"):  # nothing names the offer: map it
        preview_file(store.db, LISTS / "fremde-spalten.csv")
    preview = imported(store, "fremde-spalten.csv", mapping={"Einrichtung": "name"})
    assert preview.counts["new"] == 2 and not preview.invalid
    offer = stored(store, "Beratungsstelle")
    assert offer.organization_name == "Diakonie" and offer.district_code is None
    assert offer.lat is None and offer.last_verified is None and offer.mainstream is True
    assert offer.extra["csv"] == {
        "Nr.": "1", "Bezirk": "Mitte", "Typ": "Beratung", "Stand": "03/2024",
        "X": "681234", "Y": "5642345",
    }  # fmt: skip
    note = notes(preview)[(1, "Bezirk")]
    assert "Nicht als „Bezirk-Nr“ übernommen" in note


def test_two_lists_numbered_alike_do_not_overwrite_each_other(store, tmp_path):
    first = tmp_path / "a.csv"
    first.write_text("Nr.;Name\n1;Lauftreff\n2;Chor\n", encoding="utf-8")
    second = tmp_path / "b.csv"
    second.write_text("Nr.;Name\n1;Schach\n2;Malen\n", encoding="utf-8")
    for path in (first, second):
        commit_import(CatalogueRepository(store.db), preview_file(store.db, path))
    assert CatalogueRepository(store.db).total() == 4


def test_coordinates_in_degrees_under_x_and_y_are_taken(store, tmp_path):
    path = tmp_path / "grad.csv"
    path.write_text("Name;X;Y\nTreff;11,5862;50,9271\n", encoding="utf-8")
    preview = preview_file(store.db, path)
    commit_import(CatalogueRepository(store.db), preview)
    offer = stored(store, "Treff")
    assert (offer.lat, offer.lon) == (50.9271, 11.5862)
    assert "Vermutet" in notes(preview)[(1, "X")]


# -- 3. one bad cell keeps its row -----------------------------------------------------


def test_a_bad_cell_is_left_out_with_a_warning_and_the_row_stays(store):
    preview = imported(store, "schlechte-zellen.csv")
    assert preview.counts["new"] == 3 and not preview.invalid
    found = notes(preview)
    two = stored(store, "Zwei Nummern")
    assert two.phone == "" and two.extra == {"csv": {"Telefon": "0361 1, 0361 2"}}
    assert "Telefonnummer" in found[(2, "Telefon")]
    zero = stored(store, "Nummer null")
    assert zero.phone == "" and zero.website == ""
    assert zero.extra == {"csv": {"Telefon": "0", "Internet": "htttps://"}}
    assert (3, "Telefon") in found and (3, "Internet") in found
    error = stored(store, "Fehlerwert")
    assert error.cost is Cost.UNKNOWN and error.last_verified is None
    assert error.district_code is None and error.phone == "03641 49-2835"
    for column in ("Kosten", "Zuletzt geprüft", "Bezirk-Nr"):
        assert "Fehlerwert der Tabellenkalkulation" in found[(4, column)]
    assert all(p.file == "schlechte-zellen.csv" for p in preview.warnings)


# -- 4. no Ort column ---------------------------------------------------------------------


def test_without_an_ort_column_only_postcode_or_place_make_it_jena(store):
    preview = imported(store, "ohne-ort.csv")
    assert stored(store, "In Jena").city == "Jena"
    assert stored(store, "Im Ortsteil").city == "Jena"
    berlin = stored(store, "In Berlin")
    assert berlin.city == "" and berlin.postcode == "10117"
    [note] = [p for p in preview.warnings if p.column == "Ort"]
    assert note.line == 4 and "bleibt leer" in note.reason


# -- 5. one Träger-ID, two names -----------------------------------------------------------


def test_conflicting_names_of_one_traeger_are_reported_once_and_reimport_is_quiet(store):
    preview = imported(store, "traeger-konflikt.csv")
    conflicts = [p for p in preview.warnings if "mehrere Namen" in p.reason]
    assert len(conflicts) == 1
    assert "„AWO Jena e.V.“ (Zeile 3)" in conflicts[0].reason
    repo = CatalogueRepository(store.db)
    assert {repo.get(i).organization_name for i in ("k1", "k2", "k3")} == {"AWO Jena"}
    assert repo.get("k2").extra == {"csv": {"Träger (abweichende Schreibweise)": "AWO Jena e.V."}}
    again = preview_file(store.db, LISTS / "traeger-konflikt.csv")
    assert again.counts["unchanged"] == 3 and not again.to_write


# -- 7. leading zeros ---------------------------------------------------------------------


def test_ids_with_leading_zeros_survive_a_spreadsheet(store, tmp_path):
    repo = CatalogueRepository(store.db)
    repo.save(Offer("0042", "Lauftreff", organization_id="007", organization_name="SV"))
    out = tmp_path / "export.csv"
    export_catalogue(store.db, out, "csv")
    row = out.read_text("utf-8-sig").splitlines()[1].split(";")
    assert row[0] == "'0042" and row[3] == "'007"  # text in a spreadsheet
    again = preview_file(store.db, out)
    assert again.counts["unchanged"] == 1
    # a spreadsheet that dropped the zeros anyway: "42" is matched to "0042"
    lost = tmp_path / "ohne-nullen.csv"
    lost.write_text("ID;Name\n42;Lauftreff am Fluss\n", encoding="utf-8")
    preview = preview_file(store.db, lost)
    assert preview.changed == ["0042"] and "als „0042“ erkannt" in preview.warnings[0].reason
    commit_import(repo, preview)
    assert repo.get("0042").name == "Lauftreff am Fluss" and repo.get("42") is None


def test_an_id_matching_two_zero_padded_ids_stays_new(store, tmp_path):
    repo = CatalogueRepository(store.db)
    repo.save(Offer("042", "A"))
    repo.save(Offer("0042", "B"))
    path = tmp_path / "l.csv"
    path.write_text("ID;Name\n42;C\n", encoding="utf-8")
    preview = preview_file(store.db, path)
    assert preview.new == ["42"] and "mehreren IDs" in preview.warnings[0].reason


# -- 9. formulas ------------------------------------------------------------------------------

FORMULAS = ['=HYPERLINK("http://x")', "+49 3641 1", "-1", "@SUM(A1)", "\tTab", "'zitiert"]


def test_no_exported_cell_runs_as_a_formula_and_the_round_trip_is_exact(store, tmp_path):
    repo = CatalogueRepository(store.db)
    for index, text in enumerate(FORMULAS):
        # one-line fields are read trimmed; a tab stays in the description
        name = text.strip()
        repo.save(Offer(f"f{index}", f"Angebot {index}", description=text, verified_by=name))
    repo.save(Offer("f9", "Telefon", phone="+49 3641 49-2835"))
    out = tmp_path / "formeln.csv"
    export_catalogue(store.db, out, "csv")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        cells = [cell for row in csv.reader(handle, delimiter=";") for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert '\'=HYPERLINK("http://x")' in cells and "''zitiert" in cells
    before = {o.id: o for o in repo.iter_all()}
    preview = preview_file(store.db, out)
    assert preview.counts["unchanged"] == len(before) and not preview.warnings
