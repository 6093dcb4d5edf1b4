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


# --- words of the wish and goal: German stems, no function words, no prefix noise ----------

NEUTRAL = Goal("g", None, "")


def _rank(wish_text, goal_title, offers, domain=None):
    wish = Wish("w", wish_text, life_domain=domain)
    goal = Goal("g", "w", goal_title, life_domain=domain)
    return rank_offers(goal, wish, person(), [], offers, NAMES)


def _words(suggestion):
    """The words of the reason "passt zu „…“, „…“" as a list."""
    line = next((r for r in suggestion.reasons if r.startswith("passt zu ")), "")
    return [w.strip("„“") for w in line.removeprefix("passt zu ").split(", ") if w]


def test_function_words_and_short_words_never_count():
    text = "Ich möchte mit und einen will gehen. Ich moechte es so."
    assert query_words(text) == []
    assert query_words("Einmal in der Woche etwas machen") == []
    walk = offer("walk", "Mit dem Hund gehen und einen Kaffee trinken", life_domains=[])
    assert _rank("Ich will mit einer Freundin gehen", "", [walk]) == []


def test_treffpunkt_does_not_meet_a_treff_and_woche_meets_nothing():
    farm = offer("farm", "Tierhof-Treff", life_domains=[])
    market = offer("market", "Wochenmarkt am Samstag", description="Jede Woche frisch",
                   life_domains=[])  # fmt: skip
    assert _rank("", "Einen Treffpunkt finden", [farm]) == []
    assert _rank("", "Jede Woche ein Treffpunkt", [market]) == []
    meeting = offer("meeting", "Frühstück", description="Ein offener Treffpunkt", life_domains=[])
    assert ids(_rank("", "Einen Treffpunkt finden", [farm, meeting])) == ["meeting"]


def test_unternehmen_does_not_meet_unter():
    riding = offer("riding", "Reitgruppe", description="Reiten unter Anleitung", life_domains=[])
    group = offer("group", "Freizeitgruppe", description="gemeinsam etwas unternehmen",
                  life_domains=[])  # fmt: skip
    ranked = _rank("Ich will Freunde finden, mit denen ich was unternehmen kann.", "",
                   [riding, group])  # fmt: skip
    assert ids(ranked) == ["group"]
    assert _words(ranked[0]) == ["unternehmen"]


def test_tiere_and_arbeiten_meet_tierhof_and_the_stable_in_any_form():
    farm = offer("farm", "Tierhof Drackendorf", description="Hier arbeiten Menschen mit Ziegen",
                 life_domains=[])  # fmt: skip
    shop = offer("shop", "Hofladen mit Stall", description="Mitarbeit: Tiere füttern, Arbeit "
                 "im Laden", life_domains=[])  # fmt: skip
    chess = offer("chess", "Schachclub", description="Mit und ohne Brett, jede Woche")
    wish, goal = "Ich möchte mit Tieren arbeiten.", "Mira arbeitet mit Tieren"
    ranked = _rank(wish, goal, [chess, shop, farm], domain="d8")
    assert ids(ranked) == ["farm", "shop"]
    assert all(_words(s) == ["Tieren", "arbeiten"] for s in ranked)  # each word once
    assert "passt zu „Tieren“, „arbeiten“" in ranked[0].reasons


def test_freunde_finden_meets_the_freizeittreff_and_begegnung_before_other_groups():
    treff = offer("treff", "Freizeittreff", description="Wer Freunde finden möchte, kommt vorbei")
    cafe = offer("cafe", "Begegnungscafé", description="Neue Freundschaften im Stadtteil")
    chess = offer("chess", "Schachclub")
    ranked = _rank("Ich will Freunde finden", "", [chess, cafe, treff], domain="d9")
    assert set(ids(ranked)[:2]) == {"treff", "cafe"} and ids(ranked)[2] == "chess"
    assert _words(ranked[0]) == ["Freunde"] and _words(ranked[1]) == ["Freunde"]
    assert _words(ranked[2]) == []


def test_kochen_meets_the_kochkurs_and_a_name_hit_counts_more_than_the_description():
    course = offer("course", "Kochkurs", description="Einfache Gerichte", life_domains=["d6"])
    lunch = offer("lunch", "Mittagstisch", description="Wer mag, hilft beim Kochen",
                  life_domains=["d6"])  # fmt: skip
    ranked = _rank("Ich möchte für mich selbst kochen", "Gerda kocht selbst", [lunch, course],
                   domain="d6")  # fmt: skip
    assert ids(ranked) == ["course", "lunch"]
    assert ranked[0].score > ranked[1].score
    assert _words(ranked[0]) == ["kochen"]  # "kocht" is the same word


def test_struktur_im_tag_meets_tagesstruktur_in_the_name_first():
    workshop = offer("workshop", "Offene Werkstatt mit Tagesstruktur", life_domains=[])
    peer = offer("peer", "Peer-Beratung", description="wieder Struktur in den Tag bekommen",
                 life_domains=[])  # fmt: skip
    sport = offer("sport", "Lauftreff am Tag", life_domains=[])
    ranked = _rank("Struktur im Tag", "", [sport, peer, workshop])
    assert ids(ranked) == ["workshop", "peer"]
    assert _words(ranked[0]) == ["Struktur"]


def test_category_and_target_group_words_count_above_description_words():
    tagged = offer("tagged", "Treff A", category_ids=["garten"], life_domains=[])
    told = offer("told", "Treff B", description="Mit Garten", life_domains=[])
    group = offer("group", "Treff C", target_groups=["Menschen mit Autismus"], life_domains=[])
    ranked = _rank("Ich möchte im Garten sein", "", [told, tagged])
    assert ids(ranked) == ["tagged", "told"]
    assert ids(_rank("Autismus", "", [told, group])) == ["group"]


def test_runaway_text_and_other_scripts_are_handled_without_noise():
    shop = offer("shop", "Tierhof", description="a" * 50)
    assert ids(_rank("a" * 100_000, "", [shop], domain="d9")) == ["shop"]
    assert query_words("Tiere " * 20_000) == ["tier"]
    assert query_words("Олена хоче працювати з тваринами", "Łukasz spielt Fußball") == [
        "олена", "хоче", "працювати", "тваринами", "łukasz", "spielt", "fussball",
    ]  # fmt: skip


def test_function_words_never_count_as_a_reason():
    from teilhabe_desktop.core.word_match import query_terms

    terms = query_terms("Sie trifft sich regelmäßig mit anderen und geht oft hin.")
    assert terms == {}  # nothing in it says what the offer should be about
    assert set(query_terms("Ich möchte regelmäßig schwimmen gehen.")) == {"schwimm"}
