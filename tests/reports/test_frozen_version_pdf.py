"""A finalised version prints exactly as it was frozen, whatever changed since."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from teilhabe_desktop.store.catalogue import CatalogueRepository
from teilhabe_desktop.store.persons import PersonRepository
from teilhabe_desktop.store.plans import PlanRepository
from tests.reports.pdfcheck import build, text
from tests.reports.snapshots import lobeda_snapshot


@pytest.fixture
def saved(store):
    """The Lobeda example stored in a real database: catalogue, person, draft."""
    example = lobeda_snapshot()
    catalogue = CatalogueRepository(store.db)
    for offer in example.offers.values():
        catalogue.save(offer)
    PersonRepository(store.db, today=lambda: date(2026, 3, 1)).save(example.person)
    plans = PlanRepository(
        store.db, today=lambda: date(2026, 3, 1), now=lambda: datetime(2026, 3, 1, 10)
    )
    plans.save_draft(example.plan)
    return plans, catalogue, example


@pytest.mark.parametrize("variant", ["person", "formal"])
def test_frozen_version_text_does_not_change_after_edits(saved, variant):
    plans, catalogue, example = saved
    plans.finalise("p-lobeda", by="Sabine Krüger")
    before = text(build(variant, plans.snapshot("p-lobeda", 1)))
    assert "Tierhof „Pfote & Huf“" in before
    assert "03641 123456" in before

    draft = plans.draft("p-lobeda")
    draft.wishes[0].text = "Ich möchte jetzt lieber im Garten arbeiten."
    draft.goals[0].title = "Ich suche einen Platz in einer Gärtnerei."
    draft.goals[0].plain_title = draft.goals[0].title
    plans.save_draft(draft)
    offer = example.offers["o-tierhof"]
    offer.phone = "03641 000000"
    catalogue.save(offer)

    after = text(build(variant, plans.snapshot("p-lobeda", 1)))
    assert after == before
    current = text(build(variant, plans.snapshot("p-lobeda"), label="Entwurf"))
    assert "Ich suche einen Platz in einer Gärtnerei." in current
    assert "03641 000000" in current
    assert "Gärtnerei" not in after
