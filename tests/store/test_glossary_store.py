"""The office's Wörter-Buch terms: stored, changed, deleted, and carried in a snapshot."""

from __future__ import annotations

import pytest

from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.store.glossary import GlossaryRepository


def test_terms_are_saved_changed_in_any_case_and_deleted(store):
    repo = GlossaryRepository(store.db)
    repo.save("  Tages-Stätte ", "Dort bin ich am Tag.  \n  Es gibt Essen. ")
    repo.save("Budget", "Geld für meine Hilfe.")
    assert repo.terms() == {
        "Budget": "Geld für meine Hilfe.",
        "Tages-Stätte": "Dort bin ich am Tag.\nEs gibt Essen.",
    }
    repo.save("tages-stätte", "Ein Ort für den Tag.")
    assert repo.terms()["tages-stätte"] == "Ein Ort für den Tag."
    assert len(repo.terms()) == 2
    repo.delete("Budget")
    assert list(repo.terms()) == ["tages-stätte"]


@pytest.mark.parametrize(("term", "text"), [("", "x"), ("Wort", "  "), ("W" * 81, "x")])
def test_a_term_needs_a_word_and_an_explanation(store, term, text):
    with pytest.raises(UserError):
        GlossaryRepository(store.db).save(term, text)


def test_a_snapshot_carries_the_terms_as_they_were_when_it_was_made(store):

    from teilhabe_desktop.store.persons import PersonRepository
    from teilhabe_desktop.store.plans import PlanRepository
    from tests.plan_fixtures import make_finalisable, person

    PersonRepository(store.db).save(person("p1"))
    make_finalisable(store.db, "p1")
    GlossaryRepository(store.db).save("Budget", "Geld für meine Hilfe.")
    plans = PlanRepository(store.db)
    plans.finalise("p1", by="Sabine Krüger")
    GlossaryRepository(store.db).save("Budget", "Etwas anderes.")
    assert plans.snapshot("p1", 1).glossary == {"Budget": "Geld für meine Hilfe."}
    assert plans.snapshot("p1").glossary == {"Budget": "Etwas anderes."}
