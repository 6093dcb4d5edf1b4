"""Ranking of offers for a goal: relevance, Sozialraum, accessibility, costs, Regelangebot."""

from __future__ import annotations

from teilhabe_desktop.core.catalogue import Availability, Cost, OfferStatus
from teilhabe_desktop.core.matching import query_words, rank_offers
from teilhabe_desktop.core.plan import Goal, Wish
from tests.plan_fixtures import offer, person

NAMES = {"lobeda": "Lobeda", "nord": "Nord", "winzerla": "Winzerla"}
WISH = Wish("w1", "Ich möchte Freunde finden.", life_domain="d9")
GOAL = Goal("g1", "w1", "Einmal in der Woche eine Gruppe besuchen", life_domain="d9")


def ids(suggestions):
    return [s.offer.id for s in suggestions]


def test_step_free_offer_ranks_above_a_better_one_with_steps_for_a_wheelchair_user():
    steps = offer(
        "steps", "Freundeskreis Lobeda", cost=Cost.FREE, step_free=Availability.NO,
        description="Freunde finden, Gruppe, Treffen",
    )  # fmt: skip
    fitting = offer(
        "fits", "Stadtteiltreff", sozialraum_id="winzerla", cost=Cost.FEE, mainstream=False,
        step_free=Availability.YES,
    )  # fmt: skip
    unknown = offer("unknown", "Nachbarschaftscafé", sozialraum_id="nord")
    wheelchair = person(wheelchair=True, home_sozialraum_id="lobeda")
    ranked = rank_offers(GOAL, WISH, wheelchair, ["lobeda"], [steps, fitting, unknown], NAMES)
    assert ids(ranked) == ["fits", "unknown", "steps"]
    assert ranked[-1].warnings[0] == "Nicht stufenlos – für Rollstuhl ungeeignet"
    assert "stufenlos" in ranked[0].reasons
    assert "Stufenlos? Unbekannt – bitte nachfragen" in ranked[1].warnings
    # the same offers for someone who walks: the relevant one in Lobeda wins, no warning
    walker = person(home_sozialraum_id="lobeda")
    ranked = rank_offers(GOAL, WISH, walker, ["lobeda"], [fitting, unknown, steps], NAMES)
    assert ids(ranked)[0] == "steps"
    assert ranked[0].warnings == []


def test_sign_and_easy_language_needs_work_like_step_free():
    no_sign = offer("a", "Gesprächskreis Freunde", cost=Cost.FREE)
    no_sign.accessibility["sign_language"] = Availability.NO
    sign = offer("b", "Gebärdenstammtisch", sozialraum_id="nord")
    sign.accessibility["sign_language"] = Availability.YES
    deaf = person(sign_language=True, home_sozialraum_id="lobeda")
    ranked = rank_offers(GOAL, WISH, deaf, ["lobeda"], [no_sign, sign], NAMES)
    assert ids(ranked) == ["b", "a"]
    assert "Gebärdensprache" in ranked[0].reasons
    assert "Keine Gebärdensprache" in ranked[1].warnings

    hard = offer("c", "Vortrag")
    hard.accessibility["easy_language"] = Availability.NO
    easy = offer("d", "Treff in Leichter Sprache", cost=Cost.FEE)
    easy.accessibility["easy_language"] = Availability.YES
    reader = person(easy_language=True)
    assert ids(rank_offers(GOAL, WISH, reader, ["lobeda"], [hard, easy], NAMES)) == ["d", "c"]


def test_reasons_say_why_in_the_documented_order():
    good = offer("a", "Stadtteilzentrum LISA", cost=Cost.FREE, step_free=Availability.YES)
    wheelchair = person(wheelchair=True, home_sozialraum_id="lobeda")
    (suggestion,) = rank_offers(GOAL, WISH, wheelchair, ["lobeda"], [good], NAMES)
    assert suggestion.reasons == ["Sozialraum Lobeda", "d9", "stufenlos", "kostenlos",
                                  "Regelangebot"]  # fmt: skip
    assert suggestion.why == "Sozialraum Lobeda · d9 · stufenlos · kostenlos · Regelangebot"


