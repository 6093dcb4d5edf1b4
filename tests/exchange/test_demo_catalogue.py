"""The invented entries of the example catalogue: clearly marked, plausible and varied."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest

from teilhabe_desktop.core.catalogue import Availability, Cost
from teilhabe_desktop.exchange.demo_catalogue import load_demo_catalogue
from teilhabe_desktop.store.catalogue import CatalogueRepository
from teilhabe_desktop.store.reference import ReferenceRepository

POSTCODES = {
    "lobeda": "07747",
    "winzerla": "07745",
    "west_zentrum": "07743",
    "nord": "07743",
    "ost": "07749",
}


@pytest.fixture
def examples(store):
    load_demo_catalogue(store)
    return [o for o in CatalogueRepository(store.db).iter_all() if o.is_example]


def test_invented_entries_cannot_be_taken_for_real_ones(store, examples):
    resolver = CatalogueRepository(store.db).place_resolver()
    for offer in examples:
        assert offer.name.endswith("(Beispiel)"), offer.name
        assert "(Beispiel)" in offer.organization_name, offer.name
        assert "Erfundener Beispieleintrag" in offer.description, offer.name
        assert offer.phone == "", offer.name  # no number that could belong to someone
        assert offer.email.endswith("@example.org"), offer.name
        assert offer.website.startswith("https://example.org/"), offer.name
        assert any(word in offer.street for word in ("Beispiel", "Muster", "Erfunden"))
        assert offer.postcode == POSTCODES[offer.sozialraum_id], offer.name
        # the place is a real Ortsteil of the entry's Sozialraum
        assert {p.sozialraum_id for p in resolver.resolve(offer.place)} == {offer.sozialraum_id}, (
            offer.place
        )


def test_invented_entries_are_varied(store, examples):
    assert 35 <= len(examples) <= 40
    assert len({o.name for o in examples}) == len(examples)
    per_area = Counter(o.sozialraum_id for o in examples)
    assert set(per_area) == set(POSTCODES) and all(6 <= n <= 8 for n in per_area.values())
    assert {o.cost for o in examples} == {Cost.FREE, Cost.REDUCED, Cost.FEE}
    assert {o.access("step_free") for o in examples} == set(Availability)
    assert sum(o.mainstream for o in examples) > len(examples) / 2  # mostly Regelangebote
    categories = {c.id for c in ReferenceRepository(store.db).offer_categories()}
    for offer in examples:
        assert offer.opening_hours and offer.schedules, offer.name
        assert offer.category_ids and set(offer.category_ids) <= categories, offer.name
    newest = max(o.last_verified for o in examples)
    assert any(o.last_verified < newest - timedelta(days=400) for o in examples)  # "Stand"
    assert any(o.last_verified > newest - timedelta(days=180) for o in examples)


def test_invented_entries_alone_cover_every_sozialraum_and_domain(examples):
    covered = {(o.sozialraum_id, d) for o in examples for d in o.life_domains}
    missing = {(s, f"d{n}") for s in POSTCODES for n in range(1, 10)} - covered
    assert not missing
