"""Suggesting catalogue offers for a goal ("Passende Angebote finden").

Ranking, best first:

1. Accessibility comes first: an offer known *not* to meet one of the person's needs
   (step-free for a wheelchair user, sign language, easy language) never ranks above
   one that may fit; it carries a warning instead of being hidden.
2. Then a score: life domain of the goal (or wish), words of the wish and goal found in
   the offer, the person's chosen Sozialräume (home counts a little more), needs known
   to be met, costs (kostenlos first) and Regelangebot before Fachangebot.

Words are compared as German stems without function words (see :mod:`core.word_match`):
"Ich möchte mit Tieren arbeiten." meets "Tierhof" and "Arbeit", not "mit" or "unter".
A word found in the name counts more than one in the categories or target groups, and
those more than one in the description; at most :data:`MAX_WORDS` words count, and the
reason line names each matched word once as written ("passt zu „Tieren“, „arbeiten“").
Sozialraum names and the person's own name are no topic words.

Inactive offers (paused or ended) are never suggested. Each suggestion says why.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from teilhabe_desktop.core.catalogue import Availability, Cost, Offer, OfferStatus
from teilhabe_desktop.core.places import fold
from teilhabe_desktop.core.plan import Goal, Person, Wish
from teilhabe_desktop.core.word_match import Key, match_fields, prepare, query_terms, stems_of

W_DOMAIN = 3.0
MAX_WORDS = 3  # at most this many words of the wish and goal count for one offer
W_SOZIALRAUM = 2.0
W_HOME = 0.5
W_NEED_MET = 1.0
W_COST = {Cost.FREE: 1.0, Cost.REDUCED: 0.5, Cost.FEE: 0.0, Cost.UNKNOWN: 0.0}
W_MAINSTREAM = 1.0

#: need -> (accessibility key, reason when met, warning when not, hint when unknown)
NEEDS = {
    "wheelchair": (
        "step_free", "stufenlos",
        "Nicht stufenlos – für Rollstuhl ungeeignet",
        "Stufenlos? Unbekannt – bitte nachfragen",
    ),
    "sign_language": (
        "sign_language", "Gebärdensprache",
        "Keine Gebärdensprache",
        "Gebärdensprache? Unbekannt – bitte nachfragen",
    ),
    "easy_language": (
        "easy_language", "Leichte Sprache",
        "Keine Leichte Sprache",
        "Leichte Sprache? Unbekannt – bitte nachfragen",
    ),
}  # fmt: skip

#: Where a word of the wish or goal is found: a hit in the name counts most.
W_NAME = 2.5  # more than a description hit plus Regelangebot
W_TAGS = 1.5  # categories and target groups
W_TEXT = 1.0  # description and organisation
W_WORDS_MAX = 5.0  # all words together never outweigh life domain and Sozialraum


def goal_terms(
    goal: Goal, wish: Wish | None, person: Person, sozialraum_names: dict[str, str]
) -> dict[str, str]:
    """Topic words of the wish and goal (stem -> word as written).

    Sozialraum names ("in Lobeda") and the person's own name ("Mira") are no topic: the
    Sozialraum rule counts the place, and the name is in every goal.
    """
    names = [*sozialraum_names.values(), person.first_name, person.last_name]
    return query_terms(
        wish.text if wish else "",
        goal.title,
        goal.indicator,
        exclude=set().union(*(stems_of(name) for name in names)),
    )


def query_words(*texts: str) -> list[str]:
    """Significant word stems of the wish and goal, in order, without duplicates."""
    return list(query_terms(*texts))


def _offer_fields(offer: Offer) -> list[tuple[float, str]]:
    tags = " ".join([*offer.category_ids, *offer.target_groups]).replace("_", " ")
    return [
        (W_NAME, offer.name),
        (W_TAGS, tags),
        (W_TEXT, offer.description),
        (W_TEXT, offer.organization_name),
    ]


@dataclass(frozen=True)
class Suggestion:
    offer: Offer
    score: float
    reasons: list[str]  # ["Sozialraum Lobeda", "d9", "stufenlos", "kostenlos", "Regelangebot"]
    warnings: list[str]  # ["Nicht stufenlos – für Rollstuhl ungeeignet"]
    unfit: int = 0  # number of the person's needs the offer is known not to meet

    @property
    def why(self) -> str:
        """The reasons as one line: "Sozialraum Lobeda · d9 · stufenlos · kostenlos"."""
        return " · ".join(self.reasons)


def _best_words(terms: dict[str, str], keys: tuple[Key, ...], offer: Offer) -> dict[str, float]:
    """The (at most :data:`MAX_WORDS`) best-placed words found in the offer, in query order."""
    hits = match_fields(keys, _offer_fields(offer))
    if len(hits) > MAX_WORDS:
        best = sorted(hits, key=lambda key: -hits[key])[:MAX_WORDS]
        hits = {key: hits[key] for key in terms if key in best}
    return hits


@lru_cache(maxsize=8192)
def _name_key(name: str) -> str:
    return fold(name)


def person_needs(person: Person) -> list[str]:
    return [need for need in NEEDS if getattr(person, need)]


def rank_offers(
    goal: Goal,
    wish: Wish | None,
    person: Person,
    sozialraum_ids: list[str],
    offers: list[Offer],
    sozialraum_names: dict[str, str],
) -> list[Suggestion]:
    """Offers that fit ``goal``, best first (see the module doc for the rules)."""
    domain = goal.life_domain or (wish.life_domain if wish else None)
    terms = goal_terms(goal, wish, person, sozialraum_names)
    keys = prepare(terms)
    needs = person_needs(person)
    chosen = list(dict.fromkeys(sozialraum_ids))
    home = person.home_sozialraum_id
    suggestions: list[Suggestion] = []
    seen: set[str] = set()
    for offer in offers:
        if offer.status is not OfferStatus.ACTIVE or offer.id in seen:
            continue
        seen.add(offer.id)
        in_domain = domain is not None and domain in offer.life_domains
        words = _best_words(terms, keys, offer) if terms else {}
        if (domain or terms) and not (in_domain or words):
            continue  # nothing of the goal in this offer
        score = 0.0
        reasons: list[str] = []
        warnings: list[str] = []
        if offer.sozialraum_id and offer.sozialraum_id in chosen:
            score += W_SOZIALRAUM + (W_HOME if offer.sozialraum_id == home else 0.0)
            name = sozialraum_names.get(offer.sozialraum_id, offer.sozialraum_id)
            reasons.append(f"Sozialraum {name}")
        elif offer.sozialraum_id and chosen:
            name = sozialraum_names.get(offer.sozialraum_id, offer.sozialraum_id)
            warnings.append(f"Außerhalb der gewählten Sozialräume ({name})")
        if in_domain:
            score += W_DOMAIN
            reasons.append(domain)
        if words:
            score += min(sum(words.values()), W_WORDS_MAX)
            reasons.append("passt zu „" + "“, „".join(terms[key] for key in words) + "“")
        unfit = 0
        for need in needs:
            key, met, not_met, unknown = NEEDS[need]
            access = offer.access(key)
            if access is Availability.YES:
                score += W_NEED_MET
                reasons.append(met)
            elif access is Availability.NO:
                unfit += 1
                warnings.append(not_met)
            else:
                warnings.append(unknown)
        score += W_COST[offer.cost]
        if offer.cost in (Cost.FREE, Cost.REDUCED):
            reasons.append(offer.cost.label)
        if offer.mainstream:
            score += W_MAINSTREAM
            reasons.append("Regelangebot")
        else:
            reasons.append("Fachangebot")
        suggestions.append(Suggestion(offer, round(score, 2), reasons, warnings, unfit))
    cost_order = {Cost.FREE: 0, Cost.REDUCED: 1, Cost.FEE: 2, Cost.UNKNOWN: 3}
    suggestions.sort(
        key=lambda s: (
            s.unfit,
            -s.score,
            cost_order[s.offer.cost],
            not s.offer.mainstream,
            _name_key(s.offer.name),
            s.offer.id,
        )
    )
    return suggestions
