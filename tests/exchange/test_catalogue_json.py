import json

import pytest

from teilhabe_desktop.core.catalogue import Offer
from teilhabe_desktop.core.catalogue_query import OfferQuery
from teilhabe_desktop.exchange.catalogue_files import (
    ImportFileError,
    commit_import,
    export_catalogue,
    preview_file,
)
from teilhabe_desktop.exchange.demo_catalogue import load_demo_catalogue
from teilhabe_desktop.store.catalogue import CatalogueRepository


def test_json_is_lossless(store, tmp_path):
    repo = CatalogueRepository(store.db)
    load_demo_catalogue(store)
    repo.save(Offer(id="x", name="Mit Extras", extra={"hsds": {"service": [{"id": "x"}]}}))
    before = {o.id: o for o in repo.iter_all()}
    export_catalogue(store.db, tmp_path / "k.json", "json")
    for table in (
        "offer_fts",
        "offer_life_domain",
        "offer_category_link",
        "offer_schedule",
        "offer",
    ):
        store.db.execute(f"DELETE FROM {table}")
    preview = preview_file(store.db, tmp_path / "k.json")
    commit_import(repo, preview)
    assert {o.id: o for o in repo.iter_all()} == before


def test_bad_json_entries_are_listed(store, tmp_path):
    doc = {
        "format": "teilhabe-desktop-katalog",
        "offers": [
            {"id": "a", "name": "Gut"},
            {
                "id": "b",
                "name": "",
            },
            {"id": "c", "name": "X", "cost": "teuer"},
            7,
        ],
    }
    (tmp_path / "k.json").write_text(json.dumps(doc), encoding="utf-8")
    preview = preview_file(store.db, tmp_path / "k.json")
    assert preview.counts["new"] == 1 and preview.counts["invalid"] == 3
    assert sorted(p.line for p in preview.invalid) == [2, 3, 4]
    (tmp_path / "t.json").write_text('{"offers": [', encoding="utf-8")
    with pytest.raises(ImportFileError, match="kein gültiges JSON"):
        preview_file(store.db, tmp_path / "t.json")


def test_demo_catalogue_covers_every_sozialraum_and_domain(store):
    load_demo_catalogue(store)
    repo = CatalogueRepository(store.db)
    total = repo.total()
    assert total >= 39 + 25 and repo.has_examples()
    for sozialraum in ("lobeda", "winzerla", "west_zentrum", "nord", "ost"):
        for domain in range(1, 10):
            query = OfferQuery(sozialraum_ids=frozenset({sozialraum}), life_domain=f"d{domain}")
            assert repo.count(query) >= 1, (sozialraum, domain)
    load_demo_catalogue(store)  # idempotent
    assert repo.total() == total


def test_demo_real_places_are_marked_for_review(store):
    load_demo_catalogue(store)
    repo = CatalogueRepository(store.db)
    real = [o for o in repo.iter_all() if not o.is_example]
    assert len(real) == 39
    for offer in real:
        assert offer.needs_review and offer.review_note.startswith("bitte prüfen: ")
        assert offer.source.startswith("http")
    for offer in repo.iter_all():
        if offer.is_example:
            assert "(Beispiel)" in offer.name
