"""The plain-language short description of a catalogue entry travels with it: stored,
exported and imported as JSON, CSV and HSDS (there as an attribute of Jena's taxonomy)."""

from __future__ import annotations

import csv
import json

import pytest

from teilhabe_desktop.core.catalogue import Offer
from teilhabe_desktop.exchange.catalogue_files import commit_import, export_catalogue, preview_file
from teilhabe_desktop.store.catalogue import CatalogueRepository

PLAIN = "Hier treffen sich Menschen.\nWir trinken Kaffee."


def _saved(store) -> Offer:
    repo = CatalogueRepository(store.db)
    repo.save(
        Offer("treff", "Nachbarschaftstreff", description="Offener Treff", plain_description=PLAIN)
    )
    return repo.get("treff")


def test_the_plain_description_is_stored(store):
    assert _saved(store).plain_description == PLAIN


@pytest.mark.parametrize("name", ["k.json", "k.csv", "k.zip"])
def test_the_plain_description_round_trips(store, tmp_path, name):
    fmt = {"k.json": "json", "k.csv": "csv", "k.zip": "hsds"}[name]
    _saved(store)
    export_catalogue(store.db, tmp_path / name, fmt)
    store.db.execute("DELETE FROM offer_fts")
    store.db.execute("DELETE FROM offer")
    preview = preview_file(store.db, tmp_path / name)
    commit_import(CatalogueRepository(store.db), preview)
    assert CatalogueRepository(store.db).get("treff").plain_description == PLAIN


def test_hsds_carries_it_as_an_extension_not_as_the_description(store, tmp_path):
    _saved(store)
    export_catalogue(store.db, tmp_path / "k.json", "json")
    entry = json.loads((tmp_path / "k.json").read_text("utf-8"))["offers"][0]
    assert entry["plain_description"] == PLAIN and entry["description"] == "Offener Treff"
    export_catalogue(store.db, tmp_path / "out", "hsds")
    with (tmp_path / "out" / "attributes.csv").open(encoding="utf-8-sig") as f:
        values = [row["value"] for row in csv.DictReader(f)]
    assert PLAIN in values
    with (tmp_path / "out" / "services.csv").open(encoding="utf-8-sig") as f:
        services = list(csv.DictReader(f))
    assert services[0]["description"] == "Offener Treff"