def test_free_before_paid_and_regelangebot_before_fachangebot():
    paid = offer("paid", "Gruppe B", cost=Cost.FEE)
    free = offer("free", "Gruppe A", cost=Cost.FREE)
    special = offer("special", "Gruppe C", cost=Cost.FREE, mainstream=False)
    unknown = offer("unknown", "Gruppe D")
    ranked = rank_offers(GOAL, WISH, person(), ["lobeda"], [paid, special, unknown, free], NAMES)
    assert ids(ranked) == ["free", "special", "paid", "unknown"]
    regular = offer("regular", "Gruppe E", cost=Cost.FEE)
    special = offer("special", "Gruppe F", cost=Cost.FEE, mainstream=False)
    ranked = rank_offers(GOAL, WISH, person(), ["lobeda"], [special, regular], NAMES)
    assert ids(ranked) == ["regular", "special"]
    assert "Fachangebot" in ranked[-1].reasons


def test_chosen_sozialraeume_count_and_others_are_flagged():
    far = offer("far", "Gruppe Winzerla", sozialraum_id="winzerla")
    near = offer("near", "Gruppe Nord", sozialraum_id="nord")
    ranked = rank_offers(GOAL, WISH, person(), ["lobeda", "nord"], [far, near], NAMES)
    assert ids(ranked) == ["near", "far"]
    assert "Sozialraum Nord" in ranked[0].reasons
    assert "Außerhalb der gewählten Sozialräume (Winzerla)" in ranked[1].warnings


def test_words_of_the_wish_match_umlaut_tolerant_and_unrelated_offers_are_left_out():
    wish = Wish("w", "Ich möchte mit Tieren arbeiten.")
    goal = Goal("g", "w", "Praktikum im Tierheim")
    animals = offer("animals", "Tierheim Jena", life_domains=["d8"], sozialraum_id="nord")
    garden = offer("garden", "Gaertnerei", description="Arbeit mit Tieren und Pflanzen",
                   life_domains=[])  # fmt: skip
    chess = offer("chess", "Schachclub", life_domains=["d9"])
    ranked = rank_offers(goal, wish, person(), ["lobeda"], [chess, garden, animals], NAMES)
    assert set(ids(ranked)) == {"animals", "garden"}
    assert any(r.startswith("passt zu „Tieren“") for r in ranked[0].reasons)
    assert query_words("Ich möchte in die Bücherei gehen") == ["bucherei"]
    umlaut = offer("u", "Buecherei Lobeda", life_domains=[])
    found = rank_offers(Goal("g", None, "Bücherei"), None, person(), [], [umlaut], NAMES)
    assert ids(found) == ["u"]


def test_inactive_offers_are_never_suggested():
    paused = offer("paused", "Gruppe", status=OfferStatus.PAUSED)
    ended = offer("ended", "Gruppe", status=OfferStatus.ENDED)
    assert rank_offers(GOAL, WISH, person(), ["lobeda"], [paused, ended], NAMES) == []


def test_a_goal_without_domain_or_words_gets_every_active_offer():
    empty = Goal("g", None, "")
    offers = [offer("a", "A"), offer("b", "B", life_domains=["d2"])]
    assert set(ids(rank_offers(empty, None, person(), [], offers, NAMES))) == {"a", "b"}


def test_sozialraum_names_in_the_goal_do_not_count_as_topic_words():
    goal = Goal("g", None, "Eine Freizeitgruppe in Lobeda besuchen")
    animals = offer("animals", "Tierhof Lobeda", life_domains=["d8"])
    group = offer("group", "Freizeitgruppe am Montag", life_domains=[])
    ranked = rank_offers(goal, None, person(), ["lobeda"], [animals, group], NAMES)
    assert ids(ranked) == ["group"]
