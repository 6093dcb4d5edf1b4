"""The HSDS export is valid against the official HSDS 3.0 table schemas and round-trips."""

import csv
import json
import re
from dataclasses import replace
from datetime import date

import pytest

from teilhabe_desktop.core.catalogue import (
    ACCESSIBILITY_FEATURES,
    Availability,
    Cost,
    Offer,
    OfferStatus,
    Schedule,
)
from teilhabe_desktop.exchange.catalogue_files import commit_import, export_catalogue, preview_file
from teilhabe_desktop.exchange.demo_catalogue import load_demo_catalogue
from teilhabe_desktop.exchange.hsds_tables import HSDS_TABLES, derived_id, is_uuid
from teilhabe_desktop.store.catalogue import CatalogueRepository
from teilhabe_desktop.store.database import open_database
from tests.conftest import hsds_example
from tests.exchange.hsds_schema import schema_problems


def official_schema():
    return hsds_example("csv", "datapackage.json")


def awkward_offers() -> list[Offer]:
    facets = list(ACCESSIBILITY_FEATURES)
    states = list(Availability)
    return [
        Offer(id="ohne-alles", name="Nur ein Name"),
        Offer(
            id="ohne-plz",
            name="Gesprächskreis „Über’s Älterwerden“",
            description="Für Menschen ab 60; Straße ohne Postleitzahl.",
            street="Schillergäßchen 5",
            city="Jena",
            organization_name="Förderverein Löbstedt e. V.",
            accessibility={k: states[i % 3] for i, k in enumerate(facets)},
            cost=Cost.REDUCED,
            cost_note="ermäßigt mit Jenapass",
        ),
        Offer(
            id="alle-merkmale",
            name="Treff am Anger",
            street="Am Anger 26",
            postcode="07743",
            city="Jena",
            place="Jena-Zentrum",
            lat=50.928,
            lon=11.588,
            phone="03641 123456",
            email="treff@example.org",
            website="https://example.org/treff",
            accessibility=dict.fromkeys(facets, Availability.YES),
            schedules=[Schedule(1, "09:00", "12:00"), Schedule(3, "14:00", "18:30", "nur Mai")],
            opening_hours="Mo 9–12, Mi 14–18.30 Uhr",
            life_domains=["d7", "d9"],
            category_ids=["begegnung"],
            target_groups=["Senioren", "Familien"],
            status=OfferStatus.PAUSED,
            last_verified=date(2024, 3, 1),
            verified_by="pruefer@example.org",
            needs_review=True,
            review_note="Öffnungszeiten prüfen",
            mainstream=False,
        ),
        Offer(id="nur-plz", name="Beratung ohne Straße", postcode="07745", city="Jena"),
        Offer(
            id="weimar",
            name="Angebot außerhalb",
            street="Markt 1",
            postcode="99423",
            city="Weimar",
            schedules=[Schedule(6, "10:00", "11:00")],
        ),
        Offer(id="ohne-ort", name="Telefonberatung", city="", phone="0800 1110111"),
        Offer(  # values HSDS types reject as they are: kept as attributes, fitted in the tables
            id="schreibweisen",
            name="Beratung im Stadtteil",
            website="www.jena.de/beratung",
            email="info\u200b@jena.de",
            verified_by="Frau Müller (Stadtteilbüro)",
            last_verified=date(2024, 5, 2),
            schedules=[Schedule(2, "09:30", "12:00")],
        ),
        Offer(
            id=str(derived_id("test", "uuid-offer")),
            name="Angebot mit UUID",
            organization_id="org-ohne-uuid",
            organization_name="Träger mit eigener Kennung",
        ),
    ]


def save_awkward(store) -> CatalogueRepository:
    repo = CatalogueRepository(store.db)
    for offer in awkward_offers():
        repo.save(offer)
    return repo


def offers_of(repo: CatalogueRepository) -> dict[str, Offer]:
    return {o.id: replace(o, extra={}, updated_at=None) for o in repo.iter_all()}


def import_into(path, db_path) -> tuple[dict, dict[str, Offer]]:
    other = open_database(db_path)
    try:
        preview = preview_file(other.db, path)
        commit_import(CatalogueRepository(other.db), preview)
        return preview.counts, offers_of(CatalogueRepository(other.db))
    finally:
        other.close()


def test_demo_catalogue_exports_valid_hsds(store, tmp_path):
    reference = official_schema()
    load_demo_catalogue(store)
    written = export_catalogue(store.db, tmp_path / "out", "hsds")
    assert written == CatalogueRepository(store.db).total() > 0
    assert schema_problems(tmp_path / "out", reference) == []


