import csv
import shutil
import zipfile

import pytest

from teilhabe_desktop.core.catalogue import Availability, Cost, Offer
from teilhabe_desktop.exchange.catalogue_files import (
    ImportFileError,
    commit_import,
    export_catalogue,
    preview_file,
)
from teilhabe_desktop.exchange.hsds_tables import HSDS_TABLES
from teilhabe_desktop.store.catalogue import CatalogueRepository
from tests.conftest import hsds_example


def example_folder():
    return hsds_example("csv")


def read_tables(folder):
    tables = {}
    for name, (file, _) in HSDS_TABLES.items():
        path = folder / file
        if path.exists():
            with path.open(encoding="utf-8-sig", newline="") as handle:
                tables[name] = {row["id"]: row for row in csv.DictReader(handle)}
    return tables


def import_ok(store, path):
    preview = preview_file(store.db, path)
    commit_import(CatalogueRepository(store.db), preview)
    return preview


def test_example_imports_with_its_fields(store):
    preview = import_ok(store, example_folder())
    assert preview.counts["new"] == 1 and preview.counts["invalid"] == 0
    offer = CatalogueRepository(store.db).get("ac148810-d857-441c-9679-408f346de14b")
    assert offer.name == "Community Counselling"
    assert offer.organization_name == "Example Organization Inc."
    assert offer.phone == "+44 1234 234567" and offer.street == "1-30 Main Street"
    assert offer.lat is None  # 100/101 is out of range: kept in the HSDS rows only
    assert any(p.column == "lat" for p in preview.warnings)


def test_example_exports_equivalently(store, tmp_path):
    original = read_tables(example_folder())
    import_ok(store, example_folder())
    export_catalogue(store.db, tmp_path / "out", "hsds")
    exported = read_tables(tmp_path / "out")
    for table, rows in original.items():
        for row_id, row in rows.items():
            assert row_id in exported[table], (table, row_id)
            assert {k: exported[table][row_id].get(k) for k in row} == row, table
    assert (tmp_path / "out" / "datapackage.json").exists()
    again = preview_file(store.db, tmp_path / "out")
    assert again.counts["unchanged"] == 1 and again.counts["new"] == 0


def test_zip_and_our_own_fields_round_trip(store, tmp_path):
    repo = CatalogueRepository(store.db)
    repo.save(
        Offer(
            id="own",
            name="Lesecafé",
            organization_name="Bibliothek",
            street="Engelplatz 2",
            postcode="07743",
            place="Jena-Zentrum",
            life_domains=["d1", "d3"],
            category_ids=["bibliothek"],
            cost=Cost.FREE,
            phone="03641 49-8160",
            accessibility={"step_free": Availability.YES, "quiet_room": Availability.NO},
            lat=50.93,
            lon=11.59,
            opening_hours="Di 10–12 Uhr",
        )
    )
    before = repo.get("own")
    export_catalogue(store.db, tmp_path / "k.zip", "hsds")
    assert zipfile.is_zipfile(tmp_path / "k.zip")
    store.db.execute("DELETE FROM offer_fts")
    store.db.execute("DELETE FROM offer")
    import_ok(store, tmp_path / "k.zip")
    after = repo.get("own")
    assert after.extra == {}  # every row was written from our fields: nothing else to keep
    before.updated_at = after.updated_at
    assert after == before


def test_service_full_json_imports(store):
    path = hsds_example("service_full.json")
    preview = import_ok(store, path)
    assert preview.counts["new"] == 1
    offer = CatalogueRepository(store.db).get("ac148810-d857-441c-9679-408f346de14b")
    assert offer.organization_name and offer.street == "1-30 Main Street"


def test_broken_references_are_reported(store, tmp_path):
    folder = tmp_path / "broken"
    shutil.copytree(example_folder(), folder)
    text = (folder / "organizations.csv").read_text(encoding="utf-8")
    (folder / "organizations.csv").write_text(text.split("\n")[0] + "\n", encoding="utf-8")
    preview = preview_file(store.db, folder)
    assert preview.counts["new"] == 0
    assert any(p.file == "services.csv" and p.column == "organization_id" for p in preview.invalid)
    assert CatalogueRepository(store.db).total() == 0


def test_not_a_package(store, tmp_path):
    (tmp_path / "x.zip").write_bytes(b"PK\x03\x04 truncated")
    with pytest.raises(ImportFileError, match="ZIP"):
        preview_file(store.db, tmp_path / "x.zip")
    (tmp_path / "empty").mkdir()
    with pytest.raises(ImportFileError, match=r"services\.csv"):
        preview_file(store.db, tmp_path / "empty")
