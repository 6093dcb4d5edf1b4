"""Plans: the draft as a whole, finalising freezes, versions cannot be changed."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from teilhabe_desktop.core.catalogue import Offer
from teilhabe_desktop.core.plan import GoalStatus, Step, Wish
from teilhabe_desktop.core.plan_validation import PlanInvalid, WishInUse
from teilhabe_desktop.store.catalogue import CatalogueRepository
from teilhabe_desktop.store.connection import IntegrityError
from teilhabe_desktop.store.persons import PersonRepository
from teilhabe_desktop.store.plans import PersonNotFound, PlanRepository, VersionNotFound
from tests.plan_fixtures import full_person, full_plan

TODAY = date(2026, 3, 1)


@pytest.fixture
def repos(store):
    persons = PersonRepository(store.db, today=lambda: TODAY)
    plans = PlanRepository(store.db, today=lambda: TODAY, now=lambda: datetime(2026, 3, 1, 10))
    CatalogueRepository(store.db).save(
        Offer("o1", "Tierheim Jena", life_domains=["d8"], place="Lobeda-Ost")
    )
    persons.save(full_person())
    return persons, plans


def test_new_draft_starts_with_home_sozialraum_and_review_in_24_months(repos):
    _, plans = repos
    draft = plans.draft("p1")
    assert draft.sozialraum_ids == ["lobeda"]
    assert draft.review_date == date(2028, 3, 1)
    assert plans.draft("p1") == draft


def test_draft_of_an_unknown_person_is_refused(repos):
    _, plans = repos
    with pytest.raises(PersonNotFound):
        plans.draft("nobody")


def test_save_draft_stores_the_whole_aggregate(repos):
    _, plans = repos
    plan = full_plan(offer_id="o1")
    plans.save_draft(plan)
    assert plans.draft("p1") == plan
    # removing items and reordering is stored as well
    plan.steps = []
    plan.strengths.reverse()
    plan.sozialraum_ids = ["nord"]
    plans.save_draft(plan)
    assert plans.draft("p1") == plan


def test_finalise_freezes_and_later_edits_leave_the_version_unchanged(repos, store):
    _, plans = repos
    plans.save_draft(full_plan(offer_id="o1"))
    version = plans.finalise("p1", "Frau Schmidt")
    assert (version.number, version.finalised_by) == (1, "Frau Schmidt")
    assert version.finalised_at == datetime(2026, 3, 1, 10)
    assert version.snapshot.offers["o1"].name == "Tierheim Jena"
    assert version.snapshot.sozialraum_names["lobeda"] == "Lobeda"
    assert version.snapshot.life_domain_plain_names["d8"] == "Arbeit, Bildung und Geld"

    draft = plans.draft("p1")
    draft.goals[0].status = GoalStatus.ACHIEVED
    draft.wishes.append(Wish("w3", "Ich möchte kochen lernen."))
    plans.save_draft(draft)
    catalogue = CatalogueRepository(store.db)
    changed = catalogue.get("o1")
    changed.name = "Tierheim Jena e. V. (neu)"
    catalogue.save(changed)

    frozen = plans.version("p1", 1)
    assert frozen == version
    assert frozen.snapshot.plan.goals[0].status is GoalStatus.IN_PROGRESS
    assert len(frozen.snapshot.plan.wishes) == 2
    assert frozen.snapshot.offers["o1"].name == "Tierheim Jena"
    assert plans.snapshot("p1", 1) == frozen.snapshot
    # the draft snapshot shows the offer as it is now
    assert plans.snapshot("p1").offers["o1"].name == "Tierheim Jena e. V. (neu)"

    second = plans.finalise("p1", "Frau Schmidt")
    assert second.number == 2
    assert [v.number for v in plans.versions("p1")] == [1, 2]
    assert plans.latest_version("p1").snapshot.plan.goals[0].status is GoalStatus.ACHIEVED


def test_versions_are_immutable_even_by_sql(repos, store):
    _, plans = repos
    plans.save_draft(full_plan())
    plans.finalise("p1", "Frau Schmidt")
    with pytest.raises(IntegrityError, match="nicht geändert"):
        store.db.execute("UPDATE plan_version SET finalised_by = 'x'")
    with pytest.raises(IntegrityError, match="nicht gelöscht"):
        store.db.execute("DELETE FROM plan_version")
    assert plans.version("p1", 1).finalised_by == "Frau Schmidt"
    with pytest.raises(VersionNotFound):
        plans.version("p1", 7)


def test_deleting_a_wish_that_goals_derive_from_is_refused_without_loss(repos):
    _, plans = repos
    plan = full_plan()
    plans.save_draft(plan)
    plan.wishes = [w for w in plan.wishes if w.id != "w1"]
    with pytest.raises(WishInUse) as caught:
        plans.save_draft(plan)
    message = caught.value.message
    assert "„Ich möchte mit Tieren arbeiten.“ kann nicht gelöscht werden" in message
    assert "„Praktikum im Tierheim“" in message
    assert [w.id for w in plans.draft("p1").wishes] == ["w1", "w2"]
    # once the goal is moved to the other wish, the wish can go
    plan.goals[0].wish_id = "w2"
    plans.save_draft(plan)
    assert [w.id for w in plans.draft("p1").wishes] == ["w2"]


def test_long_text_is_refused_with_a_message_and_nothing_is_lost(repos):
    _, plans = repos
    plan = full_plan()
    plans.save_draft(plan)
    plan.wishes[0].text = "Ä" * 100_000
    with pytest.raises(PlanInvalid, match=r"zu lang \(100\.000 Zeichen, höchstens 10\.000\)"):
        plans.save_draft(plan)
    assert plans.draft("p1").wishes[0].text == "Ich möchte mit Tieren arbeiten."


def test_empty_texts_are_saved_but_block_finalising(repos):
    _, plans = repos
    plan = full_plan()
    plan.wishes.append(Wish("w3", ""))
    plan.steps.append(Step("st2", "   "))
    plans.save_draft(plan)
    assert plans.draft("p1").wishes[-1].text == ""
    with pytest.raises(PlanInvalid, match="Ein Wunsch ist noch leer"):
        plans.finalise("p1", "Frau Schmidt")
    assert plans.versions("p1") == []


def test_goal_target_after_review_date_blocks_finalising_with_a_clear_message(repos):
    _, plans = repos
    plan = full_plan()
    plan.review_date = date(2026, 6, 30)
    plans.save_draft(plan)
    with pytest.raises(PlanInvalid) as caught:
        plans.finalise("p1", "Frau Schmidt")
    assert (
        "Das Zieldatum 30.09.2026 des Ziels „Praktikum im Tierheim“ liegt nach der "
        "Überprüfung am 30.06.2026" in caught.value.message
    )


def test_review_date_never_later_than_24_months(repos):
    _, plans = repos
    plan = full_plan()
    plan.review_date = date(2028, 3, 2)
    with pytest.raises(PlanInvalid, match=r"spätestens am 01\.03\.2028"):
        plans.save_draft(plan)
    plan.review_date = date(2028, 3, 1)
    plans.save_draft(plan)
    plan.review_date = None
    plans.save_draft(plan)
    version = plans.finalise("p1", "Frau Schmidt")
    assert version.snapshot.plan.review_date == date(2028, 3, 1)


def test_finalising_needs_a_name(repos):
    _, plans = repos
    plans.save_draft(full_plan())
    with pytest.raises(PlanInvalid, match="wer abschließt"):
        plans.finalise("p1", "  ")


def test_links_to_unknown_offers_or_sozialraeume_are_refused(repos):
    _, plans = repos
    plan = full_plan(offer_id="nicht-da")
    with pytest.raises(PlanInvalid, match="nicht \\(mehr\\) im Katalog"):
        plans.save_draft(plan)
    plan = full_plan()
    plan.sozialraum_ids.append("mars")
    with pytest.raises(PlanInvalid, match="Unbekannter Sozialraum"):
        plans.save_draft(plan)


def test_a_linked_offer_cannot_be_deleted_from_the_catalogue(repos, store):
    _, plans = repos
    plans.save_draft(full_plan(offer_id="o1"))
    with pytest.raises(IntegrityError):
        store.db.execute("DELETE FROM offer WHERE id = 'o1'")
