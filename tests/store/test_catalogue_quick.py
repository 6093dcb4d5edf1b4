"""The cheap first page of a text search: names first, filters kept, complete when small."""

from __future__ import annotations

import threading

import pytest

from teilhabe_desktop.core.catalogue import Offer
from teilhabe_desktop.core.catalogue_query import OfferQuery
from teilhabe_desktop.store.catalogue import CatalogueRepository
from teilhabe_desktop.store.database import open_database
from teilhabe_desktop.store.interrupt import interrupt, was_interrupted


@pytest.fixture
def repository(store):
    repo = CatalogueRepository(store.db)
    offers = [
        Offer(id=f"d{n}", name=f"Treff {n}", description="Tanzen am Abend", sozialraum_id="nord")
        for n in range(30)
    ]
    offers += [
        Offer(id=f"n{n}", name=f"Tanzcafé {n}", sozialraum_id="lobeda" if n % 2 else "nord")
        for n in range(30)
    ]
    repo.save_many(offers)
    return repo


def test_names_with_the_words_come_before_other_hits(repository):
    rows, complete = repository.quick_search(OfferQuery(text="Tan"), limit=40)
    ids = [row.id for row in rows]
    assert len(ids) == len(set(ids)) == 40
    assert all(i.startswith("n") for i in ids[:30])  # every name hit first
    assert not complete


def test_fewer_hits_than_asked_for_are_all_of_them(repository):
    rows, complete = repository.quick_search(OfferQuery(text="tanz"), limit=100)
    assert complete
    assert {row.id for row in rows} == {
        row.id for row in repository.search(OfferQuery(text="tanz"), limit=100)
    }


def test_filters_apply_as_in_the_ranked_search(repository):
    query = OfferQuery(text="Tanzcafe", sozialraum_ids=frozenset({"lobeda"}))
    rows, complete = repository.quick_search(query, limit=100)
    assert complete
    assert {row.id for row in rows} == {f"n{n}" for n in range(1, 30, 2)}


def test_a_query_without_words_is_no_quick_search(repository):
    with pytest.raises(ValueError):
        repository.quick_search(OfferQuery(text=" - "), limit=10)


def test_a_running_statement_is_interrupted_from_another_thread(store, repository):
    other = open_database(store.path, worker=True)
    try:
        timer = threading.Timer(0.2, interrupt, [other.db])
        timer.start()
        with pytest.raises(Exception) as raised:
            other.db.execute(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                "SELECT count(*) FROM n"
            ).fetchall()
        timer.join()
        assert was_interrupted(raised.value)
        assert other.db.execute("SELECT count(*) FROM offer").fetchone()[0] == 60
    finally:
        other.close()


def test_other_errors_are_no_interruption():
    assert not was_interrupted(ValueError("no such column"))
