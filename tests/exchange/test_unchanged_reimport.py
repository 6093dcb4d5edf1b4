"""Reading an unchanged list again (issue 16): rows the last import read exactly so are
recognised by their fingerprint and not parsed again — and the outcome is always the
one a full reading of every row gives (counts, notes, stored entries)."""

from __future__ import annotations

import pytest

from teilhabe_desktop.exchange import csv_format, row_marks
from teilhabe_desktop.exchange.catalogue_files import import_once, preview_file
from teilhabe_desktop.exchange.json_format import offer_to_dict
from teilhabe_desktop.store.catalogue import CatalogueRepository

HEADER = "ID;Name;Träger-ID;Träger;Kategorien;Straße;PLZ;Ort;Kosten"
ROWS = [
    "a1;Lauftreff am Paradies;awo;AWO Jena;sport;Knebelstraße 2;07743;Jena;kostenlos",
    "a2;Erzählcafé;awo;AWO Jena;begegnung;Knebelstraße 2;07743;Jena;Beitrag",
    "a3;Schachgruppe Lobeda;sv;SV Lobeda;kultur;Karl-Marx-Allee 9;07747;Jena;kostenlos",
    "a4;Nähstube;;Nähstube e.V.;kultur;Markt 1;07743;Jena;unbekannt",
]


def _write(path, rows) -> None:
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")


@pytest.fixture
def parsed(monkeypatch) -> list[int]:
    """Counts the rows parsed into entries (one item per row read)."""
    calls: list[int] = []
    real = csv_format.offer_from_cells

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(csv_format, "offer_from_cells", counting)
    return calls


def _stored(store) -> dict[str, dict]:
    return {
        o.id: {k: v for k, v in offer_to_dict(o).items() if k != "updated_at"}
        for o in CatalogueRepository(store.db).iter_all()
    }


def _full_reading(store, path, monkeypatch):
    """The preview a reading of every row gives (no fingerprints known)."""
    with monkeypatch.context() as patch:
        patch.setattr(row_marks, "known_marks", lambda db: {})
        return preview_file(store.db, path)


def _same(preview, full) -> None:
    assert preview.counts == full.counts
    assert [p.describe() for p in preview.warnings] == [p.describe() for p in full.warnings]
    assert [p.describe() for p in preview.invalid] == [p.describe() for p in full.invalid]


def test_an_unchanged_list_is_not_parsed_again(store, tmp_path, parsed):
    path = tmp_path / "liste.csv"
    _write(path, ROWS)
    assert import_once(store.db, path).counts["new"] == 4
    assert len(parsed) == 4
    parsed.clear()
    again = import_once(store.db, path)
    assert again.counts == {"new": 0, "changed": 0, "unchanged": 4, "invalid": 0, "conflicts": 0}
    assert parsed == []
    assert preview_file(store.db, path).counts["unchanged"] == 4  # the GUI's preview too
    assert parsed == []


def test_only_the_changed_row_is_read_and_stored(store, tmp_path, parsed):
    path = tmp_path / "liste.csv"
    _write(path, ROWS)
    import_once(store.db, path)
    parsed.clear()
    _write(path, [ROWS[0].replace("kostenlos", "Beitrag"), *ROWS[1:]])
    again = import_once(store.db, path)
    assert again.counts["changed"] == 1 and again.counts["unchanged"] == 3
    assert len(parsed) == 1
    parsed.clear()
    assert import_once(store.db, path).counts["unchanged"] == 4  # its new mark counts
    assert parsed == []


def test_an_entry_changed_in_the_catalogue_is_compared_again(store, tmp_path, parsed, monkeypatch):
    path = tmp_path / "liste.csv"
    _write(path, ROWS)
    import_once(store.db, path)
    repo = CatalogueRepository(store.db)
    repo.mark_for_review("a2", "Telefon prüfen")  # a plain UPDATE, not an import
    offer = repo.get("a3")
    offer.name = "Schach für alle"
    repo.save(offer)
    parsed.clear()
    preview = preview_file(store.db, path)
    assert len(parsed) == 2  # the two entries changed here are read again
    _same(preview, _full_reading(store, path, monkeypatch))
    assert preview.counts["unchanged"] == 2


def test_new_reference_data_reads_every_row_again(store, tmp_path, parsed):
    path = tmp_path / "liste.csv"
    _write(path, ROWS)
    import_once(store.db, path)
    store.db.execute("UPDATE offer_category SET name = 'Sport und Spiel' WHERE id = 'sport'")
    parsed.clear()
    import_once(store.db, path)
    assert len(parsed) == 4


def test_another_column_mapping_reads_every_row_again(store, tmp_path, parsed):
    path = tmp_path / "liste.csv"
    _write(path, ROWS)
    import_once(store.db, path)
    parsed.clear()
    import_once(store.db, path, mapping={"Kosten": None})
    assert len(parsed) == 4


def test_a_new_spelling_of_a_provider_reaches_its_unchanged_rows(
    store, tmp_path, parsed, monkeypatch
):
    path = tmp_path / "liste.csv"
    _write(path, ROWS)
    import_once(store.db, path)
    _write(path, [ROWS[0].replace("AWO Jena", "AWO Jena e.V."), *ROWS[1:]])
    parsed.clear()
    preview = preview_file(store.db, path)
    full = _full_reading(store, path, monkeypatch)
    _same(preview, full)
    assert any("mehrere Namen" in p.reason for p in preview.warnings)
    import_once(store.db, path)
    assert CatalogueRepository(store.db).get("a2").organization_name == "AWO Jena e.V."


def test_rows_with_notes_are_read_each_time_and_noted_again(store, tmp_path, parsed, monkeypatch):
    path = tmp_path / "liste.csv"
    _write(path, [*ROWS[:3], ROWS[3].replace("unbekannt", "vielleicht")])
    first = import_once(store.db, path)
    assert first.warnings  # the cost "vielleicht" is left out, with a note
    parsed.clear()
    preview = preview_file(store.db, path)
    assert len(parsed) == 1
    _same(preview, _full_reading(store, path, monkeypatch))


def test_a_repeated_row_is_still_a_duplicate(store, tmp_path, monkeypatch):
    path = tmp_path / "liste.csv"
    _write(path, ROWS)
    import_once(store.db, path)
    _write(path, [*ROWS, ROWS[1]])
    preview = preview_file(store.db, path)
    _same(preview, _full_reading(store, path, monkeypatch))
    assert any("Doppelte ID" in p.reason for p in preview.invalid)


def test_what_is_stored_is_what_a_full_reading_stores(store, tmp_path, monkeypatch):
    path = tmp_path / "liste.csv"
    _write(path, ROWS)
    import_once(store.db, path)
    changed = [ROWS[0], ROWS[1].replace("Erzählcafé", "Erzählcafé am Markt"), *ROWS[2:]]
    _write(path, changed)
    import_once(store.db, path)
    with_marks = _stored(store)
    store.db.execute("DELETE FROM offer_import_mark")
    assert import_once(store.db, path).counts["unchanged"] == 4
    assert _stored(store) == with_marks
