"""Suggesting catalogue offers for a goal ("Passende Angebote finden").

Ranking, best first:

1. Accessibility comes first: an offer known *not* to meet one of the person's needs
   (step-free for a wheelchair user, sign language, easy language) never ranks above
   one that may fit; it carries a warning instead of being hidden.
2. Then a score: life domain of the goal (or wish), words of the wish and goal found in
   the offer, the person's chosen Sozialräume (home counts a little more), needs known
   to be met, costs (kostenlos first) and Regelangebot before Fachangebot.

Inactive offers (paused or ended) are never suggested. Each suggestion says why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from teilhabe_desktop.core.catalogue import Availability, Cost, Offer, OfferStatus
from teilhabe_desktop.core.places import fold
from teilhabe_desktop.core.plan import Goal, Person, Wish

W_DOMAIN = 3.0
W_WORD = 1.5
MAX_WORDS = 3
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

_STOPWORD_TEXT = """ich mich mir mein meine meinen meinem meiner wir uns unser du sie er es man
    moechte mochte moechten mochten will wollen wuerde wurde gerne gern mehr wieder
    auch noch schon immer einmal mal dann wenn dass weil oder und aber nicht kein keine
    mit ohne fuer fur von vom zum zur bei beim nach aus auf ueber uber unter vor im in
    am an um bis zu ein eine einen einem einer der die das den dem des sein seine haben
    habe hat ist sind werden wird kann koennen konnen soll sollen muss muessen mussen
    selbst selber allein alleine etwas viel viele jeden jede jeder tag tage woche
    eigene eigenen eigener ziel ziele moeglich moglich regelmaessig regelmassig
    gehen machen finden kommen sagen wissen bitte besuchen einmal dort hier ganz
"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())
_WORD = re.compile(r"[^\W\d_]+")
_SUFFIXES = ("ungen", "innen", "ern", "en", "er", "es", "em", "n", "e", "s")


def _key(text: str) -> str:
    """Folded, with spelled-out umlauts collapsed: "Gärten", "Gaerten", "Garten" agree."""
    return re.sub(r"(?<=[a-z])(ae|oe|ue)", lambda m: m.group(1)[0], fold(text))


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _query_terms(*texts: str) -> dict[str, str]:
    """Significant words of the wish and goal: stem -> the word as written."""
    terms: dict[str, str] = {}
    for text in texts:
        for raw in _WORD.findall(text or ""):
            word = _key(raw)
            if len(word) < 4 or word in _STOPWORDS or not word.isalpha():
                continue
            terms.setdefault(_stem(word), raw)
            if len(terms) >= 20:
                return terms
    return terms


def query_words(*texts: str) -> list[str]:
    """Significant word stems of the wish and goal, in order, without duplicates."""
    return list(_query_terms(*texts))


def _offer_words(offer: Offer) -> set[str]:
    text = " ".join([offer.name, offer.description, offer.organization_name, *offer.target_groups])
    return set(_WORD.findall(_key(text)))


def _matched(stems: list[str], offer_words: set[str]) -> list[str]:
    hits = []
    for stem in stems:
        if any(
            w.startswith(stem) or (len(w) >= 4 and stem.startswith(_stem(w))) for w in offer_words
        ):
            hits.append(stem)
    return hits


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
    terms = _query_terms(wish.text if wish else "", goal.title, goal.indicator)
    # Sozialraum names ("in Lobeda") are a place, not a topic: the Sozialraum rule counts them.
    places = {_stem(w) for name in sozialraum_names.values() for w in _WORD.findall(_key(name))}
    stems = [stem for stem in terms if stem not in places]
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
        words = _matched(stems, _offer_words(offer)) if stems else []
        if (domain or stems) and not (in_domain or words):
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
            score += W_WORD * min(len(words), MAX_WORDS)
            shown = [terms[stem] for stem in words[:MAX_WORDS]]
            reasons.append("passt zu „" + "“, „".join(shown) + "“")
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
            reasons.append(offer.cost.value)
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
            fold(s.offer.name),
            s.offer.id,
        )
    )
    return suggestions
