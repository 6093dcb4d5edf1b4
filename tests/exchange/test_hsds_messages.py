"""What an HSDS import reports: rejected entries apart from notes, each naming the entry and
the file inside the package; values the catalogue cannot hold stay in the HSDS data only
where the export really writes them."""

import csv

from teilhabe_desktop.exchange.catalogue_files import commit_import, export_catalogue, preview_file
from teilhabe_desktop.store.catalogue import CatalogueRepository

TABLES = {
    "services.csv": "id,organization_id,name,email,status,assured_date\n"
    "1,1,Sprachcafé,info(at)verein.de,active,2999-01-01\n"
    "1,1,Zweites Sprachcafé,,active,\n"
    "2,1,Lesepaten,,active,Februar 2024\n",
    "organizations.csv": "id,name,description\n1,Verein,Ein Verein\n",
    "locations.csv": "id,location_type,name,latitude,longitude\n1,physical,Haus,100,11.5\n",
    "service_at_location.csv": "id,service_id,location_id\n1,1,1\n2,2,99\n",
    "addresses.csv": "id,location_id,address_1,city,postal_code,country,address_type\n"
    "1,1,High Street 1,Bristol,BS1 4DJ,GB,physical\n",
    "phones.csv": "id,service_id,number\n1,1,n/a\n1,2,03641 1\n",
    "schedules.csv": "id,service_id,freq,byday,opens_at,closes_at\n1,1,WEEKLY,MO,9am,12:00:00\n",
}


def package(tmp_path):
    folder = tmp_path / "paket"
    (folder / "daten").mkdir(parents=True)
    for name, text in TABLES.items():
        (folder / "daten" / name).write_text(text, "utf-8")
    return folder


def rows(folder, name):
    with (folder / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_rejected_entries_and_notes_are_counted_apart_and_named(store, tmp_path):
    preview = preview_file(store.db, package(tmp_path))
    assert preview.counts["new"] == 2 and preview.counts["invalid"] == 1
    (rejected,) = preview.invalid
    assert rejected.describe() == (
        "daten/services.csv, Zeile 3, Spalte „id“: Dienst „Zweites Sprachcafé“ (ID „1“): "
        "doppelte ID, schon in Zeile 2 (Dienst „Sprachcafé“ (ID „1“)); nicht übernommen."
    )
    notes = {(p.file, p.line, p.column): p.reason for p in preview.warnings}
    assert notes[("daten/phones.csv", 3, "id")].startswith("Doppelte ID „1“ (schon in Zeile 2)")
    assert (
        "„99“, das in daten/locations.csv fehlt"
        in notes[("daten/service_at_location.csv", 3, "location_id")]
    )
    summary = preview.summary()
    assert "ungültig: 1," in summary and f"Hinweise: {len(preview.warnings)}" in summary


def test_dropped_values_say_truly_whether_the_export_keeps_them(store, tmp_path):
    preview = preview_file(store.db, package(tmp_path))
    notes = {p.column: p.reason for p in preview.warnings if p.line == 2}
    kept = "der Wert bleibt in den HSDS-Daten erhalten und wird mit ihnen exportiert"
    lost = "Der Wert wird nicht übernommen"
    for column in ("phone", "postcode", "lat", "last_verified"):
        assert notes[column].startswith("Dienst „Sprachcafé“ (ID „1“): ") and kept in notes[column]
    for column in ("email", "schedules"):
        assert lost in notes[column], column
    (unreadable,) = [p for p in preview.warnings if p.file == "daten/services.csv" and p.line == 4]
    assert unreadable.reason == (
        "Dienst „Lesepaten“ (ID „2“): „Februar 2024“ ist kein Datum (JJJJ-MM-TT). "
        "Der Wert wird nicht übernommen (auch HSDS 3.0 lässt ihn so nicht zu)."
    )
    commit_import(CatalogueRepository(store.db), preview)
    offer = CatalogueRepository(store.db).get("1")
    assert (offer.phone, offer.postcode, offer.lat, offer.email) == ("", "", None, "")
    export_catalogue(store.db, tmp_path / "aus", "hsds")
    out = tmp_path / "aus"
    assert "n/a" in {r["number"] for r in rows(out, "phones.csv")}
    assert "BS1 4DJ" in {r["postal_code"] for r in rows(out, "addresses.csv")}
    assert "100" in {r["latitude"] for r in rows(out, "locations.csv")}
    (service,) = [r for r in rows(out, "services.csv") if r["name"] == "Sprachcafé"]
    assert (service["assured_date"], service["email"]) == ("2999-01-01", "")
    assert {r["opens_at"] for r in rows(out, "schedules.csv") if r["byday"] == "MO"} == {""}
