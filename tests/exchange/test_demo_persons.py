"""The example persons of ``--demo``: complete, idempotent, linked to example offers."""

from __future__ import annotations

from datetime import date

import pytest

from teilhabe_desktop.core.catalogue import Availability, Cost, Offer
from teilhabe_desktop.core.person_query import ReviewState
from teilhabe_desktop.core.plan import Goal, Person, Wish
from teilhabe_desktop.core.plan_diff import diff_snapshots
from teilhabe_desktop.demo import DEMO_LOADERS
from teilhabe_desktop.exchange.demo_catalogue import load_demo_catalogue
from teilhabe_desktop.exchange.demo_persons import load_demo_persons
from teilhabe_desktop.store.catalogue import CatalogueRepository
from teilhabe_desktop.store.offer_candidates import suggest_offers
from teilhabe_desktop.store.persons import PersonRepository
from teilhabe_desktop.store.plans import PlanRepository

TODAY = date(2026, 3, 1)
IDS = ["demo-person-lobeda", "demo-person-nord", "demo-person-winzerla"]


def test_three_complete_persons_in_different_sozialraeume(store):
    load_demo_persons(store, TODAY)
    rows = PersonRepository(store.db).list()
    assert sorted(r.id for r in rows) == IDS
    assert {r.home_sozialraum_id for r in rows} == {"lobeda", "nord", "winzerla"}
    states = {r.id: r.review_state for r in PersonRepository(store.db, today=lambda: TODAY).list()}
    assert states["demo-person-nord"] is ReviewState.DUE
    assert states["demo-person-lobeda"] is ReviewState.OK
    plans = PlanRepository(store.db, today=lambda: TODAY)
    lobeda = PersonRepository(store.db).get("demo-person-lobeda")
    assert lobeda.wheelchair
    for pid in IDS:
        plan = plans.draft(pid)
        assert plan.wishes and plan.goals and plan.strengths and plan.network
        assert plan.barriers and plan.steps and plan.services
        assert all(" ich " in f" {w.text.lower()} " for w in plan.wishes)  # own words
        assert any(g.indicator for g in plan.goals)
        assert [v.number for v in plans.versions(pid)] == [1]
        # the draft goes on with a small change after the finalised version
        assert diff_snapshots(plans.snapshot(pid, 1), plans.snapshot(pid)) != []
        assert plans.problems(plan) == []
    assert "Ich möchte mit Tieren arbeiten." in [w.text for w in plans.draft(IDS[0]).wishes]


def test_loading_twice_changes_nothing(store):
    load_demo_persons(store, TODAY)
    before = PlanRepository(store.db).draft("demo-person-nord")
    load_demo_persons(store, TODAY)
    assert len(PersonRepository(store.db).list()) == 3
    assert PlanRepository(store.db).draft("demo-person-nord") == before
    assert [v.number for v in PlanRepository(store.db).versions("demo-person-nord")] == [1]


def test_example_offers_are_linked_when_the_catalogue_has_them(store):
    catalogue = CatalogueRepository(store.db)
    catalogue.save(
        Offer(
            "tiere",
            "Tierhof am Stadtrand",
            description="Praktikum mit Tieren",
            life_domains=["d8"],
            place="Lobeda-West",
            cost=Cost.FREE,
            accessibility={"step_free": Availability.YES},
        )
    )
    catalogue.save(
        Offer(
            "stufen",
            "Tierpension mit Treppe",
            description="Arbeit mit Tieren",
            life_domains=["d8"],
            place="Lobeda-West",
            accessibility={"step_free": Availability.NO},
        )
    )
    load_demo_persons(store, TODAY)
    links = PlanRepository(store.db).draft("demo-person-lobeda").offer_links
    assert [link.offer_id for link in links] == ["tiere"]
    assert PlanRepository(store.db).snapshot("demo-person-lobeda", 1).offers["tiere"].name


def test_demo_loader_is_wired():
    assert "teilhabe_desktop.exchange.demo_persons:load_demo_persons" in DEMO_LOADERS


def _goal_links(store, pid):
    plan = PlanRepository(store.db, today=lambda: TODAY).draft(pid)
    catalogue = CatalogueRepository(store.db)
    return plan, {
        g.title: [
            (catalogue.get(k.offer_id), k.note) for k in plan.offer_links if k.goal_id == g.id
        ]
        for g in plan.goals
    }