def test_awkward_catalogue_exports_valid_hsds(store, tmp_path):
    reference = official_schema()
    save_awkward(store)
    export_catalogue(store.db, tmp_path / "out", "hsds")
    assert schema_problems(tmp_path / "out", reference) == []
    with (tmp_path / "out" / "addresses.csv").open(encoding="utf-8", newline="") as handle:
        addresses = {row["address_1"]: row for row in csv.DictReader(handle)}
    # Addresses are written only when complete, with honest values: no made-up postcode.
    assert set(addresses) == {"Am Anger 26", "Markt 1"}
    assert addresses["Am Anger 26"]["state_province"] == "Thüringen"
    assert addresses["Markt 1"]["state_province"] == "unbekannt"  # we only know Jena's state
    services = read_rows(tmp_path / "out")["service"]
    (odd,) = [s for s in services if s["name"] == "Beratung im Stadtteil"]
    assert (odd["url"], odd["email"], odd["assurer_email"]) == (
        "https://www.jena.de/beratung",
        "info@jena.de",
        "",  # a name is no e-mail address: it travels as an attribute
    )
    schedules = read_rows(tmp_path / "out")["schedule"]
    assert {(r["opens_at"], r["closes_at"]) for r in schedules} >= {("09:30:00", "12:00:00")}


def test_export_of_imported_example_adds_no_problems(store, tmp_path):
    reference = official_schema()
    example = hsds_example("csv")
    known = unplaced(schema_problems(example, reference))  # the example's broken references
    commit_import(CatalogueRepository(store.db), preview_file(store.db, example))
    save_awkward(store)
    export_catalogue(store.db, tmp_path / "out", "hsds")
    assert unplaced(schema_problems(tmp_path / "out", reference)) <= known


def unplaced(problems: list[str]) -> set[str]:
    """Problems without their row number (the export orders rows its own way)."""
    return {re.sub(r"^(\w+):\d+", r"\1", problem) for problem in problems}


def test_foreign_package_with_gaps_exports_valid(store, tmp_path):
    reference = official_schema()
    folder = tmp_path / "foreign"
    folder.mkdir()
    (folder / "services.csv").write_text(
        "id,organization_id,name,status,colour\ns1,o1,Sprachcafé,Active,blau\n", "utf-8"
    )
    (folder / "organizations.csv").write_text("id,name\no1,\n", "utf-8")
    (folder / "locations.csv").write_text("id,name,location_type\nl1,Haus,\n", "utf-8")
    (folder / "service_at_location.csv").write_text(
        "id,service_id,location_id\nsl1,s1,l1\n", "utf-8"
    )
    (folder / "addresses.csv").write_text(
        "id,location_id,address_1,city,postal_code,country,address_type\n"
        "a1,l1,Markt 5,Jena,07743,DE,physical\n"
        "a2,l1,Postfach 10,Jena,,DE,postal\n",
        "utf-8",
    )
    commit_import(CatalogueRepository(store.db), preview_file(store.db, folder))
    assert CatalogueRepository(store.db).get("s1").street == "Markt 5"
    export_catalogue(store.db, tmp_path / "out", "hsds")
    assert schema_problems(tmp_path / "out", reference) == []
    _, offers = import_into(tmp_path / "out", tmp_path / "other.db")
    assert list(offers) == ["s1"] and offers["s1"].name == "Sprachcafé"


def read_rows(folder) -> dict[str, list[dict]]:
    tables = {}
    for name, (file, _) in HSDS_TABLES.items():
        if (folder / file).exists():
            with (folder / file).open(encoding="utf-8", newline="") as handle:
                tables[name] = sorted(csv.DictReader(handle), key=lambda r: r["id"])
    return tables


@pytest.mark.parametrize("demo", [False, True], ids=["awkward", "demo"])
def test_export_import_export_keeps_ids_and_content(store, tmp_path, demo):
    repo = save_awkward(store)
    if demo:
        load_demo_catalogue(store)
    before = offers_of(repo)
    export_catalogue(store.db, tmp_path / "first", "hsds")
    services = read_rows(tmp_path / "first")["service"]
    assert all(is_uuid(s["id"]) for s in services) and len(services) == len(before)

    same = preview_file(store.db, tmp_path / "first")
    assert same.counts["unchanged"] == len(before)  # back into the same catalogue: no change

    counts, after = import_into(tmp_path / "first", tmp_path / "other.db")
    assert counts["new"] == len(before) and counts["invalid"] == 0
    assert after == before  # the same offer ids, the same content

    other = open_database(tmp_path / "other.db")
    try:
        export_catalogue(other.db, tmp_path / "second", "hsds")
        again = preview_file(other.db, tmp_path / "second")
    finally:
        other.close()
    assert read_rows(tmp_path / "second") == read_rows(tmp_path / "first")
    assert again.counts["unchanged"] == len(before) and again.counts["changed"] == 0


def test_ids_are_stable_between_exports(store, tmp_path):
    save_awkward(store)
    export_catalogue(store.db, tmp_path / "a", "hsds")
    export_catalogue(store.db, tmp_path / "b", "hsds")
    for file in ("services.csv", "organizations.csv", "attributes.csv", "datapackage.json"):
        assert (tmp_path / "a" / file).read_bytes() == (tmp_path / "b" / file).read_bytes()
    package = json.loads((tmp_path / "a" / "datapackage.json").read_text("utf-8"))
    fields = {r["name"]: r["schema"]["fields"] for r in package["resources"]}
    assert {"name": "id", "type": "string", "format": "uuid"} in fields["service"]
