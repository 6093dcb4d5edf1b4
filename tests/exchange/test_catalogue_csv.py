import csv
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from teilhabe_desktop.core.catalogue import Availability, Cost, Offer
from teilhabe_desktop.core.catalogue_query import OfferQuery
from teilhabe_desktop.exchange.catalogue_files import (
    ImportFileError,
    commit_import,
    export_catalogue,
    preview_file,
)
from teilhabe_desktop.exchange.csv_format import inspect_csv
from teilhabe_desktop.store.catalogue import CatalogueRepository

GERMAN = (
    "Name;Träger;PLZ;Straße;Stadtteil;Beschreibung;Rollstuhlgerecht;Kosten\r\n"
    "Lauftreff Lobeda;SV Jena;07747;Karl-Marx-Allee 1;Neulobeda;"
    '"Zeile eins\r\nZeile zwei; mit Semikolon";ja;kostenlos\r\n'
    "Strickcafé;Nachbarn e.V.;07743;Grietgasse 2;Jena-Zentrum;Wolle & Gespräch;nein;Beitrag\r\n"
)


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def import_ok(store, path, **kw):
    preview = preview_file(store.db, path, **kw)
    commit_import(CatalogueRepository(store.db), preview)
    return preview


@pytest.mark.parametrize(
    ("encoding", "bom", "sep"),
    [
        ("utf-8", b"\xef\xbb\xbf", ";"),
        ("utf-8", b"", ";"),
        ("cp1252", b"", ";"),
        ("utf-8", b"", ","),
        ("cp1252", b"", "\t"),
    ],
)
def test_excel_variants(store, tmp_path, encoding, bom, sep):
    rows = list(csv.reader(io.StringIO(GERMAN, newline=""), delimiter=";"))
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=sep, lineterminator="\r\n").writerows(rows)
    path = write(tmp_path, "liste.csv", bom + out.getvalue().encode(encoding))
    preview = import_ok(store, path)
    assert preview.counts == {"new": 2, "changed": 0, "unchanged": 0, "invalid": 0, "conflicts": 0}
    repo = CatalogueRepository(store.db)
    [row] = repo.search(OfferQuery(text="Lauftreff"))
    offer = repo.get(row.id)
    assert offer.postcode == "07747"  # leading zero kept
    assert offer.description == "Zeile eins\r\nZeile zwei; mit Semikolon"
    assert offer.access("step_free") is Availability.YES
    assert offer.cost is Cost.FREE and offer.sozialraum_id == "lobeda"
    assert repo.get(repo.search(OfferQuery(text="Strickcafe"))[0].id).organization_name == (
        "Nachbarn e.V."
    )


def test_english_headers_any_case_and_spacing(store, tmp_path):
    data = (
        "  NAME ;Postal_Code;E-MAIL;Web Site;LIFE DOMAINS;Favourite Colour\n"
        "Treff;07745;a@example.org;example.org;d7, d9;blau\n"
    )
    layout = inspect_csv(write(tmp_path, "en.csv", data.encode()))
    assert layout.mapping["NAME"] == "name" and layout.mapping["Postal_Code"] == "postcode"
    assert layout.unknown == ["Favourite Colour"]
    preview = import_ok(store, tmp_path / "en.csv")
    offer = CatalogueRepository(store.db).get(preview.new[0])
    assert offer.life_domains == ["d7", "d9"] and offer.email == "a@example.org"
    assert offer.extra == {"csv": {"Favourite Colour": "blau"}}


def test_column_mapping_for_unknown_headers(store, tmp_path):
    path = write(tmp_path, "m.csv", b"Titel des Treffs;Wo\nSchachclub;Winzerla\n")
    layout = inspect_csv(path)
    assert layout.missing_required == ["name"]
    with pytest.raises(ImportFileError, match="Name"):
        preview_file(store.db, path)
    preview = preview_file(store.db, path, mapping={"Titel des Treffs": "name", "Wo": "place"})
    commit_import(CatalogueRepository(store.db), preview)
    assert CatalogueRepository(store.db).get(preview.new[0]).sozialraum_id == "winzerla"


def test_preview_writes_nothing_and_reimport_changes_nothing(store, tmp_path):
    path = write(tmp_path, "a.csv", GERMAN.encode())
    repo = CatalogueRepository(store.db)
    preview_file(store.db, path)
    assert repo.total() == 0
    import_ok(store, path)
    again = preview_file(store.db, path)
    assert again.counts["unchanged"] == 2 and not again.to_write


def test_a_bad_cell_keeps_its_row_only_a_row_without_name_is_refused(store, tmp_path):
    data = (
        GERMAN
        + "Falsche PLZ;X;7774a;;;;;\r\n;Ohne Namen;07743;;;;;\r\nKaputt;X;07743;;;;vielleicht;\r\n"
    )
    preview = import_ok(store, write(tmp_path, "b.csv", data.encode()))
    assert preview.counts["new"] == 4 and preview.counts["invalid"] == 1
    assert [(p.line, p.column) for p in preview.invalid] == [(6, "Name")]
    notes = {(p.line, p.column): p.reason for p in preview.warnings}
    assert "5 Ziffern" in notes[(5, "PLZ")] and "vielleicht" in notes[(7, "Rollstuhlgerecht")]
    repo = CatalogueRepository(store.db)
    wrong = repo.get(repo.search(OfferQuery(text="Falsche PLZ"))[0].id)
    assert wrong.postcode == "" and wrong.extra == {"csv": {"PLZ": "7774a"}}
    broken = repo.get(repo.search(OfferQuery(text="Kaputt"))[0].id)
    assert broken.access("step_free") is Availability.UNKNOWN
    assert broken.extra == {"csv": {"Rollstuhlgerecht": "vielleicht"}}


