"""Files written before the stable codes (German enum values) still import; the files
written now hold the codes (JSON, HSDS) or the German labels (the CSV for spreadsheets)."""

from __future__ import annotations

import csv
import json
import shutil

from teilhabe_desktop.core.catalogue import Availability, Cost, Offer, OfferStatus
from teilhabe_desktop.core.codes import LEGACY_VALUES
from teilhabe_desktop.core.plan import GoalKind, GoalStatus, NetworkSector, StepOwner, StrengthKind
from teilhabe_desktop.exchange.catalogue_files import commit_import, export_catalogue, preview_file
from teilhabe_desktop.exchange.demo_catalogue import load_demo_catalogue
from teilhabe_desktop.exchange.hsds_tables import HSDS_TABLES
from teilhabe_desktop.exchange.person_json import (
    FORMAT_VERSION,
    export_person,
    import_person,
    person_document,
)
from teilhabe_desktop.store.catalogue import CatalogueRepository
from teilhabe_desktop.store.plans import damaged_versions
from tests.conftest import TEST_DATA

#: written by the program of schema 5 (person file format 1, German enum values)
FORMAT_1 = TEST_DATA / "person_format1.json"
FORMAT_1_WITH_OFFERS = TEST_DATA / "person_format1_with_offers.json"
GERMAN = {old for values in LEGACY_VALUES.values() for old in values}
CODES = {code for values in LEGACY_VALUES.values() for code in values.values()}


def _enum_values(data, keys=("status", "kind", "sector", "owner", "cost")) -> set[str]:
    """Every value under an enum key (and of accessibility) anywhere in ``data``."""
    found: set[str] = set()
    if isinstance(data, dict):
        for key, value in data.items():
            if key in keys and isinstance(value, str):
                found.add(value)
            elif key == "accessibility" and isinstance(value, dict):
                found.update(v for v in value.values() if isinstance(v, str))
            else:
                found |= _enum_values(value, keys)
    elif isinstance(data, list):
        for value in data:
            found |= _enum_values(value, keys)
    return found


def test_the_frozen_files_hold_the_old_german_values():
    for path in (FORMAT_1, FORMAT_1_WITH_OFFERS):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["format_version"] == 1
        values = _enum_values(data)
        assert values and values <= GERMAN, values - GERMAN
    every = _enum_values(json.loads(FORMAT_1.read_text(encoding="utf-8")))
    assert {"in Arbeit", "teilweise erreicht", "Leitziel", "Fallmanagement", "Fähigkeit"} <= every


def test_a_format_1_person_file_imports_and_exports_with_codes(store, tmp_path):
    person = import_person(store, FORMAT_1)
    assert person.id == "frozen-v5-all"
    draft = store.plans.draft(person.id)
    assert [g.status for g in draft.goals][1:] == list(GoalStatus)[1:]
    assert draft.goals[0].status is GoalStatus.ACHIEVED
    assert [s.owner for s in draft.steps] == list(StepOwner)
    assert [n.sector for n in draft.network] == list(NetworkSector)
    assert [s.kind for s in draft.strengths] == list(StrengthKind)
    assert draft.goals[0].kind is GoalKind.LEITZIEL
    versions = store.plans.versions(person.id)
    assert [v.number for v in versions] == [1, 2]
    assert [g.status for g in versions[0].snapshot.plan.goals] == list(GoalStatus)
    assert damaged_versions(store.db) == []

    document = person_document(store, person.id)
    assert document["format_version"] == FORMAT_VERSION == 4
    values = _enum_values(document)
    assert values and not values & GERMAN, values & GERMAN
    assert values <= CODES
    assert "in_progress" in values and "guiding_goal" in values and "caseworker" in values
    # and the new file reads back to the same person, plan and versions
    export_person(store, person.id, tmp_path / "p.json")
    store.persons.delete(person.id)
    import_person(store, tmp_path / "p.json")
    assert person_document(store, person.id) == document


def test_a_format_1_file_with_offer_copies_imports(store):
    load_demo_catalogue(store)
    person = import_person(store, FORMAT_1_WITH_OFFERS)
    version = store.plans.version(person.id, 1)
    assert version.snapshot.offers
    for offer in version.snapshot.offers.values():
        assert isinstance(offer.cost, Cost) and isinstance(offer.status, OfferStatus)
        assert all(isinstance(v, Availability) for v in offer.accessibility.values())
    assert store.plans.draft(person.id).offer_links


