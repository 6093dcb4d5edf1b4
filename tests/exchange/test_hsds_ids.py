"""HSDS ids are unique per table only: rows attach to their owner by (table, id)."""

import csv

from teilhabe_desktop.exchange.catalogue_files import commit_import, export_catalogue, preview_file
from teilhabe_desktop.store.catalogue import CatalogueRepository
from tests.conftest import TEST_DATA

SHARED_IDS = TEST_DATA / "hsds-shared-ids"


def test_rows_attach_to_the_right_owner_when_ids_repeat_across_tables(store):
    preview = preview_file(store.db, SHARED_IDS)
    assert preview.counts["new"] == 3 and preview.counts["invalid"] == 0
    commit_import(CatalogueRepository(store.db), preview)
    repo = CatalogueRepository(store.db)
    one, two, three = repo.get("1"), repo.get("2"), repo.get("3")
    assert (one.name, one.organization_name) == ("Sprachcafé", "Verein Zwei")
    assert one.phone == "03641 333333"  # its own, not organization 1's
    assert one.street == "Lobdergraben 2"  # location 2, not location 1
    assert [(s.weekday, s.opens) for s in one.schedules] == [(2, "14:00")]
    assert (two.organization_name, two.phone, two.street) == (
        "Verein Eins",
        "03641 222222",
        "Markt 1",
    )
    assert [(s.weekday, s.opens) for s in two.schedules] == [(1, "09:00")]
    assert (three.organization_name, three.phone, three.street) == (
        "Verein Eins",
        "03641 111111",  # no phone of its own: its organization's
        "",
    )
    assert [(s.weekday, s.opens) for s in three.schedules] == [(5, "10:00")]
    hsds = one.extra["hsds"]
    assert [p["id"] for p in hsds["phone"]] == ["3"]
    assert [o["id"] for o in hsds["organization"]] == ["2"]


def test_shared_id_package_round_trips(store, tmp_path):
    commit_import(CatalogueRepository(store.db), preview_file(store.db, SHARED_IDS))
    before = {o.id: (o.name, o.phone, o.street) for o in CatalogueRepository(store.db).iter_all()}
    export_catalogue(store.db, tmp_path / "out.zip", "hsds")
    store.db.execute("DELETE FROM offer_fts")
    store.db.execute("DELETE FROM offer")
    commit_import(CatalogueRepository(store.db), preview_file(store.db, tmp_path / "out.zip"))
    after = {o.id: (o.name, o.phone, o.street) for o in CatalogueRepository(store.db).iter_all()}
    assert after == before


def test_csv_with_numeric_ids_survives_hsds_and_back(store, tmp_path):
    source = tmp_path / "liste.csv"
    source.write_text(
        "ID;Name;Träger-ID;Träger;Telefon\n"
        "1;Sprachcafé;2;Verein Zwei;03641 1\n"
        "2;Schuldnerberatung;1;Verein Eins;03641 22\n"
        "3;Lesepaten;1;Verein Eins;03641 333\n",
        encoding="utf-8",
    )
    commit_import(CatalogueRepository(store.db), preview_file(store.db, source))
    before = {
        o.id: (o.name, o.organization_id, o.phone) for o in CatalogueRepository(store.db).iter_all()
    }
    assert set(before) == {"1", "2", "3"}
    export_catalogue(store.db, tmp_path / "paket.zip", "hsds")
    store.db.execute("DELETE FROM offer_fts")
    store.db.execute("DELETE FROM offer")
    preview = preview_file(store.db, tmp_path / "paket.zip")
    assert preview.counts["new"] == 3 and preview.counts["invalid"] == 0
    commit_import(CatalogueRepository(store.db), preview)
    export_catalogue(store.db, tmp_path / "wieder.csv", "csv")
    with (tmp_path / "wieder.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    header = rows[0]
    ids = [row[header.index("ID")] for row in rows[1:]]
    names = [row[header.index("Name")] for row in rows[1:]]
    assert sorted(zip(ids, names, strict=True)) == [
        ("1", "Sprachcafé"),
        ("2", "Schuldnerberatung"),
        ("3", "Lesepaten"),
    ]
    after = {
        o.id: (o.name, o.organization_id, o.phone) for o in CatalogueRepository(store.db).iter_all()
    }
    assert after == before


def test_derived_ids_are_the_uuid5_of_their_parts():
    import uuid

    from teilhabe_desktop.exchange.hsds_tables import derived_id

    for parts in [("a",), ("attribute", "gen-1", "0"), ("ü", "x:y", "🙂"), ("",), ("a" * 300, "b")]:
        expected = uuid.uuid5(uuid.NAMESPACE_URL, "teilhabe-desktop:" + ":".join(parts))
        assert derived_id(*parts) == str(expected)


def test_jena_attribute_rows_are_built_as_conform_makes_them():
    from teilhabe_desktop.core.catalogue import Offer
    from teilhabe_desktop.exchange.hsds_conform import conform_row
    from teilhabe_desktop.exchange.hsds_jena import conformed_jena_rows

    offer = Offer(
        id="Angebot\u200b 7 ü",
        name="Treff",
        life_domains=["d7"],
        category_ids=["beratung"],
        place="Lobeda",
        district_code=7,
    )
    rows = conformed_jena_rows(offer, [("organization_id", ""), ("street", "Markt 1")])
    assert len(rows) > 6
    for row in rows:
        raw = {**row, "link_id": offer.id, "value": row.get("value", "")}
        assert conform_row("attribute", raw) == row
