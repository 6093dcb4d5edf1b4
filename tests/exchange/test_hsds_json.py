"""HSDS JSON that is not a single service: organizations with services, lists, taxonomies."""

import json
import re

import pytest

from teilhabe_desktop.exchange.catalogue_files import ImportFileError, commit_import, preview_file
from teilhabe_desktop.store.catalogue import CatalogueRepository
from tests.conftest import hsds_example

SERVICE_ID = "ac148810-d857-441c-9679-408f346de14b"


def write(tmp_path, name, document):
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    return path


def test_organization_full_brings_its_services(store):
    preview = preview_file(store.db, hsds_example("organization_full.json"))
    assert preview.counts["new"] == 1 and preview.counts["invalid"] == 0
    commit_import(CatalogueRepository(store.db), preview)
    offer = CatalogueRepository(store.db).get(SERVICE_ID)
    assert offer.name == "Community Counselling"  # the service, not "Example Organization Inc."
    assert offer.organization_name == "Example Organization Inc."
    assert offer.organization_id == "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"
    assert CatalogueRepository(store.db).total() == 1


def test_organization_list_and_service_list(store, tmp_path):
    organization = json.loads(hsds_example("organization_full.json").read_text("utf-8"))
    other = json.loads(json.dumps(organization))
    other["id"], other["name"] = "org-2", "Zweiter Träger"
    other["services"] = [dict(other["services"][0], id="s-2", name="Sprachcafé")]
    path = write(tmp_path, "organisationen.json", {"contents": [organization, other]})
    commit_import(CatalogueRepository(store.db), preview_file(store.db, path))
    repo = CatalogueRepository(store.db)
    assert repo.get("s-2").organization_name == "Zweiter Träger"
    assert repo.get(SERVICE_ID).organization_name == "Example Organization Inc."
    listed = preview_file(store.db, hsds_example("service_list.json"))
    assert listed.counts["new"] + listed.counts["changed"] + listed.counts["unchanged"] == 1


def test_what_is_not_a_service_is_refused(store, tmp_path):
    service = json.loads(hsds_example("service_full.json").read_text("utf-8"))
    term = service["attributes"][0]["taxonomy_term"]
    taxonomy = term["taxonomy_detail"]
    organization = {k: v for k, v in service["organization"].items() if k != "services"}
    cases = {
        "begriff.json": (term, "Taxonomiebegriff (taxonomy_term), kein Dienst"),
        "taxonomie.json": (taxonomy, "HSDS-Taxonomie (taxonomy), kein Dienst"),
        "traeger.json": (organization, "Organisation ohne Dienste"),
        "liste.json": ([service, term], "Eintrag 2, ist ein HSDS-Taxonomiebegriff"),
    }
    for name, (document, reason) in cases.items():
        with pytest.raises(ImportFileError, match=re.escape(reason)) as caught:
            preview_file(store.db, write(tmp_path, name, document))
        assert f"„{name}“" in caught.value.message
        assert "Es wurde nichts übernommen." in caught.value.message
    assert CatalogueRepository(store.db).total() == 0


def test_duplicate_service_in_json_is_named_not_dropped(store, tmp_path):
    service = json.loads(hsds_example("service_full.json").read_text("utf-8"))
    twin = dict(service, name="Zweite Fassung")
    preview = preview_file(store.db, write(tmp_path, "doppelt.json", [service, twin]))
    assert preview.counts["new"] == 1 and preview.counts["invalid"] == 1
    (problem,) = preview.invalid
    assert problem.describe() == (
        f"doppelt.json, Dienst 2, Spalte „id“: Dienst „Zweite Fassung“ (ID „{SERVICE_ID}“): "
        f"doppelte ID, schon in Dienst 1 (Dienst „Community Counselling“ (ID „{SERVICE_ID}“)); "
        "nicht übernommen."
    )
    commit_import(CatalogueRepository(store.db), preview)
    (stored,) = CatalogueRepository(store.db).iter_all()
    assert stored.name == "Community Counselling"  # the first one stays