def _offer() -> Offer:
    return Offer(
        "own",
        "Lesecafé",
        cost=Cost.REDUCED,
        status=OfferStatus.PAUSED,
        accessibility={"step_free": Availability.YES, "quiet_room": Availability.NO},
    )


def _import(store, path):
    repo = CatalogueRepository(store.db)
    preview = preview_file(store.db, path)
    assert preview.counts["invalid"] == 0, preview
    commit_import(repo, preview)
    return repo.get("own")


def test_catalogue_json_of_version_1_with_german_values_imports(store, tmp_path):
    document = {
        "format": "teilhabe-desktop-katalog",
        "version": 1,
        "offers": [
            {
                "id": "own",
                "name": "Lesecafé",
                "accessibility": {
                    "step_free": "ja",
                    "quiet_room": "nein",
                    "hearing_loop": "unbekannt",
                },
                "cost": "ermäßigt möglich",
                "status": "vorübergehend geschlossen",
            }
        ],
    }
    path = tmp_path / "alt.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    offer = _import(store, path)
    assert offer.cost is Cost.REDUCED and offer.status is OfferStatus.PAUSED
    assert offer.accessibility == {"step_free": Availability.YES, "quiet_room": Availability.NO}


def test_catalogue_json_is_written_with_codes(store, tmp_path):
    CatalogueRepository(store.db).save(_offer())
    export_catalogue(store.db, tmp_path / "k.json", "json")
    document = json.loads((tmp_path / "k.json").read_text(encoding="utf-8"))
    (entry,) = document["offers"]
    assert document["version"] == 2
    assert (entry["cost"], entry["status"]) == ("reduced", "paused")
    assert entry["accessibility"]["step_free"] == "yes"
    assert entry["accessibility"]["quiet_room"] == "no"
    assert entry["accessibility"]["hearing_loop"] == "unknown"


def test_catalogue_csv_keeps_the_german_labels_and_reads_codes(store, tmp_path):
    CatalogueRepository(store.db).save(_offer())
    export_catalogue(store.db, tmp_path / "k.csv", "csv")
    text = (tmp_path / "k.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(text.splitlines(), delimiter=";"))
    assert rows[0]["Kosten"] == "ermäßigt möglich"
    assert rows[0]["Status"] == "vorübergehend geschlossen"
    assert rows[0]["Stufenlos / rollstuhlgerecht"] == "ja"
    coded = text.replace("ermäßigt möglich", "reduced").replace(
        "vorübergehend geschlossen", "paused"
    )
    (tmp_path / "codes.csv").write_text(coded, encoding="utf-8-sig")
    store.db.execute("DELETE FROM offer_fts")
    store.db.execute("DELETE FROM offer")
    offer = _import(store, tmp_path / "codes.csv")
    assert offer.cost is Cost.REDUCED and offer.status is OfferStatus.PAUSED


def test_hsds_attributes_with_the_old_german_values_import(store, tmp_path):
    CatalogueRepository(store.db).save(_offer())
    export_catalogue(store.db, tmp_path / "out", "hsds")
    attributes = tmp_path / "out" / HSDS_TABLES["attribute"][0]
    text = attributes.read_text(encoding="utf-8-sig")
    assert "step_free=yes" in text and ",reduced\n" in text
    old = tmp_path / "old"
    shutil.copytree(tmp_path / "out", old)
    german = (
        text.replace("step_free=yes", "step_free=ja")
        .replace("quiet_room=no", "quiet_room=nein")
        .replace(",reduced\n", ",ermäßigt möglich\n")
    )
    assert "step_free=ja" in german and "quiet_room=nein" in german and "reduced" not in german
    (old / HSDS_TABLES["attribute"][0]).write_text(german, encoding="utf-8-sig")
    store.db.execute("DELETE FROM offer_fts")
    store.db.execute("DELETE FROM offer")
    offer = _import(store, old)
    assert offer.cost is Cost.REDUCED
    assert offer.accessibility == {"step_free": Availability.YES, "quiet_room": Availability.NO}
