"""HSDS 1.x tables are read as their HSDS 3.0 counterparts; others are named as not read."""

from teilhabe_desktop.exchange.catalogue_files import commit_import, export_catalogue, preview_file
from teilhabe_desktop.store.catalogue import CatalogueRepository
from tests.conftest import TEST_DATA, hsds_example
from tests.exchange.hsds_schema import schema_problems

LEGACY = TEST_DATA / "hsds-1x"


def test_hsds_1x_tables_are_mapped_to_3_0(store):
    preview = preview_file(store.db, LEGACY)
    assert preview.counts["new"] == 2 and preview.counts["invalid"] == 0
    commit_import(CatalogueRepository(store.db), preview)
    repo = CatalogueRepository(store.db)
    treff, essen = repo.get("s1"), repo.get("s2")
    assert (treff.street, treff.postcode, treff.city) == ("Karl-Marx-Allee 28", "07747", "Jena")
    assert treff.place == "Eingang B, 2. Etage"
    assert [(s.weekday, s.opens, s.closes) for s in treff.schedules] == [
        (1, "09:00", "12:00"),
        (3, "14:00", "16:30"),
    ]
    assert [(s.weekday, s.opens) for s in essen.schedules] == [(5, "11:30")]
    hsds = treff.extra["hsds"]
    assert hsds["service"][0]["eligibility_description"] == "adult; Menschen ab 60"
    assert [(a["description"], a["details"]) for a in hsds["accessibility"]] == [
        ("Rollstuhlgerecht", "Aufzug am Eingang B")
    ]
    assert [(a["link_id"], a["taxonomy_term_id"]) for a in hsds["attribute"]] == [("s1", "t1")]
    assert [t["name"] for t in hsds["taxonomy_term"]] == ["Senioren"]
    assert essen.street == "Karl-Marx-Allee 28"  # at the same location


def test_what_is_mapped_and_what_is_not_read_is_said(store):
    notes = {p.file: p.reason for p in preview_file(store.db, LEGACY).warnings}
    assert notes["holiday_schedules.csv"] == "Nicht gelesen: keine Tabelle von HSDS 3.0."
    assert notes["physical_addresses.csv"] == (
        "Tabelle aus HSDS 1.x, gelesen als addresses.csv von HSDS 3.0."
    )
    for file in ("regular_schedules.csv", "accessibility_for_disabilities.csv", "eligibility.csv"):
        assert notes[file].startswith("Tabelle aus HSDS 1.x, gelesen als"), file


def test_mapped_package_exports_valid_hsds_3_0(store, tmp_path):
    commit_import(CatalogueRepository(store.db), preview_file(store.db, LEGACY))
    export_catalogue(store.db, tmp_path / "aus", "hsds")
    assert schema_problems(tmp_path / "aus", hsds_example("csv", "datapackage.json")) == []
