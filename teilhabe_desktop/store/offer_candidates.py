"""Candidate offers for a goal from the catalogue, ranked by :mod:`core.matching`."""

from __future__ import annotations

from teilhabe_desktop.core.catalogue import Offer
from teilhabe_desktop.core.catalogue_query import OfferQuery
from teilhabe_desktop.core.matching import Suggestion, goal_terms, query_words, rank_offers
from teilhabe_desktop.core.plan import Goal, Person, Wish
from teilhabe_desktop.store.catalogue import CatalogueRepository
from teilhabe_desktop.store.reference import ReferenceRepository
from teilhabe_desktop.store.sql import Database

PER_QUERY = 150
MAX_WORD_QUERIES = 8


def candidate_offers(
    db: Database,
    goal: Goal,
    wish: Wish | None,
    per_query: int = PER_QUERY,
    words: list[str] | None = None,
) -> list[Offer]:
    """Active offers of the goal's life domain or with a word of the wish or goal.

    ``words`` are the word stems to look for (default: :func:`core.matching.query_words`
    of the wish and goal); each finds offers with a word beginning with it.
    """
    catalogue = CatalogueRepository(db)
    domain = goal.life_domain or (wish.life_domain if wish else None)
    queries: list[OfferQuery] = []
    if domain:
        queries.append(OfferQuery(life_domain=domain))
    if words is None:
        words = query_words(wish.text if wish else "", goal.title, goal.indicator)
    for word in words[:MAX_WORD_QUERIES]:
        queries.append(OfferQuery(text=word))
    if not queries:
        queries.append(OfferQuery())
    ids: dict[str, None] = {}
    for query in queries:
        for row in catalogue.search(query, limit=per_query):
            ids.setdefault(row.id, None)
    found = catalogue.get_many(ids)
    return [found[i] for i in ids if i in found]


def suggest_offers(
    db: Database,
    goal: Goal,
    wish: Wish | None,
    person: Person,
    sozialraum_ids: list[str],
    limit: int = 20,
) -> list[Suggestion]:
    """The best ``limit`` suggestions for ``goal`` (see :func:`core.matching.rank_offers`)."""
    names = {s.id: s.name for s in ReferenceRepository(db).sozialraeume()}
    words = list(goal_terms(goal, wish, person, names))
    offers = candidate_offers(db, goal, wish, words=words)
    ranked = rank_offers(goal, wish, person, sozialraum_ids, offers, names)
    return ranked[:limit]