def test_demo_persons_are_linked_to_fitting_offers_of_the_example_catalogue(store):
    load_demo_catalogue(store)
    load_demo_persons(store, TODAY)
    _, mira = _goal_links(store, "demo-person-lobeda")
    [(animals, note)] = mira["Ein Praktikum mit Tieren ausprobieren"]
    assert "Tier" in animals.description and animals.access("step_free") is Availability.YES
    [(group, _)] = mira["Eine Freizeitgruppe in Lobeda besuchen"]
    assert group.sozialraum_id == "lobeda" and "Freunde" in group.description
    _, jonas = _goal_links(store, "demo-person-nord")
    mornings = jonas["Drei Vormittage pro Woche einen Treffpunkt besuchen"]
    assert len(mornings) == 2 and all(o.sozialraum_id == "nord" for o, _ in mornings)
    assert jonas["Eine Beschäftigung für ein paar Stunden ausprobieren"]
    _, gerda = _goal_links(store, "demo-person-winzerla")
    [(cooking, _)] = gerda["Zwei einfache Gerichte selbst kochen"]
    assert "kochen" in cooking.description and cooking.access("easy_language") is Availability.YES
    for pid in IDS:
        plan, links = _goal_links(store, pid)
        for offer, note in (pair for pairs in links.values() for pair in pairs):
            assert offer.is_example and offer.sozialraum_id in plan.sozialraum_ids
            assert len(note) > 20 and "Beispiel" not in note  # says what was agreed


def test_the_stable_with_steps_is_suggested_to_mira_last_and_with_a_warning(store):
    load_demo_catalogue(store)
    load_demo_persons(store, TODAY)
    plan = PlanRepository(store.db, today=lambda: TODAY).draft("demo-person-lobeda")
    mira = PersonRepository(store.db).get("demo-person-lobeda")
    goal = plan.goals[1]
    wish = next(w for w in plan.wishes if w.id == goal.wish_id)
    suggestions = suggest_offers(store.db, goal, wish, mira, plan.sozialraum_ids)
    assert "Tier" in suggestions[0].offer.name
    stable = next(s for s in suggestions if "Pferde" in s.offer.description)
    assert stable.offer.access("step_free") is Availability.NO and stable.unfit == 1
    assert "Nicht stufenlos – für Rollstuhl ungeeignet" in stable.warnings
    # shown (not hidden), but below every offer that may fit
    assert all(s.unfit for s in suggestions[suggestions.index(stable) :])


def test_every_goal_of_the_demo_persons_gets_suggestions_from_their_sozialraum(store):
    load_demo_catalogue(store)
    load_demo_persons(store, TODAY)
    for pid in IDS:
        person = PersonRepository(store.db).get(pid)
        plan = PlanRepository(store.db, today=lambda: TODAY).draft(pid)
        wishes = {w.id: w for w in plan.wishes}
        for goal in plan.goals:
            top = suggest_offers(store.db, goal, wishes[goal.wish_id], person, plan.sozialraum_ids)
            best = top[0]
            assert best.unfit == 0 and best.offer.sozialraum_id in plan.sozialraum_ids
            assert goal.life_domain in best.offer.life_domains, (goal.title, best.offer.name)


def _suggest(store, text, domain=None, title=""):
    """Suggestions for a wish as a person says it, for someone without needs or Sozialraum."""
    anyone = Person("x", "Anna", "Beispiel")
    goal = Goal("g", "w", title, life_domain=domain)
    return suggest_offers(store.db, goal, Wish("w", text, life_domain=domain), anyone, [])


def _names(suggestions, n):
    return [s.offer.name for s in suggestions[:n]]


def test_wishes_in_own_words_find_the_fitting_example_offers_first(store):
    load_demo_catalogue(store)
    animals = _names(_suggest(store, "Ich möchte mit Tieren arbeiten.", "d8"), 3)
    assert any("Tierhof" in n for n in animals) and any("Hofladen mit Stall" in n for n in animals)
    friends = _suggest(store, "Ich will Freunde finden", "d9")
    assert "Freizeittreff" in friends[0].offer.name
    assert "begegnung" in friends[0].offer.category_ids
    assert "passt zu „Freunde“" in friends[0].reasons
    cooking = _suggest(store, "Ich möchte für mich selbst kochen", "d6")
    assert "Kochkurs" in cooking[0].offer.name
    assert _names(_suggest(store, "Struktur im Tag", "d2"), 1) == [
        "Offene Werkstatt mit Tagesstruktur Nord (Beispiel)"
    ]
    # without a life domain the words alone still find them
    assert "Tierhof" in _suggest(store, "Ich möchte mit Tieren arbeiten.")[0].offer.name
    assert "Kochkurs" in _suggest(store, "Ich möchte für mich selbst kochen")[0].offer.name