def test_duplicate_ids_reported(store, tmp_path):
    data = "ID;Name\n1;A\n1;B\n"
    preview = preview_file(store.db, write(tmp_path, "d.csv", data.encode()))
    assert preview.counts["new"] == 1
    assert "Doppelte ID" in preview.invalid[0].reason and preview.invalid[0].line == 3


def test_local_edit_after_file_date_is_a_conflict(store, tmp_path):
    path = write(tmp_path, "c.csv", b"ID;Name;Geaendert am\nx1;Treff;2024-01-01T00:00:00+00:00\n")
    import_ok(store, path)
    repo = CatalogueRepository(store.db)
    offer = repo.get("x1")
    offer.description = "lokal ergänzt"
    repo.save(offer)
    path.write_bytes(b"ID;Name;Geaendert am\nx1;Treff neu;2024-02-01T00:00:00+00:00\n")
    preview = import_ok(store, path)
    assert preview.conflicts == ["x1"] and repo.get("x1").description == "lokal ergänzt"
    path.write_bytes(b"ID;Name;Geaendert am\nx1;Treff neu;2099-02-01T00:00:00+00:00\n")
    assert preview_file(store.db, path).changed == ["x1"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "leer"),
        (b"Name;PLZ\r\n", "nur die Kopfzeile"),
        (b"\x00\x01\x02PK\x03", "Binär"),
        (b'Name;Beschreibung\nA;"offen bis zum Ende', "unvollständig"),
        ("Name\nGebäude\n".encode() + "Straße".encode("cp1252") + b"\n", "mischt"),
    ],
)
def test_bad_files_change_nothing(store, tmp_path, data, message):
    repo = CatalogueRepository(store.db)
    repo.save(Offer(id="keep", name="Bleibt"))
    with pytest.raises(ImportFileError, match=message):
        preview_file(store.db, write(tmp_path, "bad.csv", data))
    assert repo.total() == 1


def test_a_huge_field_is_left_out_and_its_row_kept(store, tmp_path):
    data = "Name;Beschreibung\nA;" + "x" * 1_000_001 + "\nB;kurz\n"
    preview = import_ok(store, write(tmp_path, "big.csv", data.encode()))
    assert preview.counts["new"] == 2 and not preview.invalid
    [note] = preview.warnings
    assert (note.line, note.column) == (2, "Beschreibung") and "zu lang" in note.reason
    repo = CatalogueRepository(store.db)
    offer = repo.get(repo.search(OfferQuery(text="A"))[0].id)
    assert offer.description == "" and offer.extra == {}


def test_error_midway_leaves_catalogue_as_before(store, tmp_path, monkeypatch):
    repo = CatalogueRepository(store.db)
    repo.save(Offer(id="keep", name="Bleibt"))
    rows = "".join(f"n{i};Treff {i}\n" for i in range(1200))
    preview = preview_file(store.db, write(tmp_path, "many.csv", ("ID;Name\n" + rows).encode()))

    def boom(done, total):
        if done >= 1000:
            raise RuntimeError("Stromausfall")

    with pytest.raises(RuntimeError):
        commit_import(repo, preview, progress=boom)
    assert repo.total() == 1 and repo.search(OfferQuery(text="Treff")) == []


def test_export_layout_and_round_trip(store, tmp_path):
    repo = CatalogueRepository(store.db)
    import_ok(store, write(tmp_path, "a.csv", GERMAN.encode()))
    out = tmp_path / "export.csv"
    calls = []
    assert export_catalogue(store.db, out, "csv", lambda d, t: calls.append((d, t))) == 2
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    header = raw[3:].decode().split("\r\n")[0].split(";")
    assert header[:3] == ["ID", "Name", "Beschreibung"] and calls[-1] == (2, 2)
    assert preview_file(store.db, out).counts["unchanged"] == 2
    assert repo.total() == 2


_cell = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=st.lists(st.tuples(_cell, _cell, _cell), min_size=1, max_size=8),
    sep=st.sampled_from([";", ",", "\t"]),
    bom=st.booleans(),
)
def test_generated_csv_files_never_crash(store, tmp_path_factory, rows, sep, bom):
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=sep, lineterminator="\r\n")
    writer.writerow(["Name", "Beschreibung", "PLZ"])
    writer.writerows(rows)
    path = tmp_path_factory.mktemp("gen") / "g.csv"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + out.getvalue().encode())
    repo = CatalogueRepository(store.db)
    before = repo.total()
    try:
        preview = preview_file(store.db, path)
    except ImportFileError as error:
        assert error.message  # a clear report instead of a crash
        return
    assert repo.total() == before
    counted = sum(preview.counts[k] for k in ("new", "changed", "unchanged", "conflicts"))
    assert counted + preview.counts["invalid"] >= 1
    commit_import(repo, preview)
    assert preview_file(store.db, path).to_write == []