def test_the_demo_goals_are_not_matched_by_prefix_noise(store):
    load_demo_catalogue(store)
    load_demo_persons(store, TODAY)
    for pid in IDS:
        person = PersonRepository(store.db).get(pid)
        plan = PlanRepository(store.db, today=lambda: TODAY).draft(pid)
        wishes = {w.id: w for w in plan.wishes}
        for goal in plan.goals:
            for s in suggest_offers(store.db, goal, wishes[goal.wish_id], person, []):
                line = " ".join(s.reasons)
                assert "„Woche" not in line and "„Tag“" not in line, (goal.title, line)
                for word in ("ich", "mit", "und", "einen", "möchte", "will", "gehen", "denen"):
                    assert f"„{word}“" not in line.lower(), (goal.title, line)
                if "Tierhof-Treff" in s.offer.name:
                    assert "„Treffpunkt“" not in line  # "Treffpunkt" is not "Treff"
                if "unter Anleitung" in s.offer.description:
                    assert "„unternehmen“" not in line
                assert len(set(_quoted(line))) == len(_quoted(line))  # each word once


def _quoted(line):
    return [part.split("“")[0] for part in line.split("„")[1:]]


#: each demo goal's best suggestion in the demo catalogue, as a caseworker would pick it
DEMO_BEST = {
    "Zwei einfache Gerichte selbst kochen": "Kochkurs in Leichter Sprache",
    "Einen Treffpunkt in Winzerla kennenlernen": "Begegnungstreff mit Mittagstisch",
    "Einen festen Tagesablauf haben": "Offene Werkstatt mit Tagesstruktur",
    "Drei Vormittage pro Woche einen Treffpunkt besuchen": "Frühstückstreff am Vormittag",
    "Eine Beschäftigung für ein paar Stunden ausprobieren": "Zuverdienst im Gartenprojekt",
    "Ein Praktikum mit Tieren ausprobieren": "Tierhof-Treff",
    "Eine Freizeitgruppe in Lobeda besuchen": "Freizeittreff für junge Erwachsene",
}


def test_each_demo_goal_ranks_the_offer_a_caseworker_would_pick_first(store):
    load_demo_catalogue(store)
    load_demo_persons(store, TODAY)
    seen = set()
    for pid in IDS:
        person = PersonRepository(store.db).get(pid)
        plan = PlanRepository(store.db, today=lambda: TODAY).draft(pid)
        wishes = {w.id: w for w in plan.wishes}
        for goal in plan.goals:
            if goal.title not in DEMO_BEST:
                continue
            seen.add(goal.title)
            top = suggest_offers(store.db, goal, wishes[goal.wish_id], person, plan.sozialraum_ids)
            assert DEMO_BEST[goal.title] in top[0].offer.name, (goal.title, _names(top, 3))
    assert seen == set(DEMO_BEST)


def _nord_suggestions(store, text, title):
    load_demo_catalogue(store)
    load_demo_persons(store, TODAY)
    jonas = PersonRepository(store.db).get("demo-person-nord")
    goal = Goal("g", "w", title, life_domain="d7")
    return suggest_offers(store.db, goal, Wish("w", text, life_domain="d7"), jonas, ["nord"])


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Ich bin oft allein. Ich will nicht mehr so einsam sein.", "Andere Menschen treffen"),
        ("Ich fühle mich einsam.", "Kontakte knüpfen"),
    ],
)
def test_loneliness_does_not_rank_the_psychiatric_self_help_group_first(store, text, title):
    top = _nord_suggestions(store, text, title)
    assert "Psychiatrie" not in top[0].offer.name, _names(top, 3)
    assert "Frühstückstreff" in top[0].offer.name


def test_the_self_help_group_comes_first_when_its_words_fit(store):
    top = _nord_suggestions(
        store,
        "Ich will mich mit anderen austauschen, die auch in der Klinik waren.",
        "Erfahrungen mit anderen teilen",
    )
    assert "Selbsthilfegruppe Psychiatrie-Erfahrene" in top[0].offer.name
    assert "passt zu „Klinik“, „Erfahrungen“, „teilen“" in top[0].reasons
